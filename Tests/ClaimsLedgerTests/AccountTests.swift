import ClaimsCore
import ClaimsLedger
import ClaimsTestSupport
import Foundation
import Testing

/// Reviewer accounts on the command line: once a ledger has one, a decision needs the account's
/// password and records its name; the password is stored as a bcrypt hash only, and the account
/// rows are under the row chain.
@Suite("reviewer accounts")
struct AccountTests {
    static let password = "correct horse battery"

    @Test("verdict and review on a ledger with accounts: the password or nothing recorded", arguments: Backend.available)
    func decisionsNeedTheAccount(_ backend: Backend) async throws {
        let workspace = try await Workspace("accounts", backend)
        defer { workspace.remove() }
        try Stories.english(workspace)
        let report = try await workspace.checkReport("en")
        let money = try #require(report.conflicts.first { $0.kind == "money" }?.id)

        let added = try await workspace.run(["reviewers", "add", "Lan", "--password-stdin", "--ledger", workspace.ledger], input: Self.password + "\n")
        #expect(added.status == 0 && added.stdoutLines == ["added reviewer Lan to \(workspace.ledger)"], "\(added.summary)")
        let short = try await workspace.run(["reviewers", "add", "Binh", "--password-stdin", "--ledger", workspace.ledger], input: "short\n")
        #expect(short.status == 2 && short.errorLines == ["claims: error: \(workspace.ledger): a password needs at least 10 characters"], "\(short.summary)")
        let twice = try await workspace.run(["reviewers", "add", "Lan", "--password-stdin", "--ledger", workspace.ledger], input: Self.password + "\n")
        #expect(twice.status == 2 && twice.errorLines == ["claims: error: \(workspace.ledger): Lan has an account already"], "\(twice.summary)")

        // No password: refused in one line, whatever the name.
        let none = try await workspace.verdict(money, "confirm", reviewer: "Lan")
        #expect(none.status == 2, "\(none.summary)")
        #expect(none.errorLines == ["claims: error: \(workspace.ledger): this ledger has reviewer accounts: give Lan's password in CLAIMS_PASSWORD, or run on a terminal"],
                "\(none.summary)")
        for (name, password) in [("Lan", "wrong password!"), ("Mallory", Self.password)] {
            let refused = try await workspace.run(["verdict", money, "--decision", "confirm", "--reviewer", name, "--ledger", workspace.ledger],
                                                  extra: ["CLAIMS_PASSWORD": password])
            #expect(refused.status == 2 && refused.errorLines == ["claims: error: \(workspace.ledger): unknown reviewer or wrong password"],
                    "\(refused.summary)")
        }
        #expect(try Ledger(path: workspace.ledger).conflict(money).events.count == 1, "nothing recorded")

        let decided = try await workspace.run(["verdict", money, "--decision", "confirm", "--reviewer", "Lan", "--ledger", workspace.ledger],
                                              extra: ["CLAIMS_PASSWORD": Self.password])
        #expect(decided.status == 0, "\(decided.summary)")
        let review = try await workspace.run(["review", "--reviewer", "Lan", "--ledger", workspace.ledger], input: "n\nchecked the filing\nq\n",
                                             extra: ["CLAIMS_PASSWORD": Self.password])
        #expect(review.status == 0, "\(review.summary)")
        let events = try Ledger(path: workspace.ledger).log(limit: 100)
        #expect(events.filter { $0.type != .detected }.map(\.actor) == ["Lan", "Lan"])

        // The password is nowhere in clear; the account is under the chain.
        let ledger = try Ledger(path: workspace.ledger)
        #expect(try ledger.reviewers() == ["Lan"])
        #expect(try ledger.verify().firstProblem == nil)
        try #require(try await workspace.tamper("UPDATE reviewer SET credential = 'x'", dropping: ["reviewer"]) == 1)
        let broken = try await workspace.verify()
        #expect(broken.status == 1 && broken.stdoutLines.first == "BROKEN: reviewer Lan: changed after it was recorded", "\(broken.summary)")
    }

    @Test("the account is stored as a bcrypt hash, never the password", arguments: Backend.available)
    func storedAsHash(_ backend: Backend) async throws {
        let workspace = try await Workspace("accounts-hash", backend)
        defer { workspace.remove() }
        let ledger = try Ledger(path: workspace.ledger)
        try ledger.addReviewer("Lan", password: Self.password)
        #expect(try ledger.login("Lan", password: Self.password).name == "Lan")
        #expect(throws: LedgerError.self) { try ledger.login("Lan", password: "another password") }
        // Every byte of the store: the SQLite file and its write-ahead log, or the server's rows.
        let dumped = backend == .postgres ? try await TestPostgres.psql(workspace.ledger, "SELECT * FROM reviewer;")
            : [workspace.ledger, workspace.ledger + "-wal"].compactMap { try? String(contentsOfFile: $0, encoding: .isoLatin1) }.joined()
        #expect(dumped.contains("$2b$12$"), "the bcrypt hash is where the rows are")
        #expect(!dumped.contains(Self.password))
    }

    @Test("serve on a shared ledger without accounts: exit 2 and one line saying how to add one")
    func sharedLedgerNeedsAccounts() async throws {
        guard Backend.available.contains(.postgres) else { return }
        let workspace = try await Workspace("accounts-serve", .postgres)
        defer { workspace.remove() }
        try Stories.vietnamese(workspace)
        let result = try await workspace.run(["serve", "vi", "--port", "0", "--ledger", workspace.ledger])
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.errorLines == ["claims: error: \(workspace.ledger): a shared ledger is served only to reviewer accounts; add one first: claims reviewers add NAME --ledger \(workspace.ledger)"],
                "\(result.summary)")
    }
}
