import ClaimsCore

extension DateScanner {
    /// A day of the month written without its month ("29日凌晨1時30分", "ngày 29") in a text
    /// that named a full day of the story before it ("當地時間2024年12月29日…") is in that day's
    /// month, or the month before or after, whichever puts it nearest that day; the publication
    /// date, which may be weeks later, places it only when the text named no such day. A day
    /// named more than `anchorWindow` days from the publication date is history, not the story.
    func anchored(_ expression: DateExpression) -> DateExpression {
        let day: Int
        let minute: Int?
        switch expression {
        case .dayOfMonth(let d): (day, minute) = (d, nil)
        case .timeOfDay(.dayOfMonth(let d), let m): (day, minute) = (d, m)
        default: return expression
        }
        guard let published = resolver.published else { return expression }
        let publication = CalendarDays.from(year: published.year, month: published.month ?? 1, day: published.day ?? 1)
        let named = days.last { named in
            guard case .calendar(.absolute(let y), .day(let m, let d)) = named.day else { return false }
            return abs(CalendarDays.from(year: y, month: m, day: d) - publication) <= Self.anchorWindow
        }
        guard let named, case .calendar(.absolute(let year), .day(let month, let namedDay)) = named.day else { return expression }
        let anchor = CalendarDays.from(year: year, month: month, day: namedDay)
        var best: (distance: Int, year: Int, month: Int)?
        for offset in -1...1 {
            var (y, m) = (year, month + offset)
            if m < 1 { (y, m) = (y - 1, 12) } else if m > 12 { (y, m) = (y + 1, 1) }
            guard day <= CalendarDays.daysIn(month: m, year: y) else { continue }
            let distance = abs(CalendarDays.from(year: y, month: m, day: day) - anchor)
            if best == nil || distance < best!.distance { best = (distance, y, m) }
        }
        guard let best else { return expression }
        if let minute { return .calendar(.absolute(best.year), .minute(best.month, day, minute)) }
        return .calendar(.absolute(best.year), .day(best.month, day))
    }

    /// How far from the publication date a named day may lie to place the days after it.
    static let anchorWindow = 62
}
