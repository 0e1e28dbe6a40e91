import Foundation

/// How two claims of one group compare, as a checker judges them.
public struct PairJudgement: Sendable {
    public var verdict: Verdict
    public var severity: Severity
    public var confidence: Double
    /// One sentence a person can read: "2 vs 8: the counts differ".
    public var reason: String

    public init(_ verdict: Verdict, _ severity: Severity, confidence: Double, _ reason: String) {
        self.verdict = verdict
        self.severity = severity
        self.confidence = confidence
        self.reason = reason
    }
}

/// Turns pair-by-pair judgements into findings for a group: one conflict finding quoting the
/// claims that disagree (the worst pair gives its rationale and severity); else one "not
/// comparable" finding; else, when two or more sources agree, one "consistent" finding.
/// Claims of the same source are compared too: a source can contradict itself.
public enum PairwiseChecking {
    /// Groups beyond this size are compared against their first claims only, to bound the cost.
    public static let largestGroup = 200
    /// A finding carries the evidence of its most severe pairs, up to this many.
    public static let evidencePerFinding = 32

    public static func findings(for group: AlignedGroup, kinds: Set<MentionKind>, checker: String,
                                judge: (Claim, Claim) -> PairJudgement?) -> [Finding] {
        // The claims of the kinds judged, with each group position's place among them (-1: not judged).
        var place = [Int](repeating: -1, count: group.claims.count)
        var claims: [Claim] = []
        for (position, claim) in group.claims.enumerated() where claims.count < largestGroup && kinds.contains(claim.kind) {
            place[position] = claims.count
            claims.append(claim)
        }
        guard claims.count > 1 else { return [] }
        func pairKey(_ i: Int, _ j: Int) -> UInt64 { UInt64(min(i, j)) << 32 | UInt64(max(i, j)) }
        // The aligner's pairs by their claims' places: found by two integers, not two ids joined.
        var linked: [UInt64: AlignedPair] = [:]
        var conflicts: [(Int, Int, PairJudgement)] = []
        var incomparable: [(Int, Int, PairJudgement)] = []
        var consistent: [(Int, Int, PairJudgement)] = []
        // Linked groups: the aligner's pairs only; otherwise every pair of the group.
        var candidates: [(Int, Int)] = []
        if let pairs = group.pairs {
            for pair in pairs {
                let (i, j) = (place[pair.leftIndex], place[pair.rightIndex])
                guard i >= 0, j >= 0, i != j else { continue }
                if linked[pairKey(i, j)] == nil { linked[pairKey(i, j)] = pair }
                candidates.append((min(i, j), max(i, j)))
            }
            candidates.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        } else {
            for i in 0..<claims.count { for j in (i + 1)..<claims.count { candidates.append((i, j)) } }
        }
        for (i, j) in candidates {
            // The same value said twice by one source is no finding at all.
            if claims[i].sourceID == claims[j].sourceID, claims[i].value.display == claims[j].value.display { continue }
            guard let judgement = judge(claims[i], claims[j]) else { continue }
            switch judgement.verdict {
            case .conflict: conflicts.append((i, j, judgement))
            case .notComparable: incomparable.append((i, j, judgement))
            case .consistent, .singleSource: consistent.append((i, j, judgement))
            }
        }
        let kind = claims[0].kind
        // The evidence of a linked pair, written when a finding quotes it.
        func linkedEvidence(_ i: Int, _ j: Int) -> AlignedEvidence? {
            linked[pairKey(i, j)].map { AlignedEvidence(left: $0.left, right: $0.right, evidence: group.evidence(for: $0)) }
        }
        func finding(_ pairs: [(Int, Int, PairJudgement)], _ verdict: Verdict) -> Finding {
            let worst = pairs.max { lhs, rhs in
                lhs.2.severity != rhs.2.severity ? lhs.2.severity < rhs.2.severity : lhs.2.confidence < rhs.2.confidence
            }!
            let involved = Set(pairs.flatMap { [$0.0, $0.1] }).sorted()
            var rationale = worst.2.reason
            if let evidence = linkedEvidence(worst.0, worst.1) {
                rationale += ". Aligned on " + evidence.evidence.summary
            }
            var finding = Finding(kind: kind, topic: group.topic.label, verdict: verdict, severity: worst.2.severity,
                                  confidence: worst.2.confidence, rationale: rationale, checker: checker,
                                  statements: involved.map { Statement(claim: claims[$0]) })
            // The evidence of the finding's pairs, most severe first, at most `evidencePerFinding`.
            let ranked = pairs.sorted { $0.2.severity != $1.2.severity ? $0.2.severity > $1.2.severity : $0.2.confidence > $1.2.confidence }
            finding.evidence = ranked.prefix(evidencePerFinding).compactMap { linkedEvidence($0.0, $0.1) }
            return finding
        }
        if !conflicts.isEmpty {
            // The finding quotes the pairs at its own severity: a low-severity disagreement with
            // a vague magnitude is not mixed into a high-severity conflict between figures.
            let serious = conflicts.filter { $0.2.severity >= .medium }
            let quoted = serious.isEmpty ? conflicts : serious
            // In a linked group each cluster of disagreeing pairs is a finding of its own: two
            // disputes that share no statement are two things for a reviewer to decide.
            guard group.pairs != nil else { return [finding(quoted, .conflict)] }
            return clusters(quoted).map { finding($0, .conflict) }
        }
        if !incomparable.isEmpty { return [finding(incomparable, .notComparable)] }
        if !consistent.isEmpty, Set(claims.map(\.sourceID)).count > 1 { return [finding(consistent, .consistent)] }
        return []
    }

