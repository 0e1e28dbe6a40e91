import Foundation
import Logging
import NIOCore
import PostgresNIO

/// Where a shared ledger is: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`. The password
/// may come from `PGPASSWORD` instead; it is never part of what errors or logs say.
struct PostgresLocation: Sendable {
    var host: String
    var port: Int
    var user: String
    var password: String?
    var database: String

    static func isURL(_ text: String) -> Bool { text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") }

    /// The URL as errors name it: without the password.
    var display: String { "postgres://\(user)@\(host.contains(":") ? "[\(host)]" : host):\(port)/\(database)" }

    static func parse(_ text: String) throws(LedgerError) -> PostgresLocation {
        func refuse(_ problem: String) -> LedgerError {
            LedgerError(.database, path: "postgres URL", problem: problem + " (expected postgres://USER@HOST:PORT/DATABASE)")
        }
        guard let parts = URLComponents(string: text), let host = parts.host, !host.isEmpty else { throw refuse("no host in it") }
        guard let user = parts.user, !user.isEmpty else { throw refuse("no user in it") }
        let database = String(parts.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else { throw refuse("no database in it") }
        if let query = parts.query, !query.isEmpty { throw refuse("options after ? are not read; give none") }
        let port = parts.port ?? 5432
        guard (1...65535).contains(port) else { throw refuse("port \(port) is out of range") }
        return PostgresLocation(host: host, port: port, user: user,
                                password: parts.password ?? ProcessInfo.processInfo.environment["PGPASSWORD"], database: database)
    }
}

/// The shared ledger on a PostgreSQL server, through postgres-nio. One connection per process,
/// used by one transaction at a time and opened again when the server dropped it. A writer takes
/// a transaction-scoped advisory lock before it reads a chain's head, so that the chains grow
/// one writer at a time across every process and machine, as SQLite's write lock does for a
/// file; what it reads and checks before that runs alongside other writers.
final class PostgresStore: LedgerStore, @unchecked Sendable {
    let postgres: PostgresLocation
    var location: String { postgres.display }
    var dialect: SQLDialect { .postgres }
    /// The advisory lock key every writer of a ledger takes ("claims" in ASCII).
    static let writeLock: Int64 = 0x636C_6169_6D73

    private let lock = NSLock()
    private var connection: PostgresConnection?
    private static let logger = Logger(label: "claims.ledger") { _ in SwiftLogNoOpLogHandler() }

    init(_ postgres: PostgresLocation) throws(LedgerError) {
        self.postgres = postgres
        // Connect now, so that a server that is down is one line before any work.
        lock.lock()
        defer { lock.unlock() }
        do { _ = try open() } catch {
            throw LedgerError(.database, path: postgres.display, problem: "cannot be reached: \(Ledger.describe(error))")
        }
    }

    deinit { try? connection?.close().wait() }

    /// The open connection, or a new one.
    private func open() throws -> PostgresConnection {
        if let connection, !connection.isClosed { return connection }
        var configuration = PostgresConnection.Configuration(host: postgres.host, port: postgres.port, username: postgres.user,
                                                             password: postgres.password, database: postgres.database, tls: .disable)
        configuration.options.connectTimeout = .seconds(10)
        let opened = try PostgresConnection.connect(on: PostgresConnection.defaultEventLoopGroup.next(), configuration: configuration,
                                                    id: 1, logger: Self.logger).wait()
        connection = opened
        return opened
    }

    private func transaction<T>(_ begin: [String], _ body: (any LedgerConnection) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        let connection = Connection(connection: try open())
        for statement in begin { try connection.execute(statement, []) }
        do {
            let result = try body(connection)
            try connection.execute("COMMIT", [])
            return result
        } catch {
            if !connection.connection.isClosed { _ = try? connection.execute("ROLLBACK", []) }
            throw error
        }
    }

    func read<T>(_ body: (any LedgerConnection) throws -> T) throws -> T {
        try transaction(["BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"], body)
    }

    func write<T>(_ body: (any LedgerConnection) throws -> T) throws -> T {
        try transaction(["BEGIN"], body)
    }

    func exists() throws -> Bool {
        try read { db in
            try db.fetchOne("SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'ledger_migration'")
                .map { try $0.int("n") > 0 } ?? false
        }
    }

    /// Applies the migrations not yet recorded in `ledger_migration`, all in one transaction
    /// under the writers' lock: two processes creating one ledger do it once. A ledger that has
    /// them all is opened without waiting for the writers.
    func migrate(_ migrations: [LedgerMigration]) throws {
        if try exists() {
            let applied = try read { db in Set(try db.fetch("SELECT name FROM ledger_migration", []).map { try $0.text("name") }) }
            if migrations.allSatisfy({ applied.contains($0.name) }) { return }
        }
        try write { db in
            try db.lockChains()
            try db.execute("CREATE TABLE IF NOT EXISTS ledger_migration (name TEXT PRIMARY KEY, at TEXT NOT NULL)")
            let applied = Set(try db.fetch("SELECT name FROM ledger_migration", []).map { try $0.text("name") })
            for migration in migrations where !applied.contains(migration.name) {
                try migration.apply(db)
                try db.execute("INSERT INTO ledger_migration (name, at) VALUES (?, ?)", [.text(migration.name), .text(Ledger.now())])
            }
        }
    }

    final class Connection: LedgerConnection {
        let connection: PostgresConnection
        var dialect: SQLDialect { .postgres }
        private var locked = false

        init(connection: PostgresConnection) { self.connection = connection }

        func lockChains() throws {
            guard !locked else { return }
            try execute("SELECT pg_advisory_xact_lock(\(PostgresStore.writeLock))", [])
            locked = true
        }

        /// The shared SQL's `?` placeholders as PostgreSQL's `$1`, `$2`, …, outside quoted text.
        static func numbered(_ sql: String) -> String {
            var result = ""
            var number = 0
            var quoted = false
            for character in sql {
                if character == "'" { quoted.toggle() }
                if character == "?", !quoted {
                    number += 1
                    result += "$\(number)"
                } else {
                    result.append(character)
                }
            }
            return result
        }

        func run(_ sql: String, _ arguments: [LedgerValue]) throws -> PostgresQueryResult {
            var binds = PostgresBindings(capacity: arguments.count)
            for argument in arguments {
                switch argument {
                case .null: binds.appendNull()
                case .int(let number): binds.append(number)
                case .double(let number): binds.append(number)
                case .text(let text): binds.append(text)
                }
            }
            // A query sent on a connection the server has just closed can be dropped without an
            // answer; the connection's closing ends the wait instead.
            let answer = connection.eventLoop.makePromise(of: PostgresQueryResult.self)
            connection.query(PostgresQuery(unsafeSQL: Self.numbered(sql), binds: binds), logger: PostgresStore.logger).cascade(to: answer)
            connection.closeFuture.whenComplete { _ in answer.fail(ConnectionClosed()) }
            return try answer.futureResult.wait()
        }

        @discardableResult
        func execute(_ sql: String, _ arguments: [LedgerValue]) throws -> Int {
            try run(sql, arguments).metadata.rows ?? 0
        }

        func fetch(_ sql: String, _ arguments: [LedgerValue]) throws -> [LedgerRow] {
            try run(sql, arguments).rows.map { row in
                LedgerRow(try row.map { cell in (cell.columnName, try Self.value(cell)) })
            }
        }

        static func value(_ cell: PostgresCell) throws -> LedgerValue {
            guard cell.bytes != nil else { return .null }
            switch cell.dataType {
            case .int8, .int4, .int2: return .int(try cell.decode(Int64.self))
            case .float8, .float4: return .double(try cell.decode(Double.self))
            case .bool: return .int(try cell.decode(Bool.self) ? 1 : 0)
            default: return .text(try cell.decode(String.self))
            }
        }
    }

    struct ConnectionClosed: Error, CustomStringConvertible {
        var description: String { "the server closed the connection" }
    }
}
