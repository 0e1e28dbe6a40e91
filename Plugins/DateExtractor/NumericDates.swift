import ClaimsCore
import Foundation

/// Dates written in Arabic digits: years, fiscal years, 2023-06-17, 17/6/2023, 28/10 after a cue.
extension DateScanner {
    // MARK: - Numbers in Arabic digits

    func parseDigits(at i: Int, cued: Bool, clocks: Bool = true) -> DateOutcome? {
        guard let run = arabic(at: i, max: 12) else { return .skip(traps.tokenEnd(from: i)) }
        if run.count <= 2, let months = bareMonthRange(at: i) { return .found(months) }
        let v = run.value, j = run.end, count = run.count
        // Glued to an identifier before: GPT-4, v1.2, /2023/06/, #12. Not the second end of a
        // span of hours (14:00-19:00).
        if i > 0, colonTimeEnd(before: i) == nil {
            let b = s[i - 1]
            if ScalarClass.isLetter(b) || "_/\\#@=&?~$€£¥".unicodeScalars.contains(b) { return .skip(traps.tokenEnd(from: j)) }
            if b == "-" || b == "." || b == "‐" || b == ":", i > 1, ScalarClass.isLetter(s[i - 2]) || ScalarClass.digit(s[i - 2]) != nil,
               !(b == "-" && fullDateEnds(at: i - 1)) {
                return .skip(traps.tokenEnd(from: j))
            }
        }
        if count <= 2, traps.isListMarker(start: i, end: j) { return .skip(j + 1) }
        // A clock time, alone or before its day (12h05 ngày 28/10, 12:20 a.m. Saturday).
        if clocks, count <= 2, let outcome = clockAlone(at: i) { return outcome }
        // 27-29 June, 18–20 July 2025: a range of days before their month.
        if count <= 2, (1...31).contains(v), j + 1 < n, s[j] == "-" || s[j] == "–", let b = arabic(at: j + 1, max: 2), b.value > v,
           let right = dayBeforeMonth(b.value, start: j + 1, end: b.end), case .calendar(let year, .day(let m, _))? = right.expression,
           v <= CalendarDays.daysIn(month: m, year: 2000) {
            var found = DateFound(i, right.end, .calendar(year, .day(m, v)))
            found.through = right.expression
            return .found(found)
        }
        // 2019至2021年: a year joined by a Han range word to a year that bears its mark.
        if count == 4, isYear(v, count: 4), j < n, ScalarClass.isHan(s[j]), let connector = words.rangeConnectors.match(at: j, in: s),
           let b = arabic(at: connector.end, max: 4), b.count == 4, isYear(b.value, count: 4), b.value > v, b.value - v <= 100,
           let t = trail(at: skipSpaceBeforeHan(b.end)), t.roles.contains(.year) {
            return .found(DateFound(i, t.end, .calendar(.absolute(v), .through(b.value))))
        }
        // 23/Sep/2020, 2020/Sep/23, 2019-aug-01: a month's name between the separators.
        if j + 1 < n, "/-.".unicodeScalars.contains(s[j]), ScalarClass.isLetter(s[j + 1]), let found = namedMonthDate(at: i, run: run) {
            return .found(found)
        }
        // 2017 Q1, 2019-H2, 2017-q1: a year written before its quarter or half.
        if count == 4, isYear(v, count: 4), j + 1 < n, s[j] == " " || s[j] == "-", let lead = words.lead.match(at: j + 1, in: s),
           !glued(lead.end) {
            for role in lead.value {
                switch role {
                case .quarter(let q): return .found(DateFound(i, lead.end, .calendar(.absolute(v), .quarter(q))))
                case .half(let h): return .found(DateFound(i, lead.end, .calendar(.absolute(v), .half(h))))
                default: continue
                }
            }
        }
        // Numbers with separators: 2023.06.17, 2023-06, 17/6/2023, 28/10, 2019-2023.
        if j + 1 < n, "./-–／－".unicodeScalars.contains(s[j]), ScalarClass.digit(s[j + 1]) != nil {
            if let found = numericDate(at: i, run: run, cued: cued || hasCue(words.dayCues, before: i)) { return .found(found) }
            // Not a date: a decimal or grouped number may still be an amount of time (2.5 years).
            if s[j] != lexicon.decimalSeparator && s[j] != lexicon.groupSeparator { return .skip(traps.tokenEnd(from: j)) }
        } else if j < n, ScalarClass.isLetter(s[j]) {
            // 1990s, 17th June; anything else glued (70B, 5G) is an identifier.
            if count == 4, v % 10 == 0, isYear(v, count: 4), let t = trail(at: j), t.roles.contains(.decade) {
                return .found(DateFound(i, t.end, .calendar(.absolute(v), .decade)))
            }
            // the 19th century
            if count <= 2, (1...30).contains(v), let o = ordinalEnd(j), isSpace(o), let t = trail(at: skipSpaces(o)), t.roles.contains(.century) {
                return .found(centuryFound(v, start: i, end: t.end))
            }
            if ordinalEnd(j) == nil, words.hourMarks.match(at: j, in: s) == nil, lexicon.timeUnits.match(at: j, in: s) == nil {
                return .skip(traps.tokenEnd(from: j))
            }
        }
        // Marks after the number: 2019年, 7月, 17日, 1990年代, 2023财年.
        let k = skipSpaceBeforeHan(j)
        if let t = trail(at: k) {
            for role in t.roles {
                switch role {
                case .decade where v % 10 == 0 && (isYear(v, count: count) || count == 2):
                    let year = count == 2 ? century(v) : v
                    return .found(DateFound(i, t.end, .calendar(.absolute(year), .decade)))
                case .century where count <= 2 && (1...30).contains(v):
                    return .found(centuryFound(v, start: i, end: t.end))
                case .fiscal where isYear(v, count: count):
                    return .found(fiscal(v, start: i, end: t.end))
                case .year where isYear(v, count: count) && v >= 1500:
                    // 1000年 is a thousand years more often than the year 1000.
                    return .found(yearFound(v, start: i, end: t.end))
                case .year where count == 2 && s[i] == "0":
                    // 08年: a year by its last two digits, the first a zero.
                    return .found(yearFound(2000 + v, start: i, end: t.end))
                case .month where count <= 2 && (1...12).contains(v):
                    let period = monthThen(v, after: t.end)
                    if let found = calendar(i, period.end, .implied, period.period) { return .found(extendDay(found)) }
                case .day where count <= 2 && (1...31).contains(v) && !yenAfter(t.end) && !rankBefore(i) && !withinAfter(t.end):
                    return .found(extendDay(DateFound(i, t.end, .dayOfMonth(v)), anyDay: true))
                default:
                    continue
                }
            }
        }
        // 17 June 2023, 17th of June, 5 tháng 6 năm 2023.
        if count <= 2, (1...31).contains(v), let found = dayBeforeMonth(v, start: i, end: j) { return .found(found) }
        // 2017 April 5, in 2017 april: a month named after its year.
        if count == 4, v >= 1800, v <= 2100, let found = monthAfterYear(v, start: i, end: j) { return .found(found) }
        // A bare year after a cue: in 2019, vào 2019, 2023 và 2024.
        let year = DateExpression.calendar(.absolute(v), .year)
        if count == 4, v >= 1800, v <= 2100, !glued(j),
           yearCue(before: i) || opener(before: i) != nil && rangeRight(after: j, left: year, opened: true) != nil {
            return .found(DateFound(i, j, .calendar(.absolute(v), .year)))
        }
        if let numeral = language.reader.read(at: i, in: s) {
            let amount = TimeAmount(value: numeral.value, low: numeral.low, high: numeral.high, start: min(i, numeral.start), end: numeral.end,
                                    isVague: numeral.isVague, isWord: false)
            if numeral.isScaled { return .skip(numeral.end) } // 5亿周活跃用户: a weekly figure
            if let outcome = duration(amount) { return outcome }
            return .skip(numeral.end)
        }
        return .skip(j)
    }

