import ClaimsCore
import Foundation
import Testing

/// What the claim builder ties each value to: attribute, entities, metric period, counted noun,
/// subsets and reference dates, read from the shipped lexicons.
@Suite("Claim builder: attributes, entities and context")
struct ClaimBuilderTests {
    func claim(_ text: String, _ language: String, value: String, builder: ClaimBuilder? = nil,
               sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Claim {
        let claims = try Stage.shared().claims(text, language: language, builder: builder)
        return try #require(claims.first { $0.text == value }, "\(claims.map(\.text))", sourceLocation: sourceLocation)
    }

    @Test("each value takes the cue of its own clause: revenue, then invested")
    func cuePerClause() throws {
        let text = "Acme's revenue was $5 billion, and it invested $2 billion in Beta."
        let revenue = try claim(text, "en", value: "$5 billion")
        let invested = try claim(text, "en", value: "$2 billion")
        #expect(revenue.context?.attribute == "revenue")
        #expect(revenue.topic?.key == "revenue|acme")
        #expect(invested.context?.attribute == "invested")
        #expect(revenue.topic?.key != invested.topic?.key)
    }

    @Test("a verb's attribute wins over the counted noun's: 5 suspects arrested are arrests")
    func verbBeatsNoun() throws {
        let arrests = try claim("Police arrested 5 suspects.", "en", value: "5")
        #expect(arrests.context?.attribute == "arrested")
        #expect(arrests.context?.counted == "suspects")
        #expect(arrests.topic?.key == "arrested")
    }

    @Test("story facts (people killed) are compared without entities")
    func storyFactHasNoEntities() throws {
        let deaths = try claim("Acme said 5 people were killed.", "en", value: "5")
        #expect(deaths.context?.attribute == "deaths")
        #expect(deaths.context?.isStoryFact == true)
        #expect(deaths.context?.entities == [])
        #expect(deaths.topic?.key == "deaths")
        #expect(deaths.context?.grows == true)
    }

    @Test("a sentence naming no entity takes the previous sentence's")
    func entityFromPreviousSentence() throws {
        let loss = try claim("Acme had a bad year. It lost $50 million.", "en", value: "$50 million")
        #expect(loss.topic?.key == "loss|acme")
        #expect(loss.topic?.label == "Acme: loss")
    }

    struct Period: Sendable, CustomTestStringConvertible {
        var language: String
        var text: String
        var value: String
        var period: String
        var testDescription: String { "\(language): \(text) → \(period)" }
    }

    @Test("metric periods are read in each language", arguments: [
        Period(language: "en", text: "Gamma has 120 million monthly users.", value: "120 million", period: "monthly"),
        Period(language: "vi", text: "Gamma có hơn 300 triệu người dùng hằng tuần.", value: "hơn 300 triệu", period: "weekly"),
        Period(language: "zh-Hans", text: "伽马拥有1.2亿月活用户。", value: "1.2亿", period: "monthly"),
        Period(language: "en", text: "Acme has 3 million daily users.", value: "3 million", period: "daily"),
    ])
    func metricPeriod(_ case_: Period) throws {
        let users = try claim(case_.text, case_.language, value: case_.value)
        #expect(users.context?.attribute == "users")
        #expect(users.context?.period == case_.period)
    }

    struct Counted: Sendable, CustomTestStringConvertible {
        var language: String
        var text: String
        var value: String
        var testDescription: String { "\(language): \(text)" }
    }

    @Test("people are counted as people in every language", arguments: [
        Counted(language: "en", text: "5 people were killed in the blast.", value: "5"),
        Counted(language: "vi", text: "5 người thiệt mạng trong vụ nổ.", value: "5"),
        Counted(language: "zh-Hans", text: "爆炸造成5人死亡。", value: "5"),
    ])
    func peopleCanonical(_ case_: Counted) throws {
        let deaths = try claim(case_.text, case_.language, value: case_.value)
        #expect(deaths.kind == .count)
        #expect(deaths.context?.counted == "people")
        #expect(deaths.topic?.key == "deaths")
    }

    @Test("a count after 'among' another count is marked as a part of it")
    func subsetMarked() throws {
        let text = "Among the 38 people injured were 3 foreigners."
        let claims = try Stage.shared().claims(text, language: "en")
        let part = try #require(claims.first { $0.text == "3" })
        let whole = try #require(claims.first { $0.text == "38" })
        #expect(part.context?.isSubset == true)
        #expect(whole.context?.isSubset == false)
        #expect(part.topic?.key == "injured")
        #expect(whole.topic?.key == "injured")
    }

    @Test("a date in the value's sentence becomes its reference time")
    func referenceDate() throws {
        let invested = try claim("Acme invested $2 billion in Beta in March 2021.", "en", value: "$2 billion")
        #expect(invested.context?.referenceText == "March 2021")
        let march = Double(CalendarDays.from(year: 2021, month: 3, day: 15))
        let june = Double(CalendarDays.from(year: 2021, month: 6, day: 15))
        let reference = try #require(invested.context?.reference)
        #expect(reference.contains(march))
        #expect(!reference.contains(june))
    }

    @Test("a time of day dates a value to its whole day")
    func referenceTime() throws {
        let invested = try claim("Acme invested $2 billion in Beta on June 17, 2021 at 10:30 a.m.", "en", value: "$2 billion")
        #expect(invested.context?.referenceText == "June 17, 2021 at 10:30 a.m.")
        let day = Double(CalendarDays.from(year: 2021, month: 6, day: 17))
        let reference = try #require(invested.context?.reference)
        #expect(reference.lowerBound == day)
        #expect(reference.upperBound == day + 1)
    }

    @Test("a value with no cue in its clause gets no topic")
    func noCueNoTopic() throws {
        let number = try claim("The figure was 42.", "en", value: "42")
        #expect(number.topic == nil)
        #expect(number.context == nil)
    }

    @Test("a cue farther than the builder's widest gap is not taken; a wider gap takes it")
    func maximumGap() throws {
        let text = "Acme invested after many long months of very careful deliberation by its board $2 billion in Beta."
        let strict = try claim(text, "en", value: "$2 billion")
        #expect(strict.topic == nil)
        var wide = ClaimBuilder(lexicon: try Stage.shared().topics)
        wide.maximumGap = 100
        let loose = try claim(text, "en", value: "$2 billion", builder: wide)
        #expect(loose.topic?.key == "invested|acme|beta")
    }
}
