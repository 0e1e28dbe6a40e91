import ClaimsCore
import ClaimsLedger
import Foundation
import Testing

@Suite("a changed source makes its conflicts stale")
struct StaleTests {
    @Test("editing another sentence of a source keeps its conflicts and their decisions")
    func editElsewhereKeepsConflicts() async throws {
        let workspace = try Workspace("stale-elsewhere")
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

    @Test("editing one source marks only the conflicts quoting it stale, keeping the decision")
    func editMarksOnlyItsConflictsStale() async throws {
        let workspace = try Workspace("stale")
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

        // c changes: the suspects conflict (b, c) goes stale; the money conflict (a, b) does not.
        try workspace.write("en/c.txt", "Police identified 9 suspects.\n")
        let edited = try await workspace.check("en")
        #expect(edited.status == 0, "\(edited.summary)")
        #expect(edited.stderr.contains("1 recorded conflict(s) marked stale"), "\(edited.summary)")
        let report = try JSONDecoder().decode(CheckReport.self, from: edited.stdoutData)
        #expect(report.conflicts.first { $0.id == money.id }?.status == "confirmed")
        #expect(!report.conflicts.contains { $0.id == suspects.id })
        let replacement = try #require(report.conflicts.first { $0.kind == "count" })
        #expect(replacement.id != suspects.id)
        #expect(replacement.status == "open")
        #expect(replacement.statements.contains { $0.value == "9 suspects" })

        let conflicts = try await workspace.conflicts()
        #expect(conflicts.count == 3)
        let stale = try #require(conflicts.first { $0.id == suspects.id })
        #expect(stale.status == .stale)
        #expect(stale.events.map(\.type) == [.detected, .dismissed, .stale])
        #expect(stale.events.last?.note == "source changed since: c")
        #expect(stale.events.last?.actor == "claims")
        #expect(stale.decision?.type == .dismissed)
        #expect(stale.decision?.actor == "A")
        #expect(stale.decision?.note == "different days")
        let moneyAfter = try #require(conflicts.first { $0.id == money.id })
        #expect(moneyAfter.status == .confirmed)
        #expect(moneyAfter.events == moneyBefore.events)
        #expect(moneyAfter.decision?.correctSource == "a")
        #expect(try await workspace.conflicts(["--status", "stale"]).map(\.id) == [suspects.id])

        // `claims show` keeps the earlier decision and the whole history of the stale conflict.
        let shown = try await workspace.run(["show", String(suspects.id.prefix(8)), "--ledger", workspace.ledger])
        #expect(shown.status == 0, "\(shown.summary)")
        let lines = shown.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("\(suspects.id)  stale") == true, "\(shown.stdout)")
        #expect(lines.contains { $0.contains("decision: dismissed by A") && $0.contains("different days") }, "\(shown.stdout)")
        #expect(lines.contains { $0.contains("detected") && $0.contains("figures@") }, "\(shown.stdout)")
        #expect(lines.contains { $0.contains("dismissed") && $0.contains(" A — different days") }, "\(shown.stdout)")
        #expect(lines.contains { $0.contains("stale") && $0.contains("source changed since: c") }, "\(shown.stdout)")
        #expect(shown.stdout.contains("Police identified ⟦8⟧ suspects."), "\(shown.stdout)")

        // A second run on the edited sources adds nothing: the stale conflict is not marked again.
        let log = try await workspace.log()
        let rerun = try await workspace.check("en")
        #expect(rerun.status == 0, "\(rerun.summary)")
        #expect(!rerun.stderr.contains("marked stale"), "\(rerun.summary)")
        #expect(try await workspace.log().raw == log.raw)

        #expect(try await workspace.verify().status == 0)
    }

    @Test("restoring the source reopens the stale conflict and makes the newer one stale")
    func restoreReopens() async throws {
        let workspace = try Workspace("reopen")
        defer { workspace.remove() }
        try Stories.english(workspace)
        let first = try await workspace.checkReport("en")
        let suspects = try #require(first.conflicts.first { $0.kind == "count" })
        #expect(try await workspace.verdict(suspects.id, "dismiss", note: "different days", reviewer: "A").status == 0)

        try workspace.write("en/c.txt", "Police identified 9 suspects.\n")
        let edited = try await workspace.checkReport("en")
        let newer = try #require(edited.conflicts.first { $0.kind == "count" })

        try workspace.write("en/c.txt", Stories.suspectsC)
        let restored = try await workspace.checkReport("en")
        #expect(restored.conflicts.first { $0.kind == "count" }?.id == suspects.id)
        let conflicts = try await workspace.conflicts()
        let reopened = try #require(conflicts.first { $0.id == suspects.id })
        #expect(reopened.events.map(\.type) == [.detected, .dismissed, .stale, .reopened])
        #expect(reopened.status == .open)
        #expect(reopened.decision?.note == "different days")
        #expect(conflicts.first { $0.id == newer.id }?.status == .stale)
        #expect(try await workspace.verify().status == 0)
    }
}
