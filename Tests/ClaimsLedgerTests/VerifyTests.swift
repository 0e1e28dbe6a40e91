import ClaimsCore
import ClaimsLedger
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

    @Test("verify passes on a fresh ledger and on one with decisions")
    func verifyPasses() async throws {
        let workspace = try Workspace("verify-ok")
        defer { workspace.remove() }
        _ = try Ledger(path: workspace.ledger)
        let empty = try await workspace.verify()
        #expect(empty.status == 0, "\(empty.summary)")
        #expect(empty.stdoutLines == ["ok: 0 events, 0 conflicts and 0 source and claim rows verified in \(workspace.ledger)"], "\(empty.summary)")

        _ = try await Self.decidedLedger(workspace)
        let decided = try await workspace.verify()
        #expect(decided.status == 0, "\(decided.summary)")
        #expect(decided.stdoutLines.first?.hasPrefix("ok: 3 events, 1 conflicts and ") == true, "\(decided.summary)")
        // The head, to keep elsewhere: events cut from the end show only against it.
        #expect(decided.stdoutLines.count == 2)
        #expect(decided.stdoutLines.last?.wholeMatch(of: /head: event 3 [0-9a-f]{64}/) != nil, "\(decided.summary)")
        #expect(decided.stderrLines.isEmpty, "\(decided.summary)")
    }

    @Test("an event's note edited behind the ledger's back breaks verify at that event")
    func editedEventNote() async throws {
        let workspace = try Workspace("verify-event")
        defer { workspace.remove() }
        let id = try await Self.decidedLedger(workspace)
        let tamper = try await workspace.python("""
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.execute("DROP TRIGGER event_no_update")
            db.execute("UPDATE event SET note = 'nothing to see' WHERE seq = 2")
            db.commit()
            print(db.execute("SELECT note FROM event WHERE seq = 2").fetchone()[0])
            """)
        try #require(tamper.status == 0 && tamper.stdoutLines == ["nothing to see"], "\(tamper.summary)")
        let result = try await workspace.verify()
        #expect(result.status == 1, "\(result.summary)")
        #expect(result.stdoutLines == ["BROKEN: event 2 (conflict \(id), dismissed by A): its fields were changed after it was written"],
                "\(result.summary)")
    }

    @Test("a conflict's rationale edited behind the ledger's back breaks verify at that conflict")
    func editedConflictRationale() async throws {
        let workspace = try Workspace("verify-conflict")
        defer { workspace.remove() }
        try Stories.english(workspace)
        let report = try await workspace.checkReport("en")
        try #require(report.conflicts.count == 2)
        // The conflict that sorts last by id, so the report cannot name it by being the first checked.
        let target = try #require(report.conflicts.map(\.id).sorted().last)
        try #require(try await workspace.verify().status == 0)
        let tamper = try await workspace.python("""
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.execute("DROP TRIGGER conflict_no_update")
            n = db.execute("UPDATE conflict SET rationale = 'the figures agree' WHERE id = ?", ('\(target)',)).rowcount
            db.commit()
            print(n)
            """)
        try #require(tamper.status == 0 && tamper.stdoutLines == ["1"], "\(tamper.summary)")
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

    @Test("a conflict row's confidence or first-seen time edited, or the row deleted, breaks verify", arguments: 0..<3)
    func conflictRowTampered(_ index: Int) async throws {
        let tamper = Self.rowTampers[index]
        let workspace = try Workspace("verify-row")
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

    @Test("a conflict's later version edited or deleted behind the ledger's back breaks verify")
    func versionTampered() async throws {
        for (sql, says) in [("UPDATE conflict_version SET statements = '[]'", "version 1: changed after it was recorded, or recorded by no event"),
                            ("DELETE FROM conflict_version", "a change in the history has lost its version row")] {
            let workspace = try Workspace("verify-version")
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
        ("a claim added", "INSERT INTO claim SELECT 'c-forged000000', sourceId, contentHash, kind, text, quote, start, end, quoteStart, value, topic, extractor, firstSeen FROM claim WHERE sourceId = 'a'",
         "added behind the ledger's back (no record of it in the chain)"),
        ("a source's title", "UPDATE source SET title = 'Forged' WHERE id = 'c'", "changed after it was recorded"),
        ("a source's publication date", "UPDATE source SET published = '1999-01-01' WHERE id = 'a'", "changed after it was recorded"),
    ]

    @Test("a source or claim row changed, added or deleted behind the ledger's back breaks verify, naming the row", arguments: 0..<5)
    func sourceAndClaimRows(_ index: Int) async throws {
        let edit = Self.rowEdits[index]
        let workspace = try Workspace("verify-rows")
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

    @Test("an event rewritten with a matching hash breaks the chain at the next event")
    func rewrittenEventWithItsHash() async throws {
        let workspace = try Workspace("verify-chain")
        defer { workspace.remove() }
        let id = try await Self.decidedLedger(workspace)
        let tamper = try await workspace.python("""
            import sqlite3, sys, hashlib
            db = sqlite3.connect(sys.argv[1])
            db.execute("DROP TRIGGER event_no_update")
            seq, cid, kind, actor, at, correct, note, payload, previous = db.execute(
                "SELECT seq, conflictId, type, actor, at, correctSource, note, payloadHash, previousHash FROM event WHERE seq = 2").fetchone()
            note = "nothing to see"
            text = "\\x1f".join([str(seq), cid, kind, actor, at, correct or "", note, payload or "", previous])
            db.execute("UPDATE event SET note = ?, hash = ? WHERE seq = 2", (note, hashlib.sha256(text.encode()).hexdigest()))
            db.commit()
            print("ok")
            """)
        try #require(tamper.status == 0, "\(tamper.summary)")
        let result = try await workspace.verify()
        #expect(result.status == 1, "\(result.summary)")
        // Event 2 is self-consistent now; event 3 no longer follows it.
        #expect(result.stdoutLines == ["BROKEN: event 3 (conflict \(id)): does not follow event 2; the chain is broken there"],
                "\(result.summary)")
    }

    @Test("an event deleted from the middle is reported missing")
    func deletedEvent() async throws {
        let workspace = try Workspace("verify-gap")
        defer { workspace.remove() }
        _ = try await Self.decidedLedger(workspace)
        let tamper = try await workspace.python("""
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.execute("DROP TRIGGER event_no_delete")
            db.execute("DELETE FROM event WHERE seq = 2")
            db.commit()
            print("ok")
            """)
        try #require(tamper.status == 0, "\(tamper.summary)")
        let result = try await workspace.verify()
        #expect(result.status == 1, "\(result.summary)")
        #expect(result.stdoutLines == ["BROKEN: event 3: events 2–2 are missing"], "\(result.summary)")
    }

    @Test("the append-only triggers refuse UPDATE and DELETE on every table")
    func triggersRefuseRewrites() async throws {
        let workspace = try Workspace("verify-triggers")
        defer { workspace.remove() }
        _ = try await Self.decidedLedger(workspace)
        let counts = try await workspace.rowCounts()
        #expect(counts == [2, 2, 1, 3])
        let attempt = try await workspace.python("""
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            statements = [
                ("source update", "UPDATE source SET display = 'x'"),
                ("source delete", "DELETE FROM source"),
                ("claim update", "UPDATE claim SET text = 'x'"),
                ("claim delete", "DELETE FROM claim"),
                ("conflict update", "UPDATE conflict SET rationale = 'x'"),
                ("conflict delete", "DELETE FROM conflict"),
                ("event update", "UPDATE event SET note = 'x' WHERE seq = 2"),
                ("event delete", "DELETE FROM event WHERE seq = 3"),
            ]
            for name, sql in statements:
                try:
                    db.execute(sql)
                    db.commit()
                    print(name + ": accepted")
                except sqlite3.DatabaseError as error:
                    db.rollback()
                    print(name + ": refused: " + str(error))
            """)
        #expect(attempt.status == 0, "\(attempt.summary)")
        let lines = attempt.stdoutLines
        #expect(lines.count == 8, "\(attempt.summary)")
        for line in lines {
            #expect(line.hasSuffix(": refused: the claims ledger is append-only"), "\(line)")
        }
        #expect(try await workspace.rowCounts() == counts)
        #expect(try await workspace.verify().status == 0)
    }
}
