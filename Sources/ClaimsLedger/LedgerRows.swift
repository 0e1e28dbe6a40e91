import ClaimsCore
import Foundation

/// The chain over source, claim and reviewer rows. Every row added to one of them gets an
/// entry in `row_record`: the row's hash and the hash of the entry before it. `verify` recomputes
/// every row and the chain, and names the first row changed, added or removed behind the
/// ledger's back, with the append-only triggers dropped or not. (Conflicts and their versions
/// are covered by the events' payloads.)
extension Ledger {
    /// The tables the row chain covers.
    static var chainedRecords: [any ChainedRecord.Type] { [SourceRecord.self, ClaimRecord.self, ReviewerRecord.self] }

    /// The columns of each covered table, in the order their values are hashed.
    static let coveredColumns: [(table: String, columns: [String], key: String)] = chainedRecords.map { record in
        (record.table, record.columnNames, record.rowKeySQL)
    }

    /// Covers the rows a ledger held before the row chain (the v3 migration).
    static func coverExistingRows(_ db: any LedgerConnection, tables: Set<String>) throws {
        var chain = RowChain(previous: genesis, seq: 0)
        for covered in coveredColumns where tables.contains(covered.table) {
            let rows = try db.fetch("SELECT \(covered.key) AS rowKey, \(quoted(covered.columns)) FROM \(covered.table) ORDER BY firstSeen, rowKey", [])
            for row in rows { try chain.append(db, table: covered.table, key: try row.text("rowKey"), values: values(row, covered.columns)) }
        }
    }

    /// Column names quoted as both backends read them (PostgreSQL's are in lower case).
    static func quoted(_ columns: [String]) -> String { columns.map { "\"\($0.lowercased())\"" }.joined(separator: ", ") }

    static func values(_ row: LedgerRow, _ columns: [String]) -> [LedgerValue] { columns.map { row[$0] } }

    /// A row's hash, from its values in `coveredColumns` order, each typed.
    static func rowHash(_ values: [LedgerValue]) -> String {
        LedgerHash.hex(values.map { value -> String in
            switch value {
            case .null: "n"
            case .int(let number): "i\(number)"
            case .double(let number): "d\(number)"
            case .text(let text): "s" + text
            }
        }.joined(separator: "\u{1F}"))
    }

    /// The end of the row chain, to append to within one write transaction.
    struct RowChain {
        var previous: String
        var seq: Int64

        static func head(_ db: any LedgerConnection) throws -> RowChain {
            try db.lockChains()
            let last = try db.fetchOne(RowRecord.self, "ORDER BY seq DESC", [])
            return RowChain(previous: last?.hash ?? Ledger.genesis, seq: last?.seq ?? 0)
        }

        static func link(seq: Int64, table: String, key: String, rowHash: String, previous: String) -> String {
            LedgerHash.hex(["\(seq)", table, key, rowHash, previous].joined(separator: "\u{1F}"))
        }

        /// Records rows just written, hashing their values as they were stored.
        mutating func append<Record: ChainedRecord>(_ db: any LedgerConnection, _ records: [Record]) throws {
            let entries = try records.map { record in
                try link(table: Record.table, key: record.rowKey, values: LedgerRowEncoder.values(of: record))
            }
            try db.insert(all: entries)
        }

        mutating func append(_ db: any LedgerConnection, table: String, key: String, values: [LedgerValue]) throws {
            try db.insert(link(table: table, key: key, values: values))
        }

        /// The next entry of the chain, for a row with these values.
        mutating func link(table: String, key: String, values: [LedgerValue]) -> RowRecord {
            seq += 1
            let rowHash = Ledger.rowHash(values)
            let hash = Self.link(seq: seq, table: table, key: key, rowHash: rowHash, previous: previous)
            defer { previous = hash }
            return RowRecord(seq: seq, tableName: table, rowKey: key, rowHash: rowHash, previousHash: previous, hash: hash)
        }
    }

    /// The first source, claim or reviewer row changed, added or removed behind the ledger's back, or a
    /// broken link of the row chain; nil when all hold. `checked` counts the rows.
    static func verifyRows(_ db: any LedgerConnection, checked: inout Int, head: inout (seq: Int64, hash: String)?) throws -> String? {
        var previous = genesis
        var expected: Int64 = 1
        var recorded: [String: (seq: Int64, rowHash: String)] = [:]
        for entry in try db.fetchAll(RowRecord.self, "ORDER BY seq") {
            let (seq, table, key) = (entry.seq, entry.tableName, entry.rowKey)
            guard seq == expected else { return "row records \(expected)–\(seq - 1) are missing" }
            guard entry.previousHash == previous,
                  RowChain.link(seq: seq, table: table, key: key, rowHash: entry.rowHash, previous: previous) == entry.hash else {
                return "row record \(seq) (\(table) \(key)): the row chain is broken there"
            }
            guard recorded.updateValue((seq, entry.rowHash), forKey: table + "\u{1F}" + key) == nil else {
                return "row record \(seq) (\(table) \(key)): records a row the chain holds already"
            }
            previous = entry.hash
            head = (seq, entry.hash)
            expected += 1
        }
        for covered in coveredColumns {
            let rows = try db.fetch("SELECT \(covered.key) AS rowKey, \(quoted(covered.columns)) FROM \(covered.table) ORDER BY rowKey", [])
            for row in rows {
                checked += 1
                let key = try row.text("rowKey")
                guard let record = recorded.removeValue(forKey: covered.table + "\u{1F}" + key) else {
                    return "\(covered.table) \(key): added behind the ledger's back (no record of it in the chain)"
                }
                if rowHash(values(row, covered.columns)) != record.rowHash {
                    return "\(covered.table) \(key): changed after it was recorded"
                }
            }
        }
        if let lost = recorded.sorted(by: { $0.value.seq < $1.value.seq }).first {
            let parts = lost.key.split(separator: "\u{1F}", maxSplits: 1).map(String.init)
            return "\(parts[0]) \(parts.count > 1 ? parts[1] : ""): recorded in the chain but missing"
        }
        return nil
    }
}
