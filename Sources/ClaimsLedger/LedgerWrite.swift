import ClaimsCore
import Foundation
import GRDB

extension Ledger {
    static let genesis = String(repeating: "0", count: 64)

    /// The canonical text a conflict row is hashed from: what a tamperer would have to change.
    static func canonical(conflictId: String, kind: String, topic: String, severity: String, rationale: String,
                          checker: String, statements: String, sources: String) -> String {
        [conflictId, kind, topic, severity, rationale, checker, statements, sources].joined(separator: "\u{1F}")
    }

    /// The canonical text of a whole conflict row, every column: the payload a `detected` event
    /// records since payloads are versioned ("v2:" before the hash). The first version left out
    /// the confidence and the first-seen time, which could then be edited unnoticed.
    static func canonicalRow(conflictId: String, kind: String, topic: String, severity: String, confidence: Double, rationale: String,
                             checker: String, statements: String, sources: String, firstSeen: String) -> String {
        ["v2", conflictId, kind, topic, severity, "\(confidence)", rationale, checker, statements, sources, firstSeen].joined(separator: "\u{1F}")
    }

    /// The payload of a conflict row as a `detected` event records it.
    static func rowPayload(conflictId: String, kind: String, topic: String, severity: String, confidence: Double, rationale: String,
                           checker: String, statements: String, sources: String, firstSeen: String) -> String {
        "v2:" + LedgerHash.hex(canonicalRow(conflictId: conflictId, kind: kind, topic: topic, severity: severity, confidence: confidence,
                                            rationale: rationale, checker: checker, statements: statements, sources: sources,
                                            firstSeen: firstSeen))
    }

    /// The text an event's hash covers: its fields and the hash before it.
    static func canonical(seq: Int64, conflictId: String, type: String, actor: String, at: String, correctSource: String?,
                          note: String?, payloadHash: String?, previousHash: String) -> String {
        ["\(seq)", conflictId, type, actor, at, correctSource ?? "", note ?? "", payloadHash ?? "", previousHash]
            .joined(separator: "\u{1F}")
    }

