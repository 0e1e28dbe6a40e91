import ClaimsCore

// Times of day: 14 giờ 50 phút, 21h15, 下午2时45分, 12点05分左右, 9:40 p.m. local time.
//
// A clock time after a day joins it (16日下午2时45分, ngày 16/10 lúc 14 giờ 50, on Monday at
// 9:40 p.m.), and so does a day right after it (12h05 ngày 28/10, 12:20 a.m. Saturday). A clock
// time alone is placed once the scan is done: on the day named elsewhere in its sentence, else on
// the day of the nearest earlier date of its text (a report names its event's day in the lead and
// tells the hours further on), else on the publication day; "the same
// day" (cùng ngày, 当天) is the day named last before it. Every word involved comes from the
// `clock:` and `cues:` lists of the value lexicons.

/// How an hour is written.
enum ClockForm: Equatable {
    /// 12:05, 00:56:30.
    case colon
    /// With an hour mark (12h05, 2时45分, 14 giờ); `unit` when the mark is also a unit of time
    /// (giờ: "14 giờ" may be two in the afternoon or fourteen hours).
    case mark(unit: Bool)
    /// A bare number, read only with a part of the day after it (9 p.m.).
    case bare
}

/// A clock time as read from its hour on: its minute after midnight and where it ends.
struct ClockRead {
    var minute: Int
    var end: Int
    var form: ClockForm
    var hasMinutes: Bool
    /// A part of the day after it (3 giờ chiều, 9 p.m.).
    var part: DayPart?
    /// A hedge after it (12点05分左右).
    var hedge: Hedge?
    var zone: ClockZone?
}

/// What stands before a clock time, read backwards from its hour: a cue (lúc, at), a hedge
/// (khoảng, about), a part of the day (下午, chiều), "the same day" (当天), a zone (北京时间),
/// each at most once; `start` is where the time's span begins (a cue is left out of it).
struct ClockLead {
    var start: Int
    var cue = false
    var hedge: Hedge?
    var part: DayPart?
    var sameDay = false
    var zone: ClockZone?
    /// A word before it that makes an hour an amount of time: trong, sau, for, more than, every.
    var amount = false
}

/// Where a clock time with no day beside it is placed after the scan.
enum ClockPlacement {
    /// On the day named in its sentence or, failing that, earlier in its text.
    case sentence
    /// On the day named last before it (cùng ngày, 当天, the same day).
    case sameDay
}

/// A clock time waiting for its day (`DateScanner.placeClocks`).
struct PendingClock {
    var index: Int
    var minute: Int
    var placement: ClockPlacement
    var hedge: Hedge?
    var zone: ClockZone?
}

/// A day a date mention names, for placing clock times.
struct NamedDay {
    var start: Int
    var end: Int
    var day: DateExpression
}

extension DateScanner {
    // MARK: - Expressions

    /// The day an expression names, if it names one: 2023-06-17, 16日, hôm qua, Monday.
    static func dayOf(_ expression: DateExpression) -> DateExpression? {
        switch expression {
        case .calendar(let year, .day(let m, let d)), .calendar(let year, .minute(let m, let d, _)):
            return .calendar(year, .day(m, d))
        case .dayOfMonth, .dayOffset, .weekday:
            return expression
        case .monthOffset(_, _, let d):
            return d == nil ? nil : expression
        case .timeOfDay(let inner, _):
            return inner
        default:
            return nil
        }
    }

    /// A minute of a day: a calendar day's minute, or the minute of a relative day.
    static func time(on day: DateExpression, minute: Int) -> DateExpression {
        switch day {
        case .calendar(let year, .day(let m, let d)), .calendar(let year, .minute(let m, let d, _)):
            return .calendar(year, .minute(m, d, minute))
        case .timeOfDay(let inner, _):
            return .timeOfDay(inner, minute: minute)
        default:
            return .timeOfDay(day, minute: minute)
        }
    }

    static func isTime(_ expression: DateExpression) -> Bool {
        switch expression {
        case .calendar(_, .minute), .timeOfDay: true
        default: false
        }
    }

    // MARK: - Reading a clock time

    /// An hour in Arabic digits or Han numerals (12, 两, 十二).
    func clockHour(at k: Int) -> (value: Int, end: Int, han: Bool)? {
        guard k < n else { return nil }
        if let a = arabic(at: k, max: 2) { return (a.value, a.end, false) }
        if ScalarClass.isHan(s[k]), language.triggers.contains(s[k]), let h = small(at: k) { return (h.value, h.end, true) }
        return nil
    }

