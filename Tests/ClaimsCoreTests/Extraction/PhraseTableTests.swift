import ClaimsCore
import ClaimsTestSupport
import Testing

/// The phrase matcher tries at a position only the phrases that share its first two scalars
/// (or its last two), and the one-scalar phrases. It must give what trying every phrase,
/// longest first, gives.
@Suite("Phrase tables")
struct PhraseTableTests {
    /// The longest phrase (first added among equally long ones) matching at `index` with the
    /// table's rules: case folded, a phrase ending or starting in a letter stands as a word.
    static func reference(_ phrases: [String], at index: Int, in text: [Unicode.Scalar]) -> (phrase: String, end: Int)? {
        let folded = phrases.map { $0.unicodeScalars.map(PhraseIndex.fold) }
        let order = folded.indices.sorted { folded[$0].count != folded[$1].count ? folded[$0].count > folded[$1].count : $0 < $1 }
        for id in order {
            let phrase = folded[id]
            let end = index + phrase.count
            guard !phrase.isEmpty, end <= text.count, (0..<phrase.count).allSatisfy({ PhraseIndex.fold(text[index + $0]) == phrase[$0] }) else { continue }
            if ScalarClass.isLetter(phrase[phrase.count - 1]), end < text.count, ScalarClass.isLetter(text[end]) { continue }
            if ScalarClass.isLetter(phrase[0]), index > 0, ScalarClass.isLetter(text[index - 1]) { continue }
            return (phrases[id], end)
        }
        return nil
    }

    /// The longest phrase ending at `end`, by the same rules.
    static func reference(_ phrases: [String], endingAt end: Int, in text: [Unicode.Scalar]) -> (phrase: String, start: Int)? {
        let folded = phrases.map { $0.unicodeScalars.map(PhraseIndex.fold) }
        let order = folded.indices.sorted { folded[$0].count != folded[$1].count ? folded[$0].count > folded[$1].count : $0 < $1 }
        for id in order {
            let phrase = folded[id]
            let start = end - phrase.count
            guard !phrase.isEmpty, start >= 0, (0..<phrase.count).allSatisfy({ PhraseIndex.fold(text[start + $0]) == phrase[$0] }) else { continue }
            if ScalarClass.isLetter(phrase[0]), start > 0, ScalarClass.isLetter(text[start - 1]) { continue }
            if ScalarClass.isLetter(phrase[phrase.count - 1]), end < text.count, ScalarClass.isLetter(text[end]) { continue }
            return (phrases[id], start)
        }
        return nil
    }

    @Test("every position of random texts matches what a longest-first scan of all phrases finds, from the start and from the end", arguments: [1, 2, 3, 4, 5])
    func randomTexts(seed: UInt64) {
        var generator = SplitMix64(state: seed)
        let alphabet: [Unicode.Scalar] = ["a", "b", "A", "B", " ", "亿", "万", "元", "-", "1", "đ", "Đ"]
        func word(_ length: Int) -> String {
            String(String.UnicodeScalarView((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }))
        }
        var phrases: [String] = []
        for _ in 0..<60 {
            let phrase = word(1 + Int(generator.next() % 4))
            if !phrases.contains(phrase), phrase.unicodeScalars.first != " " { phrases.append(phrase) }
        }
        let table = PhraseTable(phrases.map { ($0, $0) })
        for _ in 0..<40 {
            let text = Array(word(3 + Int(generator.next() % 30)).unicodeScalars)
            for index in 0...text.count {
                let found = table.match(at: index, in: text)
                let expected = Self.reference(phrases, at: index, in: text)
                #expect(found?.value == expected?.phrase && found?.end == expected?.end, "at \(index) of \(String(String.UnicodeScalarView(text)))")
                let back = table.match(endingAt: index, in: text)
                let expectedBack = Self.reference(phrases, endingAt: index, in: text)
                #expect(back?.value == expectedBack?.phrase && back?.start == expectedBack?.start,
                        "ending at \(index) of \(String(String.UnicodeScalarView(text)))")
            }
        }
    }

    @Test("the longest phrase wins, a one-scalar phrase is found after longer ones fail, words stand whole")
    func examples() {
        let table = PhraseTable([("million", 1), ("mil", 2), ("m", 3), ("亿", 4), ("亿元", 5)])
        let text = Array("5 million, 3 mil, 7 m, 9 milestones, 2亿元, 4亿".unicodeScalars)
        #expect(table.match(at: 2, in: text)?.value == 1)
        #expect(table.match(at: 13, in: text)?.value == 2)
        #expect(table.match(at: 20, in: text)?.value == 3)
        #expect(table.match(at: 25, in: text) == nil)
        #expect(table.match(at: 38, in: text)?.value == 5)
        #expect(table.match(at: 43, in: text)?.value == 4)
        #expect(table.match(endingAt: 40, in: text)?.value == 5 && table.match(endingAt: 44, in: text)?.value == 4)
    }
}
