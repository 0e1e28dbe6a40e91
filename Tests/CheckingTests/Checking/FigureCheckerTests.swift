import ClaimsCore
import FigureChecker
import Foundation
import Testing

/// Money and counts through the real stage: hedges, vague magnitudes, currencies, metric
/// periods, reference dates, running totals, counted nouns and subsets.
@Suite("Figure checker in the real stage")
struct FigureCheckerTests {
    static let day = "2022-06-01"

    /// The figure checker's findings, requiring exactly one.
    func onlyFinding(_ outcome: Outcome, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Finding {
        let findings = outcome.findings(by: FigureChecker.description.name)
        #expect(findings.count == 1, "\(outcome.summary)", sourceLocation: sourceLocation)
        let finding = try #require(findings.first, "\(outcome.summary)", sourceLocation: sourceLocation)
        #expect(finding.checker == FigureChecker.description.tag, sourceLocation: sourceLocation)
        expectOneSentence(finding.rationale, sourceLocation: sourceLocation)
        return finding
    }

    @Test("$2 billion and 20億美元 agree; the dates of the investment (March 2021 vs 2022) conflict")
    func investedAmountsAgree() async throws {
        let outcome = try await Stage.run([
            MemorySource("en", "en", published: "2022-06-01", "Acme invested $2 billion in Beta in March 2021."),
            MemorySource("zh", "zh-Hant", published: "2022-06-01", "Acme於2022年向Beta投資20億美元。"),
        ])
        let en = try #require(outcome.claim("en", "$2 billion"), "\(outcome.summary)")
        let zh = try #require(outcome.claim("zh", "20億美元"), "\(outcome.summary)")
        #expect(en.value.number == zh.value.number)
        #expect(en.value.unit == "USD" && zh.value.unit == "USD")
        #expect(en.topic?.key == "invested|acme|beta")
        #expect(zh.topic?.key == en.topic?.key)
        // The amounts are not in conflict; the dates are, on their own topic.
        let dateConflict = try #require(outcome.conflicts.first, "\(outcome.summary)")
        #expect(outcome.conflicts.count == 1)
        #expect(dateConflict.kind == .date)
        #expect(dateConflict.topic.hasSuffix("date of investment"))
        #expect(Set(dateConflict.statements.map(\.text)) == ["March 2021", "2022年"])
        let finding = try #require(outcome.findings.first { $0.kind == .money }, "\(outcome.summary)")
        #expect(finding.verdict == .notComparable)
        #expect(finding.severity == .info)
        #expect(finding.rationale.contains("March 2021") && finding.rationale.contains("2022年"), "\(finding.rationale)")
        expectStatements(finding, quote: [en, zh])
    }

    @Test("the same investment in Vietnamese, Traditional and Simplified Chinese is consistent")
    func investedThreeLanguages() async throws {
        let outcome = try await Stage.run([
            MemorySource("vi", "vi", published: Self.day, "Acme đầu tư 2 tỷ USD vào Beta."),
            MemorySource("hant", "zh-Hant", published: Self.day, "阿克米向貝塔投資20億美元。"),
            MemorySource("hans", "zh-Hans", published: Self.day, "阿克米向贝塔投资20亿美元。"),
        ])
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .consistent)
        #expect(finding.severity == .info)
        expectStatements(finding, quote: [
            try #require(outcome.claim("vi", "2 tỷ USD")),
            try #require(outcome.claim("hant", "20億美元")),
            try #require(outcome.claim("hans", "20亿美元")),
        ])
    }

    @Test("monthly users agree across English, Vietnamese and Chinese; a different figure conflicts")
    func usersAcrossLanguages() async throws {
        let agree = try await Stage.run([
            MemorySource("en", "en", published: Self.day, "Gamma has 120 million monthly users."),
            MemorySource("vi", "vi", published: Self.day, "Gamma có 120 triệu người dùng hằng tháng."),
            MemorySource("zh", "zh-Hans", published: Self.day, "Gamma拥有1.2亿月活用户。"),
        ])
        let finding = try onlyFinding(agree)
        #expect(finding.verdict == .consistent, "\(agree.summary)")
        #expect(finding.statements.count == 3)
        let differ = try await Stage.run([
            MemorySource("en", "en", published: Self.day, "Gamma has 120 million monthly users."),
            MemorySource("vi", "vi", published: Self.day, "Gamma có 300 triệu người dùng hằng tháng."),
        ])
        let conflict = try onlyFinding(differ)
        #expect(conflict.verdict == .conflict, "\(differ.summary)")
        #expect(conflict.severity == .high)
    }