    /// The minutes after an hour mark: 05 (12h05), 50 phút, 45分, 四十五分, 半, rưỡi. One digit
    /// needs a minute mark or to be glued to the hour mark (12h5); Han numerals need the mark.
    func clockMinutes(at k: Int, glued: Bool) -> (value: Int, end: Int)? {
        guard k < n else { return nil }
        if let half = words.halfMarks.match(at: k, in: s) { return (30, half.end) }
        let number: (value: Int, end: Int, count: Int)?
        if let a = arabic(at: k, max: 2) {
            number = a
        } else if ScalarClass.isHan(s[k]), let h = small(at: k) {
            number = (h.value, h.end, 0)
        } else {
            number = nil
        }
        guard let number, number.value <= 59 else { return nil }
        var after = number.end
        if isSpace(after) { after += 1 }
        if let mark = words.minuteMarks.match(at: after, in: s) { return (number.value, mark.end) }
        guard number.count == 2 || (number.count == 1 && glued), !self.glued(number.end) else { return nil }
        return (number.value, number.end)
    }

    /// A clock time whose hour starts at `k`: 12:05, 12h05, 14 giờ 50 phút, 2时45分, 12点半,
    /// 3 giờ chiều, 9:40 p.m., 9 pm, then a hedge (左右) and a zone (local time, (giờ địa
    /// phương), GMT+7) if written. `before` is a part of the day written before it.
    func readClock(at k: Int, part before: DayPart?) -> ClockRead? {
        guard let h = clockHour(at: k), h.value <= 24 else { return nil }
        var j = h.end
        var minute: Int?
        let form: ClockForm
        if !h.han, j + 2 < n, s[j] == ":" || s[j] == "：", let m = arabic(at: j + 1, max: 2), m.count == 2 {
            form = .colon
            minute = m.value
            j = m.end
            if j + 2 < n, s[j] == ":", let second = arabic(at: j + 1, max: 2), second.count == 2 { j = second.end }
            // 3:10:2, 12:05.5, 12:05/6: not a time; 8:40pm is, and so is 14:00 of 14:00-19:00.
            if glued(j), words.dayPartsAfter.match(at: j, in: s) == nil, !colonTime(after: j) { return nil }
        } else {
            var markAt = j
            if isSpace(markAt), !h.han { markAt += 1 }
            if let mark = words.hourMarks.match(at: markAt, in: s) {
                let unit = lexicon.timeUnits.match(at: markAt, in: s)?.end == mark.end
                form = .mark(unit: unit)
                j = mark.end
                let spaced = isSpace(j)
                if let m = clockMinutes(at: spaced ? j + 1 : j, glued: !spaced && markAt == h.end) {
                    minute = m.value
                    j = m.end
                }
            } else {
                guard !h.han else { return nil }
                form = .bare
            }
        }
        var part: DayPart?
        let p = h.han ? j : skipSpaces(j)
        if let after = words.dayPartsAfter.match(at: p, in: s) {
            part = after.value
            j = after.end
        }
        if form == .bare, part == nil { return nil }
        let hour = (part ?? before)?.hour(h.value) ?? h.value
        guard hour <= 23, (minute ?? 0) <= 59 else { return nil }
        var hedge: Hedge?
        if j < n, ScalarClass.isHan(s[j]), let after = lexicon.hedgesAfter.match(at: j, in: s), after.value == .about {
            hedge = .about
            j = after.end
        }
        var zone: ClockZone?
        if let z = zoneAfter(j) {
            zone = z.zone
            j = z.end
        }
        return ClockRead(minute: hour * 60 + (minute ?? 0), end: j, form: form, hasMinutes: minute != nil, part: part,
                         hedge: hedge, zone: zone)
    }

    /// A dash at `k` and a colon time after it: the second end of a span of hours (14:00-19:00).
    func colonTime(after k: Int) -> Bool {
        guard k + 4 < n, Self.hourDashes.contains(s[k]), let hour = arabic(at: k + 1, max: 2) else { return false }
        return hour.end + 2 < n && (s[hour.end] == ":" || s[hour.end] == "：") && arabic(at: hour.end + 1, max: 2)?.count == 2
    }

