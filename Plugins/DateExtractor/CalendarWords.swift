import ClaimsCore
import Foundation

/// Dates written with calendar words: month names, years and periods around them, day marks
/// (日, ngày), weekdays and relative words beside a day.
extension DateScanner {
    // MARK: - Words that start a date

    func parseLead(_ roles: [DateRole], start: Int, end: Int) -> DateFound? {
        for role in roles {
            if let found = parse(role, start: start, end: end) { return found }
        }
        return nil
    }

    func parse(_ role: DateRole, start: Int, end: Int) -> DateFound? {
        switch role {
        case .guardedDay(let k):
            guard !inWordAcross(start: start, end: end) else { return nil }
            return parse(.relativeDay(k), start: start, end: end)
        case .relativeDay(let k):
            guard !blockedAfter(end) else { return nil }
            // ngày hôm qua 28/10: the date written beside it is the one meant.
            if let date = dateBeside(end) { return DateFound(start, date.end, date.expression!) }
            return DateFound(start, end, .dayOffset(k))
        case .anchoredDay(let k):
            // "Trước đó một ngày", "the day before", "次日": counted from the day the text named
            // last ("…được tìm thấy hôm 17/10. Trước đó một ngày, …": the 16th); no such day, no date.
            // "the day before the attack": counted from the attack, which is no date of the text.
            guard !takesObject(end), let named = lastNamedDay() else { return nil }
            let day = CalendarDays.civil(named + k)
            return DateFound(start, end, .calendar(.absolute(day.year), .day(day.month, day.day)))
        case .anchoredWeek(let k):
            // "charged the following week": the week after the day the text named last; in a text
            // that named none, the week after publication ("schedule it for the following week").
            guard !takesObject(end) else { return nil }
            if let day = weekdayAfterWeek(start: start, end: end) {
                return anchoredWeek(k, weekday: day.weekday, start: start, end: day.end) ?? DateFound(start, day.end, .weekdayOfWeek(day.weekday, week: k))
            }
            return anchoredWeek(k, start: start, end: end) ?? DateFound(start, end, .weekOffset(k))
        case .relativeWeekend(let k):
            guard !blockedAfter(end) else { return nil }
            return DateFound(start, end, .weekend(k, upcoming: false))
        case .weekend:
            // Not "every weekend", "a weekend of violence", "weekends".
            guard !distributiveBefore(start), !hasCue(lexicon.articles, before: start), !glued(end) else { return nil }
            return DateFound(start, end, .weekend(nil, upcoming: futureSentence(around: start, end)))
        case .relativeWeek(let k):
            guard !blockedAfter(end), words.weekWordBlockers.match(at: end, in: s) == nil else { return nil }
            if let day = weekdayAfterWeek(start: start, end: end) { return DateFound(start, day.end, .weekdayOfWeek(day.weekday, week: k)) }
            return DateFound(start, end, .weekOffset(k))
        case .relativeQuarter(let k):
            // next quarter: the publication date's quarter moved by k.
            guard let published = resolver.published, let month = published.month else { return nil }
            let index = published.year * 4 + (month - 1) / 3 + k
            return DateFound(start, end, .calendar(.absolute(index / 4), .quarter(index % 4 + 1)))
        case .weekBefore:
            return isoWeek(start: start, end: end)
        case .weekAfterOrdinal:
            return ordinalPeriod(week: true, start: start, end: end)
        case .monthAfterOrdinal:
            return ordinalPeriod(week: false, start: start, end: end)
        case .centuryBefore:
            return centuryAfterWord(start: start, end: end)
        case .relativeCentury(let k):
            return relativeCentury(k, start: start, end: end)
        case .relativeDecade(let k):
            guard let published = resolver.published else { return nil }
            return DateFound(start, end, .calendar(.absolute((published.year / 10 + k) * 10), .decade))
        case .relativeMonth(let k):
            guard !blockedAfter(end), words.monthWordBlockers.match(at: end, in: s) == nil else { return nil }
            // 上月28日, 上月底
            if let d = small(at: end), (1...31).contains(d.value), let t = trail(at: d.end), t.roles.contains(.day) {
                return DateFound(start, t.end, .monthOffset(k, nil, d.value))
            }
            if let part = partAfter(end) { return DateFound(start, part.end, .monthOffset(k, part.part, nil)) }
            return DateFound(start, end, .monthOffset(k, nil, nil))
        case .relativeYear(let k):
            guard !blockedAfter(end) else { return nil }
            if let period = periodAfterYear(end), let found = calendar(start, period.end, .relative(k), period.period) {
                return extendDay(found)
            }
            return DateFound(start, end, .calendar(.relative(k), .year))
        case .quarter(let q):
            // 前三季度: the first three quarters, not the third.
            switch firstQuarters(q, start: start, end: end) {
            case .found(let found)?: return found
            case .skip?: return nil
            case nil: break
            }
            if let year = yearAfter(end, marker: false) { return DateFound(start, year.end, .calendar(year.year, .quarter(q))) }
            return words.quartersAlone ? DateFound(start, end, .calendar(quarterYear(q, start: start, end: end), .quarter(q))) : nil
        case .half(let h):
            if let year = yearAfter(end, marker: true) { return DateFound(start, year.end, .calendar(year.year, .half(h))) }
            // the first half of September, nửa đầu tháng 9, the second half of next month.
            var k = end
            if isSpace(k), let joiner = words.yearJoiners.match(at: skipSpaces(k), in: s), isSpace(joiner.end) { k = joiner.end }
            if let month = partBefore(.half(h), start: start, end: k, monthsOnly: true) { return month }
            return words.halvesAlone ? DateFound(start, end, .calendar(.implied, .half(h))) : nil
        case .yearPart(let part):
            return DateFound(start, end, .calendar(.implied, .part(part)))
        case .monthPart(let part):
            // 月底, 上半月: this month's; not 每月月底 (every month's).
            guard !distributiveBefore(start) else { return nil }
            return DateFound(start, end, .monthOffset(0, part, nil))
        case .month(let m, let short):
            // may, march: a lower-case month is one only with a number beside it (april 2017, 26 june).
            guard capitalOK(start) || numberBeside(start, end) else { return nil }
            return monthName(m, short: short, start: start, end: end)
        case .weekday(let w):
            guard capitalOK(start) || !short(start), !distributiveBefore(start), !numeralBefore(start) else { return nil }
            if let date = dateBeside(end) { return DateFound(start, date.end, date.expression!) }
            if let day = dayAfterWeekday(end) { return DateFound(start, day.end, .weekdayDay(w, day: day.value)) }
            if let week = weekAfterWeekday(end) {
                if week.anchored, let found = anchoredWeek(week.week, weekday: w, start: start, end: week.end) { return found }
                return DateFound(start, week.end, .weekdayOfWeek(w, week: week.week))
            }
            // Chủ nhật cuối cùng của tháng 4: the month after makes it a weekday, cue or none.
            if let nth = nthWeekday(from: DateFound(start, end, .weekday(w, relation: 0))) { return nth }
            if !words.weekdayCues.isEmpty, !hasCue(words.weekdayCues, before: start) { return nil }
            return DateFound(start, end, .weekday(w, relation: futureSentence(around: start, end) ? 1 : 0))
        case .season(let season):
            guard let year = yearAfter(end, marker: false) else { return nil }
            return DateFound(start, year.end, .calendar(year.year, .season(season)))
        case .relativeName(let r):
            let k = skipSpaces(end)
            guard k > end, let lead = words.lead.match(at: k, in: s) else { return nil }
            for role in lead.value {
                switch role {
                case .month(let m, short: false) where capitalOK(k) || numberBeside(k, lead.end):
                    return DateFound(start, lead.end, .namedMonth(m, relation: r))
                case .season(let season):
                    return DateFound(start, lead.end, .namedSeason(season, relation: r))
                case .weekday(let w) where capitalOK(k) || !short(k):
                    // Last Monday is the latest before publication; this Friday is this week's,
                    // next Friday next week's (on a Thursday, not tomorrow); a date written
                    // beside it says which ("this Friday (June 15)").
                    if let date = dateBeside(lead.end) { return DateFound(start, date.end, date.expression!) }
                    return DateFound(start, lead.end, r < 0 ? .weekday(w, relation: r) : .weekdayOfWeek(w, week: r))
                case .holiday, .easter:
                    // last Easter, next New Year's Day
                    if let found = holiday(role, start: k, end: lead.end, relation: r) { return DateFound(start, found.end, found.expression!) }
                default:
                    continue
                }
            }
            return nil
        case .partBefore(let part):
            return partBefore(part, start: start, end: end)
        case .decadeBefore:
            let k = skipSpaces(end)
            guard k > end, let y = arabic(at: k), !glued(y.end), y.value % 10 == 0 else { return nil }
            if isYear(y.value, count: y.count) { return DateFound(start, y.end, .calendar(.absolute(y.value), .decade)) }
            if y.count == 2 { return DateFound(start, y.end, .calendar(.absolute(century(y.value)), .decade)) }
            return nil
        case .fiscalBefore:
            let k = skipSpaces(end)
            guard let y = arabic(at: k), !glued(y.end) else { return nil }
            if isYear(y.value, count: y.count) { return DateFound(start, y.end, .fiscal(y.value, quarter: nil)) }
            if y.count == 2 { return DateFound(start, y.end, .fiscal(2000 + y.value, quarter: nil)) }
            return nil
        case .dayBefore:
            return dayMarker(start: start, end: end)
        case .ordinalDayBefore:
            return ordinalDay(after: end)
        case .monthBefore:
            let k = skipSpaces(end)
            guard k > end, !distributiveBefore(start), let m = arabic(at: k, max: 2), (1...12).contains(m.value),
                  !countFollows(m.end) else { return nil }
            if let year = yearAfter(m.end, marker: false) { return DateFound(start, year.end, .calendar(year.year, .month(m.value))) }
            guard !glued(m.end) else { return nil }
            return DateFound(start, m.end, .calendar(.implied, .month(m.value)))
        case .yearBefore:
            let k = skipSpaces(end)
            guard k > end, let y = arabic(at: k), isYear(y.value, count: y.count), !glued(y.end) else { return nil }
            return DateFound(start, y.end, .calendar(.absolute(y.value), .year))
        case .eraBefore(let offset):
            // 民國112年 is 2023: the era's years counted from its start.
            // 民國112年, 民国三年: the era's year in digits or in a Chinese numeral.
            guard let y = arabic(at: end, max: 3).map({ (value: $0.value, end: $0.end) }) ?? small(at: end), y.value >= 1,
                  let t = trail(at: skipSpaceBeforeHan(y.end)),
                  t.roles.contains(.year) else { return nil }
            return yearFound(y.value + offset, start: start, end: t.end)
        case .holiday, .easter:
            return holiday(role, start: start, end: end)
        case .agoBefore:
            // cách đây 5 năm
            let k = skipSpaces(end)
            guard k > end, let amount = amount(at: k), let unit = unitAfter(amount.end) else { return nil }
            return DateFound(start, unit.end, .ago(amount.value, unit: unit.unit))
        }
    }

