import ClaimsCore
import Foundation

// The ledger's rows as Codable records whose coding keys are their columns, read the same way
// from SQLite and PostgreSQL (LedgerRowDecoder): a value of the wrong kind, a missing column or
// an unknown event type is an error (LedgerError .database), never a silent default.

extension LedgerEvent: LedgerRecord {
    static let table = "event"
}

extension LedgerSource: LedgerRecord {
    static let table = "source"
}

/// A conflict row: what was first detected.
struct ConflictRecord: LedgerRecord {
    static let table = "conflict"

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

    var content: Ledger.Content {
        Ledger.Content(severity: severity, confidence: confidence, rationale: rationale, statements: statements, sources: sources, version: 0)
    }
}

/// A later version of a conflict's statements.
struct ConflictVersionRecord: LedgerRecord {
    static let table = "conflict_version"

    var conflictId: String
    var version: Int
    var severity: String
    var confidence: Double
    var rationale: String
    var statements: String
    var sources: String
    var at: String

    var content: Ledger.Content {
        Ledger.Content(severity: severity, confidence: confidence, rationale: rationale, statements: statements, sources: sources, version: version)
    }
}

/// An entry of the chain over source and claim rows.
struct RowRecord: LedgerRecord {
    static let table = "row_record"

    var seq: Int64
    var tableName: String
    var rowKey: String
    var rowHash: String
    var previousHash: String
    var hash: String
}
