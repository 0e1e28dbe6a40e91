import Foundation

/// Places date expressions on the calendar against a source's publication date, to the
/// precision that date is known: a source dated only to the month cannot say which day
/// "yesterday" was, so a day-level relative date then spans every day it could be and takes the
/// publication date's precision, and its display shows the range.
public struct DateResolver: Sendable {
    public let published: PartialDate?
    /// The publication date as written in `anchor` (formatted once, not per date).
    let anchorText: String

    public init(published: PartialDate?) {
        self.published = published
        self.anchorText = published?.description ?? "unknown"
    }

    /// Days per unit of time, to compare durations given in different units: a year is 365.2425
    /// days, a month a twelfth of that.
    public static let unitDays: [String: Double] = [
        "decade": 3652.425, "year": 365.2425, "quarter": 91.310625, "month": 30.436875, "week": 7, "day": 1,
        "hour": 1.0 / 24, "minute": 1.0 / 1440, "second": 1.0 / 86400,
    ]

    struct Span {
        var low: Double
        var high: Double
        var precision: String
        var display: String
    }

    /// The normalized value of a date expression (unit "date").
    public func value(_ expression: DateExpression) -> NormalizedValue {
        // A day of the month in a source dated to its month ("截至3日晚10時" in an April report)
        // is that month's day: the source is of that month and tells of its days, not of the
        // next month's.
        if let published, published.precision == .month, let month = published.month {
            let fits = { (d: Int) in d <= CalendarDays.daysIn(month: month, year: published.year) }
            switch expression {
            case .dayOfMonth(let d) where fits(d):
                return value(.calendar(.absolute(published.year), .day(month, d)))
            case .timeOfDay(.dayOfMonth(let d), let minute) where fits(d):
                return value(.calendar(.absolute(published.year), .minute(month, d, minute)))
            default:
                break
            }
        }
        // The nth weekday of a month: that month placed first, then the day counted in it.
        if case .nthWeekday(let k, let w, let m, let year) = expression {
            let month = value(.calendar(year, .month(m)))
            guard let low = month.low else {
                return NormalizedValue(display: Self.describe(expression) + " (unresolved)", unit: "date", precision: "day", anchor: "unknown")
            }
            let (y, _, _) = CalendarDays.civil(Int(low))
            let first = CalendarDays.from(year: y, month: m, day: 1)
            let days = CalendarDays.daysIn(month: m, year: y)
            var day = first + (w - CalendarDays.weekday(first) + 7) % 7 + 7 * (k - 1)
            if k < 0 {
                let last = first + days - 1
                day = last - (CalendarDays.weekday(last) - w + 7) % 7
            }
            guard day >= first, day < first + days else {
                return NormalizedValue(display: Self.describe(expression) + " (no such day)", unit: "date", precision: "day")
            }
            var result = value(.calendar(.absolute(y), .day(m, day - first + 1)))
            result.anchor = month.anchor
            return result
        }
        if case .timeOfDay(.calendar(let year, let period), let minute) = expression {
            switch period {
            case .day(let m, let d), .minute(let m, let d, _): return value(.calendar(year, .minute(m, d, minute)))
            default: break
            }
        }
        switch expression {
        case .calendar(.absolute(let year), let period):
            let span = Self.span(period, year: year)
            return NormalizedValue(display: span.display, low: span.low, high: span.high, unit: "date", precision: span.precision)
        case .fiscal(let year, let quarter):
            return NormalizedValue(display: "FY\(year)" + (quarter.map { " Q\($0)" } ?? ""), unit: "date",
                                   precision: quarter == nil ? "year" : "quarter")
        case .ambiguous(let day, let month, let year):
            let y = year.map { Self.pad($0, 4) + "-" } ?? "--"
            return NormalizedValue(display: "\(y)\(Self.pad(month))-\(Self.pad(day)) or \(y)\(Self.pad(day))-\(Self.pad(month))",
                                   unit: "date", precision: "day")
        default:
            break
        }
        guard let published else {
            return NormalizedValue(display: Self.describe(expression) + " (unresolved)", unit: "date",
                                   precision: Self.grain(expression), anchor: "unknown")
        }
        let anchor = anchorText
        // Year-less and relative-year dates depend on the publication year (and month), which
        // is known whatever the precision; the rest depends on the publication day.
        if case .calendar(let year, let period) = expression {
            let span = implied(period, year: year, published: published)
            return NormalizedValue(display: span.display, low: span.low, high: span.high, unit: "date",
                                   precision: span.precision, anchor: anchor)
        }
        let first: Int
        let last: Int
        switch published.precision {
        case .day:
            first = CalendarDays.from(year: published.year, month: published.month!, day: published.day!)
            last = first
        case .month:
            first = CalendarDays.from(year: published.year, month: published.month!, day: 1)
            last = first + CalendarDays.daysIn(month: published.month!, year: published.year) - 1
        case .year:
            first = CalendarDays.from(year: published.year, month: 1, day: 1)
            last = CalendarDays.from(year: published.year, month: 12, day: 31)
        }
        let a = relative(expression, anchorDay: first)
        let b = first == last ? a : relative(expression, anchorDay: last)
        if a.low == b.low && a.high == b.high {
            return NormalizedValue(display: a.display, low: a.low, high: a.high, unit: "date", precision: a.precision, anchor: anchor)
        }
        // Which day it was depends on the unknown publication day: the hull of every reading.
        let low = min(a.low, b.low)
        let high = max(a.high, b.high)
        return NormalizedValue(display: Self.rangeDisplay(low: low, high: high, precision: a.precision), low: low, high: high,
                               unit: "date", precision: published.precision.rawValue, anchor: anchor)
    }