    /// A multiplier or a measure word after the number: tháng 3 lần (three times a month).
    func countFollows(_ e: Int) -> Bool {
        let k = skipSpaces(e)
        return k > e && (lexicon.multipliers.match(at: k, in: s) != nil || lexicon.classifiers.match(at: k, in: s) != nil)
    }

    /// A numeral just before (四周一, 两周一次): 周一 is then not Monday.
    func numeralBefore(_ start: Int) -> Bool {
        guard start > 0 else { return false }
        let c = s[start - 1]
        return ScalarClass.digit(c) != nil || lexicon.hanDigits[c] != nil || lexicon.hanUnits[c] != nil || lexicon.hanTens[c] != nil
    }

    /// 20年代 is the 2020s in a text of 2023, 90年代 the 1990s.
    func century(_ twoDigits: Int) -> Int {
        let now = resolver.published?.year ?? 2025
        return 2000 + twoDigits <= now ? 2000 + twoDigits : 1900 + twoDigits
    }

    /// A calendar reading, if the day exists in the year named.
    func calendar(_ start: Int, _ end: Int, _ year: DateYear, _ period: DatePeriod) -> DateFound? {
        if case .day(let m, let d) = period {
            guard (1...12).contains(m), d >= 1 else { return nil }
            if case .absolute(let y) = year {
                guard d <= CalendarDays.daysIn(month: m, year: y) else { return nil }
            } else {
                guard d <= CalendarDays.daysIn(month: m, year: 2000) else { return nil }
            }
        }
        return DateFound(start, end, .calendar(year, period))
    }

