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
    ]

    @Test("an amount in a currency CLDR names is money in that currency", arguments: amounts)
    func amount(_ c: (text: String, language: String, surface: String, number: Double, code: String)) throws {
        let mentions = try Module.quantities.extract(c.text, language: c.language)
        let found = try #require(mentions.first { $0.text.contains(c.surface) }, "\(mentions.map(\.summary))")
        #expect(found.kind == .money && found.value.unit == c.code && Expected.same(found.value.number, c.number), "\(found.summary)")
    }

    @Test("an ISO code that is an English word is no currency: all 5 members")
    func codeWord() throws {
        let mentions = try Module.quantities.extract("They sent all 5 members home.", language: "en")
        #expect(!mentions.contains { $0.kind == .money }, "\(mentions.map(\.summary))")
    }
}
