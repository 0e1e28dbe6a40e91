import ClaimsCore
import ClaimsTestSupport
import Foundation
import Testing

@Suite("Strings from scalars and NFC keys")
struct ScalarTextTests {
    /// Scalars from every width of UTF-8 and the blocks the readers meet: ASCII, Latin with and
    /// without combining marks, Vietnamese, Han (unified and compatibility), Hangul jamo, emoji.
    static let pool: [Unicode.Scalar] = [
        "a", "Z", "9", " ", "-", "é", "Đ", "ơ", "\u{0300}", "\u{0301}", "\u{0323}", "\u{0309}", "ệ", "ữ",
        "İ", "Ω", "\u{2126}", "\u{212B}", "中", "國", "\u{F900}", "\u{FA10}", "\u{1100}", "\u{1161}", "\u{11A8}",
        "\u{3099}", "か", "\u{1F680}", "\u{20000}", "\u{0958}", "\u{FB1D}", "ﬁ", "\u{1E9E}", "\u{1EA0}",
    ]

    @Test("String(scalars:) is the text of its scalars, for slices of every width")
    func stringsFromScalars() {
        var random = SplitMix64(state: 11)
        for _ in 0..<2_000 {
            let scalars = (0..<Int(random.next() % 12)).map { _ in Self.pool[Int(random.next() % UInt64(Self.pool.count))] }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            let made = String(scalars: scalars[...])
            #expect(Array(made.unicodeScalars) == scalars)
            #expect(made.utf8.elementsEqual(String(view).utf8))
        }
    }

    @Test("nfc is Foundation's NFC for any mix, and leaves NFC text untouched", arguments: [1, 2, 3])
    func normalization(seed: UInt64) {
        var random = SplitMix64(state: seed)
        for _ in 0..<2_000 {
            let scalars = (0..<Int(random.next() % 8)).map { _ in Self.pool[Int(random.next() % UInt64(Self.pool.count))] }
            let text = String(scalars: scalars)
            let expected = text.precomposedStringWithCanonicalMapping
            #expect(Array(text.nfc.unicodeScalars) == Array(expected.unicodeScalars), "\(scalars.map { String($0.value, radix: 16) })")
            #expect(Array(text.lowercased().nfc.unicodeScalars) == Array(text.lowercased().precomposedStringWithCanonicalMapping.unicodeScalars))
        }
        #expect("Thái Lan".nfc == "Thái Lan")
        #expect(Array("Tha\u{0301}i".nfc.unicodeScalars) == Array("Thái".unicodeScalars))
    }

    @Test("canonicalForms are Foundation's NFC, then its NFD when that differs, for any mix", arguments: [4, 5])
    func canonicalForms(seed: UInt64) {
        var random = SplitMix64(state: seed)
        for _ in 0..<2_000 {
            let scalars = (0..<Int(random.next() % 6)).map { _ in Self.pool[Int(random.next() % UInt64(Self.pool.count))] }
            let text = String(scalars: scalars)
            let composed = Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
            let decomposed = Array(text.decomposedStringWithCanonicalMapping.unicodeScalars)
            let expected = composed == decomposed ? [composed] : [composed, decomposed]
            #expect(text.canonicalForms.map { Array($0.unicodeScalars) } == expected, "\(scalars.map { String($0.value, radix: 16) })")
        }
        #expect("中国 GDP 5%".canonicalForms == ["中国 GDP 5%"])
        #expect("tỷ".canonicalForms.count == 2)
    }
}