    /// Pairs split into clusters that share a claim, in order of their first pair.
    static func clusters(_ pairs: [(Int, Int, PairJudgement)]) -> [[(Int, Int, PairJudgement)]] {
        var sets = DisjointSets(count: (pairs.map { max($0.0, $0.1) }.max() ?? 0) + 1)
        for (i, j, _) in pairs { sets.join(i, j) }
        var order: [Int] = []
        var grouped: [Int: [(Int, Int, PairJudgement)]] = [:]
        for pair in pairs {
            let key = sets.root(pair.0)
            if grouped[key] == nil { order.append(key) }
            grouped[key, default: []].append(pair)
        }
        return order.map { grouped[$0]! }
    }

    /// A value as an interval: the hedged or vague bounds, else the point.
    public static func interval(_ value: NormalizedValue) -> ClosedRange<Double>? {
        if let low = value.low, let high = value.high, low <= high { return low...high }
        if let number = value.number { return number...number }
        return nil
    }

    /// Whether two intervals meet once each is widened by a relative tolerance.
    public static func overlap(_ a: ClosedRange<Double>, _ b: ClosedRange<Double>, tolerance: Double) -> Bool {
        let widen: (ClosedRange<Double>) -> ClosedRange<Double> = { r in
            (r.lowerBound - abs(r.lowerBound) * tolerance)...(r.upperBound + abs(r.upperBound) * tolerance)
        }
        return widen(a).overlaps(widen(b))
    }

    /// Whether two day intervals share a day. Their upper bounds are exclusive (a year ends
    /// where the next begins), so touching intervals do not meet.
    public static func daysMeet(_ a: ClosedRange<Double>, _ b: ClosedRange<Double>) -> Bool {
        a.lowerBound < b.upperBound && b.lowerBound < a.upperBound
    }

    /// Publication dates as day intervals, to tell reports of different days apart.
    public static func publicationDays(_ source: SourceInfo?) -> ClosedRange<Double>? {
        guard let date = source?.published else { return nil }
        let start = CalendarDays.from(year: date.year, month: date.month ?? 1, day: date.day ?? 1)
        let end: Int
        switch date.precision {
        case .day: end = start + 1
        case .month: end = start + CalendarDays.daysIn(month: date.month ?? 1, year: date.year)
        case .year: end = CalendarDays.from(year: date.year + 1, month: 1, day: 1)
        }
        return Double(start)...Double(end)
    }
}
