import Foundation
import GRDB

/// The embedded ledger: an SQLite file through GRDB (WAL mode, a busy timeout), or any GRDB
/// writer of the caller's (a queue in memory for tests).
final class SQLiteStore: LedgerStore {
    let location: String
    let writer: any DatabaseWriter
    var dialect: SQLDialect { .sqlite }

    /// Opens (or creates) the file at `path`.
    init(path: String) throws(LedgerError) {
        location = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        // GRDB writes in IMMEDIATE transactions: a writer takes the write lock at once, so two
        // processes never interleave inside a transaction and the hash chains grow one writer
        // at a time.
        configuration.foreignKeysEnabled = true
        do {
            try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            writer = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw LedgerError(.database, path: path, problem: "cannot be opened: \(Ledger.describe(error))")
        }
    }

    init(writer: any DatabaseWriter, location: String) {
        self.writer = writer
        self.location = location
    }

    func read<T>(_ body: (any LedgerConnection) throws -> T) throws -> T {
        try writer.read { db in try body(Connection(db: db)) }
    }

    func write<T>(_ body: (any LedgerConnection) throws -> T) throws -> T {
        try writer.write { db in try body(Connection(db: db)) }
    }

    /// A file that is there is a ledger: one killed before its schema was written is given it.
    func exists() throws -> Bool {
        FileManager.default.fileExists(atPath: location)
    }

    func migrate(_ migrations: [LedgerMigration]) throws {
        var migrator = DatabaseMigrator()
        for migration in migrations {
            migrator.registerMigration(migration.name) { db in try migration.apply(Connection(db: db)) }
        }
        try migrator.migrate(writer)
    }

    struct Connection: LedgerConnection {
        let db: Database
        var dialect: SQLDialect { .sqlite }

        @discardableResult
        func execute(_ sql: String, _ arguments: [LedgerValue]) throws -> Int {
            if arguments.isEmpty, !sql.contains("?") {
                try db.execute(sql: sql)
            } else {
                try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(arguments.map(\.databaseValue)))
            }
            return db.changesCount
        }

        /// GRDB's write transactions are IMMEDIATE: the lock is held already.
        func lockChains() {}

        func fetch(_ sql: String, _ arguments: [LedgerValue]) throws -> [LedgerRow] {
            try Row.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments.map(\.databaseValue))).map { row in
                LedgerRow(row.columnNames.map { name in (name, LedgerValue(row[name] as DatabaseValue)) })
            }
        }
    }
}

extension LedgerValue {
    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .int(let number): number.databaseValue
        case .double(let number): number.databaseValue
        case .text(let text): text.databaseValue
        }
    }

    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let number): self = .int(number)
        case .double(let number): self = .double(number)
        case .string(let text): self = .text(text)
        // The ledger writes no blobs; one put there behind its back is read as base64 text, so
        // that the row chain still sees it changed.
        case .blob(let data): self = .text("b" + data.base64EncodedString())
        }
    }
}
