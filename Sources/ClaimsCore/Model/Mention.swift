/// The kinds of checkable value the extractors find.
public enum MentionKind: String, Codable, Sendable, CaseIterable {
    case number, percentage, money, count, date, duration, multiplier, rank, identifier
}

/// A value reduced to comparable form. `number` is the point value where there is one;
/// `low`/`high` bound it when a hedge or vagueness widens it; `unit` names what it measures
/// ("percent", an ISO currency code, a counted noun); `display` is a short human rendering.
///
/// Dates (unit "date") have no `number`: `low`/`high` are the interval they name in days since
/// 1970-01-01, end excluded, `precision` the calendar unit they are known to and `anchor` the
/// publication date a relative date was placed against (see DateResolver); a clock time keeps the
/// wall-clock minute as written, and `zone` the time zone the text names beside it. Durations have the
/// amount in `number` and its unit of time in `unit` (year, month, week, day, hour, ...).
public struct NormalizedValue: Hashable, Codable, Sendable {
    public var display: String
    public var number: Double?
    public var low: Double?
    public var high: Double?
    public var unit: String?
    public var hedge: String?
    /// For dates: decade, year, half, quarter, season, month, week, day or minute.
    public var precision: String?
    /// For relative and year-less dates: the publication date they were resolved against, or
    /// "unknown" when the source has none.
    public var anchor: String?
    /// For times of day: the time zone named beside them, "local" (giờ địa phương, local time,
    /// 当地时间) or an offset from UTC such as "+08:00" (北京时间, UTC+8); nil when none is named.
    public var zone: String?

    public init(display: String, number: Double? = nil, low: Double? = nil, high: Double? = nil,
                unit: String? = nil, hedge: String? = nil, precision: String? = nil, anchor: String? = nil,
                zone: String? = nil) {
        self.display = display
        self.number = number
        self.low = low
        self.high = high
        self.unit = unit
        self.hedge = hedge
        self.precision = precision
        self.anchor = anchor
        self.zone = zone
    }

    enum CodingKeys: String, CodingKey {
        case display, number, low, high, unit, hedge, precision, anchor, zone
        case firstDay = "first_day", lastDay = "last_day"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(display: try c.decode(String.self, forKey: .display), number: try c.decodeIfPresent(Double.self, forKey: .number),
                  low: try c.decodeIfPresent(Double.self, forKey: .low), high: try c.decodeIfPresent(Double.self, forKey: .high),
                  unit: try c.decodeIfPresent(String.self, forKey: .unit), hedge: try c.decodeIfPresent(String.self, forKey: .hedge),
                  precision: try c.decodeIfPresent(String.self, forKey: .precision), anchor: try c.decodeIfPresent(String.self, forKey: .anchor),
                  zone: try c.decodeIfPresent(String.self, forKey: .zone))
    }

    /// A date's interval is written as days too (`first_day`, `last_day`, ISO, both included), so
    /// that a reader sees which days "2019 Q3" or "from January to April" covers.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(display, forKey: .display)
        try c.encodeIfPresent(number, forKey: .number)
        try c.encodeIfPresent(low, forKey: .low)
        try c.encodeIfPresent(high, forKey: .high)
        try c.encodeIfPresent(unit, forKey: .unit)
        try c.encodeIfPresent(hedge, forKey: .hedge)
        try c.encodeIfPresent(precision, forKey: .precision)
        try c.encodeIfPresent(anchor, forKey: .anchor)
        try c.encodeIfPresent(zone, forKey: .zone)
        if let days = dayRange {
            try c.encode(days.first, forKey: .firstDay)
            try c.encode(days.last, forKey: .lastDay)
        }
    }

    /// A date's first and last day, ISO, both included; nil for other values.
    public var dayRange: (first: String, last: String)? {
        guard unit == "date", let low, let high, high > low else { return nil }
        return (Self.iso(Int(low.rounded(.down))), Self.iso(Int((high - 1).rounded(.up))))
    }

    static func iso(_ days: Int) -> String {
        let d = CalendarDays.civil(days)
        func pad(_ v: Int, _ w: Int) -> String { String(repeating: "0", count: max(0, w - String(v).count)) + String(v) }
        return "\(pad(d.year, 4))-\(pad(d.month, 2))-\(pad(d.day, 2))"
    }
}

/// A typed value found in a document, with the exact span it came from.
public struct Mention: Hashable, Sendable {
    public var kind: MentionKind
    public var span: TextSpan
    /// The exact surface text under `span`.
    public var text: String
    public var value: NormalizedValue

    public init(kind: MentionKind, span: TextSpan, text: String, value: NormalizedValue) {
        self.kind = kind
        self.span = span
        self.text = text
        self.value = value
    }
}
