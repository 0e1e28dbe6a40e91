import ClaimsCore
import ClaimsLedger
import ClaimsTestSupport
import Foundation
import Testing

@Suite("a changed source makes its conflicts stale")
struct StaleTests {
    @Test("editing another sentence of a source keeps its conflicts and their decisions", arguments: Backend.available)
    func editElsewhereKeepsConflicts(_ backend: Backend) async throws {
        let workspace = try await Workspace("stale-elsewhere", backend)
        defer { workspace.remove() }
        try Stories.english(workspace)
        let first = try await workspace.checkReport("en")
        let suspects = try #require(first.conflicts.first { $0.kind == "count" })
        #expect(try await workspace.verdict(suspects.id, "dismiss", note: "different days", reviewer: "A").status == 0)
        let events = try await workspace.log().raw

        // c gains a sentence before the disputed one: its statements are unchanged.
        try workspace.write("en/c.txt", "The square reopened in the evening.\n" + Stories.suspectsC)
        let edited = try await workspace.check("en")
        #expect(edited.status == 0, "\(edited.summary)")
        #expect(!edited.stderr.contains("marked stale"), "\(edited.summary)")
        let report = try JSONDecoder().decode(CheckReport.self, from: edited.stdoutData)
        let again = try #require(report.conflicts.first { $0.kind == "count" })
        #expect(again.id == suspects.id)
        #expect(again.status == "dismissed")
        #expect(try await workspace.log().raw == events, "nothing new is recorded for the unchanged conflict")
    }

    @Test("editing a disputed figure changes its conflict: same id, a changed event, history kept, open again", arguments: Backend.available)
    func editChangesTheConflict(_ backend: Backend) async throws {
        let workspace = try await Workspace("changed", backend)
        defer { workspace.remove() }
        try Stories.english(workspace)

        let first = try await workspace.checkReport("en")
        #expect(first.conflicts.count == 2)
        let money = try #require(first.conflicts.first { $0.kind == "money" })
        let suspects = try #require(first.conflicts.first { $0.kind == "count" })
        #expect(Set(money.statements.map(\.source)) == ["a", "b"])
        #expect(Set(suspects.statements.map(\.source)) == ["b", "c"])

        #expect(try await workspace.verdict(money.id, "confirm", note: "the filing says $2 billion", correct: "a", reviewer: "B").status == 0)
        #expect(try await workspace.verdict(suspects.id, "dismiss", note: "different days", reviewer: "A").status == 0)
        let moneyBefore = try #require(try await workspace.conflicts().first { $0.id == money.id })

        // c changes its figure: the suspects conflict (b, c) keeps its id and history and opens
        // again with the new statement; the money conflict (a, b) is untouched. No duplicate.
        try workspace.write("en/c.txt", "Police identified 9 suspects.\n")
        let edited = try await workspace.check("en")
        #expect(edited.status == 0, "\(edited.summary)")
        #expect(edited.stderr.contains("1 recorded conflict(s) changed"), "\(edited.summary)")
        let report = try JSONDecoder().decode(CheckReport.self, from: edited.stdoutData)
        #expect(report.conflicts.count == 2)
        #expect(report.conflicts.first { $0.id == money.id }?.status == "confirmed")
        let again = try #require(report.conflicts.first { $0.kind == "count" })
        #expect(again.id == suspects.id)
        #expect(again.status == "open")
        #expect(again.statements.contains { $0.value == "9 suspects" })

        let conflicts = try await workspace.conflicts()
        #expect(conflicts.count == 2, "\(conflicts.map(\.id))")
        let changed = try #require(conflicts.first { $0.id == suspects.id })
        #expect(changed.status == .open)
        #expect(changed.events.map(\.type) == [.detected, .dismissed, .changed])
        #expect(changed.events.last?.note == "joined: c 9 suspects; left: c 8 suspects", "\(changed.events.last?.note ?? "")")
        #expect(changed.decision?.note == "different days", "the earlier decision stays in the history")
        #expect(changed.statements.contains { $0.value == "9 suspects" })
        #expect(!changed.statements.contains { $0.value == "8 suspects" })
        let moneyAfter = try #require(conflicts.first { $0.id == money.id })
        #expect(moneyAfter.status == .confirmed)
        #expect(moneyAfter.events == moneyBefore.events)
        #expect(try await workspace.conflicts(["--status", "open"]).map(\.id) == [suspects.id])

        // `claims show` gives the statements as they now stand and the whole history.
        let shown = try await workspace.run(["show", String(suspects.id.prefix(8)), "--ledger", workspace.ledger])
        #expect(shown.status == 0, "\(shown.summary)")
        #expect(shown.stdout.contains("Police identified ⟦9⟧ suspects."), "\(shown.stdout)")
        #expect(shown.stdout.contains("joined: c 9 suspects; left: c 8 suspects"), "\(shown.stdout)")

        // A second run on the edited sources adds nothing.
        let log = try await workspace.log()
        let rerun = try await workspace.check("en")
        #expect(rerun.status == 0, "\(rerun.summary)")
        #expect(!rerun.stderr.contains("changed"), "\(rerun.summary)")
        #expect(try await workspace.log().raw == log.raw)
        #expect(try await workspace.verify().status == 0)
    }

