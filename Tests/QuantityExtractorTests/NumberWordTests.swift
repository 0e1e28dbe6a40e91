import ClaimsCore
import Testing

/// Numbers in words, read word by word: English compounds and Vietnamese tens, empty places and
/// elided units.
@Suite("Numbers in words")
struct NumberWordTests {
    static let values: [(text: String, language: String, surface: String, number: Double)] = [
        ("Forty two people died in the fire.", "en", "Forty two", 42),
        ("Twenty-three passengers were rescued.", "en", "Twenty-three", 23),
        ("The ship carried three hundred and twenty one passengers.", "en", "three hundred and twenty one", 321),
        ("Officials counted two million five hundred thousand votes.", "en", "two million five hundred thousand", 2_500_000),
        ("Ninety-nine were hurt.", "en", "Ninety-nine", 99),
        // A run of spaces between the words (text pasted from a page) is one gap.
        ("The ship carried three hundred  and  twenty one passengers.", "en", "three hundred  and  twenty one", 321),
        ("Có một trăm  linh năm người bị thương.", "vi", "một trăm  linh năm", 105),
        ("Có hai mươi mốt người chết.", "vi", "hai mươi mốt", 21),
        ("Có một trăm linh năm người bị thương.", "vi", "một trăm linh năm", 105),
        ("Khoảng ba nghìn tư hộ dân bị ảnh hưởng.", "vi", "ba nghìn tư", 3400),
        ("Mười lăm người mất tích.", "vi", "Mười lăm", 15),
        ("Có một trăm hai mươi ngôi nhà bị sập.", "vi", "một trăm hai mươi", 120),
        ("Nhiệt độ xuống âm 5 độ C.", "vi", "âm 5", -5),
        ("Temperatures fell to minus 12 degrees.", "en", "minus 12", -12),
        // Vietnamese halves and fractions: rưỡi is half the last unit, "phần" sits between numerator and denominator.
        ("Lễ hội thu hút 2 triệu rưỡi lượt khách.", "vi", "2 triệu rưỡi", 2_500_000),
        ("Có một trăm rưỡi người dự.", "vi", "một trăm rưỡi", 150),
        ("Khoảng một phần ba số vé đã bán.", "vi", "một phần ba", 1.0 / 3),
        ("Hai phần năm cử tri ủng hộ.", "vi", "Hai phần năm", 0.4),
        // A lower-case k glued to the digits is thousands; 4K and 70B are names.
        ("The concert drew 40k fans.", "en", "40k", 40000),
        // The other habit of separators where only it fits: a group of three, then a part of two.
        ("It was 1.111,11 euros.", "en", "1.111,11", 1111.11),
        ("Giá 1,111.11 đồng.", "vi", "1,111.11", 1111.11),
        // A space apart only as written in scale_abbreviations_apart: 2.33 k, 2.5 M, 3 bn.
        ("The post hit 2.33 k views.", "en", "2.33 k", 2330),
        ("Revenue was -2.5 M last year.", "en", "-2.5 M", -2_500_000),
        ("收入为-2.5 M。", "zh-Hans", "-2.5 M", -2_500_000),
        // A numerator in words before a plural denominator.
        ("It came to one hundred and thirty-two fifths.", "en", "one hundred and thirty-two fifths", 26.4),
        // A currency code glued to the digits.
        ("The fee is USD115.5 per seat.", "en", "USD115.5", 115.5),
        ("The fee is 115.5USD per seat.", "en", "115.5USD", 115.5),
        // A minus sign glued before digits that stand apart; powers of ten.
        ("The index fell to -3.5 points.", "en", "-3.5", -3.5),
        // A decimal point that starts its token: .5 is a half, not five.
        ("Prices rose .5 percent in May.", "en", ".5 percent", 0.5),
        ("Shares rose to .75 a piece (.3 a year ago).", "en", ".75", 0.75),
        ("Light covers about 3e8 metres a second.", "en", "3e8", 3e8),
        ("A debt of -127.32e13 was booked.", "en", "-127.32e13", -1.2732e15),
        // Fractions and decimals in words.
        ("Three fifths of the members voted for it.", "en", "Three fifths", 0.6),
        ("A third of the vote went to the Greens.", "en", "A third", 1.0 / 3),
        ("The project cost one and a half billion dollars.", "en", "one and a half billion", 1.5e9),
        ("Some 3 million and a half people fled.", "en", "3 million and a half", 3.5e6),
        ("The fund lost two million and one half dollars.", "en", "two million and one half", 2.5e6),
        ("They sold a dozen boats and three dozen cars.", "en", "a dozen", 12),
        ("They sold three dozen cars.", "en", "three dozen", 36),
        ("A hundred thousand people marched.", "en", "A hundred thousand", 100_000),
        ("The town has half million residents.", "en", "half million", 500_000),
        // A fraction of a scale: half a million is 500,000, not a million.
        ("Nearly half a million people fled.", "en", "half a million", 500_000),
        ("It cost a quarter of a million pounds.", "en", "a quarter of a million", 250_000),
        ("Two thirds of a million voters stayed home.", "en", "Two thirds of a million", 2e6 / 3),
        ("The loan was three quarters of a billion.", "en", "three quarters of a billion", 7.5e8),
        ("Gần nửa triệu người phải sơ tán.", "vi", "nửa triệu", 500_000),
        ("Inflation was two point five last year.", "en", "two point five", 2.5),
    ]

    @Test("a number in words is read whole", arguments: values)
    func words(_ value: (text: String, language: String, surface: String, number: Double)) throws {
        try Expected.readWhole(value.text, language: value.language, surface: value.surface, number: value.number)
    }

    @Test("a word that cannot continue a number ends it", arguments: [
        // Two thousand years of history: "năm" after a large unit is the year.
        ("hai nghìn năm lịch sử", "vi", 2000.0),
        // "one and a half" is read whole, with the scale after it.
        ("one and a half million", "en", 1.5e6),
    ])
    func stops(_ text: String, _ language: String, _ first: Double) throws {
        let numeral = try #require(try ShippedLexicons.languages.get().language(language).reader.read(at: 0, in: Array(text.unicodeScalars)))
        #expect(numeral.value == first, "\(numeral)")
    }

    @Test("a denominator that may be another word is no fraction there", arguments: [
        "He won a fifth term in office.",
        "Profits rose for three quarters in a row.",
        "It may be a half measure.",
    ])
    func notFractions(_ text: String) throws {
        let mentions = try Module.quantities.extract(text, language: "en")
        #expect(!mentions.contains { $0.value.number.map { $0 < 1 } == true }, "\(mentions.map(\.summary))")
    }

    @Test("a period that ends a word or a sentence before digits is no decimal point",
          arguments: ["See version.2 and No.5 here.", "It ended.5 more came.", "Page 3.7 of 9.2"])
    func periods(_ text: String) throws {
        let mentions = try Module.quantities.extract(text, language: "en")
        #expect(!mentions.contains { ($0.value.number ?? 1) < 1 }, "\(mentions.map(\.summary))")
    }

    @Test("a dash between numbers is a range, not a minus; 4K and 70B are names", arguments: ["Scores were 3-5 and 10 -20 dollars.", "the A-5 road",
                                                                                            "a 4K TV", "Llama 2 70B",
                                                                                            "He ran 5 m today.", "See Plan 3 B now.", "Chạy 5 m."])
    func dashes(_ text: String) throws {
        let mentions = try Module.quantities.extract(text, language: "en")
        #expect(!mentions.contains { ($0.value.number ?? 0) < 0 || ($0.value.number ?? 0) >= 1000 }, "\(mentions.map(\.summary))")
    }
}
