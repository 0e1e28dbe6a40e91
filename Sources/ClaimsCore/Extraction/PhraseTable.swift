import Foundation

/// Phrases of a lexicon (currency names, scale words, hedges), matched at a position in a
/// document's scalars. Phrases are indexed by their first and by their last scalar, longest
/// first, so a match costs one dictionary probe and a few comparisons. Matching ignores case;
/// Latin phrases must stand as whole words, Han phrases need no boundary.
public struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        let scalars: [Unicode.Scalar]
        let value: Value
    }

    private var byFirst: [Unicode.Scalar: [Entry]] = [:]
    private var byLast: [Unicode.Scalar: [Entry]] = [:]
    public private(set) var count = 0

    public init() {}

    public init(_ pairs: [(String, Value)]) {
        for (phrase, value) in pairs { insert(phrase, value) }
    }

    /// Adds a phrase in both its composed and decomposed forms, so that Vietnamese written
    /// with combining accents matches too.
    public mutating func insert(_ phrase: String, _ value: Value) {
        let composed = phrase.precomposedStringWithCanonicalMapping
        let decomposed = phrase.decomposedStringWithCanonicalMapping
        insertForm(composed, value)
        if decomposed.unicodeScalars.count != composed.unicodeScalars.count { insertForm(decomposed, value) }
    }

    private mutating func insertForm(_ phrase: String, _ value: Value) {
        let scalars = phrase.unicodeScalars.map(PhraseTable.fold)
        guard let first = scalars.first, let last = scalars.last else { return }
        let entry = Entry(scalars: scalars, value: value)
        byFirst[first, default: []].append(entry)
        byFirst[first]!.sort { $0.scalars.count > $1.scalars.count }
        byLast[last, default: []].append(entry)
        byLast[last]!.sort { $0.scalars.count > $1.scalars.count }
        count += 1
    }

    public var isEmpty: Bool { count == 0 }

    /// The (case-folded) scalars phrases start with.
    public var firstScalars: [Unicode.Scalar] { Array(byFirst.keys) }

    /// Lower-cases ASCII cheaply and everything else through Unicode's mapping.
    @inline(__always)
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 0x20)! : s }
        if v >= 0x2E80 { return s } // CJK and above: no case
        guard s.properties.isUppercase, let lower = s.properties.lowercaseMapping.unicodeScalars.first else { return s }
        return lower
    }

    /// Can a phrase start with this scalar? A cheap test before `match`.
    @inline(__always)
    public func mayStart(with s: Unicode.Scalar) -> Bool { byFirst[PhraseTable.fold(s)] != nil }

    /// The longest phrase starting at `index`, and where it ends.
    public func match(at index: Int, in text: [Unicode.Scalar]) -> (value: Value, end: Int)? {
        guard index < text.count, let entries = byFirst[PhraseTable.fold(text[index])] else { return nil }
        for entry in entries {
            let end = index + entry.scalars.count
            guard end <= text.count else { continue }
            var k = 0
            while k < entry.scalars.count, PhraseTable.fold(text[index + k]) == entry.scalars[k] { k += 1 }
            guard k == entry.scalars.count else { continue }
            if PhraseTable.needsBoundary(entry.scalars.last!), end < text.count, ScalarClass.isLetter(text[end]) { continue }
            if PhraseTable.needsBoundary(entry.scalars.first!), index > 0, ScalarClass.isLetter(text[index - 1]) { continue }
            return (entry.value, end)
        }
        return nil
    }

    /// The longest phrase ending at `end` (exclusive), and where it starts.
    public func match(endingAt end: Int, in text: [Unicode.Scalar]) -> (value: Value, start: Int)? {
        guard end > 0, end <= text.count, let entries = byLast[PhraseTable.fold(text[end - 1])] else { return nil }
        for entry in entries {
            let start = end - entry.scalars.count
            guard start >= 0 else { continue }
            var k = 0
            while k < entry.scalars.count, PhraseTable.fold(text[start + k]) == entry.scalars[k] { k += 1 }
            guard k == entry.scalars.count else { continue }
            if PhraseTable.needsBoundary(entry.scalars.first!), start > 0, ScalarClass.isLetter(text[start - 1]) { continue }
            if PhraseTable.needsBoundary(entry.scalars.last!), end < text.count, ScalarClass.isLetter(text[end]) { continue }
            return (entry.value, start)
        }
        return nil
    }

    /// Letters of alphabetic scripts need a word boundary; Han characters and symbols do not.
    @inline(__always)
    static func needsBoundary(_ s: Unicode.Scalar) -> Bool { ScalarClass.isLetter(s) }
}
