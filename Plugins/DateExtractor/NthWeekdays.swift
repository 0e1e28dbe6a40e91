import ClaimsCore

/// The nth weekday of a month: "the first Tuesday of November", "the last Monday in April 2019",
/// 四月的最后一个星期一, 五月第二个周日, thứ Hai đầu tiên của tháng 5. The ordinal is a number
/// word or digits with an ordinal ending (first, 2nd), a rank (第二个), or one of the lexicon's
/// `weekday_ordinals` (last: -1, 最后一个: -1, đầu tiên: 1); `nth_weekday_joiners` stand between
/// the weekday and the month (of, in, của) or the month and the ordinal (的).
extension DateScanner {
    /// `found` read on as the nth weekday of a month, if it is one; nil otherwise.
    func nthWeekday(from found: DateFound) -> DateFound? {
        guard found.through == nil, found.duration == nil, found.placement == nil, let expression = found.expression else { return nil }
        switch expression {
        case .weekday(let w, _):
            // the first Tuesday of November: the ordinal before, the month after.
            if let ordinal = ordinal(endingAt: skipBack(found.start)), let month = monthAfterJoiner(found.end) {
                return DateFound(ordinal.start, month.end, .nthWeekday(ordinal.n, weekday: w, month: month.m, year: month.year))
            }
            // the last Monday in April: "last" was read as the relation of the weekday.
            if let ordinal = words.weekdayOrdinals.match(at: found.start, in: s), ordinal.end < found.end,
               let month = monthAfterJoiner(found.end) {
                return DateFound(found.start, month.end, .nthWeekday(ordinal.value, weekday: w, month: month.m, year: month.year))
            }
            // thứ Hai đầu tiên của tháng 5: the ordinal after the weekday.
            if isSpace(found.end), let ordinal = words.weekdayOrdinals.match(at: skipSpaces(found.end), in: s),
               !glued(ordinal.end), let month = monthAfterJoiner(ordinal.end) {
                return DateFound(found.start, month.end, .nthWeekday(ordinal.value, weekday: w, month: month.m, year: month.year))
            }
            return nil
        case .calendar(let year, .month(let m)):
            // 四月的最后一个星期一: the ordinal and the weekday after the month.
            var k = found.end
            if let joiner = words.nthWeekdayJoiners.match(at: k, in: s), ScalarClass.isHan(s[k]) { k = joiner.end }
            guard let ordinal = ordinal(at: k), let lead = words.lead.match(at: ordinal.end, in: s) else { return nil }
            for role in lead.value {
                if case .weekday(let w) = role { return DateFound(found.start, lead.end, .nthWeekday(ordinal.n, weekday: w, month: m, year: year)) }
            }
            return nil
        default:
            return nil
        }
    }

    /// first, 2nd, last right before `end`: the ordinal (in `range`, or -1 for the last) and where it starts.
    func ordinal(endingAt end: Int, in range: ClosedRange<Int> = 1...5) -> (n: Int, start: Int)? {
        guard end > 0 else { return nil }
        if let word = words.weekdayOrdinals.match(endingAt: end, in: s), word.start == 0 || !ScalarClass.isLetter(s[word.start - 1]) {
            return (word.value, word.start)
        }
        if let word = lexicon.ordinalWords.match(endingAt: end, in: s), word.start == 0 || !ScalarClass.isLetter(s[word.start - 1]),
           range.contains(Int(word.value)) {
            return (Int(word.value), word.start)
        }
        // 2nd, 23rd: one or two digits before the ending.
        guard let suffix = lexicon.ordinalSuffixes.match(endingAt: end, in: s), suffix.start > 0,
              let last = ScalarClass.digit(s[suffix.start - 1]) else { return nil }
        var value = last
        var first = suffix.start - 1
        if first > 0, let tens = ScalarClass.digit(s[first - 1]) {
            value += 10 * tens
            first -= 1
        }
        guard first == 0 || (ScalarClass.digit(s[first - 1]) == nil && !ScalarClass.isLetter(s[first - 1])), range.contains(value) else { return nil }
        return (value, first)
    }

    /// 最后一个, 第二个, 第2個 at `k`: the ordinal (in `range`, or -1 for the last) and where it ends.
    func ordinal(at k: Int, in range: ClosedRange<Int> = 1...5) -> (n: Int, end: Int)? {
        if let word = words.weekdayOrdinals.match(at: k, in: s) { return (word.value, word.end) }
        guard let rank = lexicon.rankPrefixes.match(at: k, in: s), ScalarClass.isHan(s[k]),
              let numeral = language.reader.read(at: rank.end, in: s), !numeral.isVague, !numeral.hasFraction,
              numeral.value >= 1, numeral.value <= 1000, range.contains(Int(numeral.value)) else { return nil }
        var end = numeral.end
        if let classifier = lexicon.classifiers.match(at: end, in: s) { end = classifier.end }
        return (Int(numeral.value), end)
    }

    /// " of November", " in April 2019", " của tháng 5": a joiner and a month (with its year if
    /// written) after `end`.
    func monthAfterJoiner(_ end: Int) -> (m: Int, year: DateYear, end: Int)? {
        guard isSpace(end), let joiner = words.nthWeekdayJoiners.match(at: skipSpaces(end), in: s), isSpace(joiner.end),
              case .found(let month)? = candidate(at: skipSpaces(joiner.end)),
              case .calendar(let year, .month(let m))? = month.expression, month.through == nil else { return nil }
        return (m, year, month.end)
    }
}
