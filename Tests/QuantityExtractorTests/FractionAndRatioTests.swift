import ClaimsCore
import Testing

/// Fractions written with a slash, ratios in words, powers with a caret, thousands set apart by
/// spaces, number words alone, and measure words that end their clause.
@Suite("Fractions, ratios and numbers standing alone")
struct FractionAndRatioTests {
    static let values: [(text: String, language: String, surface: String, number: Double)] = [
        // A slash between whole numbers, the smaller first; a whole number before one; a sign.
        ("About 3/4 of the voters stayed home.", "en", "3/4", 0.75),
        ("Add 2 1/4 cups of flour.", "en", "2 1/4", 2.25),
        ("Gần 2/3 số hộ dân đã nhận hỗ trợ.", "vi", "2/3", 2.0 / 3),
        ("约３／５的居民支持该计划。", "zh-Hans", "３／５", 0.6),
        ("The index moved -4/5 of a point.", "en", "-4/5", -0.8),
        // Ratios in words: the first number over a larger second one.
        ("1 in 5 adults smoke.", "en", "1 in 5", 0.2),
        ("Two out of three voters said no.", "en", "Two out of three", 2.0 / 3),
        ("One in twenty-one children was affected.", "en", "One in twenty-one", 1.0 / 21),
        // A power written with a caret; the sign before a leading point.
        ("The grid has 2^10 cells.", "en", "2^10", 1024),
        ("A factor of 2.5^-1 applies.", "en", "2.5^-1", 0.4),
        ("The reading was -.5 on the scale.", "en", "-.5", -0.5),
        // Thousands set apart by a space: narrow, thin, no-break, or plain before two groups or
        // after a first group no day can be.
        ("The census counted 1 234 567 residents.", "en", "1 234 567", 1_234_567),
        ("Some 40 000 people marched.", "en", "40 000", 40_000),
        ("Some 40\u{202F}000 people marched.", "en", "40\u{202F}000", 40_000),
        ("Khoảng 12\u{A0}500 người tham gia.", "vi", "12\u{A0}500", 12_500),
        // Number words alone, and the words for zero and for minus.
        ("The answer is sixteen.", "en", "sixteen", 16),
        ("The score was nought.", "en", "nought", 0),
        ("The answer is negative one.", "en", "negative one", -1),
        // Scales from the dictionary: dozen abbreviations, lakh and crore, trillionths.
        ("They shipped 3 dz eggs.", "en", "3 dz", 36),
        ("The budget is 6 crore rupees.", "en", "6 crore", 6e7),
        ("An error of a trillionth of a second.", "en", "a trillionth", 1e-12),
        // A Chinese numeral apart from other Han characters; a measure word that ends its clause.
        ("得分：十。", "zh-Hans", "十", 10),
        ("他买了三雙。", "zh-Hant", "三", 3),
        ("共有二千零四十五个，另有三千零五个。", "zh-Hans", "二千零四十五", 2045),
    ]

    @Test("a fraction, ratio or number standing alone is read whole", arguments: values)
    func read(_ value: (text: String, language: String, surface: String, number: Double)) throws {
        let mentions = try Module.quantities.extract(value.text, language: value.language)
        let found = try #require(mentions.first { $0.text.contains(value.surface) }, "\(mentions.map(\.summary))")
        #expect(Expected.same(found.value.number, value.number), "\(found.summary)")
    }

    static let notValues: [(text: String, language: String, forbidden: Double)] = [
        // A day and a month after a cue, a date with its year, a path, the larger number first.
        ("We met on 3/4 at noon.", "en", 0.75),
        ("It was filed on 1/2/2019.", "en", 0.5),
        ("See /2023/06/ for the archive.", "en", 2023.0 / 6),
        ("The line is open 24/7.", "en", 24.0 / 7),
        ("Doanh thu tháng 6/2023 tăng.", "vi", 6.0 / 2023),
        // A ratio word before a year or a unit of time; "one" is a pronoun; Vietnamese "ba".
        ("She won one in 2019.", "en", 1.0 / 2019),
        ("It happens 1 in 5 years.", "en", 0.2),
        ("One said no.", "en", 1),
        ("Tôi gọi ba.", "vi", 3),
        // A day of a month before a count: March 5 100 is no 5,100.
        ("On March 5 100 people came.", "en", 5100),
        // A numeral in a set phrase (CC-CEDICT idioms); a list marker.
        ("他三心二意地工作。", "zh-Hans", 3),
        ("三、工作安排", "zh-Hans", 3),
        // An ordinal in words is no count.
        ("It was the twenty-first century.", "en", 20),
    ]

    @Test("no fraction, ratio or standalone number where the text means something else", arguments: notValues)
    func notRead(_ value: (text: String, language: String, forbidden: Double)) throws {
        let mentions = try Module.quantities.extract(value.text, language: value.language)
        #expect(!mentions.contains { Expected.same($0.value.number, value.forbidden) }, "\(mentions.map(\.summary))")
    }

    @Test("a Chinese numeral before a hedge and a large unit", arguments: [
        ("十多万人参加", "十多万", 100_000.0),
        ("约十余万人受灾", "十余万", 100_000.0),
        ("百余人受伤", "百余", 100.0),
    ])
    func hedged(_ text: String, _ surface: String, _ number: Double) throws {
        let mentions = try Module.quantities.extract(text, language: "zh-Hans")
        let found = try #require(mentions.first { $0.text.contains(surface) }, "\(mentions.map(\.summary))")
        #expect(Expected.same(found.value.number, number), "\(found.summary)")
    }
}
