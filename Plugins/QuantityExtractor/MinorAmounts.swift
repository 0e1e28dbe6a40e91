import ClaimsCore

/// The minor part said after an amount in a currency: "15 dollars and 50 cents" (15.50),
/// "£3 and 20 pence", 两美元又三美分, 2美元3美分, "15 dollars and 50" ending its clause. The minor unit must be the same
/// currency's or any currency's (cents); a bare number counts only after a joiner and only where
/// nothing follows it in the clause, so "15 dollars and 50 people" stays two figures.
extension QuantityScanner {
    /// The amount with the minor part after `end` added, and where it ends; nil when none follows.
    func minorPart(after end: Int, currency: String) -> (add: Double, end: Int)? {
        var k = skipSpace(end)
        var joined = false
        if k > end, let joiner = reader.lexicon.wordJoiners.match(at: k, in: s), joiner.end + 1 < s.count, s[joiner.end] == " " {
            k = joiner.end + 1
            joined = true
        } else if k == end, let mark = lexicon.mixedMarks.match(at: k, in: s) {
            // 两美元又三美分: the Chinese mark between a whole and its part.
            k = mark.end
            joined = true
        }
        // 2美元3美分, "15 dollars 50 cents": with no joiner, only a minor unit after the part makes it one.
        guard let part = reader.read(at: k, in: s), !part.isVague, !part.hasFraction, !part.isScaled, part.value >= 1, part.value < 100,
              part.value == part.value.rounded() else { return nil }
        let unitAt = skipSpace(part.end)
        if let minor = lexicon.minorUnits.match(at: unitAt, in: s), minor.value.currency == nil || minor.value.currency == currency {
            return (part.value * minor.value.factor, minor.end)
        }
        // A bare number that ends its clause: the minor part in hundredths.
        guard joined else { return nil }
        var after = part.end
        while after < s.count, s[after] == " " { after += 1 }
        guard after >= s.count || ".,;:!?)，。；：！？\n".unicodeScalars.contains(s[after]) else { return nil }
        return (part.value / 100, part.end)
    }

    /// Whether a currency word starting at `start` closes an amount before it (2美元3美分, "15
    /// dollars 50 cents"): then it is that amount's unit, not a prefix of the number after it.
    /// Symbols ($, €) and codes in capitals (In 2019 USD 50 million) are always prefixes.
    func isUnitOfAmountBefore(_ start: Int) -> Bool {
        guard start < s.count, ScalarClass.isHan(s[start]) || ScalarClass.isLetter(s[start]) && s[start].properties.isLowercase else { return false }
        var k = start
        if k > 0, s[k - 1] == " " || s[k - 1] == "\u{A0}" { k -= 1 }
        guard k > 0 else { return false }
        let c = s[k - 1]
        return ScalarClass.digit(c) != nil || lexicon.hanDigits[c] != nil || lexicon.hanUnits[c] != nil || lexicon.scales.match(endingAt: k, in: s) != nil
    }
}
