import ClaimsCore

extension DateScanner {
    /// "on the 29th at 9:03 a.m.", "on the 3rd,": a day of the month written as an ordinal after
    /// the lexicon's `ordinal_day_before` words. Not a rank of something named after it ("on the
    /// 5th floor", "on the 2nd day"): only the end of the phrase, punctuation or a clock cue
    /// ("at") may follow.
    func ordinalDay(after end: Int) -> DateFound? {
        let k = skipSpaces(end)
        guard k > end, let d = arabic(at: k, max: 2), (1...31).contains(d.value),
              let e = ordinalEnd(d.end), !glued(e) else { return nil }
        var w = e
        while w < n, isSpace(w) { w += 1 }
        if w < n, ScalarClass.isLetter(s[w]), words.clockCues.match(at: w, in: s) == nil { return nil }
        return DateFound(k, e, .dayOfMonth(d.value))
    }
}
