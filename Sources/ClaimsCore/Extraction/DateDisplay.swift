import Foundation

/// How resolved dates and date expressions are written for people: padded numbers, weeks,
/// clock times, ranges, and a short description of an expression.
extension DateResolver {
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
        case "year", "decade", "century":
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
            case .year, .decade, .century, .through: periodText = ""
            case .half(let h): periodText = "H\(h)"
            case .quarter(let q): periodText = "Q\(q)"
            case .season(let season): periodText = season.rawValue
            case .part(let part): periodText = "\(part.label) in the year"
            case .month(let m): periodText = "--\(pad(m))"
            case .monthPart(let m, let part): periodText = "--\(pad(m)) (\(part.label))"
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
            if let d { text += " day \(d)" } else if let part { text += " (\(part.label))" }
            return text
        case .weekday(let w, let r):
            let name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][w - 1]
            return r == 0 ? name : "\(relation(r)) \(name)"
        case .weekdayOfWeek(let w, let k):
            let name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][w - 1]
            return "\(name) of " + (k == 0 ? "this week" : k == -1 ? "last week" : k == 1 ? "next week" : count(k, "week"))
        case .nthWeekday(let k, let w, let m, _):
            let name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][w - 1]
            return (k < 0 ? "last" : "#\(k)") + " \(name) of --\(pad(m))"
        case .weekend(let week, _):
            guard let week else { return "the weekend" }
            return "weekend of " + (week == 0 ? "this week" : week == -1 ? "last week" : week == 1 ? "next week" : count(week, "week"))
        case .weekdayDay(let w, let d):
            return ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][w - 1] + " day \(d)"
        case .namedMonth(let m, let r): return "\(relation(r)) --\(pad(m))"
        case .namedSeason(let season, let r): return "\(relation(r)) \(season.rawValue)"
        case .ago(let amount, let unit):
            let n = amount == amount.rounded() ? String(Int(amount)) : String(amount)
            return "\(n) \(unit)\(amount == 1 ? "" : "s") ago"
        case .following(let count, let unit): return "\(count < 0 ? "previous" : "next") \(abs(count)) \(unit)s"
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
            case .century: "century"
            case .half: "half"
            case .quarter: "quarter"
            case .season: "season"
            case .month, .monthPart: "month"
            case .day: "day"
            case .minute: "minute"
            }
        case .dayOfMonth, .dayOffset, .weekday, .weekdayOfWeek, .weekdayDay, .weekend, .nthWeekday, .ambiguous: "day"
        case .weekOffset: "week"
        case .monthOffset(_, _, let d): d == nil ? "month" : "day"
        case .namedMonth: "month"
        case .namedSeason: "season"
        case .following(_, let unit): ["decade": "year", "quarter": "month"][unit] ?? "day"
        case .ago(_, let unit): ["year": "year", "decade": "year", "quarter": "month", "month": "month", "week": "week"][unit] ?? "day"
        case .fiscal(_, let q): q == nil ? "year" : "quarter"
        case .timeOfDay: "minute"
        }
    }
}
