/// Why two claims were or were not compared: the blocks they share, each scorer's evidence (or
/// its veto) and the threshold. `claims explain` prints one for every pair of claims whose
/// sentences hold two quotes a reviewer names, to see why two statements never met.
public struct PairExplanation: Sendable {
    public var left: Claim
    public var right: Claim
    /// The blocking keys both claims have; with none, the pair is never scored.
    public var sharedBlocks: [String]
    /// Each scorer's tag with its evidence, nil where the scorer says they cannot be one fact,
    /// and then why, when the scorer says.
    public var scores: [(scorer: String, evidence: PairEvidence?, veto: String?)]
    public var threshold: Double

    /// Whether the aligner links the pair: a shared block and a score at the threshold.
    public var linked: Bool {
        !sharedBlocks.isEmpty && scores.contains { ($0.evidence?.score ?? -.infinity) >= threshold }
    }
}

extension Aligner {
    /// The explanation for one pair, scored with the statistics of the whole run
    /// (`Aligner.statistics(claims)`, computed once for every pair explained).
    public func explain(_ a: Claim, _ b: Claim, statistics: AlignmentStatistics) -> PairExplanation {
        var left: Set<String> = []
        var right: Set<String> = []
        for scorer in scorers {
            left.formUnion(scorer.blockingKeys(for: a))
            right.formUnion(scorer.blockingKeys(for: b))
        }
        let scores = scorers.map { scorer in
            let evidence = scorer.score(a, b, statistics: statistics)
            return (scorer: scorer.moduleDescription.tag, evidence: evidence,
                    veto: evidence == nil ? scorer.veto(a, b, statistics: statistics) : nil)
        }
        return PairExplanation(left: a, right: b, sharedBlocks: left.intersection(right).sorted(), scores: scores, threshold: threshold)
    }
}
