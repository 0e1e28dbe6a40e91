import ClaimsCore
import Foundation

/// A conflict keeps its identity (its checker and topic) while its statements change: a source
/// is edited, added again, or a new one joins. Each change is a version row of its own, never an
/// update, with a `changed` event that carries the version's hash and says who joined and who
/// left; the conflict row keeps what was first detected.
extension Ledger {
    /// What may change in a conflict from one run to the next.
    struct Content: Equatable {
        var severity: String
        var confidence: Double
        var rationale: String
        var statements: String
        var sources: String
        var version: Int

        /// The statements' claims, which say whether the membership changed.
        func claims() throws -> Set<String> { Set(try decodedStatements().map(\.claim)) }

        func decodedStatements() throws -> [LedgerStatement] {
            do { return try JSONDecoder().decode([LedgerStatement].self, from: Data(statements.utf8)) } catch {
                throw BadColumn(description: "a conflict's statements are not the JSON the ledger writes: \(error)")
            }
        }

        func decodedSources() throws -> [String: String] {
            do { return try JSONDecoder().decode([String: String].self, from: Data(sources.utf8)) } catch {
                throw BadColumn(description: "a conflict's sources are not the JSON the ledger writes: \(error)")
            }
        }
    }

    /// The newest content of every conflict that has changed since it was detected, by id.
    static func latestVersions(_ db: any LedgerConnection, of id: String? = nil) throws -> [String: Content] {
        var latest: [String: Content] = [:]
        let records = try id.map { try db.fetchAll(ConflictVersionRecord.self, "WHERE conflictId = ? ORDER BY version", [.text($0)]) }
            ?? db.fetchAll(ConflictVersionRecord.self, "ORDER BY conflictId, version")
        for record in records { latest[record.conflictId] = record.content }
        return latest
    }

    /// The canonical text of a version row: what its `changed` event's hash covers.
    static func versionPayload(conflictId: String, _ content: Content, at: String) -> String {
        "v2:" + LedgerHash.hex(["version", conflictId, "\(content.version)", content.severity, "\(content.confidence)", content.rationale,
                                content.statements, content.sources, at].joined(separator: "\u{1F}"))
    }

    /// Records a new version of conflict `id` and its `changed` event, which names the
    /// statements that joined and those that left.
    static func recordChange(_ db: any LedgerConnection, id: String, from old: Content, to new: Content, actor: String, at: String) throws {
        try db.insert(ConflictVersionRecord(conflictId: id, content: new, at: at))
        func described(_ statements: [LedgerStatement]) -> String {
            statements.map { "\($0.source) \($0.value)" }.joined(separator: ", ")
        }
        let (oldClaims, newClaims) = (try old.claims(), try new.claims())
        let joined = try new.decodedStatements().filter { !oldClaims.contains($0.claim) }
        let left = try old.decodedStatements().filter { !newClaims.contains($0.claim) }
        var note: [String] = []
        if !joined.isEmpty { note.append("joined: " + described(joined)) }
        if !left.isEmpty { note.append("left: " + described(left)) }
        try append(db, conflictId: id, type: .changed, actor: actor, note: note.joined(separator: "; "),
                   payloadHash: versionPayload(conflictId: id, new, at: at))
    }

    /// Every version row matches the `changed` event that recorded it, and every `changed`
    /// event has its row; the first problem, or nil.
    static func verifyVersions(_ db: any LedgerConnection, changes: [String: [String]]) throws -> String? {
        var unmatched = changes.mapValues { Set($0) }
        for record in try db.fetchAll(ConflictVersionRecord.self, "ORDER BY conflictId, version") {
            let id = record.conflictId
            let payload = versionPayload(conflictId: id, record.content, at: record.at)
            guard unmatched[id]?.remove(payload) != nil else {
                return "conflict \(id) version \(record.version): changed after it was recorded, or recorded by no event"
            }
        }
        if let id = unmatched.filter({ !$0.value.isEmpty }).keys.sorted().first {
            return "conflict \(id): a change in the history has lost its version row"
        }
        return nil
    }
}