    @Test("a figure edited until the sources agree leaves the conflict stale; restoring it reopens it", arguments: Backend.available)
    func agreeThenRestore(_ backend: Backend) async throws {
        let workspace = try await Workspace("reopen", backend)
        defer { workspace.remove() }
        try Stories.english(workspace)
        let first = try await workspace.checkReport("en")
        let suspects = try #require(first.conflicts.first { $0.kind == "count" })
        #expect(try await workspace.verdict(suspects.id, "dismiss", note: "different days", reviewer: "A").status == 0)

        // c now agrees with b (2 suspects): no conflict on suspects, and c changed: stale.
        try workspace.write("en/c.txt", "Police identified 2 suspects.\n")
        let agreeing = try await workspace.check("en")
        #expect(agreeing.stderr.contains("1 recorded conflict(s) marked stale"), "\(agreeing.summary)")
        #expect(try await workspace.conflicts().first { $0.id == suspects.id }?.status == .stale)

        try workspace.write("en/c.txt", Stories.suspectsC)
        let restored = try await workspace.checkReport("en")
        #expect(restored.conflicts.first { $0.kind == "count" }?.id == suspects.id)
        let conflicts = try await workspace.conflicts()
        #expect(conflicts.count == 2)
        let reopened = try #require(conflicts.first { $0.id == suspects.id })
        #expect(reopened.events.map(\.type) == [.detected, .dismissed, .stale, .reopened])
        #expect(reopened.status == .open)
        #expect(reopened.decision?.note == "different days")
        #expect(try await workspace.verify().status == 0)
    }

    @Test("a source no longer checked withdraws its conflicts; check, conflicts and the report agree on what is open", arguments: Backend.available)
    func removedSourceWithdraws(_ backend: Backend) async throws {
        let workspace = try await Workspace("withdrawn", backend)
        defer { workspace.remove() }
        try Stories.english(workspace)
        let first = try await workspace.checkReport("en")
        #expect(first.summary.openConflicts == 2)

        // b leaves the corpus: both conflicts quoted it.
        try FileManager.default.removeItem(at: workspace.path("en/b.txt"))
        try workspace.write("en/sources.json", """
            {"sources": [{"file": "a.txt", "language": "en"}, {"file": "c.txt", "language": "en"}]}
            """)
        let without = try await workspace.check("en")
        #expect(without.status == 0, "\(without.summary)")
        #expect(without.stderr.contains("2 recorded conflict(s) withdrawn"), "\(without.summary)")
        let report = try JSONDecoder().decode(CheckReport.self, from: without.stdoutData)
        #expect(report.summary.openConflicts == 0)
        #expect(try await workspace.conflicts(["--status", "open"]).isEmpty)
        let withdrawn = try await workspace.conflicts(["--status", "withdrawn"])
        #expect(withdrawn.count == 2)
        #expect(withdrawn.allSatisfy { $0.events.last?.note == "no longer checked: b" }, "\(withdrawn.map(\.events))")
        let html = try await workspace.run(["report", "en", "--ledger", workspace.ledger])
        #expect(html.status == 0, "\(html.summary)")
        #expect(!html.stdout.contains("invested $5 billion"), "the report quotes no source it did not check")

        // b returns: its conflicts are found again and reopen, with their history.
        try Stories.english(workspace)
        let back = try await workspace.checkReport("en")
        #expect(back.summary.openConflicts == 2)
        let all = try await workspace.conflicts()
        #expect(all.count == 2)
        #expect(all.allSatisfy { $0.status == .open && $0.events.map(\.type) == [.detected, .withdrawn, .reopened] }, "\(all.map(\.events))")
        #expect(try await workspace.verify().status == 0)
    }
}
