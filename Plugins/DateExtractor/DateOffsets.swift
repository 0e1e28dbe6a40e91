import ClaimsCore
import Foundation

/// A day counted from another by an amount of time: "three weeks from tomorrow", "2 weeks from
/// January 15", "16 days from 01/02/2018", "5 days before Christmas Day 2016", "two months after
/// next Friday", "three days from now", "two years after 2011". The base is any date the scanner
/// reads (or a `now` word: the publication day); the amount moves its start, by calendar months
/// and years for those units. The words are the `dates.offsets` lexicon entries: `after` (from,
/// after), `before` and `now`.
extension DateScanner {
    /// The date `amount` of `unit` after or before the date that follows `end`, if one does.
    func shifted(_ amount: TimeAmount, unit: String, end: Int) -> DateFound? {
        guard !amount.isVague, amount.value == amount.value.rounded(), amount.value >= 1, amount.value <= 10_000, isSpace(end) else { return nil }
        let k = skipSpaces(end)
        let sign: Int
        let wordEnd: Int
        if let after = words.offsetAfter.match(at: k, in: s), isSpace(after.end) {
            (sign, wordEnd) = (1, after.end)
        } else if let before = words.offsetBefore.match(at: k, in: s), isSpace(before.end) {
            (sign, wordEnd) = (-1, before.end)
        } else {
            return nil
        }
        let b = skipSpaces(wordEnd)
        guard b < n else { return nil }
        let base: NormalizedValue
        let baseEnd: Int
        if let now = words.offsetNow.match(at: b, in: s), !glued(now.end), !(now.end < n && ScalarClass.isLetter(s[now.end])) {
            base = resolver.value(.dayOffset(0))
            baseEnd = now.end
        } else if case .found(let found)? = candidate(at: b), found.duration == nil, found.through == nil, !found.counted,
                  let expression = found.expression, !Self.isTime(expression) {
            base = resolver.value(anchored(expression))
            baseEnd = found.end
        } else {
            return nil
        }
        guard let low = base.low, let high = base.high, let day = shift(low: Int(low), high: Int(high), precision: base.precision,
                                                                           by: sign * Int(amount.value), unit: unit) else { return nil }
        // "for 3 days from today": the days from the base up to the shifted one, that one left out.
        if sign == 1, base.precision == "day", high - low == 1, let lasting = lastingBefore(amount.start),
           let after = resolver.value(day).low, Int(after) - 1 >= Int(low) {
            let (a, b) = (CalendarDays.civil(Int(low)), CalendarDays.civil(Int(after) - 1))
            var found = DateFound(lasting, baseEnd, .calendar(.absolute(a.year), .day(a.month, a.day)))
            if Int(after) - 1 > Int(low) { found.through = .calendar(.absolute(b.year), .day(b.month, b.day)) }
            found.counted = true
            return found
        }
        var found = DateFound(amount.start, baseEnd, day)
        found.counted = true
        return found
    }

    /// Where a `lasting` word ("for") right before the amount at `start` begins, if one stands there.
    func lastingBefore(_ start: Int) -> Int? {
        let b = skipBack(start)
        guard b < start, let word = words.offsetLasting.match(endingAt: b, in: s),
              word.start == 0 || !ScalarClass.isLetter(s[word.start - 1]) else { return nil }
        return word.start
    }

    /// The base interval's start moved by `count` units, at the finer of the base's precision and
    /// the unit's: a day moves by days, weeks, months or years; a month by months or years; a year
    /// by years. Nil for other pairs (three hours after Monday).
    func shift(low: Int, high: Int, precision: String?, by count: Int, unit: String) -> DateExpression? {
        let start = CalendarDays.civil(low)
        switch (precision, unit) {
        case ("day", "day") where high - low == 1:
            let d = CalendarDays.civil(low + count)
            return .calendar(.absolute(d.year), .day(d.month, d.day))
        case ("day", "week") where high - low == 1:
            let d = CalendarDays.civil(low + 7 * count)
            return .calendar(.absolute(d.year), .day(d.month, d.day))
        case ("day", "month"), ("day", "year"), ("day", "quarter"):
            guard high - low == 1 else { return nil }
            let months = count * (unit == "year" ? 12 : unit == "quarter" ? 3 : 1)
            let index = start.year * 12 + start.month - 1 + months
            let (y, m) = (index / 12, index % 12 + 1)
            return .calendar(.absolute(y), .day(m, min(start.day, CalendarDays.daysIn(month: m, year: y))))
        case ("month", "month"), ("month", "year"), ("month", "quarter"):
            let months = count * (unit == "year" ? 12 : unit == "quarter" ? 3 : 1)
            let index = start.year * 12 + start.month - 1 + months
            return .calendar(.absolute(index / 12), .month(index % 12 + 1))
        case ("year", "year"):
            return .calendar(.absolute(start.year + count), .year)
        default:
            return nil
        }
    }
}
