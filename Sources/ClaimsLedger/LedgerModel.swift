import ClaimsCore
import Foundation

/// What a reviewer decides about a conflict.
public enum Decision: String, Sendable, CaseIterable {
    case confirm, dismiss, note
}

/// The kinds of event in a conflict's history.
public enum EventType: String, Codable, Sendable {
    /// A checker found the conflict (actor: the checker as name@version).
    case detected
    case confirmed, dismissed, note
    /// A source a statement came from changed since; the earlier decision stays in the history.
    case stale
    /// A stale or withdrawn conflict was found again.
    case reopened
    /// Statements joined or left the conflict (a source edited, added again or new); the note
    /// says which, the payload is the new version's hash. It is open for review again.
    case changed
    /// Every statement of one side comes from sources the run no longer checked.
    case withdrawn
}

/// One event of a conflict's history, as stored.
public struct LedgerEvent: Codable, Sendable, Hashable {
    public var seq: Int64
    public var conflictId: String
    public var type: EventType
    public var actor: String
    public var at: String
    public var correctSource: String?
    public var note: String?
    public var payloadHash: String?
    public var previousHash: String
    public var hash: String

    /// The fields, named as the ledger's `event` columns and the JSON export's keys.
    public enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
        case seq, conflictId, type, actor, at, correctSource, note, payloadHash, previousHash, hash
    }
}

/// A statement of a conflict, as recorded with it: the shape of the JSON report's statements.
public typealias LedgerStatement = CheckReport.StatementEntry

/// A source version as recorded.
public struct LedgerSource: Codable, Sendable, Hashable {
    public var id: String
    public var contentHash: String
    public var display: String
    public var language: String?
    public var title: String?
    public var publisher: String?
    public var published: String?
    public var url: String?
}

/// A conflict with its current state, derived from its events.
public struct LedgerConflict: Codable, Sendable {
    public var id: String
    public var kind: String
    public var topic: String
    public var severity: String
    public var confidence: Double
    public var rationale: String
    public var checker: String
    public var statements: [LedgerStatement]
    /// The source versions the statements were read from.
    public var sources: [String: String]
    public var firstSeen: String
    public var status: ReviewStatus
    /// The last reviewer decision (confirm or dismiss), kept even when the conflict is stale.
    public var decision: LedgerEvent?
    public var events: [LedgerEvent]

    /// The state a history leads to: the last state-changing event decides.
    static func status(of events: [LedgerEvent]) -> ReviewStatus {
        var status = ReviewStatus.open
        for event in events {
            switch event.type {
            case .detected, .reopened, .changed: status = .open
            case .withdrawn: status = .withdrawn
            case .confirmed: status = .confirmed
            case .dismissed: status = .dismissed
            case .stale: status = .stale
            case .note: break
            }
        }
        return status
    }
}

/// A decision as recorded: its event, and the state it leaves its conflict in.
public struct LedgerDecision: Sendable {
    public var conflictId: String
    public var status: ReviewStatus
    public var event: LedgerEvent
}

/// What recording a run changed.
public struct RunSummary: Sendable {
    public var newSources = 0
    public var newClaims = 0
    public var newConflicts = 0
    public var markedStale = 0
    public var reopened = 0
    /// Conflicts whose statements changed, keeping their identity and history.
    public var changed = 0
    /// Conflicts withdrawn because the run no longer checked a source of theirs.
    public var withdrawn = 0
    /// The ledger state of each conflict finding of the run, by finding id.
    public var statuses: [String: ReviewStatus] = [:]
    /// The ledger's id of each conflict finding, by finding id: the same but for conflicts a
    /// ledger recorded under ids of the earlier kind.
    public var ids: [String: String] = [:]
}

/// The outcome of `verify`.
public struct VerifyReport: Sendable {
    public var eventsChecked: Int
    public var conflictsChecked: Int
    /// Source and claim rows recomputed against the row chain.
    public var rowsChecked = 0
    /// The last event's number and hash: keep them elsewhere to tell later whether events were
    /// removed from the end, which the chain alone cannot show.
    public var head: (seq: Int64, hash: String)?
    /// The last row record's number and hash, the same for the chain over source, claim and account rows.
    public var rowHead: (seq: Int64, hash: String)?
    /// The first broken link, said in one line; nil when the chain holds.
    public var firstProblem: String?
}
