import ClaimsCore

/// The first or last units of a year or a month: "the first six months of 2023", "the last four
/// months of 2021", "the first 10 days of March", "9 tháng đầu năm nay", "4 tháng cuối năm 2021",
/// "3 quý đầu năm 2023", "2023年前6个月", "2021 年的最後 4 个月", "今年前三季度". The words are the
/// lexicon's `dates.period_ends` (first: 1, last: -1); they stand before the amount (first, 前)
/// or after its unit (đầu), and the year or month after them ("of 2023", "năm nay") or, in
/// Chinese, before them (2023年, 今年, read just before as a date of its own, which this reading
/// then replaces). Months and quarters of a year, days of a month; without the year or month
/// written there is no reading ("the first six months" of what?), except quarters, which
/// are always of a year (前三季度: the publication year's first three, where quarters may stand
/// alone).
extension DateScanner {
    /// The reading of an amount of time read from `amount.start` to `end` (its unit's end) as the
    /// first or last units of a period.
    func periodEnd(_ amount: TimeAmount, unit: String, end: Int) -> DateFound? {
        guard let count = Self.wholeCount(amount), ["month", "quarter", "day"].contains(unit) else { return nil }
        let word: (value: Int, start: Int, end: Int)
        let afterAt = skipSpaces(end)
        if let before = words.periodEnds.match(endingAt: skipBack(amount.start), in: s) {
            word = (before.value, before.start, end)
        } else if afterAt > end || ScalarClass.isHan(s[end - 1]), let after = words.periodEnds.match(at: afterAt, in: s) {
            word = (after.value, amount.start, after.end)
        } else {
            return nil
        }
        if let period = periodAfter(word.end) ?? periodBefore(word.start),
           let found = ends(count, unit: unit, of: period.expression, first: word.value > 0) {
            var reading = DateFound(min(period.start, word.start), max(period.end, end), found.first)
            reading.through = found.last
            reading.replacesLast = period.start < word.start
            return reading
        }
        return nil
    }

    /// 前三季度, 今年前三季度: the first quarters of a year, the quarter word holding its count;
    /// with no year written, the publication year's. Nil when no first-word stands before.
    func firstQuarters(_ q: Int, start: Int, end: Int) -> DateOutcome? {
        guard let word = words.periodEnds.match(endingAt: start, in: s), word.value > 0 else { return nil }
        let period = periodBefore(word.start)
        // Without a year or a publication date, the quarters are of no known year.
        guard period != nil || (words.quartersAlone && resolver.published != nil),
              let found = ends(q, unit: "quarter", of: period?.expression ?? .calendar(.relative(0), .year), first: true) else {
            return .skip(end)
        }
        var reading = DateFound(period?.start ?? word.start, end, found.first)
        reading.through = found.last
        reading.replacesLast = period != nil
        return .found(reading)
    }

    /// A year or a month written after the words ("of 2023", "năm nay", "tháng 3").
    func periodAfter(_ end: Int) -> (start: Int, end: Int, expression: DateExpression)? {
        if let year = yearAfter(end, marker: true) { return (end, year.end, .calendar(year.year, .year)) }
        var k = skipSpaces(end)
        if k > end, let joiner = words.yearJoiners.match(at: k, in: s), isSpace(joiner.end) { k = skipSpaces(joiner.end) }
        guard k > end || (k < n && ScalarClass.isHan(s[k])), k < n, case .found(let found)? = candidate(at: k),
              found.through == nil, let expression = found.expression, Self.isWholePeriod(expression) else { return nil }
        return (found.start, found.end, expression)
    }

    /// The year or month this scan read last, when it ends right before `start` (the words may
    /// hold a joiner: 2021 年的最後 4 个月).
    func periodBefore(_ start: Int) -> (start: Int, end: Int, expression: DateExpression)? {
        guard let last = lastRead, Self.isWholePeriod(last.expression), skipBack(start) == last.end else { return nil }
        return (last.start, last.end, last.expression)
    }

    static func isWholePeriod(_ expression: DateExpression) -> Bool {
        switch expression {
        case .calendar(_, .year), .calendar(_, .month): true
        default: false
        }
    }

    /// The first and last units of the first or last `count` units of a period.
    func ends(_ count: Int, unit: String, of period: DateExpression, first: Bool) -> (first: DateExpression, last: DateExpression)? {
        guard count >= 1 else { return nil }
        switch (period, unit) {
        case (.calendar(let year, .year), "month") where count <= 12:
            return first ? (.calendar(year, .month(1)), .calendar(year, .month(count)))
                : (.calendar(year, .month(13 - count)), .calendar(year, .month(12)))
        case (.calendar(let year, .year), "quarter") where count <= 4:
            return first ? (.calendar(year, .quarter(1)), .calendar(year, .quarter(count)))
                : (.calendar(year, .quarter(5 - count)), .calendar(year, .quarter(4)))
        case (.calendar(let year, .month(let m)), "day"):
            // The last days of February need the year; the other months' lengths do not.
            let days = calendarYear(year).map { CalendarDays.daysIn(month: m, year: $0) } ?? (m == 2 ? nil : CalendarDays.daysIn(month: m, year: 2001))
            guard let days, count <= days, count < 28 || days == count else { return nil }
            return first ? (.calendar(year, .day(m, 1)), .calendar(year, .day(m, count)))
                : (.calendar(year, .day(m, days - count + 1)), .calendar(year, .day(m, days)))
        default:
            return nil
        }
    }
}
