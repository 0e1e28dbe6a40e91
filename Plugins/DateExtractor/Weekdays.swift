import ClaimsCore

/// A weekday's week and tense: the week written beside it ("Tuesday of last week", "next week on
/// Tuesday", thứ Ba tuần sau, 下周二) and whether its sentence tells of what will happen ("will
/// make landfall on Tuesday"), which makes a bare weekday the next one rather than the last.
extension DateScanner {
    /// Whether the sentence around `start..<end` tells of what will happen: a future marker
    /// ("will", "sẽ", 将于) within its sentence, not more than `futureReach` scalars away.
    func futureSentence(around start: Int, _ end: Int) -> Bool {
        guard !words.futureMarkers.isEmpty else { return false }
        func stop(_ c: Unicode.Scalar) -> Bool { c == "." || c == "!" || c == "?" || c == "。" || c == "！" || c == "？" || c == "\n" }
        var from = start
        while from > 0, start - from < Self.futureReach, !stop(s[from - 1]) { from -= 1 }
        var to = end
        while to < n, to - end < Self.futureReach, !stop(s[to]) { to += 1 }
        var k = from
        while k < to {
            if k == start { k = end; continue }
            // A word stands apart ("will", not "goodwill"); "'ll" is glued to its subject.
            if let marker = words.futureMarkers.match(at: k, in: s), marker.end <= to,
               ScalarClass.isHan(s[k]) || ((k == 0 || !ScalarClass.isLetter(s[k]) || !ScalarClass.isLetter(s[k - 1]))
                                          && (marker.end >= n || !ScalarClass.isLetter(s[marker.end]))) {
                return true
            }
            k += 1
        }
        return false
    }

    static let futureReach = 80

    /// The week a weekday falls in, written after it: "Tuesday of last week", "Friday next
    /// week", "thứ Ba tuần sau".
    /// "the 11th", "the thirty-first" after a weekday (`weekday_day_joiners`): its day of the month.
    func dayAfterWeekday(_ end: Int) -> (value: Int, end: Int)? {
        guard isSpace(end), let joiner = words.weekdayDayJoiners.match(at: skipSpaces(end), in: s), isSpace(joiner.end) else { return nil }
        let k = skipSpaces(joiner.end)
        if let d = arabic(at: k, max: 2), let e = ordinalEnd(d.end), !glued(e), (1...31).contains(d.value) { return (d.value, e) }
        if let d = language.reader.ordinalWord(at: k, in: s), (1...31).contains(d.value) { return d }
        return nil
    }

    /// "of last week", "of the following week" after a weekday: the week, and whether it is
    /// counted from the day the text named last.
    func weekAfterWeekday(_ end: Int) -> (week: Int, end: Int, anchored: Bool)? {
        var k = skipSpaces(end)
        guard k > end else { return nil }
        if let joiner = words.weekdayWeekJoiners.match(at: k, in: s), isSpace(joiner.end) { k = skipSpaces(joiner.end) }
        guard let lead = words.lead.match(at: k, in: s), !blockedAfter(lead.end),
              words.weekWordBlockers.match(at: lead.end, in: s) == nil else { return nil }
        for role in lead.value {
            if case .relativeWeek(let week) = role { return (week, lead.end, false) }
            if case .anchoredWeek(let week) = role, !takesObject(lead.end) { return (week, lead.end, true) }
        }
        return nil
    }

    /// Whether a phrase counted from another day that ends at `end` with a word that takes an
    /// object (before, after: the lexicon's `offsets`) has one: "the day before the attack",
    /// not "the day before, police…" or "the next day the rescuers…".
    func takesObject(_ end: Int) -> Bool {
        guard words.offsetBefore.match(endingAt: end, in: s) != nil || words.offsetAfter.match(endingAt: end, in: s) != nil else { return false }
        return wordAfter(end, in: words.anchoredBlockers)
    }

    /// The day the text named last (one day, or a time of one), as a day number: not a week.
    func lastNamedDay() -> Int? {
        guard let named = mentions.last(where: { mention in
            guard mention.kind == .date, mention.value.precision == "day" || mention.value.precision == "minute",
                  let low = mention.value.low, let high = mention.value.high else { return false }
            return high - low <= 1
        }), let low = named.value.low else { return nil }
        return Int(low.rounded(.down))
    }

    /// The week `k` weeks from the one of the day the text named last, Monday to Sunday, or its
    /// `weekday`; nil when the text named no day.
    func anchoredWeek(_ k: Int, weekday: Int? = nil, start: Int, end: Int) -> DateFound? {
        guard let named = lastNamedDay() else { return nil }
        let monday = named - (CalendarDays.weekday(named) - 1) + 7 * k
        if let weekday {
            let day = CalendarDays.civil(monday + weekday - 1)
            return DateFound(start, end, .calendar(.absolute(day.year), .day(day.month, day.day)))
        }
        return weekFound(monday: monday, start: start, end: end)
    }

    /// The weekday of a week written before it: "next week on Tuesday", "last week Friday", and
    /// 下周二, 上星期五, whose weekday's word begins inside the week's.
    func weekdayAfterWeek(start: Int, end: Int) -> (weekday: Int, end: Int)? {
        func weekday(_ roles: [DateRole]) -> Int? {
            for role in roles { if case .weekday(let w) = role { return w } }
            return nil
        }
        for k in (start + 1)..<end where ScalarClass.isHan(s[k]) {
            // 上周二十名学生: the week and a number, not a weekday.
            if let lead = words.lead.match(at: k, in: s), lead.end > end, let w = weekday(lead.value),
               lead.end >= n || !(ScalarClass.digit(s[lead.end]) != nil || lexicon.hanDigits[s[lead.end]] != nil || lexicon.hanUnits[s[lead.end]] != nil) {
                return (w, lead.end)
            }
        }
        var k = skipSpaces(end)
        guard k > end else { return nil }
        if let joiner = words.weekdayWeekJoiners.match(at: k, in: s), isSpace(joiner.end) { k = skipSpaces(joiner.end) }
        guard let lead = words.lead.match(at: k, in: s), let w = weekday(lead.value), capitalOK(k) || !short(k) else { return nil }
        return (w, lead.end)
    }
}
