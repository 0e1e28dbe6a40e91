/// Union–find over the integers `0..<count`, with path halving: which items a set of links
/// joins. The aligner groups linked claims with it, and the pairwise checks split disagreeing
/// pairs into clusters.
public struct DisjointSets: Sendable {
    private var parent: [Int]

    public init(count: Int) { parent = Array(0..<max(0, count)) }

    /// The representative of the set holding `x`.
    public mutating func root(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    public mutating func join(_ a: Int, _ b: Int) { parent[root(a)] = root(b) }
}