    @Test("monthly and weekly users are not comparable, never a conflict")
    func differentMetricPeriods() async throws {
        let outcome = try await Stage.run([
            MemorySource("en", "en", published: Self.day, "Gamma has 120 million monthly users."),
            MemorySource("vi", "vi", published: Self.day, "Gamma có hơn 300 triệu người dùng hằng tuần."),
        ])
        let en = try #require(outcome.claim("en", "120 million"), "\(outcome.summary)")
        let vi = try #require(outcome.claim("vi", "hơn 300 triệu"), "\(outcome.summary)")
        #expect(en.topic?.key == "users|gamma")
        #expect(vi.topic?.key == "users|gamma")
        #expect(en.context?.period == "monthly")
        #expect(vi.context?.period == "weekly")
        #expect(outcome.conflicts.isEmpty, "\(outcome.summary)")
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .notComparable)
        #expect(finding.severity == .info)
        expectStatements(finding, quote: [en, vi])
    }

    @Test("'more than $500 million' and 'khoảng 540 triệu USD' are consistent: the hedges allow it")
    func hedgesAllow() async throws {
        let outcome = try await Stage.run([
            MemorySource("en", "en", published: Self.day, "Delta lost more than $500 million."),
            MemorySource("vi", "vi", published: Self.day, "Delta lỗ khoảng 540 triệu USD."),
        ])
        let en = try #require(outcome.claim("en", "more than $500 million"), "\(outcome.summary)")
        let vi = try #require(outcome.claim("vi", "khoảng 540 triệu USD"), "\(outcome.summary)")
        #expect(en.topic?.key == "loss|delta" && vi.topic?.key == "loss|delta")
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .consistent)
        expectStatements(finding, quote: [en, vi])
    }

    @Test("$50 million against 5亿美元 is a high-severity conflict quoting both sentences")
    func tenfoldLoss() async throws {
        let outcome = try await Stage.run([
            MemorySource("en", "en", published: Self.day, "Delta lost $50 million."),
            MemorySource("zh", "zh-Hans", published: Self.day, "Delta亏损5亿美元。"),
        ])
        let en = try #require(outcome.claim("en", "$50 million"), "\(outcome.summary)")
        let zh = try #require(outcome.claim("zh", "5亿美元"), "\(outcome.summary)")
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .conflict)
        #expect(finding.severity == .high)
        #expect(finding.isOpenConflict)
        #expect(finding.topic == "Delta: loss")
        expectStatements(finding, quote: [en, zh])
        #expect(Set(finding.statements.map(\.quote)) == ["Delta lost $50 million.", "Delta亏损5亿美元。"])
        #expect(finding.rationale.contains(en.value.display) && finding.rationale.contains(zh.value.display), "\(finding.rationale)")
    }

    @Test("a hedge keeps a large gap at medium severity")
    func hedgedGapIsMedium() async throws {
        let outcome = try await Stage.run([
            MemorySource("a", "en", published: Self.day, "Delta lost more than $500 million."),
            MemorySource("b", "en", published: Self.day, "Delta lost $100 million."),
        ])
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .conflict)
        #expect(finding.severity == .medium)
    }

    @Test("'up to 17.7' against 7.7 is rated by the figures written, not by the hedge's widened end; 'up to 8' against 7.7 agrees")
    func hedgedGapByWrittenFigures() async throws {
        let far = try await Stage.run([
            MemorySource("a", "en", published: Self.day, "Delta lost up to $17.7 million."),
            MemorySource("b", "en", published: Self.day, "Delta lost $7.7 million."),
        ])
        let finding = try onlyFinding(far)
        #expect(finding.verdict == .conflict)
        #expect(finding.severity == .medium, "\(finding.rationale)")
        let near = try await Stage.run([
            MemorySource("a", "en", published: Self.day, "Delta lost up to $8 million."),
            MemorySource("b", "en", published: Self.day, "Delta lost $7.7 million."),
        ])
        #expect(try onlyFinding(near).verdict == .consistent)
    }

    @Test("数十亿美元 against $10 billion: a conflict of low severity, never high")
    func vagueAgainstExact() async throws {
        let outcome = try await Stage.run([
            MemorySource("en", "en", published: Self.day, "Acme invested $10 billion in Beta."),
            MemorySource("zh", "zh-Hans", published: Self.day, "阿克米向贝塔投资数十亿美元。"),
        ])
        let en = try #require(outcome.claim("en", "$10 billion"), "\(outcome.summary)")
        let zh = try #require(outcome.claim("zh", "数十亿美元"), "\(outcome.summary)")
        #expect(zh.value.hedge == Hedge.vague.rawValue)
        #expect(zh.topic?.key == en.topic?.key)
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .conflict)
        #expect(finding.severity == .low)
        #expect(finding.severity < .high)
        expectStatements(finding, quote: [en, zh])
    }

    @Test("a vague magnitude wide enough to hold the figure is consistent")
    func vagueHoldsFigure() async throws {
        let outcome = try await Stage.run([
            MemorySource("a", "en", published: Self.day, "Acme invested billions of dollars in Beta."),
            MemorySource("b", "en", published: Self.day, "Acme invested $100 billion in Beta."),
        ])
        #expect(try onlyFinding(outcome).verdict == .consistent)
    }

    @Test("the worst conflict is quoted alone: a vague low-severity pair is not mixed in")
    func seriousPairsOnly() async throws {
        let outcome = try await Stage.run([
            MemorySource("b", "en", published: Self.day, "Acme invested $10 billion in Beta."),
            MemorySource("c", "zh-Hans", published: Self.day, "阿克米向贝塔投资数十亿美元。"),
            MemorySource("d", "en", published: Self.day, "Acme invested $50 billion in Beta."),
        ])
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .conflict)
        #expect(finding.severity == .high)
        expectStatements(finding, quote: [try #require(outcome.claim("b", "$10 billion")), try #require(outcome.claim("d", "$50 billion"))])
    }

    @Test("figures in different currencies are not comparable")
    func differentCurrencies() async throws {
        let outcome = try await Stage.run([
            MemorySource("usd", "en", published: Self.day, "Acme invested $2 billion in Beta."),
            MemorySource("eur", "en", published: Self.day, "Acme invested 2 billion euros in Beta."),
        ])
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .notComparable)
        #expect(outcome.conflicts.isEmpty)
        #expect(finding.rationale.contains("currenc"), "\(finding.rationale)")
    }

    @Test("one dated and one undated figure are held apart, not in conflict")
    func oneDated() async throws {
        let outcome = try await Stage.run([
            MemorySource("a", "en", published: Self.day, "Acme invested $2 billion in Beta in 2021."),
            MemorySource("b", "en", published: Self.day, "Acme invested $3 billion in Beta."),
        ])
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .notComparable)
        #expect(outcome.conflicts.isEmpty)
    }

    @Test("a running total reported on different days, rising by a revision's step: not a conflict")
    func runningTotalRises() async throws {
        let outcome = try await Stage.run([
            MemorySource("early", "en", published: "2013-10-29", "38 people were injured in the blast."),
            MemorySource("later", "en", published: "2013-11-01", "40 people were injured in the blast."),
        ])
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .notComparable)
        #expect(finding.severity < .medium)
        #expect(outcome.conflicts.isEmpty)
        expectStatements(finding, quote: [try #require(outcome.claim("early", "38")), try #require(outcome.claim("later", "40"))])
    }

    @Test("a running total that more than doubles between days with nothing saying so: a conflict; hedged: not")
    func runningTotalJumps() async throws {
        let bare = try await Stage.run([
            MemorySource("early", "en", published: "2013-10-29", "5 people were killed in the blast."),
            MemorySource("later", "en", published: "2013-11-01", "13 people were killed in the blast."),
        ])
        #expect(try onlyFinding(bare).verdict == .conflict)
        let hedged = try await Stage.run([
            MemorySource("early", "en", published: "2013-10-29", "At least 5 people were killed in the blast."),
            MemorySource("later", "en", published: "2013-11-01", "13 people were killed in the blast."),
        ])
        #expect(try onlyFinding(hedged).verdict == .notComparable)
        #expect(hedged.conflicts.isEmpty)
    }

    @Test("a report dated only to its month may be of a later day: its rising total is no conflict; a falling one is")
    func monthDatedReport() async throws {
        let rising = try await Stage.run([
            MemorySource("month", "en", published: "2025-03", "At least 144 people were killed in the earthquake."),
            MemorySource("day", "en", published: "2025-03-29", "More than 1,000 people were killed in the earthquake."),
        ])
        #expect(rising.conflicts.isEmpty, "\(rising.findings.map(\.rationale))")
        let falling = try await Stage.run([
            MemorySource("month", "en", published: "2025-03", "1,000 people were killed in the earthquake."),
            MemorySource("day", "en", published: "2025-03-29", "144 people were killed in the earthquake."),
        ])
        #expect(!falling.conflicts.isEmpty, "\(falling.findings.map(\.rationale))")
    }

    @Test("the same two totals published the same day: a conflict")
    func runningTotalSameDay() async throws {
        let outcome = try await Stage.run([
            MemorySource("a", "en", published: "2013-10-29", "5 people were killed in the blast."),
            MemorySource("b", "en", published: "2013-10-29", "7 people were killed in the blast."),
        ])
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .conflict)
        #expect(finding.severity >= .medium)
        expectStatements(finding, quote: [try #require(outcome.claim("a", "5")), try #require(outcome.claim("b", "7"))])
    }

    @Test("a running total that falls between reports is a conflict")
    func runningTotalFalls() async throws {
        let outcome = try await Stage.run([
            MemorySource("early", "en", published: "2013-10-29", "7 people were killed in the blast."),
            MemorySource("later", "en", published: "2013-11-01", "5 people were killed in the blast."),
        ])
        #expect(try onlyFinding(outcome).verdict == .conflict)
    }

    @Test("an amount that is not a running total conflicts whatever the days")
    func notRunningTotal() async throws {
        let outcome = try await Stage.run([
            MemorySource("a", "en", published: "2021-10-29", "Acme invested $2 billion in Beta."),
            MemorySource("b", "en", published: "2021-11-01", "Acme invested $5 billion in Beta."),
        ])
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .conflict)
        #expect(finding.severity == .high)
    }

    @Test("deaths in Vietnamese and Chinese are compared as people: 5 against 7 the same day conflicts")
    func peopleAcrossLanguages() async throws {
        let outcome = try await Stage.run([
            MemorySource("vi", "vi", published: "2013-10-29", "5 người thiệt mạng trong vụ nổ."),
            MemorySource("hans", "zh-Hans", published: "2013-10-29", "爆炸造成5人死亡。"),
            MemorySource("hant", "zh-Hant", published: "2013-10-29", "爆炸造成7人死亡。"),
        ])
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .conflict)
        expectStatements(finding, quote: [try #require(outcome.claim("vi", "5")), try #require(outcome.claim("hans", "5")),
                                          try #require(outcome.claim("hant", "7"))])
    }

    @Test("2 passengers and 5 people count different things: not comparable")
    func differentCountedThings() async throws {
        let outcome = try await Stage.run([
            MemorySource("a", "en", published: "2013-10-29", "2 passengers were killed in the crash."),
            MemorySource("b", "en", published: "2013-10-29", "5 people were killed in the crash."),
        ])
        let a = try #require(outcome.claim("a", "2"), "\(outcome.summary)")
        let b = try #require(outcome.claim("b", "5"), "\(outcome.summary)")
        #expect(a.topic?.key == "deaths" && b.topic?.key == "deaths")
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .notComparable)
        #expect(outcome.conflicts.isEmpty)
        expectStatements(finding, quote: [a, b])
    }

    struct Subset: Sendable, CustomTestStringConvertible {
        var language: String
        var withPart: String
        var total: String
        var testDescription: String { "\(language): \(withPart)" }
    }

    @Test("a part of a total never conflicts with the total", arguments: [
        Subset(language: "en", withPart: "38 people were injured in the attack. Among the 38 people injured were 3 foreigners.",
               total: "38 people were injured in the attack."),
        Subset(language: "zh-Hans", withPart: "袭击造成38人受伤，38名伤者中则有3人是外国人。", total: "袭击造成38人受伤。"),
        Subset(language: "vi", withPart: "Vụ tấn công khiến 38 người bị thương, trong số 38 người bị thương có 3 người nước ngoài.",
               total: "Vụ tấn công khiến 38 người bị thương."),
    ])
    func subsetNeverConflicts(_ case_: Subset) async throws {
        let outcome = try await Stage.run([
            MemorySource("a", case_.language, published: "2013-10-29", case_.withPart),
            MemorySource("b", case_.language, published: "2013-10-29", case_.total),
        ])
        let part = try #require(outcome.claim("a", "3"), "\(outcome.summary)")
        #expect(part.topic?.key == "injured", "\(outcome.summary)")
        #expect(part.context?.isSubset == true, "\(outcome.summary)")
        #expect(outcome.conflicts.isEmpty, "\(outcome.summary)")
        let finding = try onlyFinding(outcome)
        #expect(finding.statements.contains { $0.claimID == part.id }, "the part is in the group: \(outcome.summary)")
    }

    @Test("the brief's wording 'among the 38 injured, 3 were foreigners' raises no conflict with the total")
    func subsetAfterComma() async throws {
        let outcome = try await Stage.run([
            MemorySource("a", "en", published: "2013-10-29", "38 people were injured. Among the 38 injured, 3 were foreigners."),
            MemorySource("b", "en", published: "2013-10-29", "38 people were injured in the attack."),
        ])
        #expect(outcome.claim("a", "3") != nil, "\(outcome.summary)")
        #expect(outcome.conflicts.isEmpty, "\(outcome.summary)")
    }

    @Test("a source that gives $2 billion and later $5 billion for one investment contradicts itself")
    func selfContradiction() async throws {
        let outcome = try await Stage.run([
            MemorySource("a", "en", published: Self.day, "Acme invested $2 billion in Beta. Later, Acme invested $5 billion in Beta."),
        ])
        let first = try #require(outcome.claim("a", "$2 billion"), "\(outcome.summary)")
        let second = try #require(outcome.claim("a", "$5 billion"), "\(outcome.summary)")
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .conflict)
        #expect(finding.severity == .high)
        expectStatements(finding, quote: [first, second])
        #expect(Set(finding.statements.map(\.quote)) == ["Acme invested $2 billion in Beta.", "Later, Acme invested $5 billion in Beta."])
    }

    @Test("one source saying the same figure twice is no finding")
    func sameFigureTwice() async throws {
        let outcome = try await Stage.run([
            MemorySource("a", "en", published: Self.day, "Acme invested $2 billion in Beta. Acme invested $2 billion in Beta."),
        ])
        #expect(outcome.claims(of: "a").filter { $0.topic != nil }.count == 2, "\(outcome.summary)")
        #expect(outcome.findings.isEmpty, "\(outcome.summary)")
    }

    @Test("two agreeing figures conflicting with a third: all three are quoted, the worst pair explains")
    func twoAgainstOne() async throws {
        let outcome = try await Stage.run([
            MemorySource("a", "en", published: Self.day, "Delta lost $50 million."),
            MemorySource("b", "en", published: Self.day, "Delta lost $51 million."),
            MemorySource("c", "en", published: Self.day, "Delta lost $60 million."),
        ])
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .conflict)
        #expect(finding.severity == .medium)
        #expect(finding.rationale.hasPrefix("USD 50 million vs USD 60 million"), "\(finding.rationale)")
        expectStatements(finding, quote: [try #require(outcome.claim("a", "$50 million")), try #require(outcome.claim("b", "$51 million")),
                                          try #require(outcome.claim("c", "$60 million"))])
    }

    @Test("a figure its sentence dates long before its report tells of a past event, not of the story's",
          arguments: [("2020年", false), ("6月12日", true)])
    func pastEvent(when: String, flagged: Bool) async throws {
        let outcome = try await OpenStage.run([
            MemorySource("a", "zh-Hant", published: "2025-06-13", "印度的致命空難發生在\(when),當時一架飛機在印度南部滑出跑道,造成21人死亡。"),
            MemorySource("b", "zh-Hans", published: "2025-06-13", "印度客机坠毁事件已造成241人死亡。"),
        ])
        let past = try #require(outcome.claim("a", "21"), "\(outcome.summary)")
        #expect(OpenStage.flags(outcome, past) == flagged, "\(outcome.findings.map(\.rationale))")
    }

    @Test("a count one report says goes on (bodies found) may have risen between two days' reports, whichever report says so",
          arguments: [("2025-06-12", true), ("2025-06-13", false)])
    func runningOnEitherSide(published: String, flagged: Bool) async throws {
        let outcome = try await OpenStage.run([
            MemorySource("vi", "vi", published: published, "Cảnh sát cho biết đã thu gom được khoảng 200 thi thể tại hiện trường."),
            MemorySource("zh", "zh-Hans", published: "2025-06-12", "目前已在该建筑物内发现30多具遗体。"),
        ])
        let later = try #require(outcome.claims.first { $0.sourceID == "vi" && $0.value.number == 200 }, "\(outcome.summary)")
        #expect(OpenStage.flags(outcome, later) == flagged, "\(outcome.findings.map(\.rationale))")
    }
}