    /// Where the colon time ends that stands before `k` with a dash between (spaces around it
    /// allowed): `k` starts the second end of a span of hours (14:00-19:00, 08:00 ~ 16:00).
    func colonTimeEnd(before k: Int) -> Int? {
        var d = k - 1
        while d > 0, s[d] == " " { d -= 1 }
        guard d > 0, Self.hourDashes.contains(s[d]) else { return nil }
        var e = d - 1
        while e > 0, s[e] == " " { e -= 1 }
        guard e >= 3, ScalarClass.asciiDigit(s[e]) != nil, ScalarClass.asciiDigit(s[e - 1]) != nil,
              s[e - 2] == ":" || s[e - 2] == "：", ScalarClass.asciiDigit(s[e - 3]) != nil else { return nil }
        return e + 1
    }

    /// A range word after `e` (to, đến, 至), then a clock time that is one by its own marks (its
    /// minutes, a part of the day, a zone, "the same day" after it): `e` ends the first end of a
    /// span. "kéo dài từ 3 giờ đến 5 giờ" (lasted three to five hours) is no span of the day.
    func clockAfterConnector(_ e: Int) -> Bool {
        let k = skipSpaces(e)
        guard k > e || k < n && ScalarClass.isHan(s[k]),
              let connector = words.rangeConnectors.match(at: k, in: s) ?? words.rangeJoiners.match(at: k, in: s) else { return false }
        let r = skipSpaces(connector.end)
        guard r < n, let second = readClock(at: r, part: nil) else { return false }
        return second.form == .colon || second.hasMinutes || second.part != nil || second.zone != nil || sameDayAfter(second.end) != nil
    }

    /// A range word right before `k`, after a clock time read as the first end of a span (the
    /// text's last value, opened by from, từ, 从).
    func spanConnector(before k: Int) -> Bool {
        guard let last = mentions.last, last.kind == .date, last.value.precision == "minute" else { return false }
        let b = skipBack(k)
        guard let connector = words.rangeConnectors.match(endingAt: b, in: s) ?? words.rangeJoiners.match(endingAt: b, in: s),
              skipBack(connector.start) == last.span.end else { return false }
        return opener(before: last.span.start) != nil
    }

    /// Dashes that join two clock times into a span of hours: signs, not words.
    static let hourDashes: Set<Unicode.Scalar> = ["-", "\u{2013}", "\u{2014}", "~", "\u{FF5E}", "\u{301C}"]

    /// A zone right after `k`, in brackets or not: local time, (giờ địa phương), GMT+7, UTC+08:00.
    func zoneAfter(_ k: Int) -> (zone: ClockZone, end: Int)? {
        var j = skipSpaces(k)
        let bracket = j < n && (s[j] == "(" || s[j] == "（")
        if bracket { j = skipSpaces(j + 1) }
        guard j < n, words.zones.mayStart(with: s[j]), let name = words.zones.match(at: j, in: s) else { return nil }
        var zone = name.value
        var e = name.end
        // GMT+7, UTC-05:00: an offset glued to an offset zone.
        if case .offset(let base) = zone, e + 1 < n, s[e] == "+" || s[e] == "-" || s[e] == "−", let hours = arabic(at: e + 1, max: 2) {
            var minutes = hours.value * 60
            var end = hours.end
            if end + 2 < n, s[end] == ":", let m = arabic(at: end + 1, max: 2), m.count == 2, m.value < 60 {
                minutes += m.value
                end = m.end
            }
            if !glued(end), let offset = UTCOffset(minutes: base.minutes + (s[e] == "+" ? minutes : -minutes)) {
                zone = .offset(offset)
                e = end
            }
        }
        if bracket {
            let close = skipSpaces(e)
            guard close < n, s[close] == ")" || s[close] == "）" else { return nil }
            e = close + 1
        }
        return (zone, e)
    }

    /// A zone right before `k` (北京时间10月28日…), starting no earlier than `floor`.
    func zoneBefore(_ k: Int, floor: Int) -> (zone: ClockZone, start: Int)? {
        guard let name = words.zones.match(endingAt: skipBack(k), in: s), name.start >= floor else { return nil }
        return (name.value, name.start)
    }