    // MARK: - Periods of a year

    static func span(_ period: DatePeriod, year: Int) -> Span {
        func days(_ y: Int, _ m: Int, _ d: Int) -> Double { Double(CalendarDays.from(year: y, month: m, day: d)) }
        func months(_ first: Int, count: Int) -> (Double, Double) {
            let start = year * 12 + first - 1
            return (Double(CalendarDays.from(monthIndex: start)), Double(CalendarDays.from(monthIndex: start + count)))
        }
        let y = pad(year, 4)
        switch period {
        case .year:
            return Span(low: days(year, 1, 1), high: days(year + 1, 1, 1), precision: "year", display: y)
        case .decade:
            return Span(low: days(year, 1, 1), high: days(year + 10, 1, 1), precision: "decade", display: y + "s")
        case .century:
            return Span(low: days(year, 1, 1), high: days(year + 100, 1, 1), precision: "century", display: "\(y)–\(pad(year + 99, 4))")
        case .through(let last):
            return Span(low: days(year, 1, 1), high: days(last + 1, 1, 1), precision: "year", display: "\(y)–\(pad(last, 4))")
        case .half(let h):
            let (low, high) = months((h - 1) * 6 + 1, count: 6)
            return Span(low: low, high: high, precision: "half", display: "\(y) H\(h)")
        case .quarter(let q):
            let (low, high) = months((q - 1) * 3 + 1, count: 3)
            return Span(low: low, high: high, precision: "quarter", display: "\(y) Q\(q)")
        case .season(let season):
            let (low, high) = months(season.firstMonth, count: 3)
            return Span(low: low, high: high, precision: "season", display: "\(y) \(season.rawValue)")
        case .part(let part):
            let (low, high) = months(part.months.first, count: part.months.count)
            return Span(low: low, high: high, precision: "year", display: "\(y) (\(part.label))")
        case .month(let m):
            let (low, high) = months(m, count: 1)
            return Span(low: low, high: high, precision: "month", display: "\(y)-\(pad(m))")
        case .monthPart(let m, let part):
            let start = days(year, m, 1)
            let length = Double(CalendarDays.daysIn(month: m, year: year))
            let (from, to) = part.days(in: length)
            return Span(low: start + from, high: start + to, precision: "month", display: "\(y)-\(pad(m)) (\(part.label))")
        case .day(let m, let d):
            let low = days(year, m, d)
            return Span(low: low, high: low + 1, precision: "day", display: "\(y)-\(pad(m))-\(pad(d))")
        case .minute(let m, let d, let minute):
            let low = days(year, m, d) + Double(minute) / 1440
            return Span(low: low, high: low + 1.0 / 1440, precision: "minute",
                        display: "\(y)-\(pad(m))-\(pad(d)) \(pad(minute / 60)):\(pad(minute % 60))")
        }
    }

    /// Whether a period exists in a year (29 February).
    static func exists(_ period: DatePeriod, year: Int) -> Bool {
        switch period {
        case .day(let m, let d), .minute(let m, let d, _): d <= CalendarDays.daysIn(month: m, year: year)
        default: true
        }
    }

    func implied(_ period: DatePeriod, year: DateYear, published: PartialDate) -> Span {
        switch year {
        case .absolute(let y): return Self.span(period, year: y)
        case .relative(let k): return Self.span(period, year: published.year + k)
        case .implied: break
        }
        switch period {
        case .month, .monthPart, .day, .minute, .quarter:
            guard let month = published.month else { return Self.span(period, year: published.year) }
            // The publication day, or the middle of its month.
            let anchor = Double(CalendarDays.from(year: published.year, month: month, day: published.day ?? 15))
            var best: (distance: Double, span: Span)?
            for y in (published.year - 1)...(published.year + 1) where Self.exists(period, year: y) {
                let span = Self.span(period, year: y)
                let distance = anchor < span.low ? span.low - anchor : anchor >= span.high ? anchor - span.high + 1 : 0
                if best == nil || distance < best!.distance { best = (distance, span) }
            }
            return best?.span ?? Self.span(period, year: published.year)
        default:
            return Self.span(period, year: published.year)
        }
    }

