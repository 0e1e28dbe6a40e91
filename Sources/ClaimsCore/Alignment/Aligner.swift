/// Lines up claims that are about the same thing. Claims are bucketed by topic key in one pass
/// (a hash join), so the cost grows with the number of claims, not with its square. Claims of
/// the same source are grouped too: a source can contradict itself.
public struct Aligner: Sendable {
    public init() {}

    public func align(_ claims: [Claim], sources: [String: SourceInfo]) -> [AlignedGroup] {
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
            let involved = Dictionary(uniqueKeysWithValues: Set(bucket.claims.map(\.sourceID)).compactMap { id in sources[id].map { (id, $0) } })
            return AlignedGroup(topic: bucket.topic, claims: bucket.claims, sources: involved)
        }
    }
}
