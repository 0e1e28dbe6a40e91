import ClaimsCore
import Foundation

/// Holidays as days: Christmas 2019, Easter 2018, last Easter, next New Year's Day, 国庆节, Quốc
/// khánh. The `dates.holidays` lexicon gives each a fixed day or a count of days from Easter
/// Sunday (computed for the year, Gregorian). Without a year a fixed holiday is the one nearest
/// the publication date and Easter the publication year's; with last/this/next, the one before,
/// in or after the publication date. Holidays of the lunar calendar (春节, Tết) are not read.
extension DateScanner {
    func holiday(_ role: DateRole, start: Int, end: Int, relation: Int? = nil) -> DateFound? {
        guard relation != nil || capitalOK(start) || numberBeside(start, end) else { return nil }
        if relation == nil, let year = yearAfter(end, marker: false) {
            guard case .absolute(let y) = year.year, let day = Self.day(of: role, in: y) else {
                return Self.fixed(role).map { DateFound(start, year.end, .calendar(year.year, .day($0.month, $0.day))) }
            }
            return DateFound(start, year.end, .calendar(.absolute(y), .day(day.month, day.day)))
        }
        guard let published = resolver.published else {
            return relation == nil ? Self.fixed(role).map { DateFound(start, end, .calendar(.implied, .day($0.month, $0.day))) } : nil
        }
        let y = published.year
        if relation == nil || relation == 0 {
            if relation == nil, let fixed = Self.fixed(role) { return DateFound(start, end, .calendar(.implied, .day(fixed.month, fixed.day))) }
            guard let day = Self.day(of: role, in: y) else { return nil }
            return DateFound(start, end, .calendar(.absolute(y), .day(day.month, day.day)))
        }
        // last Easter: the latest strictly before publication; next: the first strictly after.
        guard let relation else { return nil }
        let today = CalendarDays.from(year: y, month: published.month ?? 1, day: published.day ?? 1)
        for candidate in relation < 0 ? [y, y - 1] : [y, y + 1] {
            guard let day = Self.day(of: role, in: candidate) else { continue }
            let at = CalendarDays.from(year: candidate, month: day.month, day: day.day)
            if relation < 0 ? at < today : at > today {
                return DateFound(start, end, .calendar(.absolute(candidate), .day(day.month, day.day)))
            }
        }
        return nil
    }

    /// "Lunar New Year", "Chinese New Year", "Orthodox Christmas": a capitalized word right
    /// before a holiday's name makes it another holiday, unless it is a cue or a date word
    /// ("On Christmas Day", "Last Easter").
    func qualifiedName(before start: Int) -> Bool {
        guard words.namesCapitalized, start >= 3, isSpace(start - 1) else { return false }
        let end = start - 1
        var k = end
        while k > 0, ScalarClass.isLetter(s[k - 1]) { k -= 1 }
        guard end - k >= 2, ScalarClass.isUppercase(s[k]) else { return false }
        return words.dayCues.match(at: k, in: s)?.end != end && words.lead.match(at: k, in: s) == nil
    }

    static func fixed(_ role: DateRole) -> (month: Int, day: Int)? {
        if case .holiday(let m, let d) = role { return (m, d) }
        return nil
    }

    /// The holiday's day in `year`.
    static func day(of role: DateRole, in year: Int) -> (month: Int, day: Int)? {
        switch role {
        case .holiday(let m, let d): return (m, d)
        case .easter(let offset):
            let e = easter(year)
            let day = CalendarDays.civil(CalendarDays.from(year: year, month: e.month, day: e.day) + offset)
            return (day.month, day.day)
        default: return nil
        }
    }

    /// Easter Sunday of a Gregorian year (the anonymous algorithm, Meeus/Jones/Butcher).
    static func easter(_ y: Int) -> (month: Int, day: Int) {
        let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return (month, day)
    }
}
