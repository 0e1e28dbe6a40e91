import ClaimsCore
import Foundation
import HummingbirdBcrypt

/// A reviewer who has logged in to a ledger: only `Ledger.login` makes one, so a decision made
/// with it was made by the holder of that account's password.
public struct ReviewerAccount: Sendable, Equatable {
    public let name: String
    /// The ledger it logged in to: an account of one ledger decides nothing in another.
    let ledger: String
}

/// A reviewer account as stored: the name and the bcrypt hash of the password.
struct ReviewerRecord: ChainedRecord {
    static let table = "reviewer"
    static let rowKeySQL = "name"

    // The order is the row chain's.
    enum Columns: String, CodingKey, CaseIterable {
        case name, credential, created
    }
    typealias CodingKeys = Columns

    var name: String
    var credential: String
    var created: String

    var rowKey: String { name }
}

/// Reviewer accounts. A ledger without any works as before: a decision carries the name the
/// reviewer gives. Once an account is added (`claims reviewers add`), every decision must come
/// from a logged-in account and records its name; `claims serve` on a shared ledger needs them.
/// Passwords are kept as bcrypt hashes (cost 12) and never written or printed in clear.
extension Ledger {
    static let bcryptCost: UInt8 = 12

    /// Adds an account; the name follows the decision rules for a reviewer's name.
    public func addReviewer(_ name: String, password: String) throws(LedgerError) {
        let name = name.trimmingCharacters(in: .whitespaces)
        if let rule = DecisionRule.refusal(decision: .confirm, reviewer: name, note: nil, correctSource: nil) {
            throw LedgerError(path: path, refusing: rule)
        }
        guard password.count >= DecisionRule.passwordMinimum else {
            throw LedgerError(path: path, refusing: .passwordTooShort(minimum: DecisionRule.passwordMinimum))
        }
        let credential = Bcrypt.hash(password, cost: Self.bcryptCost)
        do {
            try store.write { db in
                var rows = try RowChain.head(db)
                guard try db.fetchOne(ReviewerRecord.self, "WHERE name = ?", [.text(name)]) == nil else {
                    throw LedgerError(path: path, refusing: .accountExists(reviewer: name))
                }
                let record = ReviewerRecord(name: name, credential: credential, created: Self.now())
                try db.insert(record)
                try rows.append(db, [record])
            }
        } catch let error as LedgerError {
            throw error
        } catch {
            throw LedgerError(.database, path: path, problem: Self.describe(error))
        }
    }

    /// The accounts' names, sorted.
    public func reviewers() throws(LedgerError) -> [String] {
        try read { db in try db.fetchAll(ReviewerRecord.self, "ORDER BY name").map(\.name) }
    }

    /// Whether decisions on this ledger must come from a logged-in account.
    public func requiresAccounts() throws(LedgerError) -> Bool {
        try read { db in try Self.hasAccounts(db) }
    }

    static func hasAccounts(_ db: any LedgerConnection) throws -> Bool {
        try db.fetchOne("SELECT name FROM reviewer LIMIT 1") != nil
    }

    /// Logs `name` in with `password`; the same refusal whether the name or the password is wrong.
    public func login(_ name: String, password: String) throws(LedgerError) -> ReviewerAccount {
        let name = name.trimmingCharacters(in: .whitespaces)
        let record = try read { db in try db.fetchOne(ReviewerRecord.self, "WHERE name = ?", [.text(name)]) }
        guard let record, Bcrypt.verify(password, hash: record.credential) else {
            throw LedgerError(path: path, refusing: .loginFailed)
        }
        return ReviewerAccount(name: record.name, ledger: path)
    }

    /// The rule a decision by `name` (logged in as `account`, if at all) breaks on a ledger with
    /// accounts, or nil.
    static func accountRefusal(_ db: any LedgerConnection, name: String, account: ReviewerAccount?, path: String) throws -> DecisionRule? {
        guard try hasAccounts(db) else { return nil }
        guard let account, account.ledger == path, account.name == name else { return .accountRequired(reviewer: name) }
        return nil
    }
}
