import ClaimsCore
import Testing

/// Two-character words as pairs of scalars: in order, and nothing but pairs.
@Suite("Character pairs")
struct CharacterPairsTests {
    @Test("a pair is found in its order only; longer and shorter words are no pairs")
    func pairs() {
        var pairs = CharacterPairs()
        #expect(pairs.isEmpty)
        pairs.insert(contentsOf: ["四川", "三思而行", "之"])
        #expect(pairs.contains("四", "川"))
        #expect(!pairs.contains("川", "四"))
        #expect(!pairs.contains("三", "思"))
        #expect(!pairs.isEmpty)
    }
}
