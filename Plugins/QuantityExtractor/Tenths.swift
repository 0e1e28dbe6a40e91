import ClaimsCore

/// Tenths as percent, a Chinese way to give a share or a price: 七成 (70%), 三成半 (35%), 七成六
/// (76%), 九折 (90% of the price), 九五折 and 75折 (95%, 75%: two digits said one after the
/// other). The marks are the lexicon's `numerals.tenths` and `numerals.half_tenth`.
extension QuantityScanner {
    /// `numeral`, ending at `end`, read with a tenths mark after it: the percentage and where it
    /// ends; nil when no mark follows.
    func tenths(_ numeral: Numeral, end: Int) -> (numeral: Numeral, end: Int)? {
        guard numeral.form != .words || numeral.hasFraction, !numeral.isScaled, !numeral.isVague, !numeral.isRange else { return nil }
        var tenths = numeral
        // Chinese numerals are sometimes spaced (七成 六, 九 九 折, 六 点 五 成).
        var at = spacedTenth(end)
        if numeral.integerDigits == 1, !numeral.hasFraction, at + 1 < s.count,
           let second = lexicon.hanDigits[s[at]] ?? ScalarClass.digit(s[at]).map(Double.init),
           lexicon.tenthSuffixes.match(at: spacedTenth(at + 1), in: s) != nil {
            tenths.value = tenths.value * 10 + second
            at = spacedTenth(at + 1)
        } else if numeral.form == .digits, numeral.integerDigits == 2, !numeral.hasFraction, numeral.value > 10 {
            // 75折: two digits are the percentage, as 九五折 is 95%; 10成 is all of it.
        } else {
            tenths.value *= 10
        }
        guard let mark = lexicon.tenthSuffixes.match(at: at, in: s) else { return nil }
        var end = mark.end
        if let half = lexicon.halfTenth.match(at: end, in: s) {
            tenths.value += 5
            end = half.end
        } else if tenths.value.truncatingRemainder(dividingBy: 10) == 0, let digit = tenthDigit(after: end) {
            // 七成六: a digit after the mark is the next tenth (76%).
            tenths.value += digit.value
            end = digit.end
        }
        (tenths.low, tenths.high) = (tenths.value, tenths.value)
        return (tenths, end)
    }

    /// Past up to two spaces before a digit or a Han character, in a language with tenths (成,
    /// 折), whose numerals may be spaced; otherwise `index`.
    func spacedTenth(_ index: Int) -> Int {
        guard !lexicon.tenthSuffixes.isEmpty else { return skipSpace(index, latinOnly: true) }
        var j = index
        while j < s.count, j - index < 2, s[j] == " " || s[j] == "\u{3000}" { j += 1 }
        return j < s.count && (ScalarClass.isHan(s[j]) || ScalarClass.digit(s[j]) != nil) ? j : index
    }

    /// A Han digit alone after a tenths mark (七成六), not the start of a longer numeral or a
    /// count (三成六个月 is not 36%).
    func tenthDigit(after end: Int) -> (value: Double, end: Int)? {
        let k = spacedTenth(end)
        guard k < s.count, let digit = lexicon.hanDigits[s[k]], digit > 0, !lexicon.hanFormal.contains(s[k]) else { return nil }
        let next = k + 1
        if next < s.count, lexicon.hanDigits[s[next]] != nil || lexicon.hanUnits[s[next]] != nil || lexicon.scales.match(at: next, in: s) != nil
            || lexicon.classifiers.match(at: next, in: s) != nil || lexicon.timeUnits.match(at: next, in: s) != nil
            || lexicon.singleNouns.match(at: next, in: s) != nil { return nil }
        return (digit, next)
    }
}