    /// A month name right after a year, with its day ("2017 April 5", "2017 Apr 5th") or, after
    /// a cue, alone ("in 2017 april"); not "the 2017 March Madness" (no cue, no day).
    func monthAfterYear(_ year: Int, start: Int, end: Int) -> DateFound? {
        guard isSpace(end), let lead = words.lead.match(at: skipSpaces(end), in: s),
              lead.end >= n || !ScalarClass.isLetter(s[lead.end]) else { return nil }
        for role in lead.value {
            guard case .month(let m, let short) = role else { continue }
            if isSpace(lead.end), let d = arabic(at: skipSpaces(lead.end), max: 2), (1...31).contains(d.value) {
                let e = ordinalEnd(d.end) ?? d.end
                if !glued(e) { return calendar(start, e, .absolute(year), .day(m, d.value)) }
            }
            guard !short, yearCue(before: start) else { return nil }
            return calendar(start, lead.end, .absolute(year), .month(m))
        }
        return nil
    }

    func yearFound(_ year: Int, start: Int, end: Int) -> DateFound {
        if let period = periodAfterYear(end), let found = calendar(start, period.end, .absolute(year), period.period) {
            return extendDay(found)
        }
        return DateFound(start, end, .calendar(.absolute(year), .year))
    }

    /// 2023财年, 2023财年第四季度.
    func fiscal(_ year: Int, start: Int, end: Int) -> DateFound {
        if let lead = words.lead.match(at: end, in: s), !digitContinues(lead.end) {
            for role in lead.value {
                if case .quarter(let q) = role { return DateFound(start, lead.end, .fiscal(year, quarter: q)) }
            }
        }
        return DateFound(start, end, .fiscal(year, quarter: nil))
    }

