/// Lines up claims that speak of the same fact. With pair scorers (the module registry lists
/// them), claims are blocked by the keys the scorers give (a value kind with a shared concept,
/// name or curated topic), only claims sharing a block are scored, pairs at or above the
/// threshold are linked, and linked claims form a group whose pairs carry their evidence: the
/// cost grows with the number of claims, not with its square. Without scorers, claims are
/// grouped by equal topic keys. Claims of the same source are aligned too: a source can
/// contradict itself.
public struct Aligner: Sendable {
    public var scorers: [any PairScorer]
    /// The least score that links two claims.
    public var threshold: Double
    /// Blocks larger than this are compared by sorted neighbourhood: each claim with the next
    /// `window` claims of the block, so that a common key cannot make the cost quadratic.
    public var largestBlock = 128
    public var window = 32

    public init(scorers: [any PairScorer] = [], threshold: Double = 2.5) {
        self.scorers = scorers
        self.threshold = threshold
    }

    public func align(_ claims: [Claim], sources: [String: SourceInfo]) -> [AlignedGroup] {
        scorers.isEmpty ? byTopic(claims, sources: sources) : byEvidence(claims, sources: sources)
    }

    func byTopic(_ claims: [Claim], sources: [String: SourceInfo]) -> [AlignedGroup] {
        var buckets: [String: (topic: ClaimTopic, claims: [Claim])] = [:]
        var order: [String] = []
        for claim in claims {
            guard let topic = claim.topic else { continue }
            if buckets[topic.key] == nil {
                buckets[topic.key] = (topic, [])
                order.append(topic.key)
            }
            buckets[topic.key]!.claims.append(claim)
        }
        return order.compactMap { key in
            guard let bucket = buckets[key], bucket.claims.count > 1 else { return nil }
            return AlignedGroup(topic: bucket.topic, claims: bucket.claims, sources: Self.involved(bucket.claims, sources))
        }
    }

    static func involved(_ claims: [Claim], _ sources: [String: SourceInfo]) -> [String: SourceInfo] {
        Dictionary(uniqueKeysWithValues: Set(claims.map(\.sourceID)).compactMap { id in sources[id].map { (id, $0) } })
    }

    /// How many sources use each description key: a word every source uses weighs little. By
    /// source, not by claim, so that one module finding more values in a sentence does not
    /// change how the others align.
    public static func statistics(_ claims: [Claim]) -> AlignmentStatistics {
        var keys: [String: Set<String>] = [:]
        // Values, not mentions: a report that gives its one depth twice gives one depth.
        var measured: [String: [String: Set<String>]] = [:]
        var codes: [String: Set<String>] = [:]
        for claim in claims {
            if claim.kind == .identifier, let series = claim.value.unit {
                codes[claim.sourceID + "|" + series, default: []].insert(claim.value.display.uppercased())
            }
            guard let reading = claim.reading else { continue }
            // The keys of `weightedKeys`, without building its dictionary for every claim.
            keys[claim.sourceID, default: []].formUnion(reading.terms.lazy.map(\.key))
            if let predicate = reading.predicate { keys[claim.sourceID, default: []].insert(predicate.key) }
            if let measure = reading.measure { keys[claim.sourceID, default: []].insert(measure.key) }
            keys[claim.sourceID, default: []].formUnion(reading.names)
            if let measure = reading.measure?.key, claim.kind == .count || claim.kind == .number {
                measured[claim.sourceID, default: [:]][measure, default: []].insert(claim.value.display)
            }
        }
        var frequency: [String: Int] = [:]
        for set in keys.values { for key in set { frequency[key, default: 0] += 1 } }
        return AlignmentStatistics(sources: keys.count, frequency: frequency, measured: measured.mapValues { $0.mapValues(\.count) }, codes: codes.mapValues(\.count))
    }

