import ClaimsCore
import Foundation

/// Ranges of dates: two dates joined by a range word read as one interval from the start of the
/// first to the end of the second: "from January to April 2015", "Jan-Feb 2017", "Nov 18-Dec 19,
/// 2015", "June 5-9", "between 2019 and 2021", 从3月到5月, từ tháng 3 đến tháng 5. A side with no
/// year of its own takes the other's (Nov-Feb 2017 starts in November 2016). The words are the
/// `dates.ranges` lexicon entries: `openers` before the first date (from, between, 从, từ), `connectors`
/// between the dates (to, through, -, 至, đến) and `joiners`, which join only after an opener
/// (between … and …).
extension DateScanner {
    /// `found` extended over a range word and a second date right after it, if there are both.
    func range(from found: DateFound) -> DateFound? {
        guard let left = found.expression, found.through == nil, found.duration == nil, found.placement == nil, !Self.isTime(left),
              let (right, rightEnd) = rangeRight(after: found.end, left: left, opened: opener(before: found.start) != nil) else { return nil }
        var (a, b) = Self.sharedYear(left, right)
        var end = rightEnd
        // 26 june to 28 june in 2020, June 5 to June 9, 2020: a year after both sides.
        if case .calendar(.implied, _) = a, case .calendar(.implied, let q) = b, let year = yearAfterRange(end) {
            (a, b) = Self.sharedYear(a, .calendar(year.year, q))
            end = year.end
        }
        // 10月16日至12月10日, 1月—9月份 with no year: the whole range where it lies nearest
        // publication, the second side in the year after the first's when its month comes
        // earlier; not each side in its own nearest year ("1月—9月份" in October is this year's
        // first nine months, though next January is nearer than the last).
        if case .calendar(.implied, let p) = a, case .calendar(.implied, let q) = b, let placed = nearestRange(p, q) {
            (a, b) = placed
        }
        guard rangeValue(a, b) != nil else { return nil }
        var ranged = found
        ranged.expression = a
        ranged.through = b
        ranged.end = end
        if let open = opener(before: found.start) { ranged.start = open }
        return ranged
    }

    /// A year after a range none of whose sides has one: as after a single date, or after a
    /// year cue ("in 2020").
    func yearAfterRange(_ end: Int) -> (year: DateYear, end: Int)? {
        if let year = yearAfter(end, marker: false) { return year }
        let k = skipSpaces(end)
        guard k > end, let cue = words.yearCues.match(at: k, in: s), isSpace(cue.end) else { return nil }
        return yearSpec(at: skipSpaces(cue.end), marker: false)
    }

    /// Where an opener word before `start` begins (from, between, 从).
    func opener(before start: Int) -> Int? {
        guard !words.rangeOpeners.isEmpty else { return nil }
        let b = skipBack(start)
        guard let match = words.rangeOpeners.match(endingAt: b, in: s) else { return nil }
        // A word opener must be a whole word (not "therefrom").
        if match.start > 0, WordFilter.isWordScalar(s[match.start - 1].value), WordFilter.isWordScalar(s[match.start].value),
           !ScalarClass.isHan(s[match.start]) { return nil }
        return match.start
    }

    /// The second date of a range after `end`: a range word, then a date, or for a day of a month
    /// a bare day (June 5-9, 5 đến 9/6 is not read).
    func rangeRight(after end: Int, left: DateExpression, opened: Bool) -> (DateExpression, Int)? {
        let k = skipSpaces(end)
        var connector = words.rangeConnectors.match(at: k, in: s)
        if connector == nil, opened { connector = words.rangeJoiners.match(at: k, in: s) }
        guard let connector else { return nil }
        // A word connector stands apart from the dates (June to May, not "Junetoday").
        let spaced = k > end || isSpace(connector.end)
        if WordFilter.isWordScalar(s[k].value), !ScalarClass.isHan(s[k]), !spaced { return nil }
        let r = skipSpaces(connector.end)
        guard r < n else { return nil }
        // A bare day after a glued dash or a word (June 5-9, June 5 to 9), not "March 3 - 5 people".
        let bare = k == end || WordFilter.isWordScalar(s[k].value)
        if bare, case .calendar(let year, .day(let m, let d)) = left, let day = arabic(at: r, max: 2), day.value > d,
           day.value <= CalendarDays.daysIn(month: m, year: 2000), !glued(day.end) || ordinalEnd(day.end) != nil {
            var e = ordinalEnd(day.end) ?? day.end
            if let t = trail(at: e), t.roles.contains(.day) { e = t.end } // 3月5日至9日
            if let y = yearAfter(e, marker: false) { return (.calendar(y.year, .day(m, day.value)), y.end) }
            if words.lead.match(at: skipSpaces(e), in: s) == nil { return (.calendar(year, .day(m, day.value)), e) }
        }
        // between 2019 and 2021: a bare year after a year.
        if case .calendar(.absolute(let y), .year) = left, let year = arabic(at: r), isYear(year.value, count: year.count),
           year.value > y, !glued(year.end) {
            // 2019年至2021年: the second year's mark too.
            if let t = trail(at: skipSpaceBeforeHan(year.end)), t.roles.contains(.year) { return (.calendar(.absolute(year.value), .year), t.end) }
            return (.calendar(.absolute(year.value), .year), year.end)
        }
        guard case .found(let right)? = candidate(at: r), right.duration == nil, right.placement == nil,
              let expression = right.expression, !Self.isTime(expression) else { return nil }
        return (expression, right.end)
    }