    /// The words before a clock time's hour at `k`, read backwards down to `floor`.
    func clockLead(before k: Int, floor: Int) -> ClockLead {
        var lead = ClockLead(start: k)
        var b = skipBack(k)
        for _ in 0..<5 where b > floor {
            let cue = words.clockCues.match(endingAt: b, in: s)
            let hedge = lexicon.hedgesBefore.match(endingAt: b, in: s)
            let part = words.dayPartsBefore.match(endingAt: b, in: s)
            let same = words.sameDay.match(endingAt: b, in: s)
            let zone = words.zones.match(endingAt: b, in: s)
            // The longest word ending here; every list holding that same word applies (当晚 may be
            // both "that day" and "evening", khoảng both a cue and a hedge).
            let starts = [cue?.start, hedge?.start, part?.start, same?.start, zone?.start].compactMap { $0 }
            guard let start = starts.min(), start >= floor else {
                if durationWordBefore(b) { lead.amount = true }
                break
            }
            var spans = false
            if let cue, cue.start == start, !lead.cue { lead.cue = true }
            if let hedge, hedge.start == start, lead.hedge == nil {
                guard hedge.value == .about else {
                    lead.amount = true
                    break
                }
                lead.hedge = .about
                spans = true
            }
            if let part, part.start == start, lead.part == nil {
                lead.part = part.value
                spans = true
            }
            if let same, same.start == start, !lead.sameDay {
                lead.sameDay = true
                spans = true
            }
            if let zone, zone.start == start, lead.zone == nil {
                lead.zone = zone.value
                spans = true
            }
            if spans { lead.start = start }
            b = skipBack(start)
        }
        return lead
    }

    /// trong, suốt, sau, mất, for, every, thứ right before `b`: what comes is an amount of time.
    func durationWordBefore(_ b: Int) -> Bool {
        words.durationPrefixes.match(endingAt: b, in: s) != nil || words.durationBefore.match(endingAt: b, in: s) != nil
            || words.distributive.match(endingAt: b, in: s) != nil || lexicon.rankPrefixes.match(endingAt: b, in: s) != nil
    }

    /// "2 giờ sau", "3 giờ trước": an amount of time, not a clock time ("lúc 14 giờ trước khi …"
    /// is one: before something else).
    func amountWordAfter(_ e: Int) -> Bool {
        let k = skipSpaces(e)
        guard k > e, let word = words.later.match(at: k, in: s) ?? words.ago.match(at: k, in: s) else { return false }
        return !blockedAfter(word.end)
    }

    /// The same day right after a clock time: 16 giờ cùng ngày, 9 p.m. the same day; not the
    /// next sentence's (at 12 a.m. Later that day …).
    func sameDayAfter(_ e: Int) -> Int? {
        let k = skipSpaces(e)
        guard k < n, let same = words.sameDay.match(at: k, in: s) else { return nil }
        if s[e - 1] == ".", ScalarClass.isUppercase(s[k]) { return nil }
        return same.end
    }

    /// A day right after a clock time, past a comma and a joiner: ngày 28/10, hôm 16/10, on
    /// Monday, Saturday, 28/10. (Not after a Chinese comma: 凌晨2点，昨天下午3点 are two times.)
    func dayAfterClock(_ e: Int) -> DateFound? {
        var k = e
        if k < n, s[k] == "," { k += 1 }
        k = skipSpaces(k)
        if let joiner = words.dayJoiners.match(at: k, in: s), isSpace(joiner.end), let day = dayLevel(at: skipSpaces(joiner.end)) {
            return day
        }
        return dayLevel(at: k)
    }

    /// A date naming one day at `k`: an explicit one (dayDate), a weekday, a relative day, a day
    /// of the month (ngày 16).
    func dayLevel(at k: Int) -> DateFound? {
        guard k < n else { return nil }
        if let day = dayDate(at: k) { return day }
        guard let lead = words.lead.match(at: k, in: s), !digitContinues(lead.end) else { return nil }
        let roles = lead.value.filter {
            switch $0 {
            case .weekday, .relativeDay, .guardedDay, .relativeName, .dayBefore: true
            default: false
            }
        }
        guard let found = parseLead(roles, start: k, end: lead.end), let expression = found.expression,
              Self.dayOf(expression) != nil else { return nil }
        return found
    }

    // MARK: - A clock time alone, or before its day

