import ClaimsCore
import ClaimsLedger
import ClaimsTestSupport
import Foundation
import Testing

@Suite("re-running check on unchanged sources")
struct RerunTests {
    @Test("a re-run records nothing new and keeps a dismissal", arguments: Backend.available)
    func rerunKeepsReviews(_ backend: Backend) async throws {
        let workspace = try await Workspace("rerun", backend)
        defer { workspace.remove() }
        try Stories.vietnamese(workspace)

        let first = try await workspace.checkReport("vi")
        #expect(first.conflicts.count == 1)
        let conflict = try #require(first.conflicts.first)
        #expect(conflict.kind == "count")
        #expect(Set(conflict.statements.map(\.source)) == ["01", "02"])
        #expect(conflict.status == "open")
        let ids = first.conflicts.map(\.id).sorted()
        let log1 = try await workspace.log()
        #expect(log1.events.count == 1)
        #expect(log1.events.first?.type == .detected)

        // Unchanged sources: the same conflicts, no new event, the same history byte for byte.
        let second = try await workspace.checkReport("vi")
        #expect(second.conflicts.map(\.id).sorted() == ids)
        #expect(second.conflicts.map(\.status) == ["open"])
        let log2 = try await workspace.log()
        #expect(log2.raw == log1.raw)
        #expect(try await workspace.conflicts().map(\.id) == ids)

        // With the conflict open, --fail-on-conflict fails the run.
        let failing = try await workspace.check("vi", extra: ["--fail-on-conflict"])
        #expect(failing.status == 1, "\(failing.summary)")

        let dismissed = try await workspace.verdict(conflict.id, "dismiss", note: "the same arrests, counted twice", reviewer: "A")
        #expect(dismissed.status == 0, "\(dismissed.summary)")
        #expect(dismissed.stdout.contains("dismissed"), "\(dismissed.summary)")
        let log3 = try await workspace.log()
        #expect(log3.events.count == 2)

        // The re-run reports the dismissal in its JSON, records nothing, and no longer fails.
        let third = try await workspace.checkReport("vi")
        #expect(third.conflicts.map(\.id).sorted() == ids)
        #expect(third.conflicts.first?.status == "dismissed")
        #expect(third.summary.openConflicts == 0)
        let log4 = try await workspace.log()
        #expect(log4.raw == log3.raw)
        let passing = try await workspace.check("vi", extra: ["--fail-on-conflict"])
        #expect(passing.status == 0, "\(passing.summary)")

        let recorded = try #require(try await workspace.conflicts().first)
        #expect(recorded.status == .dismissed)
        #expect(recorded.decision?.actor == "A")
        #expect(recorded.decision?.note == "the same arrests, counted twice")
        #expect(recorded.events.map(\.type) == [.detected, .dismissed])
        #expect(try await workspace.rowCounts() == [2, 2, 1, 2])
    }

    @Test("a re-run keeps a confirmation with its correct source", arguments: Backend.available)
    func rerunKeepsConfirmation(_ backend: Backend) async throws {
        let workspace = try await Workspace("rerun-confirm", backend)
        defer { workspace.remove() }
        try Stories.english(workspace)
        let first = try await workspace.checkReport("en")
        #expect(first.conflicts.count == 2)
        let money = try #require(first.conflicts.first { $0.kind == "money" })
        let confirmed = try await workspace.verdict(money.id, "confirm", correct: "a", reviewer: "B")
        #expect(confirmed.status == 0, "\(confirmed.summary)")
        let before = try await workspace.log()

        let again = try await workspace.checkReport("en")
        let statuses = Dictionary(uniqueKeysWithValues: again.conflicts.map { ($0.id, $0.status) })
        #expect(statuses == Dictionary(uniqueKeysWithValues: first.conflicts.map { ($0.id, $0.id == money.id ? "confirmed" : "open") }))
        #expect(try await workspace.log().raw == before.raw)
        let recorded = try await workspace.conflicts().first { $0.id == money.id }
        #expect(recorded?.decision?.correctSource == "a")
        #expect(recorded?.decision?.actor == "B")
    }
}
