import ClaimsCore
import Foundation

extension Ledger {
    func read<T>(_ body: (any LedgerConnection) throws -> T) throws(LedgerError) -> T {
        do { return try store.read(body) } catch let error as LedgerError {
            throw error
        } catch let error as BadColumn {
            throw LedgerError(.database, path: path, problem: error.description)
        } catch {
            throw LedgerError(.database, path: path, problem: Self.describe(error))
        }
    }

    /// Conflicts with their current state, newest first, filtered by status and kind.
    public func conflicts(status: ReviewStatus? = nil, kind: String? = nil) throws(LedgerError) -> [LedgerConflict] {
        try read { db in
            // Every event in one query, grouped here: a query per conflict made a list of
            // thousands of conflicts crawl.
            var events: [String: [LedgerEvent]] = [:]
            for event in try db.fetchAll(LedgerEvent.self, "ORDER BY seq") {
                events[event.conflictId, default: []].append(event)
            }
            let versions = try Self.latestVersions(db)
            return try db.fetchAll(ConflictRecord.self, "ORDER BY firstSeen DESC, id").compactMap { row in
                let conflict = try Self.conflict(row: row, events: events[row.id] ?? [], latest: versions[row.id])
                if let status, conflict.status != status { return nil }
                if let kind, conflict.kind != kind { return nil }
                return conflict
            }
        }
    }

    public func conflict(_ reference: String) throws(LedgerError) -> LedgerConflict {
        let path = self.path
        return try read { db in try Self.conflict(db, id: try Self.resolve(db, reference, path: path)) }
    }

    /// The recorded versions of a source, newest first.
    public func sources(_ id: String) throws(LedgerError) -> [LedgerSource] {
        try read { db in
            try db.fetchAll(SourceRecord.self, "WHERE id = ? ORDER BY firstSeen DESC, contentHash", [.text(id)]).map(\.source)
        }
    }

    /// Events newest first, for one conflict or for the conflicts quoting one source.
    public func log(conflict reference: String? = nil, source: String? = nil, limit: Int = 100) throws(LedgerError) -> [LedgerEvent] {
        try logPage(conflict: reference, source: source, limit: limit).events
    }

    /// The newest `limit` events of the history (of one conflict, or of the conflicts quoting
    /// one source), and how many there are in all, so that a cut list can say what it left out.
    public func logPage(conflict reference: String? = nil, source: String? = nil, limit: Int = 100) throws(LedgerError) -> LedgerLogPage {
        let path = self.path
        return try read { db in
            var events: [LedgerEvent]
            if let reference {
                let id = try Self.resolve(db, reference, path: path)
                events = try db.fetchAll(LedgerEvent.self, "WHERE conflictId = ? ORDER BY seq DESC", [.text(id)])
            } else {
                events = try db.fetchAll(LedgerEvent.self, "ORDER BY seq DESC")
            }
            if let source {
                // A conflict quotes a source when its first or a later version does.
                let versions = try Self.latestVersions(db)
                let ids = try db.fetchAll(ConflictRecord.self, "ORDER BY id").compactMap { row -> String? in
                    let quoted = try row.content.decodedSources().keys.contains(source)
                        || (try versions[row.id]?.decodedSources().keys.contains(source) ?? false)
                    return quoted ? row.id : nil
                }
                events = events.filter { ids.contains($0.conflictId) }
            }
            return LedgerLogPage(events: Array(events.prefix(max(0, limit))), total: events.count)
        }
    }

    /// Recomputes the hash chain and every conflict's recorded content; names the first broken
    /// link: an event whose hash does not match its fields, one that does not follow the event
    /// before it, or a conflict changed after it was detected.
    public func verify() throws(LedgerError) -> VerifyReport {
        try read { db in
            var report = VerifyReport(eventsChecked: 0, conflictsChecked: 0, head: nil, firstProblem: nil)
            var previous = Self.genesis
            var lastSeq: Int64 = 0
            var payloads: [String: String] = [:]
            var changes: [String: [String]] = [:]
            for event in try db.fetchAll(LedgerEvent.self, "ORDER BY seq") {
                report.eventsChecked += 1
                if event.seq != lastSeq + 1 {
                    report.firstProblem = "event \(event.seq): events \(lastSeq + 1)–\(event.seq - 1) are missing"
                    return report
                }
                if event.previousHash != previous {
                    report.firstProblem = "event \(event.seq) (conflict \(event.conflictId)): does not follow event \(lastSeq); the chain is broken there"
                    return report
                }
                let expected = LedgerHash.hex(Self.canonical(seq: event.seq, conflictId: event.conflictId, type: event.type.rawValue,
                                                             actor: event.actor, at: event.at, correctSource: event.correctSource,
                                                             note: event.note, payloadHash: event.payloadHash,
                                                             previousHash: event.previousHash))
                if expected != event.hash {
                    report.firstProblem = "event \(event.seq) (conflict \(event.conflictId), \(event.type.rawValue) by \(event.actor)): its fields were changed after it was written"
                    return report
                }
                if event.type == .detected, let payload = event.payloadHash { payloads[event.conflictId] = payload }
                if event.type == .changed, let payload = event.payloadHash { changes[event.conflictId, default: []].append(payload) }
                previous = event.hash
                lastSeq = event.seq
                report.head = (event.seq, event.hash)
            }
            var rows: Set<String> = []
            for row in try db.fetchAll(ConflictRecord.self, "ORDER BY id") {
                report.conflictsChecked += 1
                let id = row.id
                rows.insert(id)
                guard let recorded = payloads[id] else {
                    report.firstProblem = "conflict \(id): no detected event records it"
                    return report
                }
                // A v2 payload covers every column; a ledger's older conflicts were recorded
                // without the confidence and the first-seen time.
                let content = recorded.hasPrefix("v2:")
                    ? Self.rowPayload(conflictId: id, kind: row.kind, topic: row.topic, severity: row.severity,
                                      confidence: row.confidence, rationale: row.rationale, checker: row.checker,
                                      statements: row.statements, sources: row.sources, firstSeen: row.firstSeen)
                    : LedgerHash.hex(Self.canonical(conflictId: id, kind: row.kind, topic: row.topic,
                                                    severity: row.severity, rationale: row.rationale,
                                                    checker: row.checker, statements: row.statements,
                                                    sources: row.sources))
                if content != recorded {
                    report.firstProblem = "conflict \(id): its statements or verdict were changed after it was recorded"
                    return report
                }
            }
            // A conflict the history records but the table has lost: deleted behind the ledger's back.
            if let lost = payloads.keys.filter({ !rows.contains($0) }).sorted().first {
                report.firstProblem = "conflict \(lost): its detected event is in the history but its row is missing"
                return report
            }
            report.firstProblem = try Self.verifyVersions(db, changes: changes)
            if report.firstProblem == nil { report.firstProblem = try Self.verifyRows(db, checked: &report.rowsChecked, head: &report.rowHead) }
            return report
        }
    }
}

/// Events of the history, newest first, cut at a limit, with the number before the cut.
public struct LedgerLogPage: Sendable {
    public var events: [LedgerEvent]
    public var total: Int

    /// How many matching events the page leaves out.
    public var omitted: Int { total - events.count }
}
