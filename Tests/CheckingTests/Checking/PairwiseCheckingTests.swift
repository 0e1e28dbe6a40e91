import ClaimsCore
import Foundation
import Testing

/// How pair judgements become findings, with a judge made for the test.
@Suite("Pairwise checking: from pairs to findings")
struct PairwiseCheckingTests {
    let sources = Dictionary(uniqueKeysWithValues: ["a", "b", "c"].map { ($0, Make.source($0)) })

    func group(_ claims: [Claim]) -> AlignedGroup {
        AlignedGroup(topic: ClaimTopic(key: "k", label: "Topic"), claims: claims, sources: sources)
    }

    func money(_ id: String, _ source: String, _ amount: Double) -> Claim {
        Make.claim(id, source: source, topic: "k", value: NormalizedValue(display: "USD \(Int(amount))", number: amount, unit: "USD"))
    }

    /// Equal numbers agree; different ones conflict at the given severity.
    func judge(_ severity: Severity) -> (Claim, Claim) -> PairJudgement? {
        { a, b in
            a.value.number == b.value.number
                ? PairJudgement(.consistent, .info, confidence: 0.8, "they agree")
                : PairJudgement(.conflict, severity, confidence: 0.8, "\(a.value.display) vs \(b.value.display): they differ")
        }
    }

    @Test("agreement within one source alone is no finding; across two sources it is consistent")
    func consistentNeedsTwoSources() {
        let oneSource = PairwiseChecking.findings(for: group([money("x", "a", 1), money("y", "a", 1)]), kinds: [.money],
                                                  checker: "test@1", judge: judge(.high))
        #expect(oneSource.isEmpty)
        let twoSources = PairwiseChecking.findings(for: group([money("x", "a", 1), money("y", "b", 1)]), kinds: [.money],
                                                   checker: "test@1", judge: judge(.high))
        #expect(twoSources.map(\.verdict) == [.consistent])
        #expect(twoSources.first?.checker == "test@1")
    }

    @Test("one source stating two different values is a conflict quoting both")
    func selfConflict() {
        let findings = PairwiseChecking.findings(for: group([money("x", "a", 1), money("y", "a", 2)]), kinds: [.money],
                                                 checker: "test@1", judge: judge(.high))
        #expect(findings.map(\.verdict) == [.conflict])
        #expect(findings.first.map { Set($0.statements.map(\.claimID)) } == ["x", "y"])
        #expect(findings.first?.rationale == "USD 1 vs USD 2: they differ")
    }

    @Test("claims of other kinds are not judged")
    func otherKindsIgnored() {
        let percent = Make.claim("p", source: "b", kind: .percentage, topic: "k",
                                 value: NormalizedValue(display: "5%", number: 5, unit: "percent"))
        let findings = PairwiseChecking.findings(for: group([money("x", "a", 1), percent]), kinds: [.money],
                                                 checker: "test@1", judge: judge(.high))
        #expect(findings.isEmpty)
    }

    @Test("a conflict outranks agreement and incomparability; the finding has the worst pair's severity")
    func conflictOutranks() {
        var calls = 0
        let findings = PairwiseChecking.findings(
            for: group([money("x", "a", 1), money("y", "b", 1), money("z", "c", 3)]), kinds: [.money], checker: "test@1"
        ) { a, b in
            calls += 1
            if a.id == "x", b.id == "y" { return PairJudgement(.notComparable, .info, confidence: 0.5, "x and y differ in kind") }
            if b.id == "z", a.id == "x" { return PairJudgement(.conflict, .low, confidence: 0.9, "x vs z: a little off") }
            return PairJudgement(.conflict, .high, confidence: 0.4, "\(a.id) vs \(b.id): far off")
        }
        #expect(calls == 3)
        #expect(findings.count == 1)
        #expect(findings.first?.verdict == .conflict)
        #expect(findings.first?.severity == .high)
        // The low-severity pair is left out of a high-severity finding.
        #expect(findings.first.map { Set($0.statements.map(\.claimID)) } == ["y", "z"])
        #expect(findings.first?.rationale == "y vs z: far off")
    }
}
