import ClaimsCore
import Foundation

// The ledger's rows as Codable records whose coding keys are their columns (`Columns`, in the
// order the table lists them), read and written the same way on SQLite and PostgreSQL
// (LedgerRowDecoder, LedgerRowEncoder): a value of the wrong kind, a missing column or an
// unknown event type is an error (LedgerError .database), never a silent default.

extension LedgerEvent: LedgerRecord {
    static let table = "event"
    typealias Columns = CodingKeys
}

/// A source version as stored.
struct SourceRecord: ChainedRecord {
    static let table = "source"
    static let rowKeySQL = "id || '|' || contentHash"

    // The order is the row chain's: a stored row's hash is over its values in this order.
    enum Columns: String, CodingKey, CaseIterable {
        case id, contentHash, display, language, title, publisher, published, url, firstSeen
    }
    typealias CodingKeys = Columns

    var id: String
    var contentHash: String
    var display: String
    var language: String?
    var title: String?
    var publisher: String?
    var published: String?
    var url: String?
    var firstSeen: String

    var rowKey: String { id + "|" + contentHash }

    var source: LedgerSource {
        LedgerSource(id: id, contentHash: contentHash, display: display, language: language, title: title, publisher: publisher,
                     published: published, url: url)
    }
}

/// A claim as stored, with the version of the source it was read from.
struct ClaimRecord: ChainedRecord {
    static let table = "claim"
    static let rowKeySQL = "id"

    // The order is the row chain's.
    enum Columns: String, CodingKey, CaseIterable {
        case id, sourceId, contentHash, kind, text, quote, start, end, quoteStart, value, topic, extractor, firstSeen
    }
    typealias CodingKeys = Columns

    var id: String
    var sourceId: String
    var contentHash: String
    var kind: String
    var text: String
    var quote: String
    var start: Int
    var end: Int
    var quoteStart: Int
    /// The value as JSON.
    var value: String
    var topic: String?
    var extractor: String
    var firstSeen: String

    var rowKey: String { id }
}

/// A conflict row: what was first detected.
struct ConflictRecord: LedgerRecord {
    static let table = "conflict"

    enum Columns: String, CodingKey, CaseIterable {
        case id, kind, topic, severity, confidence, rationale, checker, statements, sources, firstSeen
    }
    typealias CodingKeys = Columns

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

    enum Columns: String, CodingKey, CaseIterable {
        case conflictId, version, severity, confidence, rationale, statements, sources, at
    }
    typealias CodingKeys = Columns

    var conflictId: String
    var version: Int
    var severity: String
    var confidence: Double
    var rationale: String
    var statements: String
    var sources: String
    var at: String

    init(conflictId: String, content: Ledger.Content, at: String) {
        (self.conflictId, version, severity, confidence) = (conflictId, content.version, content.severity, content.confidence)
        (rationale, statements, sources, self.at) = (content.rationale, content.statements, content.sources, at)
    }

    var content: Ledger.Content {
        Ledger.Content(severity: severity, confidence: confidence, rationale: rationale, statements: statements, sources: sources, version: version)
    }
}

/// An entry of the chain over source, claim and reviewer rows.
struct RowRecord: LedgerRecord {
    static let table = "row_record"

    enum Columns: String, CodingKey, CaseIterable {
        case seq, tableName, rowKey, rowHash, previousHash, hash
    }
    typealias CodingKeys = Columns

    var seq: Int64
    var tableName: String
    var rowKey: String
    var rowHash: String
    var previousHash: String
    var hash: String
}
