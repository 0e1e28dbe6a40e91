/// Ordinal numbers in words: "first", "eleventh", "twentieth" from the lexicon's
/// `ordinal_words`, and "twenty-first", "thirty first" from a number word of tens before one of
/// them below ten.
extension NumeralReader {
    /// The ordinal in words at `k` and where it ends, if one starts there as a word; with
    /// `plural`, also its plural as a denominator ("twenty-firsts").
    public func ordinalWord(at k: Int, in s: [Unicode.Scalar], plural: Bool = false) -> (value: Int, end: Int)? {
        guard k < s.count, ScalarClass.isLetter(s[k]), k == 0 || !ScalarClass.isLetter(s[k - 1]) else { return nil }
        func ordinal(at j: Int) -> (value: Double, end: Int)? {
            if let word = lexicon.ordinalWords.match(at: j, in: s), wordEnds(word.end, in: s) { return word }
            if plural, let word = lexicon.ordinalPlurals.match(at: j, in: s), wordEnds(word.end, in: s) { return word }
            return nil
        }
        if let word = ordinal(at: k) { return (Int(word.value), word.end) }
        // twenty-first, thirty first; not "twenty seconds", a duration.
        guard let tens = lexicon.numberWords.match(at: k, in: s), wordEnds(tens.end, in: s), tens.value >= 20, tens.value < 100,
              tens.value.truncatingRemainder(dividingBy: 10) == 0, tens.end + 1 < s.count,
              s[tens.end] == "-" || s[tens.end] == " " && lexicon.timeUnits.match(at: tens.end + 1, in: s) == nil,
              let unit = ordinal(at: tens.end + 1), unit.value < 10 else { return nil }
        return (Int(tens.value + unit.value), unit.end)
    }
}
