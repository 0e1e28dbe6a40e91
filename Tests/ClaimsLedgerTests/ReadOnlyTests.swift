import ClaimsCore
import ClaimsLedger
import ClaimsTestSupport
import Foundation
import Testing

/// Commands that read the ledger (or decide on what is in it) never create one, and a history
/// cut at `--limit` says so.
@Suite("reading the ledger")
struct ReadOnlyTests {
    /// Every command that takes `--ledger` without running a check, with its other arguments.
    static let readers: [[String]] = [
        ["ledger", "verify"], ["ledger", "log"], ["ledger", "export"], ["conflicts"], ["show", "f-0000"],
        ["verdict", "f-0000", "--decision", "note", "--note", "x", "--reviewer", "A"], ["review", "--reviewer", "A"],
    ]

    @Test("a mistyped ledger path: exit 2, one line naming it, and no file or folder created", arguments: readers, Backend.available)
    func missingLedger(_ command: [String], _ backend: Backend) async throws {
        let workspace = try await Workspace("read-missing", backend)
        defer { workspace.remove() }
        // A file path nothing is at, or a database no ledger was created in.
        let mistyped = backend == .sqlite ? workspace.path("no-such-folder/ledgr.sqlite").path : workspace.ledger
        let result = try await workspace.run(command + ["--ledger", mistyped], input: "q\n")
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.stderrLines == ["claims: error: \(mistyped): no ledger here; `claims check` creates one"], "\(result.summary)")
        #expect(result.stdout.isEmpty, "\(result.summary)")
        if backend == .sqlite {
            #expect(!FileManager.default.fileExists(atPath: workspace.path("no-such-folder").path))
        } else {
            let tables = try await TestPostgres.psql(workspace.ledger, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public';")
            #expect(tables.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "nothing created in the database")
        }
    }

    @Test("a PostgreSQL server that is down: exit 2 and one line naming the ledger, for check and for the readers",
          arguments: [["check", "vi"], ["ledger", "verify"], ["conflicts"]])
    func serverDown(_ command: [String]) async throws {
        let workspace = try await Workspace("read-down")
        defer { workspace.remove() }
        try Stories.vietnamese(workspace)
        // A loopback port nothing listens on: bound, then closed.
        let port = try freePort()
        let down = "postgres://claims@127.0.0.1:\(port)/ledger"
        // Given with a password, which no line may show.
        let result = try await workspace.run(command + ["--ledger", "postgres://claims:s3cret-pw@127.0.0.1:\(port)/ledger"])
        #expect(result.status == 2, "\(result.summary)")
        #expect(!result.stderr.contains("s3cret-pw") && !result.stdout.contains("s3cret-pw"), "\(result.summary)")
        let line = try #require(result.errorLines.first, "\(result.summary)")
        #expect(result.errorLines.count == 1, "\(result.summary)")
        #expect(line.hasPrefix("claims: error: \(down): cannot be reached: "), "\(line)")
        #expect(line.contains("onnection refused"), "\(line)")
    }

    @Test("ledger log cut by --limit says how many events it left out", arguments: Backend.available)
    func logSaysWhatItCut(_ backend: Backend) async throws {
        let workspace = try await Workspace("read-limit", backend)
        defer { workspace.remove() }
        try Stories.english(workspace)
        let report = try await workspace.checkReport("en")
        try #require(report.conflicts.count == 2)
        let cut = try await workspace.run(["ledger", "log", "--limit", "1", "--ledger", workspace.ledger])
        #expect(cut.status == 0, "\(cut.summary)")
        #expect(cut.stdoutLines.count == 2, "\(cut.summary)")
        #expect(cut.stdoutLines.last == "… 1 more (use --limit 2 to see all)", "\(cut.summary)")
        let whole = try await workspace.run(["ledger", "log", "--ledger", workspace.ledger])
        #expect(whole.stdoutLines.count == 2, "\(whole.summary)")
        #expect(!whole.stdout.contains("more"), "\(whole.summary)")
    }

    @Test("show marks a statement's value at its own offset in the quote, not the first occurrence of its text", arguments: Backend.available)
    func showMarksAtOffset(_ backend: Backend) async throws {
        let workspace = try await Workspace("read-offset", backend)
        defer { workspace.remove() }
        try workspace.story("en", language: "en", files: [
            ("b.txt", "After 2 days of searching, police identified 2 suspects.\n"),
            ("c.txt", "Police identified 8 suspects.\n"),
        ])
        let report = try await workspace.checkReport("en")
        let suspects = try #require(report.conflicts.first { $0.kind == "count" }, "\(report.conflicts.map(\.topic))")
        let shown = try await workspace.run(["show", suspects.id, "--ledger", workspace.ledger])
        #expect(shown.status == 0, "\(shown.summary)")
        #expect(shown.stdout.contains("police identified ⟦2⟧ suspects"), "\(shown.stdout)")
        #expect(!shown.stdout.contains("After ⟦2⟧ days"), "\(shown.stdout)")
    }

    @Test("bad data in the ledger is an error, never a silent default: statements that are not JSON, an unknown event type", arguments: Backend.available)
    func badDataIsAnError(_ backend: Backend) async throws {
        for (sql, command) in [("UPDATE conflict SET statements = 'not json'", ["conflicts"]),
                               ("UPDATE event SET type = 'vanished'", ["ledger", "log"])] {
            let workspace = try await Workspace("read-bad", backend)
            defer { workspace.remove() }
            try Stories.english(workspace)
            _ = try await workspace.checkReport("en")
            try #require(try await workspace.tamper(sql, dropping: ["conflict", "event"]) >= 1)
            let result = try await workspace.run(command + ["--ledger", workspace.ledger])
            #expect(result.status == 2, "\(command): \(result.summary)")
            #expect(result.errorLines.count == 1, "\(command): \(result.summary)")
            #expect(result.stdout.isEmpty, "\(command): \(result.summary)")
        }
    }
}
