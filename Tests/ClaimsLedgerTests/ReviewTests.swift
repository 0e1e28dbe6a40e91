import ClaimsCore
import ClaimsLedger
import ClaimsTestSupport
import Foundation
import Testing

@Suite("claims review with piped answers")
struct ReviewTests {
    /// What a review should leave on one conflict of the queue.
    enum Outcome: Sendable, Equatable {
        case untouched
        /// Confirmed; `correct` true when the answer named the conflict's first source.
        case confirmed(correct: Bool, note: String?)
        case dismissed(note: String)
        /// Still open, with a note added.
        case noted(String)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// The answers; `{source1}` and `{source2}` stand for the first source of the first and second conflict.
        var input: String
        /// For the first and second conflict of the queue.
        var outcomes: [Outcome]
        var decided: Int
        var skipped: Int
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "confirm with source and note, then dismiss", input: "c\n{source1}\nseen the notice\nd\nsame figure\n",
             outcomes: [.confirmed(correct: true, note: "seen the notice"), .dismissed(note: "same figure")], decided: 2, skipped: 0),
        Case(name: "skip leaves the first open, dismiss the second", input: "s\nd\nsame figure\n",
             outcomes: [.untouched, .dismissed(note: "same figure")], decided: 1, skipped: 1),
        Case(name: "end of input after a skip", input: "s\n",
             outcomes: [.untouched, .untouched], decided: 0, skipped: 1),
        Case(name: "quit at once", input: "q\n", outcomes: [.untouched, .untouched], decided: 0, skipped: 0),
        Case(name: "empty input", input: "", outcomes: [.untouched, .untouched], decided: 0, skipped: 0),
        Case(name: "quit after one decision", input: "d\nsame figure\nq\nd\nnever read\n",
             outcomes: [.dismissed(note: "same figure"), .untouched], decided: 1, skipped: 0),
        Case(name: "confirm without a source or note", input: "c\n\n\ns\n",
             outcomes: [.confirmed(correct: false, note: nil), .untouched], decided: 1, skipped: 1),
        Case(name: "a dismissal without a reason is asked again", input: "d\n\nd\nsame figure\ns\n",
             outcomes: [.dismissed(note: "same figure"), .untouched], decided: 1, skipped: 1),
        Case(name: "a note keeps the conflict under review", input: "n\nask the desk\ns\nc\n{source2}\n\n",
             outcomes: [.noted("ask the desk"), .confirmed(correct: true, note: nil)], decided: 1, skipped: 1),
        Case(name: "an unknown answer is asked again", input: "x\nd\nsame figure\n",
             outcomes: [.dismissed(note: "same figure"), .untouched], decided: 1, skipped: 0),
        Case(name: "end of input in the middle of a confirmation", input: "c\n",
             outcomes: [.untouched, .untouched], decided: 0, skipped: 0),
    ]

    /// The English story checked into a fresh ledger: two open conflicts, in review order.
    static func queue(_ workspace: Workspace) async throws -> [LedgerConflict] {
        try Stories.english(workspace)
        _ = try await workspace.checkReport("en")
        let queue = try await workspace.conflicts(["--status", "open"])
        try #require(queue.count == 2)
        return queue
    }

    @Test("answers land in the ledger under the reviewer's name", arguments: cases, Backend.available)
    func review(_ testCase: Case, _ backend: Backend) async throws {
        let workspace = try await Workspace("review", backend)
        defer { workspace.remove() }
        let queue = try await Self.queue(workspace)
        let input = testCase.input
            .replacingOccurrences(of: "{source1}", with: try #require(queue[0].statements.first?.source))
            .replacingOccurrences(of: "{source2}", with: try #require(queue[1].statements.first?.source))

        let result = try await workspace.run(["review", "--reviewer", "R", "--ledger", workspace.ledger], input: input)
        #expect(result.status == 0 && !result.signaled, "\(result.summary)")
        #expect(result.errorLines.isEmpty, "\(result.summary)")
        #expect(result.stdoutLines.last == "\(testCase.decided) decided, \(testCase.skipped) skipped; \(workspace.ledger)", "\(result.summary)")
        #expect(result.stdout.contains("[1/2] \(queue[0].id)"), "\(result.summary)")

        let after = Dictionary(uniqueKeysWithValues: try await workspace.conflicts().map { ($0.id, $0) })
        for (conflict, outcome) in zip(queue, testCase.outcomes) {
            let now = try #require(after[conflict.id])
            let added = Array(now.events.dropFirst(conflict.events.count))
            #expect(added.allSatisfy { $0.actor == "R" }, "\(added)")
            switch outcome {
            case .untouched:
                #expect(added.isEmpty, "\(conflict.id): \(added)")
                #expect(now.status == .open)
            case .confirmed(let correct, let note):
                #expect(added.map(\.type) == [.confirmed], "\(conflict.id): \(added)")
                #expect(now.status == .confirmed)
                #expect(now.decision?.correctSource == (correct ? conflict.statements.first?.source : nil))
                #expect(now.decision?.note == note)
            case .dismissed(let note):
                #expect(added.map(\.type) == [.dismissed], "\(conflict.id): \(added)")
                #expect(now.status == .dismissed)
                #expect(now.decision?.note == note)
            case .noted(let note):
                #expect(added.map(\.type) == [.note], "\(conflict.id): \(added)")
                #expect(added.first?.note == note)
                #expect(now.status == .open)
                #expect(now.decision == nil)
            }
        }
        #expect(try await workspace.verify().status == 0)
    }

    @Test("the reviewer's name may come from CLAIMS_REVIEWER", arguments: Backend.available)
    func reviewerFromEnvironment(_ backend: Backend) async throws {
        let workspace = try await Workspace("review-env", backend)
        defer { workspace.remove() }
        let queue = try await Self.queue(workspace)
        let result = try await workspace.run(["review", "--ledger", workspace.ledger], input: "d\nsame figure\n",
                                             extra: ["CLAIMS_REVIEWER": "Env Reviewer"])
        #expect(result.status == 0, "\(result.summary)")
        let first = try #require(try await workspace.conflicts().first { $0.id == queue[0].id })
        #expect(first.decision?.actor == "Env Reviewer")
        #expect(first.status == .dismissed)
    }

    @Test("without a reviewer's name: exit 2, one line, nothing recorded", arguments: Backend.available)
    func noReviewer(_ backend: Backend) async throws {
        let workspace = try await Workspace("review-anon", backend)
        defer { workspace.remove() }
        _ = try await Self.queue(workspace)
        let before = try await workspace.log()
        let result = try await workspace.run(["review", "--ledger", workspace.ledger], input: "d\nsame figure\n")
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.stderrLines == ["claims: error: a review needs the reviewer's name: --reviewer NAME (or set CLAIMS_REVIEWER)"],
                "\(result.summary)")
        #expect(result.stdout.isEmpty, "\(result.summary)")
        #expect(try await workspace.log().raw == before.raw)

        let empty = try await workspace.run(["review", "--ledger", workspace.ledger], input: "d\nsame figure\n", extra: ["CLAIMS_REVIEWER": ""])
        #expect(empty.status == 2, "\(empty.summary)")
        #expect(empty.stderrLines.count == 1, "\(empty.summary)")
    }

    @Test("a source not in the conflict is refused in one line; the review goes on", arguments: Backend.available)
    func wrongSourceInReview(_ backend: Backend) async throws {
        let workspace = try await Workspace("review-wrong", backend)
        defer { workspace.remove() }
        let queue = try await Self.queue(workspace)
        let result = try await workspace.run(["review", "--reviewer", "R", "--ledger", workspace.ledger], input: "c\nzz\n\ns\ns\n")
        #expect(result.status == 0, "\(result.summary)")
        #expect(result.errorLines.count == 1, "\(result.summary)")
        #expect(result.errorLines.first?.contains("zz is not a source of conflict \(queue[0].id)") == true, "\(result.summary)")
        #expect(result.stdoutLines.last == "0 decided, 2 skipped; \(workspace.ledger)", "\(result.summary)")
        #expect(try await workspace.conflicts().allSatisfy { $0.status == .open && $0.events.count == 1 })
    }

    @Test("with nothing open the review says so and exits 0", arguments: Backend.available)
    func nothingToReview(_ backend: Backend) async throws {
        let workspace = try await Workspace("review-none", backend)
        defer { workspace.remove() }
        let queue = try await Self.queue(workspace)
        for conflict in queue {
            #expect(try await workspace.verdict(conflict.id, "dismiss", note: "fine", reviewer: "A").status == 0)
        }
        let result = try await workspace.run(["review", "--reviewer", "R", "--ledger", workspace.ledger], input: "c\n\n\n")
        #expect(result.status == 0, "\(result.summary)")
        #expect(result.stdoutLines == ["no open conflicts to review in \(workspace.ledger)"], "\(result.summary)")
    }
}
