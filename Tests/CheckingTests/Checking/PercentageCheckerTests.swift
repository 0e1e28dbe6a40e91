import ClaimsCore
import Foundation
import PercentageChecker
import Testing

/// Shares through the real stage: units, rounding, hedges and reference dates.
@Suite("Percentage checker in the real stage")
struct PercentageCheckerTests {
    static let day = "2022-06-01"

    func onlyFinding(_ outcome: Outcome, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Finding {
        let findings = outcome.findings(by: PercentageChecker.description.name)
        #expect(findings.count == 1, "\(outcome.summary)", sourceLocation: sourceLocation)
        #expect(outcome.findings.count == findings.count, "\(outcome.summary)", sourceLocation: sourceLocation)
        let finding = try #require(findings.first, "\(outcome.summary)", sourceLocation: sourceLocation)
        #expect(finding.checker == PercentageChecker.description.tag, sourceLocation: sourceLocation)
        expectOneSentence(finding.rationale, sourceLocation: sourceLocation)
        return finding
    }

    @Test("a 30% stake in English, Chinese and Vietnamese: consistent, all three quoted")
    func stakeThreeLanguages() async throws {
        let outcome = try await Stage.run([
            MemorySource("en", "en", published: "2021-01-01", "Acme bought a 30% stake in Beta in 2020."),
            MemorySource("zh", "zh-Hans", published: "2021-01-01", "阿克米在2020年收购了贝塔30%的股份。"),
            MemorySource("vi", "vi", published: "2021-01-01", "Acme mua 30% cổ phần của Beta vào năm 2020."),
        ])
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .consistent)
        #expect(outcome.conflicts.isEmpty)
        let claims = try ["en", "zh", "vi"].map { try #require(outcome.claim($0, "30%"), "\(outcome.summary)") }
        expectStatements(finding, quote: claims)
    }

    @Test("a rate of nine months and one of their last month are two periods, not a conflict; of one month, a conflict",
          arguments: [("in the first nine months of 2025", false), ("in September 2025", true)])
    func periodsOfDifferentLength(period: String, conflict: Bool) async throws {
        let outcome = try await Stage.run([
            MemorySource("months", "en", published: "2025-10-27", "Acme's stake in Beta rose 3.2% \(period)."),
            MemorySource("month", "en", published: "2025-10-27", "Acme's stake in Beta rose 21.6% in September 2025."),
        ])
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == (conflict ? .conflict : .notComparable), "\(finding.rationale)")
        if !conflict { #expect(finding.rationale.contains("periods of different length"), "\(finding.rationale)") }
    }

    @Test("百分之三十 and 30% are the same share")
    func chineseNumeralPercent() async throws {
        let outcome = try await Stage.run([
            MemorySource("zh", "zh-Hans", published: Self.day, "阿克米持有贝塔百分之三十的股份。"),
            MemorySource("en", "en", published: Self.day, "Acme owns a 30% stake in Beta."),
        ])
        #expect(try onlyFinding(outcome).verdict == .consistent)
    }

    @Test("percent and percentage points are not comparable")
    func percentVersusPoints() async throws {
        let outcome = try await Stage.run([
            MemorySource("points", "en", published: Self.day, "Acme's stake in Beta rose by 5 percentage points."),
            MemorySource("percent", "en", published: Self.day, "Acme's stake in Beta rose by 5%."),
        ])
        let points = try #require(outcome.claim("points", "5 percentage points"), "\(outcome.summary)")
        let percent = try #require(outcome.claim("percent", "5%"), "\(outcome.summary)")
        #expect(points.topic?.key == percent.topic?.key)
        #expect(points.value.unit != percent.value.unit)
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .notComparable)
        #expect(outcome.conflicts.isEmpty)
        expectStatements(finding, quote: [points, percent])
    }

    @Test("49% and 49% are consistent")
    func sameShare() async throws {
        let outcome = try await Stage.run([
            MemorySource("en", "en", published: Self.day, "Acme owns a 49% stake in Beta."),
            MemorySource("vi", "vi", published: Self.day, "Acme nắm giữ 49% cổ phần của Beta."),
        ])
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .consistent)
        #expect(finding.severity == .info)
        expectStatements(finding, quote: [try #require(outcome.claim("en", "49%")), try #require(outcome.claim("vi", "49%"))])
    }

    @Test("nearly 49% and 49% agree")
    func hedgedShareAgrees() async throws {
        let outcome = try await Stage.run([
            MemorySource("a", "en", published: Self.day, "Acme owns nearly 49% of Beta's shares."),
            MemorySource("b", "en", published: Self.day, "Acme owns a 49% stake in Beta."),
        ])
        #expect(try onlyFinding(outcome).verdict == .consistent)
    }

    @Test("a 49% stake against a 30% stake is a high-severity conflict quoting every source that disagrees")
    func differentShares() async throws {
        let outcome = try await Stage.run([
            MemorySource("en", "en", published: Self.day, "Acme owns a 49% stake in Beta."),
            MemorySource("vi", "vi", published: Self.day, "Acme nắm giữ 49% cổ phần của Beta."),
            MemorySource("zh", "zh-Hans", published: Self.day, "阿克米持有贝塔30%的股份。"),
        ])
        let en = try #require(outcome.claim("en", "49%"))
        let vi = try #require(outcome.claim("vi", "49%"))
        let zh = try #require(outcome.claim("zh", "30%"))
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .conflict)
        #expect(finding.severity == .high)
        expectStatements(finding, quote: [en, vi, zh])
        #expect(finding.rationale.contains("19"), "\(finding.rationale)")
        #expect(finding.statements.first { $0.sourceID == "zh" }?.quote == "阿克米持有贝塔30%的股份。")
    }

    @Test("a hedged share five points off is a conflict of medium severity, not high")
    func hedgedConflictMedium() async throws {
        let outcome = try await Stage.run([
            MemorySource("a", "en", published: Self.day, "Acme owns about 40% of Beta's shares."),
            MemorySource("b", "en", published: Self.day, "Acme owns a 49% stake in Beta."),
        ])
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .conflict)
        #expect(finding.severity == .medium)
    }

    @Test("stakes dated to different years are not comparable")
    func differentYears() async throws {
        let outcome = try await Stage.run([
            MemorySource("a", "en", published: "2019-06-01", "Acme owned 30% of Beta's shares in 2019."),
            MemorySource("b", "en", published: Self.day, "Acme owned a 49% stake in Beta in 2022."),
        ])
        let finding = try onlyFinding(outcome)
        #expect(finding.verdict == .notComparable)
        #expect(outcome.conflicts.isEmpty)
    }
}