    /// A side with no year written takes the other side's: the year of the later side, or the one
    /// before it when the earlier side's month comes after the later's (Nov-Feb 2017).
    static func sharedYear(_ a: DateExpression, _ b: DateExpression) -> (DateExpression, DateExpression) {
        switch (a, b) {
        case (.calendar(.implied, let p), .calendar(.absolute(let y), let q)):
            guard let m = month(p), let k = month(q) else { return (a, b) }
            return (.calendar(.absolute(m > k ? y - 1 : y), p), b)
        case (.calendar(.absolute(let y), let p), .calendar(.implied, let q)):
            guard let m = month(p), let k = month(q) else { return (a, b) }
            return (a, .calendar(.absolute(k < m ? y + 1 : y), q))
        case (.calendar(let y, .day(let m, let d)), .dayOfMonth(let e)) where e > d:
            // 3月5日至9日
            return (a, .calendar(y, .day(m, e)))
        default:
            return (a, b)
        }
    }

    static func month(_ period: DatePeriod) -> Int? {
        switch period {
        case .month(let m), .monthPart(let m, _), .day(let m, _), .minute(let m, _, _): m
        default: nil
        }
    }

    /// The value of a range: from the first side's first day to the second side's last, at the
    /// coarser of the two precisions; nil when a side cannot be placed or they run backwards.
    func rangeValue(_ a: DateExpression, _ b: DateExpression) -> NormalizedValue? {
        let x = resolver.value(anchored(a)), y = resolver.value(anchored(b))
        guard let low = x.low, let high = y.high, let yl = y.low, let xh = x.high, yl >= low, high >= xh else { return nil }
        let order = ["minute", "day", "week", "month", "quarter", "half", "season", "year", "decade", "century"]
        let rank = { (p: String?) in p.flatMap { order.firstIndex(of: $0) } ?? 0 }
        let precision = rank(x.precision) >= rank(y.precision) ? x.precision : y.precision
        return NormalizedValue(display: x.display + " – " + y.display, low: low, high: high, unit: "date",
                               precision: precision, anchor: x.anchor ?? y.anchor)
    }

    /// 1-9月, 1—9月份, 1至9月, 2023年1-9月: a range of months whose first side is a bare number
    /// taking the second's month mark. A year written right before is the range's (the year's
    /// own reading is replaced); else the range lies where it is nearest publication: "1-9月" in
    /// an October report is this year's first nine months.
    func bareMonthRange(at i: Int) -> DateFound? {
        guard let a = arabic(at: i, max: 2), (1...12).contains(a.value), trail(at: skipSpaceBeforeHan(a.end)) == nil else { return nil }
        let k = skipSpaces(a.end)
        guard let connector = words.rangeConnectors.match(at: k, in: s) else { return nil }
        let r = skipSpaces(connector.end)
        guard let b = small(at: r), (1...12).contains(b.value), b.value != a.value,
              let t = trail(at: skipSpaceBeforeHan(b.end)), t.roles.contains(.month) else { return nil }
        var found: DateFound
        if let year = periodBefore(i), case .calendar(let y, .year) = year.expression {
            found = DateFound(year.start, t.end, .calendar(y, .month(a.value)))
            found.through = .calendar(y, .month(b.value))
            found.replacesLast = true
            if a.value > b.value, case .absolute(let v) = y { found.expression = .calendar(.absolute(v - 1), .month(a.value)) }
        } else {
            guard let placed = nearestRange(.month(a.value), .month(b.value)) else { return nil }
            found = DateFound(i, t.end, placed.0)
            found.through = placed.1
        }
        return rangeValue(found.expression!, found.through!) == nil ? nil : found
    }

    /// Two sides with no year written (months or days), placed as one range where it lies nearest
    /// the publication day (inside it: nearest of all; the earlier on a tie), the second side in
    /// the year after the first's when its month comes earlier (11-2月, Nov-Feb).
    func nearestRange(_ p: DatePeriod, _ q: DatePeriod) -> (DateExpression, DateExpression)? {
        guard let m = Self.month(p), let k = Self.month(q), let published = resolver.published, let month = published.month else { return nil }
        let anchor = Double(CalendarDays.from(year: published.year, month: month, day: published.day ?? 15))
        var best: (distance: Double, placed: (DateExpression, DateExpression))?
        for y in (published.year - 1)...(published.year + 1) {
            let placed: (DateExpression, DateExpression) = (.calendar(.absolute(k < m ? y - 1 : y), p), .calendar(.absolute(y), q))
            guard let low = resolver.value(placed.0).low, let high = resolver.value(placed.1).high, low <= high else { continue }
            let distance = anchor < low ? low - anchor : anchor >= high ? anchor - high + 1 : 0
            if best == nil || distance < best!.distance { best = (distance, placed) }
        }
        return best?.placed
    }
}