    func byEvidence(_ claims: [Claim], sources: [String: SourceInfo]) -> [AlignedGroup] {
        let statistics = Self.statistics(claims)
        var blocks: [String: [Int]] = [:]
        for (index, claim) in claims.enumerated() {
            var keys: Set<String> = []
            for scorer in scorers { keys.formUnion(scorer.blockingKeys(for: claim)) }
            for key in keys { blocks[key, default: []].append(index) }
        }
        // Pairs as two indices in one integer, sorted and made unique: a pair of claims that
        // share several blocks is scored once.
        var candidates: [UInt64] = []
        for members in blocks.values where members.count > 1 {
            let reach = members.count > largestBlock ? window : members.count
            for x in 0..<members.count {
                for y in (x + 1)..<min(members.count, x + 1 + reach) {
                    let (i, j) = (min(members[x], members[y]), max(members[x], members[y]))
                    candidates.append(UInt64(i) << 32 | UInt64(j))
                }
            }
        }
        candidates.sort()
        candidates = Self.unique(sorted: candidates)
        // Pairs are scored on every core, and kept in the order of their indices. Scores only:
        // a pair's evidence is written down when it is shown. The pairs of one claim are scored
        // in one run, the claim taken from the array once rather than for each of its pairs.
        let scored = candidates
        var runs: [Range<Int>] = []
        var start = 0
        while start < candidates.count {
            var end = start + 1
            while end < candidates.count, candidates[end] >> 32 == candidates[start] >> 32 { end += 1 }
            runs.append(start..<end)
            start = end
        }
        let found = Parallel.map(runs, minimumPerChunk: 16) { run -> [Link] in
            let i = Int(scored[run.lowerBound] >> 32)
            let left = claims[i]
            var links: [Link] = []
            for pair in scored[run] {
                let j = Int(pair & 0xFFFF_FFFF)
                let right = claims[j]
                var best: (score: Double, scorer: Int)?
                for (index, scorer) in scorers.enumerated() {
                    if let score = scorer.scoreOnly(left, right, statistics: statistics), score > (best?.score ?? -.infinity) {
                        best = (score, index)
                    }
                }
                // Two figures of one report in different sentences are mostly two facts (a
                // province's toll and the whole's, a region's): one report is held against itself
                // only on stronger evidence.
                let needed = left.sourceID == right.sourceID ? threshold + Self.sameSourceMargin : threshold
                if let best, best.score >= needed { links.append(Link(i: i, j: j, score: best.score, scorer: best.scorer)) }
            }
            return links
        }
        let links = Array(found.joined())
        let kept = Self.onePerSentence(links, claims: claims)
        // Connected claims form a group; the checkers judge its linked pairs only.
        var sets = DisjointSets(count: claims.count)
        for link in kept { sets.join(link.i, link.j) }
        var members: [Int: [Int]] = [:]
        var pairs: [Int: [Link]] = [:]
        for link in kept { pairs[sets.root(link.i), default: []].append(link) }
        for index in claims.indices where pairs[sets.root(index)] != nil { members[sets.root(index), default: []].append(index) }
        let scoring = PairScoring(scorers: scorers, statistics: statistics)
        let tags = scorers.map(\.moduleDescription.tag)
        // Where each claim stands in its group.
        var places = [Int](repeating: 0, count: claims.count)
        for indices in members.values { for (place, index) in indices.enumerated() { places[index] = place } }
        let position = places
        // Groups are built on every core: naming a group's topic writes down the evidence of
        // its first pairs, a full scoring of each.
        let order = members.keys.sorted { members[$0]![0] < members[$1]![0] }.map { (members: members[$0]!, pairs: pairs[$0]!) }
        return Parallel.map(order, minimumPerChunk: 16) { entry in
            let group = entry.members.map { claims[$0] }
            let linked = entry.pairs.map { link in
                AlignedPair(left: claims[link.i].id, right: claims[link.j].id, leftIndex: position[link.i], rightIndex: position[link.j],
                            score: link.score, scorer: tags[link.scorer])
            }
            var aligned = AlignedGroup(topic: ClaimTopic(key: "", label: ""), claims: group, sources: Self.involved(group, sources),
                                       pairs: linked, scoring: scoring)
            aligned.topic = Self.topic(of: group, evidence: linked.prefix(Self.topicPairs).map(aligned.evidence(for:)))
            return aligned
        }
    }

    /// A link between two claims by their indices, with its score and the scorer that gave it.
    struct Link: Sendable {
        var i: Int
        var j: Int
        var score: Double
        var scorer: Int
    }

    /// How many of a group's pairs, first to last, name its topic: the words its first pairs
    /// share say what it is about as well as the thousandth's do.
    static let topicPairs = 64

    /// A sorted array without its repeats.
    static func unique(sorted values: [UInt64]) -> [UInt64] {
        var out: [UInt64] = []
        out.reserveCapacity(values.count)
        for value in values where value != out.last { out.append(value) }
        return out
    }

    /// How much more evidence links two claims of one source than two of different sources.
    static let sameSourceMargin = 1.0

    /// Scores within this margin are a tie between two figures of one sentence.
    static let tieMargin = 0.5

