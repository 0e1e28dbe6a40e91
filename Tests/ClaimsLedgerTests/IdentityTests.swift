import ClaimsCore
import ClaimsLedger
import ClaimsTestSupport
import Foundation
import Testing

/// A conflict keeps one id across runs; a ledger written when ids came from the exact statements
/// keeps its conflicts' ids and reviews after the change.
@Suite("conflict identity")
struct IdentityTests {
    /// Renames conflict `id` to `legacy` everywhere in the ledger file and rewrites the hash chain
    /// and the detected payload as the ledger would have written them: a conflict recorded under
    /// an id of the earlier kind.
    static func rename(_ workspace: Workspace, _ id: String, to legacy: String) async throws {
        let result = try await workspace.python("""
            import hashlib, sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            for table in ("conflict", "event"):
                for op in ("update", "delete"):
                    db.execute("DROP TRIGGER IF EXISTS %s_no_%s" % (table, op))
            old, new = "\(id)", "\(legacy)"
            h = lambda text: hashlib.sha256(text.encode("utf-8")).hexdigest()
            db.execute("UPDATE conflict SET id = ? WHERE id = ?", (new, old))
            db.execute("UPDATE event SET conflictId = ? WHERE conflictId = ?", (new, old))
            row = db.execute("SELECT id, kind, topic, severity, confidence, rationale, checker, statements, sources, firstSeen FROM conflict WHERE id = ?", (new,)).fetchone()
            payload = "v2:" + h("\\x1f".join(["v2", row[0], row[1], row[2], row[3], repr(row[4]), row[5], row[6], row[7], row[8], row[9]]))
            db.execute("UPDATE event SET payloadHash = ? WHERE conflictId = ? AND type = 'detected'", (payload, new))
            previous = "0" * 64
            for seq, cid, kind, actor, at, correct, note, ph in db.execute("SELECT seq, conflictId, type, actor, at, correctSource, note, payloadHash FROM event ORDER BY seq").fetchall():
                digest = h("\\x1f".join([str(seq), cid, kind, actor, at, correct or "", note or "", ph or "", previous]))
                db.execute("UPDATE event SET previousHash = ?, hash = ? WHERE seq = ?", (previous, digest, seq))
                previous = digest
            db.commit()
            print("ok")
            """)
        try #require(result.status == 0 && result.stdoutLines == ["ok"], "\(result.summary)")
    }

    @Test("a ledger's conflict recorded under an id of the earlier kind keeps that id and its review; no duplicate")
    func earlierIDsKept() async throws {
        // Ids of the earlier kind exist only in SQLite ledgers written before the shared ledger.
        let workspace = try await Workspace("identity-legacy")
        defer { workspace.remove() }
        try Stories.english(workspace)
        let first = try await workspace.checkReport("en")
        let money = try #require(first.conflicts.first { $0.kind == "money" })
        let legacy = "f-0123456789ab"
        try await Self.rename(workspace, money.id, to: legacy)
        try #require(try await workspace.verify().status == 0, "the renamed ledger is a valid one")
        #expect(try await workspace.verdict(legacy, "dismiss", note: "rounded", reviewer: "A").status == 0)

        let again = try await workspace.checkReport("en")
        #expect(again.conflicts.count == 2)
        let shown = try #require(again.conflicts.first { $0.kind == "money" })
        #expect(shown.id == legacy, "check shows the ledger's id")
        #expect(shown.status == "dismissed")
        let recorded = try await workspace.conflicts()
        #expect(recorded.count == 2, "\(recorded.map(\.id))")
        #expect(try await workspace.conflicts(["--status", "open"]).count == 1)
        #expect(try await workspace.verify().status == 0)
    }

    @Test("the same conflict found in a changed corpus keeps its id; two runs on unchanged sources record nothing new", arguments: Backend.available)
    func stableAcrossRuns(_ backend: Backend) async throws {
        let workspace = try await Workspace("identity-stable", backend)
        defer { workspace.remove() }
        try Stories.english(workspace)
        let first = try await workspace.checkReport("en").conflicts.map(\.id).sorted()
        // A new source that says nothing on either topic, and b gains a sentence.
        try workspace.write("en/d.txt", "The weather was fine.\n")
        try workspace.write("en/b.txt", "Acme invested $5 billion in Beta. Police identified 2 suspects. Nothing else.\n")
        let second = try await workspace.checkReport("en").conflicts.map(\.id).sorted()
        #expect(second == first)
        let log = try await workspace.log()
        _ = try await workspace.checkReport("en")
        #expect(try await workspace.log().raw == log.raw)
    }
}
