import Foundation

/// One ledger protocol, two backends: the ledger's logic (the chain, conflicts, decisions,
/// verification) speaks to a `LedgerStore` in SQL both SQLite and PostgreSQL understand, with
/// `?` for each argument; the store runs it in a transaction of its kind. SQLite (GRDB) is the
/// embedded default; PostgreSQL (postgres-nio) is the shared one.
protocol LedgerStore: Sendable {
    /// Where the ledger is, as errors name it (a file path, or a URL without its password).
    var location: String { get }
    var dialect: SQLDialect { get }
    /// Runs `body` in a read-only transaction that sees one state of the ledger throughout.
    func read<T>(_ body: (any LedgerConnection) throws -> T) throws -> T
    /// Runs `body` in a write transaction, which commits when `body` returns and rolls back when
    /// it throws. Writers that extend the chains run one at a time from `lockChains()` on.
    func write<T>(_ body: (any LedgerConnection) throws -> T) throws -> T
    /// Brings the ledger to the schema of `migrations`, each applied once, by name.
    func migrate(_ migrations: [LedgerMigration]) throws
    /// Whether a ledger has been created here (its schema applied at least once).
    func exists() throws -> Bool
}

/// The SQL spoken by a store, for the few statements the two write differently (DDL).
enum SQLDialect: Sendable {
    case sqlite, postgres
}

/// A value as the ledger stores it. Integers, doubles and text keep their kind on both
/// backends, so that a row hashes the same wherever it is stored.
enum LedgerValue: Sendable, Hashable {
    case null
    case int(Int64)
    case double(Double)
    case text(String)

    init(_ text: String?) { self = text.map { .text($0) } ?? .null }
    init(_ number: Int) { self = .int(Int64(number)) }
    init(_ number: Double) { self = .double(number) }
}

/// A row of a result: its values by column. Column names are matched without regard to case
/// (PostgreSQL folds unquoted names to lower case).
struct LedgerRow: Sendable {
    let values: [String: LedgerValue]

    init(_ pairs: [(String, LedgerValue)]) {
        var values: [String: LedgerValue] = [:]
        for (name, value) in pairs { values[name.lowercased()] = value }
        self.values = values
    }

    subscript(_ column: String) -> LedgerValue { values[column.lowercased()] ?? .null }

    func text(_ column: String) throws -> String {
        guard case .text(let text) = self[column] else { throw BadColumn(description: "column \(column) holds \(self[column]), not text") }
        return text
    }

    func int(_ column: String) throws -> Int64 {
        guard case .int(let number) = self[column] else { throw BadColumn(description: "column \(column) holds \(self[column]), not an integer") }
        return number
    }
}

/// A connection inside one transaction of a store.
protocol LedgerConnection {
    var dialect: SQLDialect { get }
    /// Runs a statement; returns the number of rows it changed.
    @discardableResult
    func execute(_ sql: String, _ arguments: [LedgerValue]) throws -> Int
    /// Runs a query; returns its rows.
    func fetch(_ sql: String, _ arguments: [LedgerValue]) throws -> [LedgerRow]
    /// Waits until no other writer is inside a transaction, and holds them off until this one
    /// ends: called before a chain's head is read. (SQLite's write transactions hold the file's
    /// write lock from their start; PostgreSQL's take an advisory lock here, once.)
    func lockChains() throws
}

extension LedgerConnection {
    @discardableResult
    func execute(_ sql: String) throws -> Int { try execute(sql, []) }

    func fetchOne(_ sql: String, _ arguments: [LedgerValue] = []) throws -> LedgerRow? { try fetch(sql, arguments).first }

    /// The rows of a query decoded as records: a value of the wrong kind is an error.
    func fetchAll<Record: LedgerRecord>(_ type: Record.Type, _ clauses: String = "", _ arguments: [LedgerValue] = []) throws -> [Record] {
        try fetch("SELECT * FROM \(Record.table) \(clauses)", arguments).map { row in
            do { return try Record(from: LedgerRowDecoder(row: row)) } catch {
                throw BadColumn(description: "a row of \(Record.table) does not read as the ledger writes it: \(error)")
            }
        }
    }

