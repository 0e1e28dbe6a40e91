import ClaimsCore
import Foundation

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
    static func append(_ db: any LedgerConnection, conflictId: String, type: EventType, actor: String, correctSource: String? = nil,
                       note: String? = nil, payloadHash: String? = nil) throws -> LedgerEvent {
        try db.lockChains()
        let last = try db.fetchOne(LedgerEvent.self, "ORDER BY seq DESC", [])
        let seq = (last?.seq ?? 0) + 1
        let previous = last?.hash ?? genesis
        let at = now()
        let hash = LedgerHash.hex(canonical(seq: seq, conflictId: conflictId, type: type.rawValue, actor: actor, at: at,
                                            correctSource: correctSource, note: note, payloadHash: payloadHash,
                                            previousHash: previous))
        let event = LedgerEvent(seq: seq, conflictId: conflictId, type: type, actor: actor, at: at, correctSource: correctSource,
                                note: note, payloadHash: payloadHash, previousHash: previous, hash: hash)
        try db.insert(event)
        return event
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
            return try store.write { db in try Self.record(result, in: db) }
        } catch let error as LedgerError {
            throw error
        } catch {
            throw LedgerError(.database, path: path, problem: "the run could not be recorded: \(Self.describe(error))")
        }
    }

    static func record(_ result: CheckResult, in db: any LedgerConnection) throws -> RunSummary {
        var summary = RunSummary()
        let at = now()
        var rows = try RowChain.head(db)
        var hashes: [String: String] = [:]
        let sources = result.documents.map { document in
            let info = document.source
            hashes[info.id] = document.contentHash
            var url: String?
            if case .web(let address) = info.location { url = address.absoluteString }
            return SourceRecord(id: info.id, contentHash: document.contentHash, display: info.displayName, language: info.language,
                                title: info.title, publisher: info.publisher, published: info.published?.description, url: url, firstSeen: at)
        }
        let newSources = try db.insertNew(sources)
        summary.newSources = newSources.count
        try rows.append(db, newSources)
        let claims = result.claims.map { claim in
            ClaimRecord(id: claim.id, sourceId: claim.sourceID, contentHash: hashes[claim.sourceID] ?? "", kind: claim.kind.rawValue,
                        text: claim.text, quote: claim.quote, start: claim.span.start, end: claim.span.end, quoteStart: claim.quoteSpan.start,
                        value: json(claim.value), topic: claim.topic?.label, extractor: claim.extractor, firstSeen: at)
        }
        let newClaims = try db.insertNew(claims)
        summary.newClaims = newClaims.count
        try rows.append(db, newClaims)
        var found: Set<String> = []
        let checked = Set(result.documents.map(\.source.id))
        for var finding in result.findings where finding.verdict == .conflict {
            // A conflict recorded under an id of the earlier kind (checker, topic and claims)
            // is the same conflict: it keeps its id and its history.
            let given = finding.id
            if try db.fetchOne("SELECT id FROM conflict WHERE id = ?", [.text(given)]) == nil,
               let earlier = try earlierID(db, for: finding, taken: found) {
                finding.id = earlier
            }
            summary.ids[given] = finding.id
            found.insert(finding.id)
            let statements = json(finding.statements.map {
                LedgerStatement(source: $0.sourceID, claim: $0.claimID, text: $0.text, quote: $0.quote,
                                start: $0.span.start, end: $0.span.end, quoteStart: $0.quoteStart, value: $0.value)
            })
            var involved: [String: String] = [:]
            for statement in finding.statements { involved[statement.sourceID] = hashes[statement.sourceID] ?? "" }
            let sources = json(involved)
            let conflict = ConflictRecord(id: finding.id, kind: finding.kind.rawValue, topic: finding.topic, severity: finding.severity.rawValue,
                                          confidence: finding.confidence, rationale: finding.rationale, checker: finding.checker,
                                          statements: statements, sources: sources, firstSeen: at)
            if try db.insert(conflict, ifAbsent: true) > 0 {
                summary.newConflicts += 1
                let payload = rowPayload(conflictId: finding.id, kind: finding.kind.rawValue, topic: finding.topic,
                                         severity: finding.severity.rawValue, confidence: finding.confidence, rationale: finding.rationale,
                                         checker: finding.checker, statements: statements, sources: sources, firstSeen: at)
                try append(db, conflictId: finding.id, type: .detected, actor: finding.checker, payloadHash: payload)
                continue
            }
            // A conflict the ledger knows: the same checker on the same topic. Statements that
            // joined or left it are a new version; its history stays.
            guard let row = try db.fetchOne(ConflictRecord.self, "WHERE id = ?", [.text(finding.id)]) else { continue }
            let current = try latestVersions(db, of: finding.id)[finding.id] ?? row.content
            let now = Content(severity: finding.severity.rawValue, confidence: finding.confidence, rationale: finding.rationale,
                              statements: statements, sources: sources, version: current.version + 1)
            let status = try currentStatus(db, finding.id)
            if try now.claims() != current.claims() {
                try recordChange(db, id: finding.id, from: current, to: now, actor: finding.checker, at: at)
                summary.changed += 1
            } else if status == .stale || status == .withdrawn {
                try append(db, conflictId: finding.id, type: .reopened, actor: finding.checker,
                           note: "found again with the same statements")
                summary.reopened += 1
            }
        }
        // Recorded conflicts this run did not find: withdrawn when a source of theirs was not
        // checked (it left the corpus), stale when one was read again in another version.
        let versions = try latestVersions(db)
        for row in try db.fetchAll(ConflictRecord.self, "ORDER BY id") {
            let id = row.id
            guard !found.contains(id) else { continue }
            let sources = try (versions[id] ?? row.content).decodedSources()
            let status = try currentStatus(db, id)
            let unchecked = sources.keys.filter { !checked.contains($0) }.sorted()
            if !unchecked.isEmpty {
                guard status != .withdrawn else { continue }
                try append(db, conflictId: id, type: .withdrawn, actor: "claims", note: "no longer checked: \(unchecked.joined(separator: ", "))")
                summary.withdrawn += 1
                continue
            }
            let changed = sources.filter { source, hash in hashes[source].map { $0 != hash } ?? false }.keys.sorted()
            guard !changed.isEmpty, status != .stale else { continue }
            try append(db, conflictId: id, type: .stale, actor: "claims",
                       note: "source changed since: \(changed.joined(separator: ", "))")
            summary.markedStale += 1
        }
        for (given, id) in summary.ids { summary.statuses[given] = try currentStatus(db, id) }
        return summary
    }

    /// The id under which a ledger written before conflicts kept their identity recorded this
    /// finding's conflict: the newest row of the same checker, kind and topic not yet matched in
    /// this run.
    static func earlierID(_ db: any LedgerConnection, for finding: Finding, taken: Set<String>) throws -> String? {
        try db.fetch("SELECT id FROM conflict WHERE checker = ? AND kind = ? AND topic = ? ORDER BY firstSeen DESC, id",
                     [.text(finding.checker), .text(finding.kind.rawValue), .text(finding.topic)])
            .map { try $0.text("id") }.first { !taken.contains($0) }
    }

    static func currentStatus(_ db: any LedgerConnection, _ id: String) throws -> ReviewStatus {
        LedgerConflict.status(of: try events(db, conflict: id))
    }

    static func events(_ db: any LedgerConnection, conflict id: String) throws -> [LedgerEvent] {
        try db.fetchAll(LedgerEvent.self, "WHERE conflictId = ? ORDER BY seq", [.text(id)])
    }

    /// Records a reviewer's decision (or note) on a conflict named by its id or a unique prefix,
    /// in a transaction of its own; returns the event and the state it leaves the conflict in.
    /// On a ledger with reviewer accounts, `account` must be the logged-in account of `reviewer`.
    /// It reads no more of the conflict than the decision needs: never its whole history, which
    /// grows with every decision and would make each one slower than the last.
    public func decide(_ reference: String, decision: Decision, correctSource: String? = nil, note: String? = nil,
                       reviewer: String, account: ReviewerAccount? = nil) throws(LedgerError) -> LedgerDecision {
        let name = reviewer.trimmingCharacters(in: .whitespaces)
        if let rule = DecisionRule.refusal(decision: decision, reviewer: name, note: note, correctSource: correctSource) {
            throw LedgerError(path: path, refusing: rule)
        }
        do {
            return try store.write { db in
                if let rule = try Self.accountRefusal(db, name: name, account: account, path: path) {
                    throw LedgerError(path: path, refusing: rule)
                }
                let id = try Self.resolve(db, reference, path: path)
                if let correctSource {
                    let sources = try Self.statementSources(db, id: id)
                    guard sources.contains(correctSource) else {
                        throw LedgerError(path: path, refusing: .correctSourceUnknown(source: correctSource, conflict: id, sources: sources))
                    }
                }
                let (type, status): (EventType, ReviewStatus?) = switch decision {
                case .confirm: (.confirmed, .confirmed)
                case .dismiss: (.dismissed, .dismissed)
                // A note leaves the state as the last event that set one left it.
                case .note: (.note, nil)
                }
                let event = try Self.append(db, conflictId: id, type: type, actor: name, correctSource: correctSource, note: note)
                return LedgerDecision(conflictId: id, status: try status ?? Self.lastState(db, id: id), event: event)
            }
        } catch let error as LedgerError {
            throw error
        } catch {
            throw LedgerError(.database, path: path, problem: Self.describe(error))
        }
    }

    /// The full id for an id or unique prefix ("f-93e4", "93e4").
    static func resolve(_ db: any LedgerConnection, _ reference: String, path: String) throws -> String {
        let wanted = (reference.hasPrefix("f-") ? reference : "f-" + reference).lowercased()
        // Ids are hex: anything else names no conflict (and is never a pattern).
        guard wanted.count > 2, wanted.dropFirst(2).allSatisfy(\.isHexDigit) else {
            throw LedgerError(.notFound, path: path, problem: "no conflict \(reference) in the ledger")
        }
        // Hex has no LIKE wildcards in it.
        let ids = try db.fetch("SELECT id FROM conflict WHERE id LIKE ? ORDER BY id LIMIT 3", [.text(wanted + "%")])
            .map { try $0.text("id") }
        guard let first = ids.first else { throw LedgerError(.notFound, path: path, problem: "no conflict \(reference) in the ledger") }
        guard ids.count == 1 || first == wanted else {
            throw LedgerError(.ambiguous, path: path, problem: "\(reference) names several conflicts (\(ids.joined(separator: ", ")), ...); give more of the id")
        }
        return first
    }

    /// The sources of a conflict's current statements, sorted.
    static func statementSources(_ db: any LedgerConnection, id: String) throws -> [String] {
        guard let row = try db.fetchOne(ConflictRecord.self, "WHERE id = ?", [.text(id)]) else {
            throw LedgerError(.notFound, path: "", problem: "no conflict \(id)")
        }
        let content = try latestVersions(db, of: id)[id] ?? row.content
        return Set(try content.decodedStatements().map(\.source)).sorted()
    }

    /// The state a conflict's last state-setting event (any but a note) left it in.
    static func lastState(_ db: any LedgerConnection, id: String) throws -> ReviewStatus {
        let last = try db.fetchOne(LedgerEvent.self, "WHERE conflictId = ? AND type <> ? ORDER BY seq DESC", [.text(id), .text(EventType.note.rawValue)])
        return LedgerConflict.status(of: last.map { [$0] } ?? [])
    }

    static func conflict(_ db: any LedgerConnection, id: String) throws -> LedgerConflict {
        guard let row = try db.fetchOne(ConflictRecord.self, "WHERE id = ?", [.text(id)]) else {
            throw LedgerError(.notFound, path: "", problem: "no conflict \(id)")
        }
        return try conflict(row: row, events: try events(db, conflict: id), latest: try latestVersions(db, of: id)[id])
    }

    /// A conflict row with its events (in order) and its newest version if it changed, its
    /// state derived from the events.
    static func conflict(row: ConflictRecord, events: [LedgerEvent], latest: Content?) throws -> LedgerConflict {
        let content = latest ?? row.content
        return LedgerConflict(id: row.id, kind: row.kind, topic: row.topic, severity: content.severity,
                              confidence: content.confidence, rationale: content.rationale, checker: row.checker,
                              statements: try content.decodedStatements(), sources: try content.decodedSources(), firstSeen: row.firstSeen,
                              status: LedgerConflict.status(of: events),
                              decision: events.last { $0.type == .confirmed || $0.type == .dismissed }, events: events)
    }
}
