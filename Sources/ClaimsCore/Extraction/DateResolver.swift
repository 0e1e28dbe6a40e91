import Foundation

// Dates as the extractors report them. A date mention's NormalizedValue has `unit` "date",
// `number` nil, and `low`/`high` the interval it names in days since 1970-01-01 (proleptic
// Gregorian, the wall-clock time the text writes; a time zone named beside a time of day is kept
// apart, in the value's `zone`): `low` is the first instant, `high` the end,
// excluded. 2019 is [17897, 18262); 2023-06-17 is [19525, 19526); 12:05 on that day is
// [19525 + 725/1440, 19525 + 726/1440). `precision` names the calendar unit the value is known
// to (decade, year, half, quarter, season, month, week, day, minute); `anchor` is the
// publication date a relative or year-less date was placed against ("unknown" when the source
// has none: the value then has no interval and its display says "unresolved").

/// Early, middle or late part of a year or a month, as thirds: a year's early part is
/// January–April, its middle May–August, its late part September–December; a month's are days
/// 1–10, 11–20 and 21 to the end (上旬, 中旬, 下旬).
public enum DatePart: String, Sendable, Hashable, CaseIterable {
    case early, mid, late
}

/// A part of the day that says which half of a 12-hour dial an hour is on.
public enum DayPart: String, Sendable, Hashable, CaseIterable {
    /// Morning (上午, 凌晨, sáng, a.m.): 12 is midnight.
    case am
    /// Afternoon and evening (下午, 晚上, chiều, tối, p.m.): hours up to 11 move on by 12; 12 is noon.
    case pm
    /// Around noon (中午, trưa): 1 to 5 are afternoon hours; 11 and 12 stay.
    case noon
    /// Night (深夜, đêm, khuya): 6 to 11 are evening hours, 12 is midnight, 1 to 5 the small hours.
    case night

    /// The hour on a 24-hour clock; hours past 12 are already on one and stay.
    public func hour(_ h: Int) -> Int {
        guard h <= 12 else { return h }
        switch self {
        case .am: return h == 12 ? 0 : h
        case .pm: return h < 12 ? h + 12 : h
        case .noon: return h <= 5 ? h + 12 : h
        case .night: return h == 12 ? 0 : h >= 6 ? h + 12 : h
        }
    }
}

/// An offset from UTC, written as a time of day's `zone`: "+08:00", "-05:30".
public struct UTCOffset: Hashable, Sendable, CustomStringConvertible {
    /// Minutes east of UTC.
    public let minutes: Int

    public init?(minutes: Int) {
        guard abs(minutes) <= 14 * 60 else { return nil }
        self.minutes = minutes
    }

    /// Reads "+HH:MM" or "-HH:MM".
    public init?(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 6, scalars[0] == "+" || scalars[0] == "-", scalars[3] == ":" else { return nil }
        var digits: [Int] = []
        for k in [1, 2, 4, 5] {
            guard let d = ScalarClass.digit(scalars[k]) else { return nil }
            digits.append(d)
        }
        let hours = digits[0] * 10 + digits[1], minutes = digits[2] * 10 + digits[3]
        guard minutes < 60 else { return nil }
        self.init(minutes: (scalars[0] == "-" ? -1 : 1) * (hours * 60 + minutes))
    }

    public var description: String {
        let m = abs(minutes)
        return (minutes < 0 ? "-" : "+") + DateResolver.pad(m / 60) + ":" + DateResolver.pad(m % 60)
    }
}

/// A time zone a text names beside a time of day; its `description` is the value's `zone`.
public enum ClockZone: Hashable, Sendable, CustomStringConvertible {
    /// The local time of the place written about (giờ địa phương, 当地时间, local time).
    case local
    case offset(UTCOffset)

    /// Reads "local" or "+HH:MM".
    public init?(_ text: String) {
        if text == "local" {
            self = .local
        } else if let offset = UTCOffset(text) {
            self = .offset(offset)
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .local: "local"
        case .offset(let offset): offset.description
        }
    }
}

/// Meteorological seasons of the northern hemisphere: spring March–May, summer June–August,
/// autumn September–November, winter December–February. The winter of 2023 starts in
/// December 2023.
public enum Season: String, Sendable, Hashable, CaseIterable {
    case spring, summer, autumn, winter

    var firstMonth: Int {
        switch self {
        case .spring: 3
        case .summer: 6
        case .autumn: 9
        case .winter: 12
        }
    }
}

/// Which year a date is in.
public enum DateYear: Hashable, Sendable {
    case absolute(Int)
    /// Counted from the publication year: 0 this year (今年, năm nay), -1 last year.
    case relative(Int)
    /// Not written (3月, tháng 7, June 17): months, days and quarters are placed in the year
    /// that puts them nearest the publication date, the earlier on a tie; halves and parts of
    /// the year in the publication year.
    case implied
}