    /// June 17, 2023; June 17; June 2023; June of last year; in June.
    func monthName(_ m: Int, short: Bool, start: Int, end: Int) -> DateFound? {
        if isSpace(end) {
            let k = skipSpaces(end)
            // June 5, June 5th, January first, May twenty-fifth.
            if let d = arabic(at: k, max: 2).map({ (value: $0.value, end: $0.end) }) ?? language.reader.ordinalWord(at: k, in: s),
               (1...31).contains(d.value) {
                let e = ordinalEnd(d.end) ?? d.end
                let day = DateExpression.calendar(.implied, .day(m, d.value))
                if glued(e), d.value <= CalendarDays.daysIn(month: m, year: 2000),
                   rangeRight(after: e, left: day, opened: opener(before: start) != nil) != nil {
                    return DateFound(start, e, day) // June 5-9
                }
                if !glued(e) {
                    if let year = yearAfter(e, marker: false) {
                        if let found = calendar(start, year.end, year.year, .day(m, d.value)) { return extendDay(found) }
                    } else if let found = calendar(start, e, .implied, .day(m, d.value)) {
                        return extendDay(found)
                    }
                }
            }
        }
        // January twenty five nineteen eighty six: a day in words, with a year after it ("May
        // twenty people" is no date).
        if isSpace(end), let d = language.reader.read(at: skipSpaces(end), in: s), d.form == .words, !d.isVague, !d.isScaled,
           d.value == d.value.rounded(), (1...31).contains(Int(d.value)), let year = yearAfter(d.end, marker: false),
           let found = calendar(start, year.end, year.year, .day(m, Int(d.value))) {
            return extendDay(found)
        }
        if let year = yearAfter(end, marker: false) { return DateFound(start, year.end, .calendar(year.year, .month(m))) }
        // The first month of a range takes its year from the second (Jan-Feb 2017, June-August 1992).
        let alone = DateExpression.calendar(.implied, .month(m))
        if rangeRight(after: end, left: alone, opened: opener(before: start) != nil) != nil { return DateFound(start, end, alone) }
        guard !short else { return nil }
        if !words.monthCues.isEmpty, !hasCue(words.monthCues, before: start) { return nil }
        return DateFound(start, end, .calendar(.implied, .month(m)))
    }