    // MARK: - Relative to the publication day

    func relative(_ expression: DateExpression, anchorDay a: Int) -> Span {
        let (ay, am, _) = CalendarDays.civil(a)
        func day(_ d: Int) -> Span {
            let (y, m, dd) = CalendarDays.civil(d)
            return Self.span(.day(m, dd), year: y)
        }
        func week(around d: Int) -> Span {
            let monday = d - (CalendarDays.weekday(d) - 1)
            return Span(low: Double(monday), high: Double(monday + 7), precision: "week", display: Self.weekDisplay(monday))
        }
        func month(_ index: Int, part: DatePart? = nil, day d: Int? = nil) -> Span {
            let y = index >= 0 ? index / 12 : (index - 11) / 12
            let m = index - y * 12 + 1
            if let d, d <= CalendarDays.daysIn(month: m, year: y) { return Self.span(.day(m, d), year: y) }
            if let part { return Self.span(.monthPart(m, part), year: y) }
            return Self.span(.month(m), year: y)
        }
        switch expression {
        case .dayOffset(let k):
            return day(a + k)
        case .weekOffset(let k):
            return week(around: a + 7 * k)
        case .monthOffset(let k, let part, let d):
            return month(ay * 12 + am - 1 + k, part: part, day: d)
        case .dayOfMonth(let d):
            // The nearest day with that number: this month's, the last or the next.
            var best: (distance: Int, day: Int)?
            for index in (ay * 12 + am - 2)...(ay * 12 + am) {
                let y = index >= 0 ? index / 12 : (index - 11) / 12
                let m = index - y * 12 + 1
                guard d <= CalendarDays.daysIn(month: m, year: y) else { continue }
                let candidate = CalendarDays.from(year: y, month: m, day: d)
                let distance = abs(candidate - a)
                if best == nil || distance < best!.distance { best = (distance, candidate) }
            }
            return day(best?.day ?? a)
        case .weekday(let w, let relation):
            let today = CalendarDays.weekday(a)
            switch relation {
            case ..<0:
                let back = (today - w + 7) % 7
                return day(a - (back == 0 ? 7 : back))
            case 0:
                return day(a - (today - w + 7) % 7)
            default:
                return day(a + (w - today + 7) % 7)
            }
        case .weekdayOfWeek(let w, let week):
            return day(a - (CalendarDays.weekday(a) - 1) + 7 * week + (w - 1))
        case .weekend(let week, let upcoming):
            let today = CalendarDays.weekday(a)
            let k = week ?? (upcoming || today >= 6 ? 0 : -1)
            let saturday = a - (today - 1) + 7 * k + 5
            return Span(low: Double(saturday), high: Double(saturday + 2), precision: "day",
                        display: Self.rangeDisplay(low: Double(saturday), high: Double(saturday + 2), precision: "day"))
        case .weekdayDay(let w, let d):
            var best: (distance: Int, day: Int)?
            for index in (ay * 12 + am - 13)...(ay * 12 + am + 11) {
                let y = index >= 0 ? index / 12 : (index - 11) / 12
                let m = index - y * 12 + 1
                guard d <= CalendarDays.daysIn(month: m, year: y) else { continue }
                let candidate = CalendarDays.from(year: y, month: m, day: d)
                guard CalendarDays.weekday(candidate) == w else { continue }
                if best == nil || abs(candidate - a) < best!.distance { best = (abs(candidate - a), candidate) }
            }
            guard let best else { return relative(.dayOfMonth(d), anchorDay: a) }
            return day(best.day)
        case .namedMonth(let m, let relation):
            let current = ay * 12 + am - 1
            let same = ay * 12 + m - 1
            switch relation {
            case ..<0: return month(same < current ? same : same - 12)
            case 0: return month(same)
            default: return month(same > current ? same : same + 12)
            }
        case .namedSeason(let season, let relation):
            let anchor = Double(a)
            var years = Array((ay - 2)...(ay + 1))
            if relation > 0 { years.reverse() }
            var chosen = Self.span(.season(season), year: ay)
            switch relation {
            case ..<0:
                for y in years where Self.span(.season(season), year: y).high <= anchor { chosen = Self.span(.season(season), year: y) }
            case 0:
                // The season the day is in, else this year's.
                for y in years where Self.span(.season(season), year: y).low <= anchor && anchor < Self.span(.season(season), year: y).high {
                    chosen = Self.span(.season(season), year: y)
                }
            default:
                for y in years where Self.span(.season(season), year: y).low > anchor { chosen = Self.span(.season(season), year: y) }
            }
            return chosen
        case .ago(let amount, let unit):
            switch unit {
            case "year", "decade":
                let years = amount * (unit == "decade" ? 10 : 1)
                let low = ay - Int(years.rounded(.up))
                let high = ay - Int(years.rounded(.down))
                if low == high { return Self.span(.year, year: low) }
                return Span(low: Self.span(.year, year: low).low, high: Self.span(.year, year: high).high, precision: "year",
                            display: "\(low)–\(high)")
            case "quarter", "month":
                let months = amount * (unit == "quarter" ? 3 : 1)
                let index = ay * 12 + am - 1
                let low = month(index - Int(months.rounded(.up)))
                let high = month(index - Int(months.rounded(.down)))
                if low.low == high.low { return low }
                return Span(low: low.low, high: high.high, precision: "month", display: Self.rangeDisplay(low: low.low, high: high.high, precision: "month"))
            case "week":
                let center = a - Int((amount * 7).rounded())
                return Span(low: Double(center - 3), high: Double(center + 4), precision: "week",
                            display: Self.rangeDisplay(low: Double(center - 3), high: Double(center + 4), precision: "day"))
            default:
                // Days, hours, minutes: the day it falls on, or the days it may fall on.
                let days = amount * (Self.unitDays[unit] ?? 1)
                let low = a - Int(days.rounded(.up))
                let high = a - Int(days.rounded(.down))
                if low == high { return day(low) }
                return Span(low: Double(low), high: Double(high + 1), precision: "day",
                            display: Self.rangeDisplay(low: Double(low), high: Double(high + 1), precision: "day"))
            }
        case .following(let count, let unit):
            return following(count, unit: unit, anchorDay: a)
        case .calendar(let year, let period):
            // Not reached: calendar dates are placed by `implied`.
            let y: Int = switch year {
            case .absolute(let y): y
            case .relative(let k): ay + k
            case .implied: ay
            }
            return Self.span(period, year: y)
        case .fiscal, .ambiguous, .nthWeekday:
            // Not reached: placed by `value`.
            return day(a)
        case .timeOfDay(let inner, let minute):
            // The minute of the day the inner expression names.
            let span = relative(inner, anchorDay: a)
            guard span.precision == "day", span.high - span.low == 1 else { return span }
            let low = span.low + Double(minute) / 1440
            return Span(low: low, high: low + 1.0 / 1440, precision: "minute", display: span.display + " " + Self.clock(minute))
        }
    }

