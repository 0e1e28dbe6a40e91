import Foundation

/// One step of the ledger's schema, described once and written out as each backend's DDL:
/// tables with typed columns, indexes, the append-only guard, and data steps in shared SQL.
struct LedgerMigration: Sendable {
    /// The migration's name, recorded when it is applied (GRDB's `grdb_migrations` on SQLite,
    /// `ledger_migration` on PostgreSQL); a ledger written by an older version is brought forward.
    let name: String
    let steps: [Step]

    enum Step: Sendable {
        case table(Table)
        case index(name: String, table: String, columns: [String])
        /// Updates and deletes refused on a table, whoever connects (until the guard is dropped:
        /// the chains catch that).
        case appendOnly(String)
        case run(@Sendable (any LedgerConnection) throws -> Void)
    }

    struct Table: Sendable {
        var name: String
        var columns: [Column]
        var primaryKey: [String]
    }

    struct Column: Sendable {
        enum Kind: Sendable { case text, integer, double }
        var name: String
        var kind: Kind
        var notNull = true
        var references: String?

        static func text(_ name: String, null: Bool = false) -> Column { Column(name: name, kind: .text, notNull: !null) }
        static func integer(_ name: String) -> Column { Column(name: name, kind: .integer) }
        static func double(_ name: String) -> Column { Column(name: name, kind: .double) }
    }

    /// The statements of this migration's schema steps in `dialect`; data steps run between them.
    func statements(for step: Step, in dialect: SQLDialect) -> [String] {
        switch step {
        case .table(let table): [Self.create(table, in: dialect)]
        case .index(let name, let table, let columns):
            ["CREATE INDEX \(name) ON \(table) (\(columns.map { Self.identifier($0, dialect) }.joined(separator: ", ")))"]
        case .appendOnly(let table): Self.appendOnly(table, in: dialect)
        case .run: []
        }
    }

    /// Applies every step on a connection inside the caller's transaction.
    func apply(_ connection: any LedgerConnection) throws {
        for step in steps {
            if case .run(let body) = step { try body(connection); continue }
            for sql in statements(for: step, in: connection.dialect) { try connection.execute(sql) }
        }
    }

    /// A column name as DDL writes it: quoted, and in lower case on PostgreSQL, where the
    /// ledger's queries name columns unquoted (folded to lower case).
    static func identifier(_ name: String, _ dialect: SQLDialect) -> String {
        dialect == .postgres ? "\"\(name.lowercased())\"" : "\"\(name)\""
    }

    static func create(_ table: Table, in dialect: SQLDialect) -> String {
        var parts: [String] = []
        let rowid = dialect == .sqlite && table.primaryKey.count == 1
            && table.columns.first { $0.name == table.primaryKey[0] }?.kind == .integer
        for column in table.columns {
            var part = identifier(column.name, dialect) + " "
            switch (column.kind, dialect) {
            case (.text, .sqlite): part += "TEXT"
            // Byte order, as SQLite sorts, whatever the database's locale.
            case (.text, .postgres): part += "TEXT COLLATE \"C\""
            case (.integer, .sqlite): part += "INTEGER"
            case (.integer, .postgres): part += "BIGINT"
            case (.double, .sqlite): part += "DOUBLE"
            case (.double, .postgres): part += "DOUBLE PRECISION"
            }
            if rowid, column.name == table.primaryKey[0] { part += " PRIMARY KEY" } else if column.notNull { part += " NOT NULL" }
            if let target = column.references { part += " REFERENCES \(target)(\(identifier("id", dialect)))" }
            parts.append(part)
        }
        if !rowid { parts.append("PRIMARY KEY (\(table.primaryKey.map { identifier($0, dialect) }.joined(separator: ", ")))") }
        return "CREATE TABLE \(table.name) (\(parts.joined(separator: ", ")))"
    }

    static let appendOnlyMessage = "the claims ledger is append-only"

