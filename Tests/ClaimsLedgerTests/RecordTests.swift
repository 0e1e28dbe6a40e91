@testable import ClaimsLedger
import Foundation
import Testing

/// The ledger's records against its schema: each record's columns are its table's, in the
/// table's order, and a record is written and read back through the same coding keys.
@Suite("ledger records")
struct RecordTests {
    /// Every table the migrations create, by name.
    static var tables: [String: LedgerMigration.Table] {
        var tables: [String: LedgerMigration.Table] = [:]
        for migration in Ledger.migrations {
            for case .table(let table) in migration.steps { tables[table.name] = table }
        }
        return tables
    }

    static func columns<Record: LedgerRecord>(_ type: Record.Type) -> [String] { Record.Columns.allCases.map(\.stringValue) }

    @Test("each record's columns are its table's, in order, with the same kinds and nulls")
    func columnsMatchSchema() throws {
        let samples: [(table: String, columns: [String], values: [LedgerValue])] = try [
            (SourceRecord.table, Self.columns(SourceRecord.self), LedgerRowEncoder.values(of: Self.source)),
            (ClaimRecord.table, Self.columns(ClaimRecord.self), LedgerRowEncoder.values(of: Self.claim)),
            (ConflictRecord.table, Self.columns(ConflictRecord.self), LedgerRowEncoder.values(of: Self.conflict)),
            (ConflictVersionRecord.table, Self.columns(ConflictVersionRecord.self),
             LedgerRowEncoder.values(of: ConflictVersionRecord(conflictId: "f-1", content: Self.conflict.content, at: "t"))),
            (LedgerEvent.table, Self.columns(LedgerEvent.self), LedgerRowEncoder.values(of: Self.event)),
            (RowRecord.table, Self.columns(RowRecord.self),
             LedgerRowEncoder.values(of: RowRecord(seq: 1, tableName: "claim", rowKey: "c", rowHash: "h", previousHash: "p", hash: "q"))),
            (ReviewerRecord.table, Self.columns(ReviewerRecord.self),
             LedgerRowEncoder.values(of: ReviewerRecord(name: "An", credential: "$2b$", created: "t"))),
        ]
        #expect(Set(samples.map(\.table)) == Set(Self.tables.keys), "every table has a record")
        for sample in samples {
            let table = try #require(Self.tables[sample.table])
            #expect(sample.columns == table.columns.map(\.name), "\(sample.table)")
            for (column, value) in zip(table.columns, sample.values) {
                switch (column.kind, value) {
                case (.text, .text), (.integer, .int), (.double, .double): break
                case (_, .null): #expect(!column.notNull, "\(sample.table).\(column.name) is NOT NULL but the record left it out")
                default: Issue.record("\(sample.table).\(column.name) is \(column.kind) but the record writes \(value)")
                }
            }
        }
    }

    @Test("a record is read back as it was written; nil is NULL")
    func roundTrip() throws {
        for record in [Self.claim, { var c = Self.claim; c.topic = nil; return c }()] {
            let values = try LedgerRowEncoder.values(of: record)
            let row = LedgerRow(Array(zip(Self.columns(ClaimRecord.self), values)))
            let read = try ClaimRecord(from: LedgerRowDecoder(row: row))
            #expect(try LedgerRowEncoder.values(of: read) == values)
            #expect(read.topic == record.topic && read.end == record.end && read.value == record.value)
        }
        let event = try LedgerEvent(from: LedgerRowDecoder(row: LedgerRow(Array(zip(Self.columns(LedgerEvent.self),
                                                                                  try LedgerRowEncoder.values(of: Self.event))))))
        #expect(event == Self.event)
    }

    /// A record with a field no column can hold.
    struct Nested: LedgerRecord {
        static let table = "nested"
        enum Columns: String, CodingKey, CaseIterable { case id, parts }
        typealias CodingKeys = Columns
        var id: String
        var parts: [String]
    }

    @Test("a field that is a list is refused, not flattened")
    func nestedRefused() {
        #expect(throws: EncodingError.self) { try LedgerRowEncoder.values(of: Nested(id: "a", parts: ["b"])) }
        #expect(throws: EncodingError.self) { try LedgerRowEncoder.values(of: Nested(id: "a", parts: [])) }
    }

    static let source = SourceRecord(id: "a.txt", contentHash: "h", display: "a.txt", language: "vi", title: nil, publisher: nil,
                                     published: "2026-01-02", url: nil, firstSeen: "t")
    static let claim = ClaimRecord(id: "c-1", sourceId: "a.txt", contentHash: "h", kind: "count", text: "44 hành khách", quote: "44",
                                   start: 3, end: 16, quoteStart: 3, value: "{\"count\":44}", topic: "passengers", extractor: "x@1",
                                   firstSeen: "t")
    static let conflict = ConflictRecord(id: "f-1", kind: "count", topic: "passengers", severity: "high", confidence: 0.9,
                                         rationale: "r", checker: "k@1", statements: "[]", sources: "{}", firstSeen: "t")
    static let event = LedgerEvent(seq: 3, conflictId: "f-1", type: .dismissed, actor: "An", at: "t", correctSource: nil,
                                   note: "different scope", payloadHash: nil, previousHash: "p", hash: "q")
}
