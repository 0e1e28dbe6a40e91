import ClaimsCore
import ClaimsLedger
import ClaimsTestSupport
import Foundation
import Testing

/// The ledger's rules for a decision, which every front end records through.
@Suite("decision rules")
struct DecisionRuleTests {
    @Test("each rule refuses what it names, and a good decision passes")
    func rules() {
        func refusal(_ decision: Decision, _ reviewer: String, note: String? = nil, correct: String? = nil) -> DecisionRule? {
            DecisionRule.refusal(decision: decision, reviewer: reviewer, note: note, correctSource: correct)
        }
        #expect(refusal(.confirm, "Lan") == nil)
        #expect(refusal(.dismiss, "Lan", note: "same figure, rounded\nsee the filing") == nil, "line breaks are fine in a note")
        #expect(refusal(.confirm, "") == .reviewerMissing)
        #expect(refusal(.confirm, String(repeating: "x", count: 101)) == .reviewerTooLong(limit: 100))
        #expect(refusal(.confirm, "Lan\u{1B}[2J") == .controlCharacters(field: "the reviewer's name"))
        #expect(refusal(.confirm, "Lan\u{202E}") == .controlCharacters(field: "the reviewer's name"))
        #expect(refusal(.dismiss, "Lan") == .reasonMissing)
        #expect(refusal(.dismiss, "Lan", note: " \n ") == .reasonMissing)
        #expect(refusal(.note, "Lan", note: "") == .noteMissing)
        #expect(refusal(.note, "Lan", note: String(repeating: "y", count: 4_001)) == .noteTooLong(limit: 4_000))
        #expect(refusal(.note, "Lan", note: "fine \u{1B}]0;title\u{07}") == .controlCharacters(field: "the note"))
        #expect(refusal(.dismiss, "Lan", note: "why", correct: "a") == .correctSourceWithoutConfirm)
        #expect(DecisionRule.reasonMissing.sentence == "A dismissal needs a reason.")
    }

    @Test("a note with an escape sequence is refused by verdict and by review; nothing is recorded", arguments: Backend.available)
    func controlCharactersRefused(_ backend: Backend) async throws {
        let workspace = try await Workspace("rules-controls", backend)
        defer { workspace.remove() }
        try Stories.english(workspace)
        let report = try await workspace.checkReport("en")
        let money = try #require(report.conflicts.first { $0.kind == "money" }?.id)
        let before = try await workspace.log()
        let verdict = try await workspace.verdict(money, "note", note: "look \u{1B}[2J here", reviewer: "A")
        #expect(verdict.status == 2, "\(verdict.summary)")
        #expect(verdict.stderrLines == ["claims: error: \(workspace.ledger): the note holds control characters or direction overrides"],
                "\(verdict.summary)")
        let named = try await workspace.verdict(money, "confirm", reviewer: "A\u{202E}B")
        #expect(named.status == 2, "\(named.summary)")
        let review = try await workspace.run(["review", "--reviewer", "A", "--ledger", workspace.ledger], input: "n\nlook \u{1B}[2J here\nq\n")
        #expect(review.status == 0, "\(review.summary)")
        #expect(review.errorLines == ["claims: error: the note holds control characters or direction overrides"], "\(review.summary)")
        #expect(try await workspace.log().raw == before.raw)
    }
}