    static func appendOnly(_ table: String, in dialect: SQLDialect) -> [String] {
        switch dialect {
        case .sqlite:
            ["CREATE TRIGGER \(table)_no_update BEFORE UPDATE ON \(table) BEGIN SELECT RAISE(ABORT, '\(appendOnlyMessage)'); END",
             "CREATE TRIGGER \(table)_no_delete BEFORE DELETE ON \(table) BEGIN SELECT RAISE(ABORT, '\(appendOnlyMessage)'); END"]
        case .postgres:
            ["""
             CREATE OR REPLACE FUNCTION claims_append_only() RETURNS trigger LANGUAGE plpgsql AS
             $body$ BEGIN RAISE EXCEPTION '\(appendOnlyMessage)'; END $body$
             """,
             "CREATE TRIGGER \(table)_no_change BEFORE UPDATE OR DELETE ON \(table) FOR EACH ROW EXECUTE FUNCTION claims_append_only()",
             "CREATE TRIGGER \(table)_no_truncate BEFORE TRUNCATE ON \(table) FOR EACH STATEMENT EXECUTE FUNCTION claims_append_only()"]
        }
    }
}

extension Ledger {
    /// The ledger's schema, in order. Names are never changed once released: ledgers record them.
    static let migrations: [LedgerMigration] = [
        LedgerMigration(name: "v1: sources, claims, conflicts, events", steps: [
            .table(.init(name: "source", columns: [
                .text("id"), .text("contentHash"), .text("display"), .text("language", null: true), .text("title", null: true),
                .text("publisher", null: true), .text("published", null: true), .text("url", null: true), .text("firstSeen"),
            ], primaryKey: ["id", "contentHash"])),
            .table(.init(name: "claim", columns: [
                .text("id"), .text("sourceId"), .text("contentHash"), .text("kind"), .text("text"), .text("quote"), .integer("start"),
                .integer("end"), .integer("quoteStart"), .text("value"), .text("topic", null: true), .text("extractor"), .text("firstSeen"),
            ], primaryKey: ["id"])),
            .table(.init(name: "conflict", columns: [
                .text("id"), .text("kind"), .text("topic"), .text("severity"), .double("confidence"), .text("rationale"), .text("checker"),
                // The statements as JSON, and the source versions they were read from: {"source id": "content hash"}.
                .text("statements"), .text("sources"), .text("firstSeen"),
            ], primaryKey: ["id"])),
            .table(.init(name: "event", columns: [
                .integer("seq"), LedgerMigration.Column(name: "conflictId", kind: .text, references: "conflict"), .text("type"),
                .text("actor"), .text("at"), .text("correctSource", null: true), .text("note", null: true),
                .text("payloadHash", null: true), .text("previousHash"), .text("hash"),
            ], primaryKey: ["seq"])),
            .index(name: "event_conflict", table: "event", columns: ["conflictId", "seq"]),
            .index(name: "claim_source", table: "claim", columns: ["sourceId"]),
            .appendOnly("source"), .appendOnly("claim"), .appendOnly("conflict"), .appendOnly("event"),
        ]),
        LedgerMigration(name: "v2: conflict versions", steps: [
            .table(.init(name: "conflict_version", columns: [
                LedgerMigration.Column(name: "conflictId", kind: .text, references: "conflict"), .integer("version"),
                .text("severity"), .double("confidence"), .text("rationale"), .text("statements"), .text("sources"), .text("at"),
            ], primaryKey: ["conflictId", "version"])),
            .appendOnly("conflict_version"),
        ]),
        LedgerMigration(name: "v3: the chain over source and claim rows", steps: [
            .table(.init(name: "row_record", columns: [
                .integer("seq"), .text("tableName"), .text("rowKey"), .text("rowHash"), .text("previousHash"), .text("hash"),
            ], primaryKey: ["seq"])),
            .appendOnly("row_record"),
            // Rows a ledger already holds are covered from here on.
            .run { db in try Ledger.coverExistingRows(db, tables: ["source", "claim"]) },
        ]),
        LedgerMigration(name: "v4: reviewer accounts", steps: [
            // A password's bcrypt hash, never the password; covered by the row chain.
            .table(.init(name: "reviewer", columns: [.text("name"), .text("credential"), .text("created")], primaryKey: ["name"])),
            .appendOnly("reviewer"),
        ]),
    ]
}