/// The stretch of a year a date names.
public enum DatePeriod: Hashable, Sendable {
    case year
    /// The ten years starting with the date's year (1990s, 1990年代).
    case decade
    /// From the date's year through this one (2019–2023).
    case through(Int)
    case half(Int)
    case quarter(Int)
    case season(Season)
    case part(DatePart)
    case month(Int)
    case monthPart(Int, DatePart)
    case day(Int, Int)
    /// Month, day and minute of the day.
    case minute(Int, Int, Int)
}

/// A date as written, before it is placed on the calendar.
public enum DateExpression: Hashable, Sendable {
    case calendar(DateYear, DatePeriod)
    /// A day of the month without its month (28日, ngày 17): the nearest such day.
    case dayOfMonth(Int)
    /// Days from the publication day: 0 today, -1 yesterday.
    case dayOffset(Int)
    /// Calendar weeks (Monday to Sunday) from the publication week.
    case weekOffset(Int)
    /// Months from the publication month, with a part of the month or a day of it (上月底, 上月28日).
    case monthOffset(Int, DatePart?, Int?)
    /// A weekday (1 = Monday): relation 0 the latest on or before publication (周一, on Monday),
    /// -1 the latest strictly before (last Monday), 1 the first strictly after (next Monday).
    case weekday(Int, relation: Int)
    /// A month named with last/this/next (last June).
    case namedMonth(Int, relation: Int)
    /// A season named with last/this/next (last summer).
    case namedSeason(Season, relation: Int)
    /// An amount of time before publication (5个月前, 5 tháng trước, five months ago), in a unit
    /// of `DateResolver.unitDays`.
    case ago(Double, unit: String)
    /// A fiscal year and quarter (2023财年第四季度): fiscal calendars differ, so no interval.
    case fiscal(Int, quarter: Int?)
    /// A numeric date both of whose readings are valid (6/7/2023 in English): day, month and
    /// year of the day-first reading.
    case ambiguous(Int, Int, year: Int?)
    /// A minute (after midnight) of a day given by another expression: 16日下午2时45分 (day 16),
    /// yesterday at 9 pm, on Monday at 9:40 p.m.; a clock time with no day beside it is placed on
    /// the publication day (`dayOffset(0)`). A calendar day's minute is `.calendar(_, .minute)`.
    indirect case timeOfDay(DateExpression, minute: Int)
}