    /// Appends one event to the chain; must run inside a write transaction.
    @discardableResult
    static func append(_ db: Database, conflictId: String, type: EventType, actor: String, correctSource: String? = nil,
                       note: String? = nil, payloadHash: String? = nil) throws -> LedgerEvent {
        let last = try Row.fetchOne(db, sql: "SELECT seq, hash FROM event ORDER BY seq DESC LIMIT 1")
        let seq: Int64 = (last?["seq"] as Int64? ?? 0) + 1
        let previous: String = last?["hash"] ?? genesis
        let at = now()
        let hash = LedgerHash.hex(canonical(seq: seq, conflictId: conflictId, type: type.rawValue, actor: actor, at: at,
                                            correctSource: correctSource, note: note, payloadHash: payloadHash,
                                            previousHash: previous))
        try db.execute(sql: """
            INSERT INTO event (seq, conflictId, type, actor, at, correctSource, note, payloadHash, previousHash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [seq, conflictId, type.rawValue, actor, at, correctSource, note, payloadHash, previous, hash])
        return LedgerEvent(seq: seq, conflictId: conflictId, type: type, actor: actor, at: at, correctSource: correctSource,
                           note: note, payloadHash: payloadHash, previousHash: previous, hash: hash)
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
    }

    /// Records a run in one transaction: new source versions, new claims, new conflicts with a
    /// `detected` event each, `stale` events for recorded conflicts whose sources changed, and
    /// `reopened` for stale ones found again unchanged. Running again on unchanged sources adds
    /// nothing.
    public func record(_ result: CheckResult) throws(LedgerError) -> RunSummary {
        do {
            return try pool.write { db in try Self.record(result, in: db) }
        } catch let error as LedgerError {
            throw error
        } catch {
            throw LedgerError(path: path, problem: "the run could not be recorded: \(Self.describe(error))")
        }
    }

    static func record(_ result: CheckResult, in db: Database) throws -> RunSummary {
        var summary = RunSummary()
        let at = now()
        var hashes: [String: String] = [:]
        for document in result.documents {
            let info = document.source
            hashes[info.id] = document.contentHash
            var url: String?
            if case .web(let address) = info.location { url = address.absoluteString }
            try db.execute(sql: """
                INSERT OR IGNORE INTO source (id, contentHash, display, language, title, publisher, published, url, firstSeen)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [info.id, document.contentHash, info.displayName, info.language, info.title, info.publisher,
                                 info.published?.description, url, at])
            summary.newSources += db.changesCount
        }
        for claim in result.claims {
            try db.execute(sql: """
                INSERT OR IGNORE INTO claim (id, sourceId, contentHash, kind, text, quote, start, end, quoteStart, value, topic, extractor, firstSeen)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [claim.id, claim.sourceID, hashes[claim.sourceID] ?? "", claim.kind.rawValue, claim.text, claim.quote,
                                 claim.span.start, claim.span.end, claim.quoteSpan.start, json(claim.value), claim.topic?.label,
                                 claim.extractor, at])
            summary.newClaims += db.changesCount
        }
        var found: Set<String> = []
        for finding in result.findings where finding.verdict == .conflict {
            found.insert(finding.id)
            let statements = json(finding.statements.map {
                LedgerStatement(source: $0.sourceID, claim: $0.claimID, text: $0.text, quote: $0.quote,
                                start: $0.span.start, end: $0.span.end, value: $0.value)
            })
            var involved: [String: String] = [:]
            for statement in finding.statements { involved[statement.sourceID] = hashes[statement.sourceID] ?? "" }
            let sources = json(involved)
            try db.execute(sql: """
                INSERT OR IGNORE INTO conflict (id, kind, topic, severity, confidence, rationale, checker, statements, sources, firstSeen)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [finding.id, finding.kind.rawValue, finding.topic, finding.severity.rawValue, finding.confidence,
                                 finding.rationale, finding.checker, statements, sources, at])
            if db.changesCount > 0 {
                summary.newConflicts += 1
                let payload = rowPayload(conflictId: finding.id, kind: finding.kind.rawValue, topic: finding.topic,
                                         severity: finding.severity.rawValue, confidence: finding.confidence, rationale: finding.rationale,
                                         checker: finding.checker, statements: statements, sources: sources, firstSeen: at)
                try append(db, conflictId: finding.id, type: .detected, actor: finding.checker, payloadHash: payload)
            } else if try currentStatus(db, finding.id) == .stale {
                try append(db, conflictId: finding.id, type: .reopened, actor: finding.checker,
                           note: "found again with the same statements")
                summary.reopened += 1
            }
        }
        // Recorded conflicts whose sources were read again in another version are stale.
        let rows = try Row.fetchAll(db, sql: "SELECT id, sources FROM conflict")
        for row in rows {
            let id: String = row["id"]
            guard !found.contains(id) else { continue }
            let sources = (try? JSONDecoder().decode([String: String].self, from: Data((row["sources"] as String).utf8))) ?? [:]
            let changed = sources.filter { source, hash in hashes[source].map { $0 != hash } ?? false }.keys.sorted()
            guard !changed.isEmpty, try currentStatus(db, id) != .stale else { continue }
            try append(db, conflictId: id, type: .stale, actor: "claims",
                       note: "source changed since: \(changed.joined(separator: ", "))")
            summary.markedStale += 1
        }
        for id in found { summary.statuses[id] = try currentStatus(db, id) }
        return summary
    }

    static func currentStatus(_ db: Database, _ id: String) throws -> ReviewStatus {
        LedgerConflict.status(of: try events(db, conflict: id))
    }

    static func events(_ db: Database, conflict id: String) throws -> [LedgerEvent] {
        try Row.fetchAll(db, sql: "SELECT * FROM event WHERE conflictId = ? ORDER BY seq", arguments: [id]).map(event(from:))
    }

    static func event(from row: Row) -> LedgerEvent {
        LedgerEvent(seq: row["seq"], conflictId: row["conflictId"], type: EventType(rawValue: row["type"]) ?? .note,
                    actor: row["actor"], at: row["at"], correctSource: row["correctSource"], note: row["note"],
                    payloadHash: row["payloadHash"], previousHash: row["previousHash"], hash: row["hash"])
    }

    /// Records a reviewer's decision (or note) on a conflict named by its id or a unique prefix,
    /// in a transaction of its own; returns the conflict as it now stands.
    public func decide(_ reference: String, decision: Decision, correctSource: String? = nil, note: String? = nil,
                       reviewer: String) throws(LedgerError) -> LedgerConflict {
        let name = reviewer.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw LedgerError(path: path, problem: "a decision needs the reviewer's name") }
        if decision == .note, (note ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw LedgerError(path: path, problem: "a note needs its text")
        }
        do {
            return try pool.write { db in
                let id = try Self.resolve(db, reference, path: path)
                let conflict = try Self.conflict(db, id: id)
                if let correctSource, !conflict.statements.contains(where: { $0.source == correctSource }) {
                    throw LedgerError(path: path, problem: "\(correctSource) is not a source of conflict \(id) (its sources: \(Set(conflict.statements.map(\.source)).sorted().joined(separator: ", ")))")
                }
                let type: EventType = switch decision {
                case .confirm: .confirmed
                case .dismiss: .dismissed
                case .note: .note
                }
                try Self.append(db, conflictId: id, type: type, actor: name, correctSource: correctSource, note: note)
                return try Self.conflict(db, id: id)
            }
        } catch let error as LedgerError {
            throw error
        } catch {
            throw LedgerError(path: path, problem: Self.describe(error))
        }
    }

    /// The full id for an id or unique prefix ("f-93e4", "93e4").
    static func resolve(_ db: Database, _ reference: String, path: String) throws -> String {
        let wanted = reference.hasPrefix("f-") ? reference : "f-" + reference
        // Ids are hex: anything else names no conflict (and is never a pattern).
        guard wanted.count > 2, wanted.dropFirst(2).allSatisfy(\.isHexDigit) else {
            throw LedgerError(path: path, problem: "no conflict \(reference) in the ledger")
        }
        let ids = try String.fetchAll(db, sql: "SELECT id FROM conflict WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT 3",
                                      arguments: [wanted.count, wanted])
        guard let first = ids.first else { throw LedgerError(path: path, problem: "no conflict \(reference) in the ledger") }
        guard ids.count == 1 || first == wanted else {
            throw LedgerError(path: path, problem: "\(reference) names several conflicts (\(ids.joined(separator: ", ")), ...); give more of the id")
        }
        return first
    }

    static func conflict(_ db: Database, id: String) throws -> LedgerConflict {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM conflict WHERE id = ?", arguments: [id]) else {
            throw LedgerError(path: "", problem: "no conflict \(id)")
        }
        return try conflict(db, row: row)
    }

    static func conflict(_ db: Database, row: Row) throws -> LedgerConflict {
        conflict(row: row, events: try events(db, conflict: row["id"]))
    }

    /// A conflict row with its events (in order), its state derived from them.
    static func conflict(row: Row, events: [LedgerEvent]) -> LedgerConflict {
        let id: String = row["id"]
        let statements = (try? JSONDecoder().decode([LedgerStatement].self, from: Data((row["statements"] as String).utf8))) ?? []
        let sources = (try? JSONDecoder().decode([String: String].self, from: Data((row["sources"] as String).utf8))) ?? [:]
        return LedgerConflict(id: id, kind: row["kind"], topic: row["topic"], severity: row["severity"],
                              confidence: row["confidence"], rationale: row["rationale"], checker: row["checker"],
                              statements: statements, sources: sources, firstSeen: row["firstSeen"],
                              status: LedgerConflict.status(of: events),
                              decision: events.last { $0.type == .confirmed || $0.type == .dismissed }, events: events)
    }
}