    /// A clock time whose hour starts at `i` with no day before it. Taken when something says
    /// it is one: a part of the day, the same day, a zone, a day after it, minutes after a mark
    /// that is not a unit of time (2时45分, 12h05); or a cue (lúc, at) or minutes after giờ, when
    /// no word makes it an amount (trong 2 giờ 30 phút, 10 giờ sau). Nil when it is not one, so
    /// that the number is read otherwise (a duration); a colon time not taken is skipped.
    func clockAlone(at i: Int) -> DateOutcome? {
        // Most numbers are no clock time: find that out before looking behind them.
        guard var read = readClock(at: i, part: nil) else { return nil }
        let lead = clockLead(before: i, floor: mentions.last?.span.end ?? 0)
        if let part = lead.part, read.part == nil {
            guard let shifted = readClock(at: i, part: part) else { return nil }
            read = shifted
        }
        var end = read.end
        // The second end of a span of hours (14:00-19:00, từ 7h đến 19h) is on the first end's day.
        let secondEnd = read.form == .colon && colonTimeEnd(before: i).map { $0 == mentions.last?.span.end } == true
            || spanConnector(before: lead.start)
        // The first end of a span of hours in words: from 7h to 19h, từ 7h đến 19h.
        let firstEnd = !lead.amount && opener(before: lead.start) != nil && clockAfterConnector(read.end)
        let sameDay = lead.sameDay || secondEnd || sameDayAfter(end) != nil
        if !lead.sameDay, let after = sameDayAfter(end) { end = after }
        let day = sameDay ? nil : dayAfterClock(end)
        let strong = read.part != nil || lead.part != nil || sameDay || firstEnd || read.zone != nil || lead.zone != nil || day != nil
            || (read.form == .mark(unit: false) && read.hasMinutes)
        let weak = lead.cue || (read.form == .mark(unit: true) && read.hasMinutes)
        guard strong || (weak && !lead.amount && !amountWordAfter(end)) else {
            return read.form == .colon ? .skip(read.end) : nil
        }
        let hedge = lead.hedge ?? read.hedge
        if let day, let expression = day.expression, let named = Self.dayOf(expression) {
            var found = DateFound(lead.start, day.end, Self.time(on: named, minute: read.minute))
            found.hedge = hedge
            found.zone = read.zone ?? lead.zone
            return .found(found)
        }
        var found = DateFound(lead.start, end, .timeOfDay(.dayOffset(0), minute: read.minute))
        found.placement = sameDay ? .sameDay : .sentence
        found.hedge = hedge
        found.zone = read.zone ?? lead.zone
        return .found(found)
    }

    // MARK: - A clock time after a day

    /// A day followed by its clock time: 16日下午2时45分, ngày 16/10 lúc 14 giờ 50, on Monday at
    /// 9:40 p.m., 2013-10-29 00:56. Not a time that leads the next date (ngày 28/10, lúc 12h05
    /// ngày 29/10), nor "3 giờ sau". A part of the day before the day (chiều ngày 16/10 lúc 3
    /// giờ) counts when the time has none of its own, and so does one that ends the day word
    /// (昨晚8時40分).
    func attachClock(_ found: inout DateFound) {
        guard found.placement == nil, let expression = found.expression, !Self.isTime(expression),
              let day = Self.dayOf(expression) else { return }
        var t = found.end
        if t < n, s[t] == "," || s[t] == "，" { t += 1 }
        t = skipSpaces(t)
        var cue = false
        var hedge: Hedge?
        var part: DayPart?
        for _ in 0..<3 {
            if !cue, let c = words.clockCues.match(at: t, in: s) {
                cue = true
                if lexicon.hedgesBefore.match(at: t, in: s)?.value == .about { hedge = .about }
                t = skipSpaces(c.end)
            } else if hedge == nil, let h = lexicon.hedgesBefore.match(at: t, in: s), h.value == .about {
                hedge = .about
                t = skipSpaces(h.end)
            } else if part == nil, let p = words.dayPartsBefore.match(at: t, in: s) {
                part = p.value
                t = skipSpaces(p.end)
            } else {
                break
            }
        }
        guard t < n, var read = readClock(at: t, part: part) else { return }
        // chiều ngày 16/10 lúc 3 giờ: the part of the day before the day, when the time has none.
        let partBeforeDay = part == nil && read.part == nil ? words.dayPartsBefore.match(endingAt: skipBack(found.start), in: s) : nil
        if let before = partBeforeDay {
            guard let shifted = readClock(at: t, part: before.value) else { return }
            read = shifted
        } else if part == nil, read.part == nil, let inDay = words.dayPartsBefore.match(endingAt: found.end, in: s),
                  inDay.start > found.start {
            // 昨晚8時40分: the day word ends with its part of the day.
            guard let shifted = readClock(at: t, part: inDay.value) else { return }
            read = shifted
        }
        if read.form == .mark(unit: true), !read.hasMinutes, !cue, read.part == nil, part == nil, amountWordAfter(read.end) { return }
        guard dayAfterClock(read.end) == nil else { return }
        found.end = read.end
        found.expression = Self.time(on: day, minute: read.minute)
        found.hedge = hedge ?? read.hedge
        found.zone = read.zone
        if let before = partBeforeDay, before.start >= mentions.last?.span.end ?? 0 { found.start = before.start }
    }
}
