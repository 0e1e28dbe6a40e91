import ClaimsCore
import DateChecker
import Foundation
import Testing

/// Dates of one event compared as intervals at their precision.
@Suite("Date checker")
struct DateCheckerTests {
    static let day = "2022-06-01"

    func onlyFinding(_ outcome: Outcome, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Finding {
        let findings = outcome.findings(by: DateChecker.description.name)
        #expect(findings.count == 1, "\(outcome.summary)", sourceLocation: sourceLocation)
        #expect(outcome.findings.count == findings.count, "\(outcome.summary)", sourceLocation: sourceLocation)
        let finding = try #require(findings.first, "\(outcome.summary)", sourceLocation: sourceLocation)
        expectOneSentence(finding.rationale, sourceLocation: sourceLocation)
        return finding
    }

    @Test("founded in 2018 against founded in July 2019: a conflict quoting both")
    func yearAgainstLaterMonth() async throws {
        let outcome = try await Stage.run([
            MemorySource("a", "en", published: Self.day, "Acme was founded in 2018."),
            MemorySource("b", "en", published: Self.day, "Acme was founded in July 2019."),
        ])
        let a = try #require(outcome.claim("a", "2018"), "\(outcome.summary)")
        let b = try #require(outcome.claim("b", "July 2019"), "\(outcome.summary)")
        #expect(a.topic?.key == "founded|acme" && b.topic?.key == "founded|acme")
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .conflict)
        // 2019-01-01 to 2019-07-01: half a year apart.
        #expect(finding.severity == .medium)
        #expect(finding.kind == .date)
        expectStatements(finding, quote: [a, b])
    }

    @Test("four years of partnership in 2021 and six years in 2023 start in the same year")
    func durationsCountedBackFromPublication() async throws {
        let outcome = try await Stage.run([
            MemorySource("a", "en", published: "2021-06-01", "Acme and Beta have had a partnership for four years."),
            MemorySource("b", "zh-Hans", published: "2023-06-01", "阿克米与贝塔合作六年。"),
        ])
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .consistent, "\(outcome.summary)")
        #expect(finding.rationale.contains("from about 2017"), "\(finding.rationale)")
        let apart = try await Stage.run([
            MemorySource("a", "en", published: "2023-06-01", "Acme and Beta have had a partnership for two years."),
            MemorySource("b", "zh-Hans", published: "2023-06-01", "阿克米与贝塔合作六年。"),
        ])
        let conflict = try onlyFinding(apart)
        #expect(conflict.verdict == .conflict, "\(apart.summary)")
    }

    @Test("founded in 2019 and founded in July 2019 are consistent")
    func yearHoldsMonth() async throws {
        let outcome = try await Stage.run([
            MemorySource("a", "en", published: Self.day, "Acme was founded in 2019."),
            MemorySource("b", "en", published: Self.day, "Acme was founded in July 2019."),
        ])
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .consistent)
        #expect(outcome.conflicts.isEmpty)
    }

    @Test("dates years apart are a high-severity conflict")
    func yearsApart() async throws {
        let outcome = try await Stage.run([
            MemorySource("a", "en", published: Self.day, "Acme was founded in 2015."),
            MemorySource("b", "en", published: Self.day, "Acme was founded in July 2019."),
        ])
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .conflict)
        #expect(finding.severity == .high)
    }

    @Test("founding dates in English, Chinese and Vietnamese: 2018 against 2019-07 twice")
    func threeLanguages() async throws {
        let outcome = try await Stage.run([
            MemorySource("en", "en", published: Self.day, "Acme was founded in 2018."),
            MemorySource("zh", "zh-Hans", published: Self.day, "阿克米成立于2019年7月。"),
            MemorySource("vi", "vi", published: Self.day, "Acme được thành lập vào tháng 7 năm 2019."),
        ])
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .conflict)
        expectStatements(finding, quote: [try #require(outcome.claim("en", "2018")), try #require(outcome.claim("zh", "2019年7月")),
                                          try #require(outcome.claim("vi", "tháng 7 năm 2019"))])
    }

    @Test("a source giving two founding years contradicts itself")
    func selfContradiction() async throws {
        let outcome = try await Stage.run([
            MemorySource("a", "en", published: Self.day, "Acme was founded in 2019. Acme was founded in 2021."),
        ])
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .conflict)
        #expect(Set(finding.statements.map(\.sourceID)) == ["a"])
        #expect(finding.statements.count == 2)
    }

    @Test("on its own: only resolved dates are compared; other kinds and unresolved dates are left out")
    func direct() {
        let y2018 = Make.date("d2018", source: "a", "2018")
        let y2019 = Make.date("d2019", source: "b", "2019")
        let july = Make.date("d2019-07", source: "c", "2019-07")
        let unresolved = Make.claim("rel", source: "c", kind: .date, topic: "founded|acme",
                                    value: NormalizedValue(display: "last year (unresolved)", unit: "date", anchor: "unknown"))
        let money = Make.claim("money", source: "c", topic: "founded|acme")
        let sources = Dictionary(uniqueKeysWithValues: ["a", "b", "c"].map { ($0, Make.source($0)) })
        func check(_ claims: [Claim]) -> [Finding] {
            DateChecker().check(AlignedGroup(topic: ClaimTopic(key: "founded|acme", label: "Acme: founded"), claims: claims, sources: sources))
        }

        let conflict = check([y2018, unresolved, money, july])
        #expect(conflict.count == 1)
        #expect(conflict.first?.verdict == .conflict)
        #expect(conflict.first.map { Set($0.statements.map(\.claimID)) } == ["d2018", "d2019-07"])
        #expect(conflict.first?.topic == "Acme: founded")

        let agree = check([y2019, july, unresolved])
        #expect(agree.map(\.verdict) == [.consistent])
        #expect(agree.first.map { Set($0.statements.map(\.claimID)) } == ["d2019", "d2019-07"])

        // Adjacent years touch but do not overlap: the end is excluded.
        #expect(check([y2018, y2019]).first?.verdict == .conflict)
        #expect(check([y2018, y2019]).first?.severity == .low)
        #expect(check([y2019, unresolved, money]).isEmpty)
    }
}
