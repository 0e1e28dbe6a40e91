import Foundation

/// A word two statements share, as each of them writes it.
public struct SharedTerm: Hashable, Codable, Sendable {
    public var key: String
    /// What the term is to the pair: measure, predicate, name, word, co-value, topic.
    public var role: String
    public var left: String
    public var right: String

    public init(key: String, role: String, left: String, right: String) {
        self.key = key
        self.role = role
        self.left = left
        self.right = right
    }
}

/// Why two claims were compared: what they share and how much it weighs. Every aligned pair
/// carries one, and the report prints it, so a reviewer sees why two statements met.
public struct PairEvidence: Hashable, Codable, Sendable {
    public var score: Double
    /// The scorer that gave the score, as `name@version`.
    public var scorer: String
    public var shared: [SharedTerm]

    public init(score: Double, scorer: String, shared: [SharedTerm]) {
        self.score = score
        self.scorer = scorer
        self.shared = shared
    }

    /// One line: "passenger (hành khách ~ 乘客), aboard (trên máy bay ~ 机上); score 5.1".
    public var summary: String {
        // "only" says both are the only count of their measure: the measure already names it.
        let parts = shared.filter { $0.role != "only" }.prefix(6).map { term -> String in
            let same = term.left.caseInsensitiveCompare(term.right) == .orderedSame
            let label = term.role == "co-value" ? "also \(term.left)" : term.key
            if term.role == "co-value" { return label }
            return same ? "\(label) (\(term.left))" : "\(label) (\(term.left) ~ \(term.right))"
        }
        return parts.joined(separator: ", ") + String(format: "; score %.1f", score)
    }
}

/// What a scorer may know about the whole run: how many sources use each description key, so
/// that a word every source shares weighs little.
public struct AlignmentStatistics: Sendable {
    /// The number of sources that have described claims.
    public let sources: Int
    public let frequency: [String: Int]
    /// How many different values each source gives of each measure, by source then measure: the only crew
    /// count of one report and the only crew count of another most likely state one fact.
    public var measured: [String: [String: Int]]
    /// How many different codes of each series each source names, by "source|series": the only
    /// QV code of one report and the only QV code of another most likely name one flight.
    public var codes: [String: Int]

    /// `weight` of every key of `frequency`, worked out once: the scorer asks for millions.
    private var weights: [String: Double] = [:]

    public init(sources: Int, frequency: [String: Int], measured: [String: [String: Int]] = [:], codes: [String: Int] = [:]) {
        self.sources = sources
        self.frequency = frequency
        self.measured = measured
        self.codes = codes
        weights = frequency.mapValues(weight(count:))
    }

    /// Whether `claim`, a code, is the only code of its series its source names.
    public func isOnlyCode(_ claim: Claim) -> Bool {
        guard let series = claim.value.unit else { return false }
        return codes[claim.sourceID + "|" + series] == 1
    }

    /// Whether `claim` is the only claim of its source that measures `measure`.
    public func isOnly(_ claim: Claim, measuring measure: String) -> Bool {
        measured[claim.sourceID]?[measure] == 1
    }

    /// Inverse source frequency, scaled to 0...1: about 0.36 for a key all of six sources use, 1
    /// for a key one source uses.
    public func weight(_ key: String) -> Double {
        weights[key] ?? weight(count: 1)
    }

    private func weight(count: Int) -> Double {
        log(1 + Double(max(sources, 1)) / Double(max(1, count))) / log(1 + Double(max(sources, 2)))
    }
}

/// Scores how likely two claims speak of the same fact. The aligner links pairs whose best
/// score reaches its threshold; checkers then judge only linked pairs. Listed in the module
/// registry like extractors and checkers, so another scorer can replace or join the built-in one.
public protocol PairScorer: ClaimsModule {
    /// The score and its evidence, or nil when the two cannot be the same fact.
    func score(_ a: Claim, _ b: Claim, statistics: AlignmentStatistics) -> PairEvidence?
    /// The score alone, the same as `score` gives, without writing its evidence down: the
    /// aligner scores every candidate pair this way, and asks for the evidence of the pairs it
    /// shows.
    func scoreOnly(_ a: Claim, _ b: Claim, statistics: AlignmentStatistics) -> Double?
    /// Keys under which a claim is blocked: only claims sharing one are scored together.
    func blockingKeys(for claim: Claim) -> [String]
    /// Why `score` says the two cannot be one fact, in a few words, for `claims explain`.
    func veto(_ a: Claim, _ b: Claim, statistics: AlignmentStatistics) -> String?
}

extension PairScorer {
    public func scoreOnly(_ a: Claim, _ b: Claim, statistics: AlignmentStatistics) -> Double? {
        score(a, b, statistics: statistics)?.score
    }

    public func veto(_ a: Claim, _ b: Claim, statistics: AlignmentStatistics) -> String? { nil }
}