    /// A statement speaks of one figure of another report's sentence: of several linked to it
    /// there ("all four attackers there" against "8名袭击者……其中在巴塔克兰剧院总共有4名袭击者"),
    /// the best scored among those of its own scope (the same part, or the whole), and of
    /// those within `tieMargin` of it, one known to the same precision
    /// (a time of day before a day), then one naming what it counts as the statement does, then
    /// one of the same event, then the nearest in value, the total
    /// and its parts being told apart by nothing else. A link stays when each of its claims is
    /// the other's choice in its sentence.
    static func onePerSentence(_ links: [Link], claims: [Claim]) -> [Link] {
        func amount(_ claim: Claim) -> Double? {
            claim.value.number ?? claim.value.low.map { low in claim.value.high.map { (low + $0) / 2 } ?? low }
        }
        // Each claim's sentence as a number, once; a side of a link is then one integer: the
        // claim and the other's sentence. The sides are sorted rather than hashed, so that a
        // million links cost a sort, not a million small arrays.
        struct Sentence: Hashable { var source: String; var span: TextSpan }
        var numbers: [Sentence: UInt64] = [:]
        let sentence = claims.map { claim in
            let key = Sentence(source: claim.sourceID, span: claim.quoteSpan)
            if let number = numbers[key] { return number }
            let number = UInt64(numbers.count)
            numbers[key] = number
            return number
        }
        func side(_ claim: Int, in other: Int) -> UInt64 { UInt64(claim) << 32 | sentence[other] }
        var entries: [(side: UInt64, order: Int, partner: Int, score: Double)] = []
        entries.reserveCapacity(2 * links.count)
        for link in links {
            entries.append((side(link.i, in: link.j), entries.count, link.j, link.score))
            entries.append((side(link.j, in: link.i), entries.count, link.i, link.score))
        }
        entries.sort { $0.side != $1.side ? $0.side < $1.side : $0.order < $1.order }
        var chosen: [UInt64: Int] = [:]
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count, entries[end].side == entries[start].side { end += 1 }
            defer { start = end }
            guard end - start > 1 else { continue }
            let claim = Int(entries[start].side >> 32)
            let options = entries[start..<end].map { (partner: $0.partner, score: $0.score) }
            // A figure qualified as the same part ("99 of them critically" ~ "99人重伤") before
            // a better scored one of another part or of the whole ("352 others wounded").
            let scope = Set(claims[claim].reading?.scope ?? [])
            let sameScope = options.filter { Set(claims[$0.partner].reading?.scope ?? []) == scope }
            let pool = sameScope.isEmpty ? options : sameScope
            let top = pool.map(\.score).max()!
            let near = pool.filter { $0.score >= top - tieMargin }
            let mine = amount(claims[claim])
            let pick = near.min { x, y in
                // A time of day speaks of a time of day rather than of its whole day.
                let precision = claims[claim].value.precision
                let (px, py) = (claims[x.partner].value.precision == precision, claims[y.partner].value.precision == precision)
                if px != py { return px }
                // A figure that names what it counts speaks of one that names it too, rather
                // than of a part that only takes its noun from its whole ("其中173人").
                if claims[claim].reading?.genericMeasure == false {
                    let (nx, ny) = (claims[x.partner].reading?.genericMeasure == false, claims[y.partner].reading?.genericMeasure == false)
                    if nx != ny { return nx }
                }
                // What happened to it: injured speaks of injured rather than of trapped.
                let event = claims[claim].reading?.predicate?.key
                let (ex, ey) = (claims[x.partner].reading?.predicate?.key == event, claims[y.partner].reading?.predicate?.key == event)
                if event != nil, ex != ey { return ex }
                guard let mine, let a = amount(claims[x.partner]), let b = amount(claims[y.partner]), abs(a - mine) != abs(b - mine) else {
                    return x.score != y.score ? x.score > y.score : x.partner < y.partner
                }
                return abs(a - mine) < abs(b - mine)
            }!
            chosen[entries[start].side] = pick.partner
        }
        return links.filter { link in
            chosen[side(link.i, in: link.j)].map { $0 == link.j } ?? true && chosen[side(link.j, in: link.i)].map { $0 == link.i } ?? true
        }
    }

    /// A group's topic: its curated topic where its claims share one, else the key its pairs
    /// share most (a measure or predicate first), keyed by its claims.
    static func topic(of claims: [Claim], evidence: [PairEvidence]) -> ClaimTopic {
        let keys = Set(claims.compactMap(\.topic?.key))
        if keys.count == 1, let topic = claims.first(where: { $0.topic != nil })?.topic { return topic }
        var counts: [String: Double] = [:]
        for pairEvidence in evidence {
            for term in pairEvidence.shared {
                let weight: Double = switch term.role {
                case "topic": 4
                case "measure": 3
                case "predicate": 2
                case "name": 1
                default: 0.5
                }
                counts[term.role == "topic" ? term.left : term.key, default: 0] += weight
            }
        }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(2).map(\.key)
        let label = ranked.isEmpty ? claims[0].kind.rawValue : ranked.joined(separator: " · ")
        return ClaimTopic(key: "open|" + ranked.joined(separator: "|"), label: label)
    }
}