/// Calendar arithmetic on days since 1970-01-01 (proleptic Gregorian).
public enum CalendarDays {
    public static func from(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 1 = Monday … 7 = Sunday.
    public static func weekday(_ days: Int) -> Int { ((days % 7 + 7 + 3) % 7) + 1 }

    public static func daysIn(month: Int, year: Int) -> Int { PartialDate.daysIn(month: month, year: year) }

    /// The first day of a month counted as year * 12 + month - 1.
    static func from(monthIndex: Int) -> Int {
        let year = monthIndex >= 0 ? monthIndex / 12 : (monthIndex - 11) / 12
        return from(year: year, month: monthIndex - year * 12 + 1, day: 1)
    }
}

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
            let first = part == .early ? 1 : part == .mid ? 5 : 9
            let (low, high) = months(first, count: 4)
            return Span(low: low, high: high, precision: "year", display: "\(y) (\(part.rawValue))")
        case .month(let m):
            let (low, high) = months(m, count: 1)
            return Span(low: low, high: high, precision: "month", display: "\(y)-\(pad(m))")
        case .monthPart(let m, let part):
            let start = days(year, m, 1)
            let length = Double(CalendarDays.daysIn(month: m, year: year))
            let low = part == .early ? start : part == .mid ? start + 10 : start + 20
            let high = part == .early ? start + 10 : part == .mid ? start + 20 : start + length
            return Span(low: low, high: high, precision: "month", display: "\(y)-\(pad(m)) (\(part.rawValue))")
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
                let ahead = (w - today + 7) % 7
                return day(a + (ahead == 0 ? 7 : ahead))
            }
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
        case .calendar(let year, let period):
            // Not reached: calendar dates are placed by `implied`.
            let y: Int = switch year {
            case .absolute(let y): y
            case .relative(let k): ay + k
            case .implied: ay
            }
            return Self.span(period, year: y)
        case .fiscal, .ambiguous:
            return day(a)
        case .timeOfDay(let inner, let minute):
            // The minute of the day the inner expression names.
            let span = relative(inner, anchorDay: a)
            guard span.precision == "day", span.high - span.low == 1 else { return span }
            let low = span.low + Double(minute) / 1440
            return Span(low: low, high: low + 1.0 / 1440, precision: "minute", display: span.display + " " + Self.clock(minute))
        }
    }

    // MARK: - Display

    /// A number with leading zeros: 7 → "07", 794 → "0794".
    static func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    static func weekDisplay(_ monday: Int) -> String {
        let (y, m, d) = CalendarDays.civil(monday)
        return "week of \(pad(y, 4))-\(pad(m))-\(pad(d))"
    }

    /// A minute after midnight as HH:MM.
    static func clock(_ minute: Int) -> String { "\(pad(minute / 60)):\(pad(minute % 60))" }

    /// An interval shown at a precision: 2023-05-31…06-29, 2022-12…2023-11, 2022–2023.
    static func rangeDisplay(low: Double, high: Double, precision: String) -> String {
        let (y1, m1, d1) = CalendarDays.civil(Int(low.rounded(.down)))
        let (y2, m2, d2) = CalendarDays.civil(Int(high.rounded(.up)) - 1)
        switch precision {
        case "year", "decade":
            return y1 == y2 ? pad(y1, 4) : "\(pad(y1, 4))–\(pad(y2, 4))"
        case "month", "quarter", "half", "season":
            if y1 == y2 && m1 == m2 { return "\(pad(y1, 4))-\(pad(m1))" }
            return y1 == y2 ? "\(pad(y1, 4))-\(pad(m1))…\(pad(m2))" : "\(pad(y1, 4))-\(pad(m1))…\(pad(y2, 4))-\(pad(m2))"
        default:
            let first = "\(pad(y1, 4))-\(pad(m1))-\(pad(d1))"
            if y1 == y2 && m1 == m2 && d1 == d2 { return first }
            return y1 == y2 ? "\(first)…\(pad(m2))-\(pad(d2))" : "\(first)…\(pad(y2, 4))-\(pad(m2))-\(pad(d2))"
        }
    }

    /// How an expression reads when it cannot be placed: "last year", "--07", "5 months ago".
    static func describe(_ expression: DateExpression) -> String {
        func count(_ k: Int, _ unit: String) -> String {
            let n = abs(k)
            return "\(n) \(unit)\(n == 1 ? "" : "s") " + (k < 0 ? "ago" : "ahead")
        }
        func relation(_ r: Int) -> String { r < 0 ? "last" : r == 0 ? "this" : "next" }
        switch expression {
        case .calendar(let year, let period):
            let periodText: String
            switch period {
            case .year, .decade, .through: periodText = ""
            case .half(let h): periodText = "H\(h)"
            case .quarter(let q): periodText = "Q\(q)"
            case .season(let season): periodText = season.rawValue
            case .part(let part): periodText = "\(part.rawValue) in the year"
            case .month(let m): periodText = "--\(pad(m))"
            case .monthPart(let m, let part): periodText = "--\(pad(m)) (\(part.rawValue))"
            case .day(let m, let d): periodText = "--\(pad(m))-\(pad(d))"
            case .minute(let m, let d, let minute): periodText = "--\(pad(m))-\(pad(d)) \(pad(minute / 60)):\(pad(minute % 60))"
            }
            let yearText: String
            switch year {
            case .absolute(let y): yearText = String(y)
            case .relative(let k): yearText = k == 0 ? "this year" : k == -1 ? "last year" : k == 1 ? "next year" : count(k, "year")
            case .implied: yearText = "year"
            }
            if case .implied = year { return periodText }
            return periodText.isEmpty ? yearText : "\(periodText) \(yearText)"
        case .dayOfMonth(let d): return "day \(d)"
        case .dayOffset(let k): return k == 0 ? "today" : k == -1 ? "yesterday" : k == 1 ? "tomorrow" : count(k, "day")
        case .weekOffset(let k): return k == 0 ? "this week" : k == -1 ? "last week" : k == 1 ? "next week" : count(k, "week")
        case .monthOffset(let k, let part, let d):
            var text = k == 0 ? "this month" : k == -1 ? "last month" : k == 1 ? "next month" : count(k, "month")
            if let d { text += " day \(d)" } else if let part { text += " (\(part.rawValue))" }
            return text
        case .weekday(let w, let r):
            let name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][w - 1]
            return r == 0 ? name : "\(relation(r)) \(name)"
        case .namedMonth(let m, let r): return "\(relation(r)) --\(pad(m))"
        case .namedSeason(let season, let r): return "\(relation(r)) \(season.rawValue)"
        case .ago(let amount, let unit):
            let n = amount == amount.rounded() ? String(Int(amount)) : String(amount)
            return "\(n) \(unit)\(amount == 1 ? "" : "s") ago"
        case .fiscal(let y, let q): return "FY\(y)" + (q.map { " Q\($0)" } ?? "")
        case .ambiguous(let d, let m, _): return "\(d)/\(m)"
        case .timeOfDay(let inner, let minute): return describe(inner) + " " + clock(minute)
        }
    }

    /// The calendar unit an expression names.
    static func grain(_ expression: DateExpression) -> String {
        switch expression {
        case .calendar(_, let period):
            switch period {
            case .year, .through, .part: "year"
            case .decade: "decade"
            case .half: "half"
            case .quarter: "quarter"
            case .season: "season"
            case .month, .monthPart: "month"
            case .day: "day"
            case .minute: "minute"
            }
        case .dayOfMonth, .dayOffset, .weekday, .ambiguous: "day"
        case .weekOffset: "week"
        case .monthOffset(_, _, let d): d == nil ? "month" : "day"
        case .namedMonth: "month"
        case .namedSeason: "season"
        case .ago(_, let unit): ["year": "year", "decade": "year", "quarter": "month", "month": "month", "week": "week"][unit] ?? "day"
        case .fiscal(_, let q): q == nil ? "year" : "quarter"
        case .timeOfDay: "minute"
        }
    }
}
