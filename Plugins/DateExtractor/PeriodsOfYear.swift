import ClaimsCore

/// Weeks and months of a year: ISO weeks by number ("week 31", "week 27 of last year") and a
/// week or a month by its ordinal: "the 3rd week of 2018" (its ISO week, Monday to
/// Sunday), "the third month of 2021" (March). The words are the lexicon's
/// `markers.week_after_ordinal` and `markers.month_after_ordinal`; the year or the month must be
/// written ("of 2018", "of last year", "of January"): "the third week" alone says of what only in
/// its context.
extension DateScanner {
    func ordinalPeriod(week: Bool, start: Int, end: Int) -> DateFound? {
        guard let ordinal = ordinal(endingAt: skipBack(start), in: week ? 1...53 : 1...12), ordinal.n > 0 else { return nil }
        guard let after = yearAfter(end, marker: false), let year = calendarYear(after.year) else {
            return week ? weekOfMonth(ordinal.n, start: ordinal.start, end: end) : nil
        }
        if week { return isoWeek(ordinal.n, of: year, start: ordinal.start, end: after.end) }
        return DateFound(ordinal.start, after.end, .calendar(.absolute(year), .month(ordinal.n)))
    }

    /// "the second week of January", "the first week of March 2019": the month's days 8 to 14,
    /// 1 to 7 (the first four weeks, which every month has whole; the month's joiner and name
    /// are the lexicon's, as for "the first Monday of May").
    func weekOfMonth(_ week: Int, start: Int, end: Int) -> DateFound? {
        guard (1...4).contains(week), let month = monthAfterJoiner(end) else { return nil }
        var found = DateFound(start, month.end, .calendar(month.year, .day(month.m, 7 * week - 6)))
        found.through = .calendar(month.year, .day(month.m, 7 * week))
        return found
    }

    /// week 31, week 27 of last year, week 1 of 2011: an ISO week (Monday to Sunday; week 1 holds
    /// 4 January) of the year written after it, else of the publication year.
    func isoWeek(start: Int, end: Int) -> DateFound? {
        let k = skipSpaces(end)
        guard k > end, let w = arabic(at: k, max: 2), (1...53).contains(w.value), !glued(w.end) else { return nil }
        var year: Int?
        var e = w.end
        if let y = yearAfter(w.end, marker: false) {
            year = calendarYear(y.year)
            e = y.end
        }
        // "every week 3 times", "week 3 of the trial": no word may follow but its year.
        if year == nil {
            let after = skipSpaces(e)
            let word = after > e && after < n && (ScalarClass.isLetter(s[after]) || ScalarClass.digit(s[after]) != nil)
            if distributiveBefore(start) || (word && words.connectors.match(at: after, in: s) == nil) { return nil }
        }
        guard let y = year ?? resolver.published?.year else { return nil }
        return isoWeek(w.value, of: y, start: start, end: e)
    }

    /// The calendar year a written year names: 2018, or last year from the publication date's.
    func calendarYear(_ year: DateYear) -> Int? {
        switch year {
        case .absolute(let v): v
        case .relative(let r): resolver.published.map { $0.year + r }
        case .implied: nil
        }
    }

    /// ISO week `week` of `year`, Monday to Sunday, found from `start` to `end`.
    func isoWeek(_ week: Int, of y: Int, start: Int, end: Int) -> DateFound? {
        let jan4 = CalendarDays.from(year: y, month: 1, day: 4)
        let monday = jan4 - (CalendarDays.weekday(jan4) - 1) + 7 * (week - 1)
        guard week < 53 || CalendarDays.weekday(CalendarDays.from(year: y, month: 12, day: 28)) >= 1,
              CalendarDays.civil(monday + 6).year <= y + 1 else { return nil }
        return weekFound(monday: monday, start: start, end: end)
    }

    /// The seven days from `monday`, found from `start` to `end`.
    func weekFound(monday: Int, start: Int, end: Int) -> DateFound {
        let (a, b) = (CalendarDays.civil(monday), CalendarDays.civil(monday + 6))
        var found = DateFound(start, end, .calendar(.absolute(a.year), .day(a.month, a.day)))
        found.through = .calendar(.absolute(b.year), .day(b.month, b.day))
        return found
    }
}
