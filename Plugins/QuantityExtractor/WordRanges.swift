import ClaimsCore

/// Two figures joined by a word into one range (`numerals.ranges` in the lexicon): "10 to 15
/// people", "between 10 and 15", "2 to 3 million dollars" (the scale of the second), "10 đến 15
/// người", "giữa 10 và 15", 10到15人, 118至133公里. Not after the words that make it a change
/// ("rose from 20 to 30", "tăng từ 20 đến 30", 从20到30), not two years (2019 to 2021: the dates
/// module's), and not a larger figure first (a score: 3 to 1).
extension QuantityScanner {
    func wordRange(from low: Numeral) -> Numeral? {
        guard !lexicon.rangeConnectors.isEmpty, !low.isVague, !low.isRange, !low.isWrittenFraction, low.end < s.count else { return nil }
        var b = low.start
        while b > 0, s[b - 1] == " " || s[b - 1] == "\u{A0}" { b -= 1 }
        let between = lexicon.rangeBetween.match(endingAt: b, in: s) != nil
        if !between, lexicon.rangeNotAfter.match(endingAt: b, in: s) != nil { return nil }
        var k = skipSpace(low.end)
        let spaced = k > low.end
        guard let connector = lexicon.rangeConnectors.match(at: k, in: s) ?? (between ? lexicon.rangeJoiners.match(at: k, in: s) : nil) else {
            return nil
        }
        // A word of letters stands apart from the figures ("10 to 15"); a Han one may be glued (10到15).
        let han = ScalarClass.isHan(s[k])
        k = skipSpace(connector.end)
        guard han || spaced && k > connector.end, k < s.count, let high = reader.read(at: k, in: s), high.start == k,
              high.form == low.form, !high.isVague, !high.isRange else { return nil }
        return joinedRange(low, high)
    }

    /// Two figures as one range, from the start of the first: the first takes the second's scale
    /// unless it has its own (3–5 million, 2 million to 3 million). Nil when the first is not the
    /// smaller (a score, 3-2) or both are years (2019-2023: the dates module's).
    func joinedRange(_ low: Numeral, _ high: Numeral) -> Numeral? {
        let scale = low.isScaled ? 1 : high.scale
        guard low.value * scale < high.value else { return nil }
        if low.integerDigits == 4, high.integerDigits == 4, (1800...2100).contains(low.value), (1800...2100).contains(high.value) { return nil }
        var range = high
        range.start = low.start
        range.low = low.value * scale
        range.high = high.value
        range.isRange = true
        return range
    }
}
