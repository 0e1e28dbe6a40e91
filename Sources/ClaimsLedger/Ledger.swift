import ClaimsCore
import Foundation
import GRDB
import PostgresNIO

/// The claims ledger: every source version, claim, conflict and verdict event, append-only
/// and hash-chained, in an SQLite file (WAL mode, busy timeout) or on a PostgreSQL server shared
/// by a desk (`postgres://USER@HOST:PORT/DB`). A run or a decision is one transaction, so a
/// process killed at any point leaves the ledger as it was before or after it. Nothing is
/// updated in place: a conflict's state is derived from its events.
public final class Ledger: Sendable {
    /// Where the ledger is: a file path, or a PostgreSQL URL without its password.
    public let path: String
    let store: any LedgerStore

    /// Whether the ledger is on a server shared by several machines (PostgreSQL).
    public var isShared: Bool { store.dialect == .postgres }

    /// Opens the ledger at `location` (a file path or a `postgres://` URL), creating it if
    /// needed unless `create` is false; the error names the ledger and the problem. Commands
    /// that only read or decide pass `create: false`, so that a mistyped path is an error
    /// rather than a new, empty ledger that "verifies".
    public init(path location: String, create: Bool = true) throws(LedgerError) {
        var attempt = 0
        while true {
            do {
                let store = try Self.store(at: location, create: create)
                if !create, try !store.exists() {
                    throw LedgerError(.missing, path: store.location, problem: "no ledger here; `claims check` creates one")
                }
                try store.migrate(Self.migrations)
                self.store = store
                path = store.location
                return
            } catch {
                // Two processes creating the same new SQLite ledger race on its schema (or on
                // switching it to WAL); the loser finds the winner's work on a second try. A
                // PostgreSQL ledger is migrated under the writers' lock and needs no second try.
                attempt += 1
                let retry = !PostgresLocation.isURL(location) && (error as? LedgerError)?.kind != .missing
                if !retry || attempt >= 5 {
                    if let error = error as? LedgerError { throw error }
                    let name = (try? PostgresLocation.parse(location))?.display ?? location
                    throw LedgerError(.database, path: name, problem: "cannot be opened: \(Self.describe(error))")
                }
                usleep(UInt32(50_000 * attempt))
            }
        }
    }

    /// A ledger on a GRDB writer of the caller's, brought to the current schema: a
    /// `DatabaseQueue()` in memory for tests, or a pool or queue on a file. `path` names it in
    /// errors.
    public convenience init(writer: any DatabaseWriter, path: String = ":memory:") throws(LedgerError) {
        try self.init(store: SQLiteStore(writer: writer, location: path))
    }

    /// A ledger on any store, brought to the current schema.
    init(store: any LedgerStore) throws(LedgerError) {
        do { try store.migrate(Self.migrations) } catch {
            throw LedgerError(.database, path: store.location, problem: "cannot be opened: \(Self.describe(error))")
        }
        self.store = store
        path = store.location
    }

    static func describe(_ error: any Error) -> String {
        if let database = error as? DatabaseError { return database.message ?? database.description }
        if let error = error as? LedgerError { return error.problem }
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            if let underlying = error.underlying { return describe(underlying) }
            return error.code.description
        }
        return String(describing: error)
    }

    static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date())
    }
}

/// A ledger problem, said in one line: `PATH: problem`, with its kind, so that each front end
/// answers by type (the web server's status, the command line's hint), never by the wording.
public struct LedgerError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable, Equatable {
        /// No ledger at the path (the commands that only read never create one).
        case missing
        /// No conflict has that id or prefix.
        case notFound
        /// The prefix names several conflicts.
        case ambiguous
        /// A decision the ledger's rules refuse.
        case decision(DecisionRule)
        /// The database could not be opened, read or written.
        case database

        /// The rule a refused decision broke.
        public var refusedRule: DecisionRule? {
            if case .decision(let rule) = self { return rule }
            return nil
        }
    }

    public let kind: Kind
    public let path: String
    public let problem: String

    public init(_ kind: Kind, path: String, problem: String) {
        self.kind = kind
        self.path = path
        self.problem = problem
    }

    /// A decision refused by `rule`, said as the rule says it.
    public init(path: String, refusing rule: DecisionRule) {
        self.init(.decision(rule), path: path, problem: rule.line)
    }

    public var description: String { "\(path): \(problem)" }
}
