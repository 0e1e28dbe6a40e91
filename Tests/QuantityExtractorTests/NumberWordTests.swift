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
        ("Có hai mươi mốt người chết.", "vi", "hai mươi mốt", 21),
        ("Có một trăm linh năm người bị thương.", "vi", "một trăm linh năm", 105),
        ("Khoảng ba nghìn tư hộ dân bị ảnh hưởng.", "vi", "ba nghìn tư", 3400),
        ("Mười lăm người mất tích.", "vi", "Mười lăm", 15),
        ("Có một trăm hai mươi ngôi nhà bị sập.", "vi", "một trăm hai mươi", 120),
        ("Nhiệt độ xuống âm 5 độ C.", "vi", "âm 5", -5),
        ("Temperatures fell to minus 12 degrees.", "en", "minus 12", -12),
    ]

    @Test("a number in words is read whole", arguments: values)
    func words(_ value: (text: String, language: String, surface: String, number: Double)) throws {
        let mentions = try Module.quantities.extract(value.text, language: value.language)
        let found = try #require(mentions.first { $0.text.contains(value.surface) }, "\(mentions.map(\.summary))")
        #expect(Expected.same(found.value.number, value.number), "\(found.summary)")
    }

    @Test("a word that cannot continue a number ends it", arguments: [
        // Two thousand years of history: "năm" after a large unit is the year.
        ("hai nghìn năm lịch sử", "vi", 2000.0),
        // "one and a half" is not read as a sum of words (the half is left out).
        ("one and a half million", "en", 1.0),
    ])
    func stops(_ text: String, _ language: String, _ first: Double) throws {
        let numeral = try #require(try ShippedLexicons.languages.get().language(language).reader.read(at: 0, in: Array(text.unicodeScalars)))
        #expect(numeral.value == first, "\(numeral)")
    }
}
