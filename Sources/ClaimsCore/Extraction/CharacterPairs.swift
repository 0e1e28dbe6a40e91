/// Two-character dictionary words as pairs of scalars, asked whether two characters of a text
/// make one: where a digit, a scale or a day word forms a word with its neighbour (四川, 打开,
/// 之前), it is part of that word. The lexicon's `digit_words`, `scale_word_pairs` and
/// `dates.word_pairs`, generated from CC-CEDICT by scripts/lexicon/build_zh_counting.py.
public struct CharacterPairs: Sendable {
    private var pairs: Set<UInt64> = []

    public init() {}

    public var isEmpty: Bool { pairs.isEmpty }

    /// Adds each two-character word; longer or shorter strings are not pairs and are left out.
    public mutating func insert(contentsOf words: [String]) {
        for word in words {
            let scalars = Array(word.unicodeScalars)
            if scalars.count == 2 { pairs.insert(Self.key(scalars[0], scalars[1])) }
        }
    }

    /// Whether `a` then `b` make one of the words.
    @inlinable
    public func contains(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool { containsKey(Self.key(a, b)) }

    @usableFromInline
    func containsKey(_ key: UInt64) -> Bool { pairs.contains(key) }

    @usableFromInline
    static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 { UInt64(a.value) << 32 | UInt64(b.value) }
}
