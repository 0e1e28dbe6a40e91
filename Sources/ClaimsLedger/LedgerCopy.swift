import Foundation

/// Moving a ledger to another store (`claims ledger migrate --to`): an SQLite file onto a shared
/// PostgreSQL server, or a server's ledger into a file. Every row of every table is copied as it
/// is stored, in one write transaction on the target, so the history and both chains arrive
/// whole; the target is verified on arrival and must end at the same heads as the source.
extension Ledger {
    /// What a copy moved, and the verification of its arrival.
    public struct CopyReport: Sendable {
        public var rows: [(table: String, count: Int)]
        public var arrival: VerifyReport
    }

    /// The ledger's tables in the order their rows can be inserted (a row's references first).
    static var tables: [LedgerMigration.Table] {
        migrations.flatMap(\.steps).compactMap { step in
            if case .table(let table) = step { return table }
            return nil
        }
    }

    /// Copies this ledger, which must verify, into the empty ledger at `location` (a file path
    /// or a postgres:// URL, created if needed once this one verifies). Refuses a target that
    /// already holds events or rows, or that is this ledger.
    public func copy(to location: String) throws(LedgerError) -> (target: Ledger, report: CopyReport) {
        let before = try verify()
        if let problem = before.firstProblem {
            throw LedgerError(.database, path: path, problem: "does not verify (\(problem)); nothing copied")
        }
        let target = try Ledger(path: location)
        guard target.path != path else { throw LedgerError(.database, path: path, problem: "is the ledger being copied; give another") }
        let tables = Self.tables
        let contents = try read { db in
            try tables.map { table in
                let order = table.primaryKey.map { LedgerMigration.identifier($0, db.dialect) }.joined(separator: ", ")
                return try db.fetch("SELECT * FROM \(table.name) ORDER BY \(order)", [])
            }
        }
        do {
            try target.store.write { db in
                try db.lockChains()
                for table in tables {
                    if let row = try db.fetchOne("SELECT 1 AS present FROM \(table.name) LIMIT 1"), row["present"] != .null {
                        throw LedgerError(.database, path: target.path, problem: "already holds a ledger (rows in \(table.name)); nothing copied")
                    }
                }
                for (table, rows) in zip(tables, contents) {
                    let columns = table.columns.map { LedgerMigration.identifier($0.name, db.dialect) }.joined(separator: ", ")
                    let marks = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
                    let insert = "INSERT INTO \(table.name) (\(columns)) VALUES (\(marks))"
                    for row in rows { try db.execute(insert, table.columns.map { row[$0.name] }) }
                }
            }
        } catch let error as LedgerError {
            throw error
        } catch {
            throw LedgerError(.database, path: target.path, problem: "the copy failed, nothing was kept: \(Self.describe(error))")
        }
        let arrival = try target.verify()
        if arrival.firstProblem == nil, arrival.head?.hash != before.head?.hash || arrival.rowHead?.hash != before.rowHead?.hash
            || arrival.eventsChecked != before.eventsChecked || arrival.rowsChecked != before.rowsChecked {
            throw LedgerError(.database, path: target.path, problem: "arrived with another head than the source's")
        }
        return (target, CopyReport(rows: zip(tables, contents).map { ($0.name, $1.count) }, arrival: arrival))
    }
}