    /// The days of the next (or, for a negative count, the previous) `count` units from day `a`.
    func following(_ count: Int, unit: String, anchorDay a: Int) -> Span {
        let (ay, am, _) = CalendarDays.civil(a)
        let low: Int, high: Int
        switch unit {
        case "quarter", "decade":
            // Whole periods: the current one is the quarter or the decade `a` falls in.
            let current = unit == "quarter" ? ay * 4 + (am - 1) / 3 : Int((Double(ay) / 10).rounded(.down))
            let (first, last) = count > 0 ? (current + 1, current + count) : (current + count, current - 1)
            func start(_ period: Int) -> Int {
                unit == "quarter" ? CalendarDays.from(monthIndex: period * 3) : CalendarDays.from(year: period * 10, month: 1, day: 1)
            }
            (low, high) = (start(first), start(last + 1))
        case "month", "year":
            // The same day of the month that many months on, or the month's last day.
            let (y, m, d) = CalendarDays.civil(a)
            let index = y * 12 + m - 1 + count * (unit == "year" ? 12 : 1)
            let ty = index >= 0 ? index / 12 : (index - 11) / 12
            let tm = index - ty * 12 + 1
            let shifted = CalendarDays.from(year: ty, month: tm, day: min(d, CalendarDays.daysIn(month: tm, year: ty)))
            (low, high) = count > 0 ? (a + 1, shifted + 1) : (shifted, a)
        default:
            let days = count * (unit == "week" ? 7 : 1)
            (low, high) = count > 0 ? (a + 1, a + days + 1) : (a + days, a)
        }
        // Whole quarters are known to the month and decades to the year; the rest to the day.
        let precision = unit == "decade" ? "year" : unit == "quarter" ? "month" : "day"
        return Span(low: Double(low), high: Double(high), precision: precision,
                    display: Self.rangeDisplay(low: Double(low), high: Double(high), precision: precision))
    }
}