    /// 2023.06.17, 2023-06-17, 2023/6/17, 2023-06, 2019–2023, 17/6/2023, 6/17/2023, 28/10.
    func numericDate(at i: Int, run: (value: Int, end: Int, count: Int), cued: Bool) -> DateFound? {
        let j = run.end
        let sep = s[j]
        guard let b = arabic(at: j + 1, max: 4) else { return nil }
        if run.count == 4 {
            guard isYear(run.value, count: 4) else { return nil }
            // 2019-2023, 2019–2023年
            if b.count == 4, sep != ".", isYear(b.value, count: 4), b.value > run.value, b.value - run.value <= 100 {
                var e = b.end
                if let t = trail(at: skipSpaceBeforeHan(e)), t.roles.contains(.year) { e = t.end }
                guard !glued(e) else { return nil }
                return DateFound(i, e, .calendar(.absolute(run.value), .through(b.value)))
            }
            guard sep != "–", b.count <= 2, (1...12).contains(b.value) else { return nil }
            if b.end + 1 < n, s[b.end] == sep, let c = arabic(at: b.end + 1, max: 2) {
                guard !glued(c.end), let found = calendar(i, c.end, .absolute(run.value), .day(b.value, c.value)) else { return nil }
                return extendDay(found)
            }
            // 2023-06, 2015-3: a month, unless the digits may be a span of years (2010-11, 2009-12:
            // two digits past the year's last two). 2015-12 and 1998-06 can only be months.
            let span = b.count == 2 && s[j + 1] != "0" && b.value > run.value % 100
            guard sep != "-" || !span, b.count == 2 || sep == "-", !glued(b.end) else { return nil }
            return DateFound(i, b.end, .calendar(.absolute(run.value), .month(b.value)))
        }
        guard run.count <= 2, b.count <= 2, sep != "–" else { return nil }
        return numericDayMonth(at: i, day: run, cued: cued)
    }

    /// 23/Sep/2020, 2020/Sep/23, 22-Jan-2019, 2019-aug-01: a day and a year (either first) around
    /// a month's name or abbreviation, one separator between all three.
    func namedMonthDate(at i: Int, run: (value: Int, end: Int, count: Int)) -> DateFound? {
        let sep = s[run.end]
        guard let lead = words.lead.match(at: run.end + 1, in: s), lead.end + 1 < n, s[lead.end] == sep,
              let month = lead.value.lazy.compactMap({ role -> Int? in if case .month(let m, _) = role { m } else { nil } }).first,
              let c = arabic(at: lead.end + 1, max: 4), !glued(c.end) else { return nil }
        let (year, day): (Int, Int)
        if run.count == 4, isYear(run.value, count: 4), c.count <= 2 {
            (year, day) = (run.value, c.value)
        } else if run.count <= 2, c.count == 4, isYear(c.value, count: 4) {
            (year, day) = (c.value, run.value)
        } else {
            return nil
        }
        guard let found = calendar(i, c.end, .absolute(year), .day(month, day)) else { return nil }
        return extendDay(found)
    }

    /// 17/6/2023, 28/10, 1-11 (after a cue), 6/17/2023, by the language's order.
    func numericDayMonth(at i: Int, day a: (value: Int, end: Int, count: Int), cued: Bool, marked: Bool = false) -> DateFound? {
        let sep = s[a.end]
        guard let b = arabic(at: a.end + 1, max: 2) else { return nil }
        var year: Int?
        var e = b.end
        if e + 1 < n, s[e] == sep, let c = arabic(at: e + 1, max: 4) {
            guard isYear(c.value, count: c.count) else { return nil } // two-digit years are not read
            year = c.value
            e = c.end
        }
        // 1/10/2018-7/10/2018: a dash glued before another whole date is a range, not a code.
        guard !glued(e) || year != nil && fullDate(after: e, separator: sep) else { return nil }
        // 1/2, 3.5: fractions and decimals; after the day's own marker (ngày 28.3) a dot is a date.
        guard year != nil || (cued && (sep != "." || marked)) else { return nil }
        var day = a.value, month = b.value
        if words.numericOrder == .monthFirst {
            if a.value > 12 {
                (day, month) = (a.value, b.value)
            } else if b.value > 12 || a.value == b.value {
                (day, month) = (b.value, a.value)
            } else {
                guard b.value <= CalendarDays.daysIn(month: a.value, year: year ?? 2000),
                      a.value <= CalendarDays.daysIn(month: b.value, year: year ?? 2000) else { return nil }
                // Month first is the language's reading: shown first.
                return DateFound(i, e, .ambiguous(b.value, a.value, year: year))
            }
        }
        guard let found = calendar(i, e, year.map { .absolute($0) } ?? .implied, .day(month, day)) else { return nil }
        return extendDay(found)
    }

