import ClaimsCore
import Testing

/// Currencies from Unicode CLDR (Claims/lexicon/values/currencies-*.yaml): codes, symbols and
/// names in each language; a symbol two currencies share names neither.
@Suite("Currencies from CLDR")
struct CurrencyTests {
    static let amounts: [(text: String, language: String, surface: String, number: Double, code: String)] = [
        ("It cost A$ 500 in Sydney.", "en", "A$ 500", 500, "AUD"),
        ("He paid 30 Indian rupees.", "en", "30 Indian rupees", 30, "INR"),
        ("The plan costs ₹ 5 billion.", "en", "₹ 5 billion", 5e9, "INR"),
        ("Giá 500 đô la Canada một vé.", "vi", "500 đô la Canada", 500, "CAD"),
        ("花了500澳大利亚元。", "zh-Hans", "500澳大利亚元", 500, "AUD"),
        ("票價為300新台幣。", "zh-Hant", "300新台幣", 300, "TWD"),
        // The minor part said after the amount: in its own currency's unit, any currency's
        // cents, or bare where it ends the clause.
        ("He paid 15 dollars and 50 cents.", "en", "15 dollars and 50 cents", 15.5, "USD"),
        ("It cost £3 and 20 pence.", "en", "£3 and 20 pence", 3.2, "GBP"),
        ("Tickets were $12 and 99 cents each.", "en", "$12 and 99 cents", 12.99, "USD"),
        ("She paid 15 dollars and 50.", "en", "15 dollars and 50", 15.5, "USD"),
        ("He paid 15 dollars 50 cents.", "en", "15 dollars 50 cents", 15.5, "USD"),
        ("花了两美元又三美分。", "zh-Hans", "两美元又三美分", 2.03, "USD"),
        ("花了2美元3美分。", "zh-Hans", "2美元3美分", 2.03, "USD"),
        // A symbol as written at home; a former currency by name; "HK $" and "NZD$" forms.
        ("The book costs 100 ₡.", "en", "100 ₡", 100, "CRC"),
        ("Giá vé là 50.000 ₭.", "vi", "50.000 ₭", 50000, "LAK"),
        ("It paid 420 million Finnish markka.", "en", "420 million Finnish markka", 4.2e8, "FIM"),
        ("Exports fell to hk $ 10.05 billion.", "en", "hk $ 10.05 billion", 1.005e10, "HKD"),
        ("It costs nzd$15.", "en", "nzd$15", 15, "NZD"),
        // A code in capitals after a year is the next amount's.
        ("In 2019 USD 50 million was spent.", "en", "USD 50 million", 5e7, "USD"),
    ]

    @Test("a currency word that closes an amount is not a prefix of the number after it")
    func unitNotPrefix() throws {
        let mentions = try Module.quantities.extract("他花了2美元3个人分", language: "zh-Hans")
        #expect(mentions.filter { $0.kind == .money }.map(\.text) == ["2美元"], "\(mentions.map(\.summary))")
    }

    @Test("a number after 'and' that counts something else is not the amount's minor part", arguments: [
        "It cost 15 dollars and 50 people came.", "It was $5 and 3 euros.", "Fines of 200 dollars and 30 days in jail.",
    ])
    func notMinor(_ text: String) throws {
        let money = try Module.quantities.extract(text, language: "en").filter { $0.kind == .money }
        #expect(money.allSatisfy { $0.value.number == ($0.value.number ?? 0).rounded() }, "\(money.map(\.summary))")
    }

    @Test("an amount in a currency CLDR names is money in that currency", arguments: amounts)
    func amount(_ c: (text: String, language: String, surface: String, number: Double, code: String)) throws {
        let mentions = try Module.quantities.extract(c.text, language: c.language)
        let found = try #require(mentions.first { $0.text.contains(c.surface) }, "\(mentions.map(\.summary))")
        #expect(found.kind == .money && found.value.unit == c.code && Expected.same(found.value.number, c.number), "\(found.summary)")
    }

    @Test("pounds are a mass before 'of' or after a weighing word, and money otherwise", arguments: [
        ("Police seized 400 pounds of cocaine.", false), ("The bear weighed about 300 pounds.", false),
        ("The fish weighing 20 pounds was released.", false), ("He was fined 400 pounds.", true), ("It cost 5 million pounds.", true),
    ])
    func pounds(_ c: (text: String, money: Bool)) throws {
        let mentions = try Module.quantities.extract(c.text, language: "en")
        let found = try #require(mentions.first, "\(mentions.map(\.summary))")
        #expect((found.kind == .money) == c.money, "\(found.summary)")
        if !c.money { #expect(found.kind == .count && found.value.unit == "pounds", "\(found.summary)") }
    }

    @Test("an ISO code that is an English word is no currency: all 5 members")
    func codeWord() throws {
        let mentions = try Module.quantities.extract("They sent all 5 members home.", language: "en")
        #expect(!mentions.contains { $0.kind == .money }, "\(mentions.map(\.summary))")
    }
}
