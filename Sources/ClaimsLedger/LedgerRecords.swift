import ClaimsCore
import Foundation
import GRDB

// The ledger's rows as Codable records with column enums, in GRDB's recommended style: rows are
// decoded by their types, and a value of the wrong type or an unknown event type is an error
// (LedgerError .database), never a silent default.

extension LedgerEvent: FetchableRecord, TableRecord {
    public static let databaseTableName = "event"

    public enum Columns {
        public static let seq = Column("seq")
        public static let conflictId = Column("conflictId")
        public static let type = Column("type")
    }
}

extension LedgerSource: FetchableRecord, TableRecord {
    public static let databaseTableName = "source"

    public enum Columns {
        public static let id = Column("id")
        public static let contentHash = Column("contentHash")
        public static let firstSeen = Column("firstSeen")
    }
}

/// A conflict row: what was first detected.
struct ConflictRecord: Codable, FetchableRecord, TableRecord {
    static let databaseTableName = "conflict"

    var id: String
    var kind: String
    var topic: String
    var severity: String
    var confidence: Double
    var rationale: String
    var checker: String
    var statements: String
    var sources: String
    var firstSeen: String

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let firstSeen = Column(CodingKeys.firstSeen)
    }

    var content: Ledger.Content {
        Ledger.Content(severity: severity, confidence: confidence, rationale: rationale, statements: statements, sources: sources, version: 0)
    }
}

/// A later version of a conflict's statements.
struct ConflictVersionRecord: Codable, FetchableRecord, TableRecord {
    static let databaseTableName = "conflict_version"

    var conflictId: String
    var version: Int
    var severity: String
    var confidence: Double
    var rationale: String
    var statements: String
    var sources: String
    var at: String

    enum Columns {
        static let conflictId = Column(CodingKeys.conflictId)
        static let version = Column(CodingKeys.version)
    }

    var content: Ledger.Content {
        Ledger.Content(severity: severity, confidence: confidence, rationale: rationale, statements: statements, sources: sources, version: version)
    }
}

/// A JSON column that does not decode: bad data, said with the conflict it belongs to.
struct BadColumn: Error, CustomStringConvertible {
    var description: String
}