    /// Whether a dash at `e` stands before a whole numeric date written with `separator` (the
    /// right side of 1/10/2018-7/10/2018).
    func fullDate(after e: Int, separator: Unicode.Scalar) -> Bool {
        guard e < n, s[e] == "-" || s[e] == "–", let a = arabic(at: e + 1, max: 2), a.end < n, s[a.end] == separator,
              let b = arabic(at: a.end + 1, max: 2), b.end < n, s[b.end] == separator, let c = arabic(at: b.end + 1, max: 4),
              isYear(c.value, count: c.count) else { return false }
        return !glued(c.end)
    }

    /// Whether a whole numeric date (1/10/2018, 1-10-2018) ends right before `e`: the left side of
    /// a range whose right side starts after the dash at `e`.
    func fullDateEnds(at e: Int) -> Bool {
        var k = e
        func digits(_ most: Int) -> Int {
            var count = 0
            while k > 0, count < most, ScalarClass.digit(s[k - 1]) != nil { k -= 1; count += 1 }
            return count
        }
        guard digits(4) == 4, k > 0 else { return false }
        let separator = s[k - 1]
        guard separator == "/" || separator == "-" || separator == "." else { return false }
        k -= 1
        guard (1...2).contains(digits(2)), k > 0, s[k - 1] == separator else { return false }
        k -= 1
        guard (1...2).contains(digits(2)) else { return false }
        return k == 0 || !(ScalarClass.isLetter(s[k - 1]) || ScalarClass.digit(s[k - 1]) != nil || s[k - 1] == separator)
    }

    /// 17 June 2023, 17th of June, 5 tháng 6 năm 2023 (the last only with a year or a cue: "5
    /// tháng" alone is five months).
    func dayBeforeMonth(_ d: Int, start: Int, end: Int) -> DateFound? {
        var k = ordinalEnd(end) ?? end
        guard isSpace(k) else { return nil }
        k = skipSpaces(k)
        if let joiner = words.yearJoiners.match(at: k, in: s), isSpace(joiner.end) { k = skipSpaces(joiner.end) }
        guard let lead = words.lead.match(at: k, in: s) else { return nil }
        for role in lead.value {
            switch role {
            case .month(let m, _):
                // The day before it makes a lower-case name a month too (26 june).
                let year = yearAfter(lead.end, marker: false)
                if year == nil, glued(lead.end) { return nil }
                guard let found = calendar(start, year?.end ?? lead.end, year?.year ?? .implied, .day(m, d)) else { return nil }
                return extendDay(found)
            case .monthBefore:
                let after = skipSpaces(lead.end)
                guard after > lead.end, let m = arabic(at: after, max: 2), (1...12).contains(m.value) else { return nil }
                let year = yearAfter(m.end, marker: false)
                guard year != nil || hasCue(words.dayCues, before: start) else { return nil }
                guard let found = calendar(start, year?.end ?? m.end, year?.year ?? .implied, .day(m.value, d)) else { return nil }
                return extendDay(found)
            default:
                continue
            }
        }
        return nil
    }

    /// A bare year counts after a cue (in, vào) or a connector after another year (2023 và 2024).
    func yearCue(before i: Int) -> Bool {
        if hasCue(words.yearCues, before: i) { return true }
        guard lastYearEnd >= 0, i > lastYearEnd, i - lastYearEnd <= 8 else { return false }
        let k = skipSpaces(lastYearEnd)
        guard let connector = words.connectors.match(at: k, in: s), skipSpaces(connector.end) == i else { return false }
        // After a comma the year must end a list (2019, 2020 and 2021), not start a count
        // (In 2019, 2000 people died).
        if s[k] == "," || s[k] == "，" {
            guard let run = arabic(at: i) else { return false }
            let after = skipSpaces(run.end)
            return after >= n || !WordFilter.isWordScalar(s[after].value) || words.connectors.match(at: after, in: s) != nil
        }
        return true
    }
}
