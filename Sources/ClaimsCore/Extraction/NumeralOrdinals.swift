/// Ordinal numbers in words: "first", "eleventh", "twentieth" from the lexicon's
/// `ordinal_words`, and "twenty-first", "thirty first" from a number word of tens before one of
/// them below ten.
extension NumeralReader {
    /// The ordinal in words at `k` and where it ends, if one starts there as a word.
    public func ordinalWord(at k: Int, in s: [Unicode.Scalar]) -> (value: Int, end: Int)? {
        guard k < s.count, ScalarClass.isLetter(s[k]), k == 0 || !ScalarClass.isLetter(s[k - 1]) else { return nil }
        if let word = lexicon.ordinalWords.match(at: k, in: s), wordEnds(word.end, in: s) { return (Int(word.value), word.end) }
        guard let tens = lexicon.numberWords.match(at: k, in: s), wordEnds(tens.end, in: s), tens.value >= 20, tens.value < 100,
              tens.value.truncatingRemainder(dividingBy: 10) == 0, tens.end + 1 < s.count,
              s[tens.end] == "-" || s[tens.end] == " ",
              let unit = lexicon.ordinalWords.match(at: tens.end + 1, in: s), wordEnds(unit.end, in: s), unit.value < 10 else { return nil }
        return (Int(tens.value + unit.value), unit.end)
    }
}
