/// A checker's judgement on a group of aligned claims.
public enum Verdict: String, Codable, Sendable, CaseIterable {
    case conflict
    case consistent
    case notComparable = "not comparable"
    case singleSource = "single source"
}

public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    case info, low, medium, high

    private var rank: Int { Severity.allCases.firstIndex(of: self)! }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// Where a reviewer has taken a finding. Machine findings start open.
public enum ReviewStatus: String, Codable, Sendable, CaseIterable {
    case open, confirmed, dismissed, stale
    /// Every statement of one side comes from a source the last run did not check: the
    /// conflict is no longer in the corpus (it reopens if found again).
    case withdrawn
}

/// One side of a finding: a claim as a source states it.
public struct Statement: Hashable, Sendable {
    public var sourceID: String
    public var claimID: String
    public var text: String
    public var quote: String
    public var span: TextSpan
    /// Where the quote starts in its source: the value lies at `span.start - quoteStart` in it.
    public var quoteStart: Int
    public var value: String

    public init(claim: Claim) {
        self.sourceID = claim.sourceID
        self.claimID = claim.id
        self.text = claim.text
        self.quote = claim.quote
        self.span = claim.span
        self.quoteStart = claim.quoteSpan.start
        self.value = claim.value.display
    }
}

public struct Finding: Hashable, Sendable, Identifiable {
    public var id: String
    public var kind: MentionKind
    public var topic: String
    public var verdict: Verdict
    public var severity: Severity
    public var confidence: Double
    public var status: ReviewStatus
    public var rationale: String
    /// The checker that produced the finding, as `name@version`.
    public var checker: String
    public var statements: [Statement]
    /// The aligned pairs behind the finding, each with the evidence that linked them.
    public var evidence: [AlignedEvidence] = []

    public init(kind: MentionKind, topic: String, verdict: Verdict, severity: Severity, confidence: Double,
                rationale: String, checker: String, statements: [Statement], status: ReviewStatus = .open) {
        self.id = Finding.identity(checker: checker, topic: topic)
        self.kind = kind
        self.topic = topic
        self.verdict = verdict
        self.severity = severity
        self.confidence = confidence
        self.status = status
        self.rationale = rationale
        self.checker = checker
        self.statements = statements
    }

    /// A finding's identity: its checker and what it is about, not the exact statements, so
    /// that the same conflict keeps its id (and its review history) when a statement joins or
    /// leaves it, a source is edited or added again.
    public static func identity(checker: String, topic: String) -> String {
        "f-" + StableHash.hex(of: [checker, topic].joined(separator: "|")).prefix(12)
    }

    /// The id of one of several findings a checker made on one topic in one run: its statements
    /// tell them apart.
    public static func identity(checker: String, topic: String, claims: [String]) -> String {
        "f-" + StableHash.hex(of: ([checker, topic] + claims.sorted()).joined(separator: "|")).prefix(12)
    }

    /// Gives findings that share an identity (one checker, two findings on one topic) ids of
    /// their own: the one whose statements sort first keeps the shared id, the others take one
    /// from their statements.
    public static func distinguish(_ findings: [Finding]) -> [Finding] {
        var groups: [String: [Int]] = [:]
        for (index, finding) in findings.enumerated() { groups[finding.id, default: []].append(index) }
        var out = findings
        for indices in groups.values where indices.count > 1 {
            let ordered = indices.sorted { findings[$0].statements.map(\.claimID).sorted().lexicographicallyPrecedes(findings[$1].statements.map(\.claimID).sorted()) }
            for index in ordered.dropFirst() {
                out[index].id = identity(checker: findings[index].checker, topic: findings[index].topic,
                                         claims: findings[index].statements.map(\.claimID))
            }
        }
        return out
    }

    /// A finding a reviewer still has to look at: a conflict nobody has dismissed.
    public var isOpenConflict: Bool { verdict == .conflict && status == .open }
}
