import Foundation

/// Vague magnitudes (数十亿, hàng trăm nghìn, billions of) and the scale words after a numeral
/// (6.5亿, 10 tỷ, 1.5bn, 3 hundred and 21).
extension NumeralReader {
    /// 数十亿, 幾百萬, hàng trăm nghìn, billions of: a range of multipliers times the units and
    /// scales that follow.
    func readVague(range: ClosedRange<Double>, start: Int, after: Int, in s: [Unicode.Scalar]) -> Numeral? {
        var j = after
        var unit = 1.0
        if j < s.count, let u = lexicon.hanUnits[s[j]] {
            unit = u
            j += 1
        }
        var numeral = Numeral(value: range.lowerBound * unit, low: range.lowerBound * unit, high: range.upperBound * unit,
                              start: start, end: j, form: .words, isVague: true, isScaled: false, integerDigits: 0,
                              hasGrouping: false, hasFraction: false)
        numeral = applyScales(numeral, in: s)
        // A vague word alone ("hàng", "数") is not a number; it needs a unit or a scale, unless
        // it carries its own size (hundreds of, billions of).
        guard unit != 1 || numeral.isScaled || range.lowerBound >= 10 else { return nil }
        // English "billions of" already carries its scale in the phrase.
        return numeral
    }

    /// Multiplies by the scale words that follow: 6.5亿, 290 亿, 2.6萬億, 10 tỷ, 1 nghìn tỷ,
    /// 1.5bn, $10B. One space may separate a scale word (a Han one only from Arabic digits);
    /// one-letter scales (k, m, b) must be glued to the digits.
    func applyScales(_ numeral: Numeral, in s: [Unicode.Scalar]) -> Numeral {
        var result = numeral
        result.coreEnd = numeral.end
        var j = numeral.end
        while j < s.count {
            var match: (value: Double, end: Int)?
            if result.form == .digits, j == result.coreEnd, let glued = lexicon.scaleAbbreviations.match(at: j, in: s),
               glued.end >= s.count || !ScalarClass.isLetter(s[glued.end]) || ScalarClass.isHan(s[glued.end]) {
                // Only an abbreviation that ends the word: "10km" is ten kilometres, not 10k.
                // bn, k, B: only glued to digits ("1.5bn", "$10B"), never a separate word.
                match = glued
                result.hasGluedLatinScale = true
            } else if result.form == .digits, j == result.coreEnd, let apart = scaleApart(at: j, in: s) {
                match = apart
                result.hasGluedLatinScale = true
            } else if j == result.end, let guarded = guardedScale(at: j, after: result, in: s) {
                match = guarded
            } else {
                var k = j
                if k < s.count, s[k] == " " || s[k] == "\u{A0}" || s[k] == "\u{2009}" || s[k] == "\u{202F}" { k += 1 }
                guard let word = lexicon.scales.match(at: k, in: s) else { break }
                // A Han scale after a space: only after Arabic digits, which Chinese typesetting
                // often sets apart from the characters around them ("290 亿美元").
                if !ScalarClass.isLetter(s[k]), k != j, result.form != .digits || j != result.coreEnd { break }
                match = word
            }
            guard let match else { break }
            // 2.33 × 1000 is 2330, not 2329.9999999999995.
            func times(_ x: Double) -> Double {
                let product = x * match.value
                let rounded = (product * 1e6).rounded() / 1e6
                return abs(rounded - product) <= 1e-9 * max(1, abs(product)) ? rounded : product
            }
            result.value = times(result.value)
            result.low = times(result.low)
            result.high = times(result.high)
            result.scale *= match.value
            result.isScaled = true
            result.end = match.end
            j = match.end
        }
        return result
    }

    /// 一打, 五十打 (a dozen, fifty dozen): a scale of `guarded_scales` glued after a numeral, not
    /// where it makes a dictionary word with the character after it (一打开: "once opened") or
    /// with the numeral's last character (三打白骨精): `scale_word_pairs`, `digit_words`.
    func guardedScale(at j: Int, after numeral: Numeral, in s: [Unicode.Scalar]) -> (value: Double, end: Int)? {
        guard !lexicon.guardedScales.isEmpty, !numeral.isScaled, !numeral.hasFraction, j > 0,
              let scale = lexicon.guardedScales.match(at: j, in: s) else { return nil }
        if scale.end < s.count, ScalarClass.isHan(s[scale.end]), lexicon.scaleWordPairs.contains(s[scale.end - 1], s[scale.end]) { return nil }
        if lexicon.digitWords.contains(s[j - 1], s[j]) { return nil }
        return scale
    }

    /// An abbreviated scale one space after the digits at `j`, written exactly as one of
    /// `scale_abbreviations_apart` and ending its word: "2.5 M", "2.33 k".
    func scaleApart(at j: Int, in s: [Unicode.Scalar]) -> (value: Double, end: Int)? {
        guard !lexicon.scaleAbbreviationsApart.isEmpty, j + 1 < s.count, s[j] == " ", ScalarClass.isLetter(s[j + 1]) else { return nil }
        var end = j + 1
        while end < s.count, end - j <= 4, ScalarClass.isLetter(s[end]), !ScalarClass.isHan(s[end]) { end += 1 }
        guard end >= s.count || !ScalarClass.isLetter(s[end]) && s[end] != "-" else { return nil }
        return lexicon.scaleAbbreviationsApart[String(scalars: s[(j + 1)..<end])].map { ($0, end) }
    }

    /// Digits, a scale of a hundred or a thousand, a joiner and the rest below that scale:
    /// "3 hundred and 21" (321), "5 thousand and 20". Larger scales keep what follows apart
    /// ("2 million and 500 injured" are two figures).
    func withScaledRemainder(_ numeral: Numeral, in s: [Unicode.Scalar]) -> Numeral {
        guard numeral.form == .digits, numeral.isScaled, !numeral.isVague, !numeral.hasFraction, numeral.scale >= 100, numeral.scale <= 1000,
              numeral.end + 1 < s.count, s[numeral.end] == " ", let joiner = lexicon.wordJoiners.match(at: numeral.end + 1, in: s),
              joiner.end + 1 < s.count, s[joiner.end] == " ", let rest = readPlain(at: joiner.end + 1, in: s),
              !rest.isVague, !rest.hasFraction, !rest.isScaled, rest.value >= 1, rest.value < numeral.scale else { return numeral }
        var whole = numeral
        (whole.value, whole.low, whole.high) = (numeral.value + rest.value, numeral.value + rest.value, numeral.value + rest.value)
        whole.end = rest.end
        return whole
    }
}
