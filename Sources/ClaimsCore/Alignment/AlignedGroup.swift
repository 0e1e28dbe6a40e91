import Foundation

/// Two claims the aligner linked, by id and by their places in their group, with the score
/// that linked them. Their evidence is written when it is shown: `AlignedGroup.evidence(for:)`.
public struct AlignedPair: Hashable, Sendable {
    public var left: String
    public var right: String
    public var leftIndex: Int
    public var rightIndex: Int
    public var score: Double
    /// The scorer that gave the score, as `name@version`.
    public var scorer: String

    public init(left: String, right: String, leftIndex: Int, rightIndex: Int, score: Double, scorer: String) {
        self.left = left
        self.right = right
        self.leftIndex = leftIndex
        self.rightIndex = rightIndex
        self.score = score
        self.scorer = scorer
    }
}

/// Two linked claims, by id, with the evidence that linked them: what a finding quotes.
public struct AlignedEvidence: Hashable, Sendable {
    public var left: String
    public var right: String
    public var evidence: PairEvidence

    public init(left: String, right: String, evidence: PairEvidence) {
        self.left = left
        self.right = right
        self.evidence = evidence
    }
}

/// The scorers that linked a group's pairs and the statistics they used, kept with the group so
/// that the evidence of any of its pairs can be written on demand.
public struct PairScoring: Sendable {
    public var scorers: [any PairScorer]
    public var statistics: AlignmentStatistics

    public init(scorers: [any PairScorer], statistics: AlignmentStatistics) {
        self.scorers = scorers
        self.statistics = statistics
    }
}

/// Claims that speak about the same thing, from one or more sources, handed to the checkers.
public struct AlignedGroup: Sendable {
    public var topic: ClaimTopic
    public var claims: [Claim]
    /// The sources the claims come from, by id, for their languages and publication dates.
    public var sources: [String: SourceInfo]
    /// The pairs the aligner linked, with their scores; nil when every pair of the group is
    /// to be compared (claims grouped by equal topic keys).
    public var pairs: [AlignedPair]?
    /// What scored the pairs, to write their evidence.
    public var scoring: PairScoring?

    public init(topic: ClaimTopic, claims: [Claim], sources: [String: SourceInfo], pairs: [AlignedPair]? = nil,
                scoring: PairScoring? = nil) {
        self.topic = topic
        self.claims = claims
        self.sources = sources
        self.pairs = pairs
        self.scoring = scoring
    }

    /// Why the aligner linked a pair of this group: what the two share and how much it weighs,
    /// as the scorer that linked them tells it again.
    public func evidence(for pair: AlignedPair) -> PairEvidence {
        let (a, b) = (claims[pair.leftIndex], claims[pair.rightIndex])
        for scorer in scoring?.scorers ?? [] where scorer.moduleDescription.tag == pair.scorer {
            if let scoring, let evidence = scorer.score(a, b, statistics: scoring.statistics) { return evidence }
        }
        return PairEvidence(score: pair.score, scorer: pair.scorer, shared: [])
    }
}
