import ClaimsCore

/// A currency word that is also a unit of measure (`currency_units` in the lexicon): "400 pounds
/// of cocaine" and "the bear weighed 300 pounds" are a mass, "fined 400 pounds" is money.
extension QuantityScanner {
    /// Whether the word from `word` to `end` after an amount starting at `start` is the unit: one
    /// of `currency_units.words`, before "of" and a word, or after one of its cues.
    func isUnitNotMoney(start: Int, word: Int, end: Int) -> Bool {
        guard !lexicon.currencyUnits.isEmpty, let unit = lexicon.currencyUnits.match(at: word, in: s), unit.end == end else { return false }
        let next = skipSpace(end)
        if next > end, let of = lexicon.fractionOf.match(at: next, in: s), of.end < s.count, s[of.end] == " " { return true }
        // weighed 300 pounds, weighed about 300 pounds: the cue right before, or one word before.
        var k = start
        for _ in 0..<2 {
            let end = k
            while k > 0, s[k - 1] == " " || s[k - 1] == "\u{A0}" { k -= 1 }
            guard k < end else { return false }
            if lexicon.currencyUnitCues.match(endingAt: k, in: s) != nil { return true }
            while k > 0, ScalarClass.isLetter(s[k - 1]) { k -= 1 }
        }
        return false
    }
}
