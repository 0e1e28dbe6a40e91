import ClaimsCore
import ClaimsLedger
import Crypto
import ClaimsTestSupport
import Foundation
import Testing

@Suite("ledger verify and the append-only ledger")
struct VerifyTests {
    /// The Vietnamese story checked, dismissed by A and noted by B: events 1 (detected), 2
    /// (dismissed), 3 (note), all on the one conflict, whose id is returned.
    static func decidedLedger(_ workspace: Workspace) async throws -> String {
        try Stories.vietnamese(workspace)
        let report = try await workspace.checkReport("vi")
        let id = try #require(report.conflicts.first?.id)
        try #require(try await workspace.verdict(id, "dismiss", note: "the same arrests", reviewer: "A").status == 0)
        try #require(try await workspace.verdict(id, "note", note: "ask the desk", reviewer: "B").status == 0)
        return id
    }

    @Test("verify passes on a fresh ledger and on one with decisions", arguments: Backend.available)
    func verifyPasses(_ backend: Backend) async throws {
        let workspace = try await Workspace("verify-ok", backend)
        defer { workspace.remove() }
        _ = try Ledger(path: workspace.ledger)
        let empty = try await workspace.verify()
        #expect(empty.status == 0, "\(empty.summary)")
        #expect(empty.stdoutLines == ["ok: 0 events, 0 conflicts and 0 source, claim and account rows verified in \(workspace.ledger)"], "\(empty.summary)")

        _ = try await Self.decidedLedger(workspace)
        let decided = try await workspace.verify()
        #expect(decided.status == 0, "\(decided.summary)")
        #expect(decided.stdoutLines.first?.hasPrefix("ok: 3 events, 1 conflicts and ") == true, "\(decided.summary)")
        // The head, to keep elsewhere: events cut from the end show only against it.
        #expect(decided.stdoutLines.count == 3)
        #expect(decided.stdoutLines[1].wholeMatch(of: /head: event 3 [0-9a-f]{64}/) != nil, "\(decided.summary)")
        #expect(decided.stdoutLines.last?.wholeMatch(of: /head: row record 4 [0-9a-f]{64}/) != nil, "\(decided.summary)")
        #expect(decided.stderrLines.isEmpty, "\(decided.summary)")
    }

