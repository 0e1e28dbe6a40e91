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
/// 1–10, 11–20 and 21 to the end (上旬, 中旬, 下旬). Or its first or second half: a month's
/// days 1–15 and 16 to the end (上半月, nửa đầu tháng 9, the second half of March), a year's
/// January–June and July–December.
public enum DatePart: String, Sendable, Hashable, CaseIterable {
    case early, mid, late
    case firstHalf = "first_half", secondHalf = "second_half"

    /// The first (1) or second (2) half.
    public static func half(_ h: Int) -> DatePart { h == 1 ? .firstHalf : .secondHalf }

    /// As written in a display: "early", "first half".
    public var label: String { rawValue.replacingOccurrences(of: "_", with: " ") }

    /// Which days of a month of `length` days the part covers, counted from its first day: the
    /// early part 0..<10, the second half 15 to the end.
    func days(in length: Double) -> (from: Double, to: Double) {
        switch self {
        case .early: (0, 10)
        case .mid: (10, 20)
        case .late: (20, length)
        case .firstHalf: (0, 15)
        case .secondHalf: (15, length)
        }
    }

    /// The months of a year the part covers: its first month and how many.
    var months: (first: Int, count: Int) {
        switch self {
        case .early: (1, 4)
        case .mid: (5, 4)
        case .late: (9, 4)
        case .firstHalf: (1, 6)
        case .secondHalf: (7, 6)
        }
    }
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
    /// The hundred years starting with the date's year (the 19th century, 19世纪: 1800–1899).
    case century
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
    /// -1 the latest strictly before (last Monday), 1 the first on or after publication (a
    /// weekday in a sentence about what will happen: "will make landfall on Tuesday", "sẽ đổ bộ
    /// vào thứ Ba").
    case weekday(Int, relation: Int)
    /// A weekday (1 = Monday) of the calendar week `week` weeks from publication's: next Friday,
    /// last Monday, tuesday of last week, next week on Tuesday, thứ Ba tuần sau, 下周二.
    case weekdayOfWeek(Int, week: Int)
    /// A weekday (1 = Monday) and a day of the month (Tuesday the 11th): the day of that number
    /// nearest publication, within a year either way, that falls on that weekday.
    case weekdayDay(Int, day: Int)
    /// The Saturday and Sunday of the week `week` weeks from publication's (last weekend, 上个周
    /// 末); with no week, the latest weekend begun by publication (over the weekend), or the
    /// next to end with or after it when `upcoming` (this weekend's dinner, 周末将有降雨).
    case weekend(Int?, upcoming: Bool)
    /// The `n`th weekday (1 = Monday) of a month, the last for `n` = -1: the first Tuesday of
    /// November, 四月的最后一个星期一.
    case nthWeekday(Int, weekday: Int, month: Int, year: DateYear)
    /// A month named with last/this/next (last June).
    case namedMonth(Int, relation: Int)
    /// A season named with last/this/next (last summer).
    case namedSeason(Season, relation: Int)
    /// An amount of time before publication (5个月前, 5 tháng trước, five months ago), in a unit
    /// of `DateResolver.unitDays`.
    case ago(Double, unit: String)
    /// The next or the previous `count` units of time (the next five years, the previous three
    /// quarters, 5 upcoming months): negative counts look back. Days, weeks, months and years
    /// run from the publication day; quarters and decades are whole ones after or before the
    /// current one, as such periods are counted.
    case following(Int, unit: String)
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