    /// 17th, 1st, 2nd, 3rd: where the ordinal ending after a day number ends.
    func ordinalEnd(_ e: Int) -> Int? { words.ordinalSuffixes.match(at: e, in: s)?.end }

    /// ngày 17, ngày 17/6, ngày 28.3, ngày 1-11, ngày 17/6/2023, ngày 17 tháng 6 năm 2023, ngày thứ hai 28/10.
    func dayMarker(start: Int, end: Int) -> DateFound? {
        let k = skipSpaces(end)
        guard k > end, k < n else { return nil }
        if let lead = words.lead.match(at: k, in: s), lead.value.contains(where: { if case .weekday = $0 { true } else { false } }),
           let date = dateBeside(lead.end) {
            return DateFound(start, date.end, date.expression!)
        }
        guard let d = arabic(at: k, max: 2), (1...31).contains(d.value) else { return nil }
        if d.end + 1 < n, s[d.end] == "/" || s[d.end] == "-" || s[d.end] == ".", ScalarClass.digit(s[d.end + 1]) != nil {
            guard let found = numericDayMonth(at: k, day: d, cued: true, marked: true) else { return nil }
            return DateFound(start, found.end, found.expression!)
        }
        if isSpace(d.end), let lead = words.lead.match(at: skipSpaces(d.end), in: s) {
            for role in lead.value {
                var month: (value: Int, end: Int)?
                if case .monthBefore = role {
                    let after = skipSpaces(lead.end)
                    if after > lead.end, let m = arabic(at: after, max: 2), (1...12).contains(m.value) { month = (m.value, m.end) }
                } else if case .month(let m, _) = role {
                    month = (m, lead.end)
                }
                guard let month else { continue }
                let year = yearAfter(month.end, marker: false)
                if year == nil, glued(month.end) { return nil }
                guard let found = calendar(start, year?.end ?? month.end, year?.year ?? .implied, .day(month.value, d.value)) else { return nil }
                return extendDay(found)
            }
        }
        guard !glued(d.end) else { return nil }
        // 13日周五: the weekday after a day of the month is part of it; the day written in
        // digits places it.
        return extendDay(DateFound(start, d.end, .dayOfMonth(d.value)), anyDay: true)
    }