    @Test("an event's note edited behind the ledger's back breaks verify at that event", arguments: Backend.available)
    func editedEventNote(_ backend: Backend) async throws {
        let workspace = try await Workspace("verify-event", backend)
        defer { workspace.remove() }
        let id = try await Self.decidedLedger(workspace)
        try #require(try await workspace.tamper("UPDATE event SET note = 'nothing to see' WHERE seq = 2", dropping: ["event"]) == 1)
        let result = try await workspace.verify()
        #expect(result.status == 1, "\(result.summary)")
        #expect(result.stdoutLines == ["BROKEN: event 2 (conflict \(id), dismissed by A): its fields were changed after it was written"],
                "\(result.summary)")
    }

    @Test("a conflict's rationale edited behind the ledger's back breaks verify at that conflict", arguments: Backend.available)
    func editedConflictRationale(_ backend: Backend) async throws {
        let workspace = try await Workspace("verify-conflict", backend)
        defer { workspace.remove() }
        try Stories.english(workspace)
        let report = try await workspace.checkReport("en")
        try #require(report.conflicts.count == 2)
        // The conflict that sorts last by id, so the report cannot name it by being the first checked.
        let target = try #require(report.conflicts.map(\.id).sorted().last)
        try #require(try await workspace.verify().status == 0)
        try #require(try await workspace.tamper("UPDATE conflict SET rationale = 'the figures agree' WHERE id = ?", dropping: ["conflict"],
                                                argument: target) == 1)
        let result = try await workspace.verify()
        #expect(result.status == 1, "\(result.summary)")
        #expect(result.stdoutLines == ["BROKEN: conflict \(target): its statements or verdict were changed after it was recorded"],
                "\(result.summary)")
    }

    /// Edits of a conflict row that verify missed: every column is covered, and a row deleted
    /// while its detected event stays is missing from the history's point of view.
    static let rowTampers: [(label: String, sql: String, says: String)] = [
        ("confidence raised", "UPDATE conflict SET confidence = 0.01 WHERE id = ?", "its statements or verdict were changed after it was recorded"),
        ("first seen moved", "UPDATE conflict SET firstSeen = '2001-01-01T00:00:00.000Z' WHERE id = ?",
         "its statements or verdict were changed after it was recorded"),
        ("row deleted", "DELETE FROM conflict WHERE id = ?", "its detected event is in the history but its row is missing"),
    ]

    @Test("a conflict row's confidence or first-seen time edited, or the row deleted, breaks verify", arguments: 0..<3, Backend.available)
    func conflictRowTampered(_ index: Int, _ backend: Backend) async throws {
        let tamper = Self.rowTampers[index]
        let workspace = try await Workspace("verify-row", backend)
        defer { workspace.remove() }
        try Stories.english(workspace)
        let report = try await workspace.checkReport("en")
        let target = try #require(report.conflicts.map(\.id).sorted().last)
        try #require(try await workspace.verify().status == 0)
        let touched = try await workspace.tamper(tamper.sql, dropping: ["conflict"], argument: target)
        try #require(touched == 1, "\(tamper.label)")
        let result = try await workspace.verify()
        #expect(result.status == 1, "\(tamper.label): \(result.summary)")
        #expect(result.stdoutLines == ["BROKEN: conflict \(target): \(tamper.says)"], "\(tamper.label): \(result.summary)")
    }

    @Test("a conflict's later version edited or deleted behind the ledger's back breaks verify", arguments: Backend.available)
    func versionTampered(_ backend: Backend) async throws {
        for (sql, says) in [("UPDATE conflict_version SET statements = '[]'", "version 1: changed after it was recorded, or recorded by no event"),
                            ("DELETE FROM conflict_version", "a change in the history has lost its version row")] {
            let workspace = try await Workspace("verify-version", backend)
            defer { workspace.remove() }
            try Stories.english(workspace)
            let report = try await workspace.checkReport("en")
            let suspects = try #require(report.conflicts.first { $0.kind == "count" }?.id)
            try workspace.write("en/c.txt", "Police identified 9 suspects.\n")
            _ = try await workspace.checkReport("en")
            try #require(try await workspace.verify().status == 0)
            try #require(try await workspace.tamper(sql, dropping: ["conflict_version"]) == 1)
            let result = try await workspace.verify()
            #expect(result.status == 1, "\(result.summary)")
            #expect(result.stdoutLines == ["BROKEN: conflict \(suspects)\(says.hasPrefix("version") ? " " : ": ")\(says)"], "\(result.summary)")
        }
    }

    /// Edits of source and claim rows, the append-only triggers dropped first: each is named.
    static let rowEdits: [(label: String, sql: String, says: String)] = [
        ("a claim's value", "UPDATE claim SET value = replace(value, '5', '4') WHERE sourceId = 'b' AND kind = 'money'", "changed after it was recorded"),
        ("a claim deleted", "DELETE FROM claim WHERE sourceId = 'a'", "recorded in the chain but missing"),
        ("a claim added", "INSERT INTO claim SELECT 'c-forged000000', sourceId, contentHash, kind, text, quote, start, \"end\", quoteStart, value, topic, extractor, firstSeen FROM claim WHERE sourceId = 'a'",
         "added behind the ledger's back (no record of it in the chain)"),
        ("a source's title", "UPDATE source SET title = 'Forged' WHERE id = 'c'", "changed after it was recorded"),
        ("a source's publication date", "UPDATE source SET published = '1999-01-01' WHERE id = 'a'", "changed after it was recorded"),
        ("a row record copied to the end", "INSERT INTO row_record SELECT seq + 1000, tableName, rowKey, rowHash, previousHash, hash FROM row_record WHERE seq = 1",
         "are missing"),
    ]

    @Test("a source or claim row changed, added or deleted behind the ledger's back breaks verify, naming the row", arguments: 0..<6, Backend.available)
    func sourceAndClaimRows(_ index: Int, _ backend: Backend) async throws {
        let edit = Self.rowEdits[index]
        let workspace = try await Workspace("verify-rows", backend)
        defer { workspace.remove() }
        try Stories.english(workspace)
        _ = try await workspace.checkReport("en")
        let clean = try await workspace.verify()
        try #require(clean.status == 0, "\(clean.summary)")
        try #require(try await workspace.tamper(edit.sql, dropping: ["source", "claim"]) >= 1, "\(edit.label)")
        let result = try await workspace.verify()
        #expect(result.status == 1, "\(edit.label): \(result.summary)")
        #expect(result.stdoutLines.first?.hasPrefix("BROKEN: ") == true && result.stdoutLines.first?.hasSuffix(edit.says) == true,
                "\(edit.label): \(result.summary)")
    }

    @Test("an event rewritten with a matching hash breaks the chain at the next event", arguments: Backend.available)
    func rewrittenEventWithItsHash(_ backend: Backend) async throws {
        let workspace = try await Workspace("verify-chain", backend)
        defer { workspace.remove() }
        let id = try await Self.decidedLedger(workspace)
        // The event's hash recomputed over the forged note, as a tamperer who read the code would.
        let event = try #require(try Ledger(path: workspace.ledger).log(limit: 10).first { $0.seq == 2 })
        let text = ["\(event.seq)", event.conflictId, event.type.rawValue, event.actor, event.at, event.correctSource ?? "",
                    "nothing to see", event.payloadHash ?? "", event.previousHash].joined(separator: "\u{1F}")
        let hash = SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
        try #require(try await workspace.tamper("UPDATE event SET note = 'nothing to see', hash = '\(hash)' WHERE seq = 2", dropping: ["event"]) == 1)
        let result = try await workspace.verify()
        #expect(result.status == 1, "\(result.summary)")
        // Event 2 is self-consistent now; event 3 no longer follows it.
        #expect(result.stdoutLines == ["BROKEN: event 3 (conflict \(id)): does not follow event 2; the chain is broken there"],
                "\(result.summary)")
    }

    @Test("an event deleted from the middle is reported missing", arguments: Backend.available)
    func deletedEvent(_ backend: Backend) async throws {
        let workspace = try await Workspace("verify-gap", backend)
        defer { workspace.remove() }
        _ = try await Self.decidedLedger(workspace)
        try #require(try await workspace.tamper("DELETE FROM event WHERE seq = 2", dropping: ["event"]) == 1)
        let result = try await workspace.verify()
        #expect(result.status == 1, "\(result.summary)")
        #expect(result.stdoutLines == ["BROKEN: event 3: events 2–2 are missing"], "\(result.summary)")
    }

    @Test("the append-only triggers refuse UPDATE and DELETE on every table", arguments: Backend.available)
    func triggersRefuseRewrites(_ backend: Backend) async throws {
        let workspace = try await Workspace("verify-triggers", backend)
        defer { workspace.remove() }
        _ = try await Self.decidedLedger(workspace)
        let counts = try await workspace.rowCounts()
        #expect(counts == [2, 2, 1, 3])
        var statements = ["UPDATE source SET display = 'x'", "DELETE FROM source", "UPDATE claim SET text = 'x'", "DELETE FROM claim",
                          "UPDATE conflict SET rationale = 'x'", "DELETE FROM conflict", "UPDATE event SET note = 'x' WHERE seq = 2",
                          "DELETE FROM event WHERE seq = 3", "UPDATE row_record SET rowHash = 'x'", "DELETE FROM row_record"]
        if backend == .postgres { statements += ["TRUNCATE source CASCADE", "TRUNCATE event", "TRUNCATE row_record"] }
        for sql in statements {
            let refusal = try await workspace.attempt(sql)
            #expect(refusal?.contains("the claims ledger is append-only") == true, "\(sql): \(refusal ?? "accepted")")
        }
        #expect(try await workspace.rowCounts() == counts)
        #expect(try await workspace.verify().status == 0)
    }
}