    /// Inserts a record, every column named; with `ifAbsent`, a row with the same key is left as
    /// it is. Returns the number of rows added (0 or 1).
    @discardableResult
    func insert<Record: LedgerRecord>(_ record: Record, ifAbsent: Bool = false) throws -> Int {
        let columns = Record.Columns.allCases.map(\.stringValue)
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        return try execute("INSERT INTO \(Record.table) (\(Ledger.quoted(columns))) VALUES (\(marks))\(ifAbsent ? " ON CONFLICT DO NOTHING" : "")",
                           try LedgerRowEncoder.values(of: record))
    }

    /// Inserts records in statements of many rows each (one round trip a statement, not a row,
    /// which is what a run costs on a server); returns the number of rows added.
    @discardableResult
    func insert<Record: LedgerRecord>(all records: [Record]) throws -> Int {
        var added = 0
        for batch in try Self.batches(records) { added += try execute(batch.sql, batch.values) }
        return added
    }

    /// Inserts the records whose keys the table does not hold yet, in statements of many rows;
    /// returns those it added, in the order given (a key given twice is added once).
    func insertNew<Record: ChainedRecord>(_ records: [Record]) throws -> [Record] {
        var added: [String: Int] = [:]
        for batch in try Self.batches(records) {
            let rows = try fetch(batch.sql + " ON CONFLICT DO NOTHING RETURNING \(Record.rowKeySQL) AS rowKey", batch.values)
            for row in rows { added[try row.text("rowKey"), default: 0] += 1 }
        }
        return records.filter { record in
            guard let count = added[record.rowKey], count > 0 else { return false }
            added[record.rowKey] = count - 1
            return true
        }
    }

    /// Multi-row INSERT statements over `records`, each under SQLite's and PostgreSQL's limits
    /// on a statement's arguments.
    static func batches<Record: LedgerRecord>(_ records: [Record]) throws -> [(sql: String, values: [LedgerValue])] {
        let columns = Record.Columns.allCases.map(\.stringValue)
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        let size = max(1, 4_000 / columns.count)
        var batches: [(sql: String, values: [LedgerValue])] = []
        var start = 0
        while start < records.count {
            let slice = records[start..<min(start + size, records.count)]
            let values = try slice.flatMap { try LedgerRowEncoder.values(of: $0) }
            let sql = "INSERT INTO \(Record.table) (\(Ledger.quoted(columns))) VALUES " + Array(repeating: row, count: slice.count).joined(separator: ", ")
            batches.append((sql, values))
            start += size
        }
        return batches
    }

    func fetchOne<Record: LedgerRecord>(_ type: Record.Type, _ clauses: String, _ arguments: [LedgerValue]) throws -> Record? {
        try fetchAll(type, clauses + " LIMIT 1", arguments).first
    }
}

/// A row type of the ledger: a `Codable` record whose coding keys are its table's columns.
protocol LedgerRecord: Codable {
    static var table: String { get }
    /// The table's columns, in its order: the record's coding keys.
    associatedtype Columns: CodingKey, CaseIterable
}

/// A record whose rows the row chain covers: each row added gets an entry in `row_record`
/// holding the hash of its values in `Columns` order, under its key.
protocol ChainedRecord: LedgerRecord {
    /// The row's key in the chain.
    var rowKey: String { get }
    /// The same key as SQL over the table's columns, for `verify`.
    static var rowKeySQL: String { get }
}

extension ChainedRecord {
    static var columnNames: [String] { Columns.allCases.map(\.stringValue) }
}

/// A store's value that does not decode as the ledger wrote it.
struct BadColumn: Error, CustomStringConvertible {
    var description: String
}

extension Ledger {
    /// Opens the store `location` names: a `postgres://` or `postgresql://` URL, or a file path.
    static func store(at location: String, create: Bool) throws(LedgerError) -> any LedgerStore {
        if PostgresLocation.isURL(location) {
            let postgres = try PostgresLocation.parse(location)
            return try PostgresStore(postgres)
        }
        if !create, !FileManager.default.fileExists(atPath: location) {
            throw LedgerError(.missing, path: location, problem: "no ledger here; `claims check` creates one")
        }
        return try SQLiteStore(path: location)
    }
}
