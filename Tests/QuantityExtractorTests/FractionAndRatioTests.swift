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
        // Ordinals from thirteenth on as denominators, singular or plural.
        ("Three twenty-fifths of the vote went to them.", "en", "Three twenty-fifths", 0.12),
        ("A twenty-first of the land was sold.", "en", "A twenty-first", 1.0 / 21),
        ("Two thirtieths of it.", "en", "Two thirtieths", 2.0 / 30),
        // Scales from the dictionary: dozen abbreviations, lakh and crore, trillionths.
        ("They shipped 3 dz eggs.", "en", "3 dz", 36),
        ("The budget is 6 crore rupees.", "en", "6 crore", 6e7),
        ("An error of a trillionth of a second.", "en", "a trillionth", 1e-12),
        // A Chinese numeral apart from other Han characters; a measure word that ends its clause.
        ("得分：十。", "zh-Hans", "十", 10),
        ("他买了三雙。", "zh-Hant", "三", 3),
        ("共有二千零四十五个，另有三千零五个。", "zh-Hans", "二千零四十五", 2045),
        // Vulgar fractions (Unicode's numeric values), glued after digits or alone.
        ("They drank 2½ cups.", "en", "2½", 2.5),
        ("The boat is 10¾ m long.", "en", "10¾", 10.75),
        ("Some ⅔ of voters agreed.", "en", "⅔", 2.0 / 3),
        ("约⅓的居民支持。", "zh-Hans", "⅓", 1.0 / 3),
        // Full-width digits grouped by the full-width comma.
        ("共有１２，３４５人。", "zh-Hans", "１２，３４５", 12_345),
        // Digits, a hundred or a thousand, "and" and the rest below it.
        ("The toll rose to 3 hundred and 21.", "en", "3 hundred and 21", 321),
        ("5 thousand and 20 people came.", "en", "5 thousand and 20", 5020),
    ]

    @Test("a fraction, ratio or number standing alone is read whole", arguments: values)
    func read(_ value: (text: String, language: String, surface: String, number: Double)) throws {
        try Expected.readWhole(value.text, language: value.language, surface: value.surface, number: value.number)
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
        // An ordinal in words is no count; a unit of time joined by a hyphen is a duration's.
        ("It was the twenty-first century.", "en", 20),
        ("They launched a 5-year plan.", "en", 5),
        // ASCII digits and a full-width comma: a list, not 5,300.
        ("另有5，300人。", "zh-Hans", 5300),
        // After a million the rest is another figure: 2 million, and 500 hurt.
        ("About 2 million and 500 were hurt.", "en", 2_000_500),
    ]

    @Test("no fraction, ratio or standalone number where the text means something else", arguments: notValues)
    func notRead(_ value: (text: String, language: String, forbidden: Double)) throws {
        let mentions = try Module.quantities.extract(value.text, language: value.language)
        #expect(!mentions.contains { Expected.same($0.value.number, value.forbidden) }, "\(mentions.map(\.summary))")
    }

    @Test("a unit joined to the number by a hyphen is what the number counts")
    func hyphenatedUnit() throws {
        let mentions = try Module.quantities.extract("Near the typhoon's 77-mile-wide eye.", language: "en")
        let found = try #require(mentions.first { $0.value.number == 77 }, "\(mentions.map(\.summary))")
        #expect(found.kind == .count && found.value.unit?.hasPrefix("mile") == true, "\(found.summary)")
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

/// Two figures joined by a dash are one range, with the scale and unit of the second.
@Suite("Ranges of figures")
struct FigureRangeTests {
    static let ranges: [(text: String, language: String, surface: String, low: Double, high: Double, kind: MentionKind)] = [
        ("Prices rose 5-10% last year.", "en", "5-10%", 5, 10, .percentage),
        ("They said 3-5 million people fled.", "en", "3-5 million", 3e6, 5e6, .count),
        ("Between 10 – 15 people came.", "en", "10 – 15", 10, 15, .count),
        ("Giá tăng 5-7% trong năm.", "vi", "5-7%", 5, 7, .percentage),
        ("有30-40人受伤。", "zh-Hans", "30-40", 30, 40, .count),
        // Joined by a word: numerals.ranges.
        ("Between 10 and 15 people died.", "en", "10 and 15", 10, 15, .count),
        ("The quake killed 10 to 15 people.", "en", "10 to 15", 10, 15, .count),
        ("It will cost 2 to 3 million dollars.", "en", "2 to 3 million dollars", 2e6, 3e6, .money),
        ("Winds reached 118 to 133km per hour.", "en", "118 to 133", 118, 133, .count),
        ("Có 10 tới 15 người bị thương.", "vi", "10 tới 15", 10, 15, .count),
        ("Gió mạnh 118 đến 133 km/h.", "vi", "118 đến 133", 118, 133, .count),
        ("风速118至133公里/小时，10到15人死亡。", "zh-Hans", "118至133", 118, 133, .count),
        ("风速118至133公里/小时，10到15人死亡。", "zh-Hans", "10到15", 10, 15, .count),
        ("Từ 10 đến 15 người chết.", "vi", "10 đến 15", 10, 15, .count),
        ("从10到15人死亡。", "zh-Hans", "10到15", 10, 15, .count),
    ]

    @Test("a dash between two figures, the larger second, is a range", arguments: ranges)
    func range(_ c: (text: String, language: String, surface: String, low: Double, high: Double, kind: MentionKind)) throws {
        let mentions = try Module.quantities.extract(c.text, language: c.language)
        let found = try #require(mentions.first { $0.text.contains(c.surface) }, "\(mentions.map(\.summary))")
        #expect(found.kind == c.kind && found.value.number == nil, "\(found.summary)")
        #expect(Expected.same(found.value.low, c.low) && Expected.same(found.value.high, c.high), "\(found.summary)")
    }

    @Test("no range: years, a score the larger first, a code, a phone number, a change", arguments: [
        "It ran over 2019-2023.", "They won 3-2.", "Cases of COVID-19 rose.", "Call 0912-345-678 now.",
        "The toll rose from 20 to 30.", "The score was 3 to 1.",
    ])
    func notRange(_ text: String) throws {
        let mentions = try Module.quantities.extract(text, language: "en")
        #expect(!mentions.contains { $0.value.low != nil && $0.value.number == nil }, "\(mentions.map(\.summary))")
    }

    @Test("a change names its verb between the figures and joins nothing", arguments: [
        ("Số người chết tăng từ 20 lên 30.", "vi"), ("死亡人数从20人增加到30人。", "zh-Hans"), ("从20增加到30人。", "zh-Hans"),
    ])
    func change(_ c: (text: String, language: String)) throws {
        let mentions = try Module.quantities.extract(c.text, language: c.language)
        #expect(mentions.map(\.value.number) == [20, 30], "\(mentions.map(\.summary))")
    }
}
