import ClaimsCore
import ClaimsLedger
import ClaimsTestSupport
import Foundation
import Testing

/// `claims ledger migrate --to`: a ledger moves to another store with its whole history and
/// verifies on arrival; a target that already holds a ledger is refused and left as it was.
@Suite("ledger migrate")
struct MigrateTests {
    @Test("an SQLite ledger with decisions and a changed conflict moves to PostgreSQL and back, verifying with the same head")
    func roundTrip() async throws {
        guard Backend.available.contains(.postgres) else { return }
        let workspace = try await Workspace("migrate")
        defer { workspace.remove() }
        try Stories.english(workspace)
        let report = try await workspace.checkReport("en")
        let money = try #require(report.conflicts.first { $0.kind == "money" }?.id)
        try #require(try await workspace.verdict(money, "confirm", note: "the filing says $2 billion", correct: "a", reviewer: "Ann").status == 0)
        // A later version of the suspects conflict, so that every table has rows.
        try workspace.write("en/c.txt", "Police identified 9 suspects.\n")
        _ = try await workspace.checkReport("en")
        let source = try Ledger(path: workspace.ledger)
        let head = try #require(try source.verify().head)

        let shared = try await TestPostgres.createDatabase()
        defer { TestPostgres.dropDatabase(shared) }
        let moved = try await workspace.run(["ledger", "migrate", "--ledger", workspace.ledger, "--to", shared])
        #expect(moved.status == 0, "\(moved.summary)")
        #expect(moved.stdoutLines.contains("head: event \(head.seq) \(head.hash)"), "\(moved.summary)")
        let arrived = try Ledger(path: shared, create: false)
        #expect(try arrived.conflicts().map(\.events) == source.conflicts().map(\.events))
        #expect(try arrived.conflict(money).decision?.actor == "Ann")
        #expect(try arrived.verify().firstProblem == nil)

        // Again onto the same database: refused, nothing added.
        let again = try await workspace.run(["ledger", "migrate", "--ledger", workspace.ledger, "--to", shared])
        #expect(again.status == 2, "\(again.summary)")
        #expect(again.errorLines == ["claims: error: \(shared): already holds a ledger (rows in source); nothing copied"], "\(again.summary)")
        #expect(try arrived.log(limit: .max).count == Int(head.seq))

        // And back into a new file.
        let back = workspace.path("back.sqlite").path
        let returned = try await workspace.run(["ledger", "migrate", "--ledger", shared, "--to", back])
        #expect(returned.status == 0, "\(returned.summary)")
        #expect(try Ledger(path: back, create: false).verify().head?.hash == head.hash)
    }

    @Test("a ledger that does not verify is not copied")
    func brokenSourceRefused() async throws {
        let workspace = try await Workspace("migrate-broken")
        defer { workspace.remove() }
        try Stories.vietnamese(workspace)
        _ = try await workspace.checkReport("vi")
        try #require(try await workspace.tamper("UPDATE claim SET quote = 'forged'", dropping: ["claim"]) >= 1)
        let target = workspace.path("copy.sqlite").path
        let result = try await workspace.run(["ledger", "migrate", "--ledger", workspace.ledger, "--to", target])
        #expect(result.status == 2, "\(result.summary)")
        let line = try #require(result.errorLines.first)
        #expect(line.hasPrefix("claims: error: \(workspace.ledger): does not verify (claim ") && line.hasSuffix("nothing copied"), "\(line)")
        #expect(!FileManager.default.fileExists(atPath: target), "no ledger created for a copy refused")
    }
}