    // MARK: - Days with a weekday, a clock time or a relative word beside them

    /// An explicit day right after `end` (past a comma or spaces): thứ hai 28/10, hôm qua 28/10.
    func dateBeside(_ end: Int) -> DateFound? {
        var k = end
        if k < n, s[k] == "," || s[k] == "，" { k += 1 }
        k = skipSpaces(k)
        // "on Friday (Oct 4)", "周五（10月4日）": the date in brackets, the closing one included.
        guard k < n, s[k] == "(" || s[k] == "（" else { return dayDate(at: k) }
        // Brackets beside a day mark what they hold as a date as a cue does: (20.9) is the 20th of September.
        let inner = skipSpaces(k + 1)
        var bracketed = dayDate(at: inner)
        if bracketed == nil, let d = arabic(at: inner, max: 2), (1...31).contains(d.value) {
            bracketed = numericDayMonth(at: inner, day: d, cued: true, marked: true)
        }
        guard var found = bracketed else { return nil }
        let close = skipSpaces(found.end)
        guard close < n, s[close] == ")" || s[close] == "）" else { return nil }
        found.end = close + 1
        return found
    }

    /// An explicit day starting at `k`: 28/10, ngày 28/10, 10月28日, June 17, 17 June. Not
    /// another weekday or relative word (lần thứ hai, thứ hai 28/10).
    func dayDate(at k: Int) -> DateFound? {
        guard k < n else { return nil }
        var found: DateFound?
        if ScalarClass.digit(s[k]) != nil {
            // Not a clock time: that would read on to the day after it, and on (1:00 1:00 1:00 …).
            if case .found(let f)? = parseDigits(at: k, cued: true, clocks: false) { found = f }
        } else if let lead = words.lead.match(at: k, in: s) {
            let explicit = lead.value.filter {
                switch $0 {
                case .dayBefore, .month: true
                default: false
                }
            }
            found = parseLead(explicit, start: k, end: lead.end)
        }
        guard let found, found.day != nil, !found.counted else { return nil }
        return found
    }

    /// A weekday after a day: 10月28日星期一, 10月28日（周一）. (Its clock time is read by
    /// `attachClock`.)
    func extendDay(_ found: DateFound, anyDay: Bool = false) -> DateFound {
        guard found.day != nil || anyDay else { return found }
        var result = found
        // 10月28日星期一, 10月28日（周一）, Monday, June 17 is rare: weekdays after the day only.
        var w = result.end
        if w < n, s[w] == "," || s[w] == "，" { w += 1 }
        w = skipSpaces(w)
        let paren = w < n && (s[w] == "(" || s[w] == "（")
        if paren { w += 1 }
        if let lead = words.lead.match(at: w, in: s), lead.value.contains(where: { if case .weekday = $0 { true } else { false } }) {
            if !paren { result.end = lead.end } else if lead.end < n, s[lead.end] == ")" || s[lead.end] == "）" { result.end = lead.end + 1 }
        }
        return result
    }
}
