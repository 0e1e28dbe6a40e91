import ClaimsCore
import Foundation
import GRDB

/// The claims ledger: every source version, claim, conflict and verdict event in an SQLite file
/// (WAL mode, busy timeout), append-only and hash-chained. A run or a decision is one
/// transaction, so a process killed at any point leaves the ledger as it was before or after
/// it. Nothing is updated in place: a conflict's state is derived from its events.
public final class Ledger: Sendable {
    public let path: String
    /// Any GRDB writer: a pool on a file (WAL mode) for the commands, a queue in memory for tests.
    let pool: any DatabaseWriter

    /// Opens the ledger at `path`, creating it if needed unless `create` is false; the error
    /// names the file and the problem. Commands that only read or decide pass `create: false`,
    /// so that a mistyped path is an error rather than a new, empty ledger that "verifies".
    public init(path: String, create: Bool = true) throws(LedgerError) {
        self.path = path
        if !create, !FileManager.default.fileExists(atPath: path) {
            throw LedgerError(.missing, path: path, problem: "no ledger here; `claims check` creates one")
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        // GRDB writes in IMMEDIATE transactions: a writer takes the write lock at once, so two
        // processes never interleave inside a transaction and the hash chain grows one writer
        // at a time.
        configuration.foreignKeysEnabled = true
        var attempt = 0
        while true {
            do {
                try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(),
                                                        withIntermediateDirectories: true)
                let pool = try DatabasePool(path: path, configuration: configuration)
                try Self.migrator.migrate(pool)
                self.pool = pool
                return
            } catch {
                // Two processes creating the same new ledger race on its schema (or on switching
                // it to WAL); the loser finds the winner's work on a second try.
                attempt += 1
                if attempt >= 5 { throw LedgerError(.database, path: path, problem: "cannot be opened: \(Self.describe(error))") }
                usleep(UInt32(50_000 * attempt))
            }
        }
    }

    /// A ledger on a database writer of the caller's, brought to the current schema: a
    /// `DatabaseQueue()` in memory for tests, or a pool or queue on a file. `path` names it in
    /// errors.
    public init(writer: any DatabaseWriter, path: String = ":memory:") throws(LedgerError) {
        self.path = path
        do { try Self.migrator.migrate(writer) } catch {
            throw LedgerError(.database, path: path, problem: "cannot be opened: \(Self.describe(error))")
        }
        pool = writer
    }

    static func describe(_ error: any Error) -> String {
        if let database = error as? DatabaseError { return database.message ?? database.description }
        return String(describing: error)
    }

    /// The schema, as migrations: a ledger written by an older version is brought forward.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: sources, claims, conflicts, events") { db in
            try db.create(table: "source") { t in
                t.column("id", .text).notNull()
                t.column("contentHash", .text).notNull()
                t.column("display", .text).notNull()
                t.column("language", .text)
                t.column("title", .text)
                t.column("publisher", .text)
                t.column("published", .text)
                t.column("url", .text)
                t.column("firstSeen", .text).notNull()
                t.primaryKey(["id", "contentHash"])
            }
            try db.create(table: "claim") { t in
                t.primaryKey("id", .text)
                t.column("sourceId", .text).notNull()
                t.column("contentHash", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("text", .text).notNull()
                t.column("quote", .text).notNull()
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.column("quoteStart", .integer).notNull()
                t.column("value", .text).notNull()
                t.column("topic", .text)
                t.column("extractor", .text).notNull()
                t.column("firstSeen", .text).notNull()
            }
            try db.create(table: "conflict") { t in
                t.primaryKey("id", .text)
                t.column("kind", .text).notNull()
                t.column("topic", .text).notNull()
                t.column("severity", .text).notNull()
                t.column("confidence", .double).notNull()
                t.column("rationale", .text).notNull()
                t.column("checker", .text).notNull()
                t.column("statements", .text).notNull()
                /// The source versions the statements were read from: {"source id": "content hash"}.
                t.column("sources", .text).notNull()
                t.column("firstSeen", .text).notNull()
            }
            try db.create(table: "event") { t in
                t.autoIncrementedPrimaryKey("seq")
                t.column("conflictId", .text).notNull().references("conflict")
                t.column("type", .text).notNull()
                t.column("actor", .text).notNull()
                t.column("at", .text).notNull()
                t.column("correctSource", .text)
                t.column("note", .text)
                t.column("payloadHash", .text)
                t.column("previousHash", .text).notNull()
                t.column("hash", .text).notNull()
            }
            try db.create(index: "event_conflict", on: "event", columns: ["conflictId", "seq"])
            try db.create(index: "claim_source", on: "claim", columns: ["sourceId"])
            // Append-only: history is never rewritten through the ledger's own connection.
            for table in ["source", "claim", "conflict", "event"] {
                try db.execute(sql: """
                    CREATE TRIGGER \(table)_no_update BEFORE UPDATE ON \(table)
                    BEGIN SELECT RAISE(ABORT, 'the claims ledger is append-only'); END;
                    CREATE TRIGGER \(table)_no_delete BEFORE DELETE ON \(table)
                    BEGIN SELECT RAISE(ABORT, 'the claims ledger is append-only'); END;
                    """)
            }
        }
        migrateVersions(&migrator)
        migrateRowRecords(&migrator)
        return migrator
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
