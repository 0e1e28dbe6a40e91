import Foundation

/// How much of a publication date is known. A source dated only to the month must not be
/// treated as if it had a day.
public enum DatePrecision: String, Codable, Sendable, Comparable, CaseIterable {
    case year, month, day

    private var rank: Int {
        switch self {
        case .year: 0
        case .month: 1
        case .day: 2
        }
    }

    public static func < (lhs: DatePrecision, rhs: DatePrecision) -> Bool { lhs.rank < rhs.rank }
}

/// A calendar date known to a given precision: 2023, 2023-06 or 2023-06-17.
public struct PartialDate: Hashable, Codable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    public var precision: DatePrecision {
        if day != nil { return .day }
        if month != nil { return .month }
        return .year
    }

    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; with `precision`, a finer date is cut to it.
    public init?(parsing text: String, precision: DatePrecision? = nil) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        // Digits only: Int("+6") would accept a sign.
        func number(_ part: Substring, length: Int) -> Int? {
            guard part.count == length, part.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(part)
        }
        guard (1...3).contains(parts.count), let year = number(parts[0], length: 4) else { return nil }
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            guard let m = number(parts[1], length: 2) else { return nil }
            month = m
        }
        if parts.count == 3 {
            guard let d = number(parts[2], length: 2) else { return nil }
            day = d
        }
        // Validate the whole date first, then cut it to the precision asked for.
        guard PartialDate(year: year, month: month, day: day) != nil else { return nil }
        if let precision {
            if precision < .day { day = nil }
            if precision < .month { month = nil }
        }
        self.init(year: year, month: month, day: day)
    }

    public var description: String {
        var text = String(format: "%04d", year)
        if let month { text += String(format: "-%02d", month) }
        if let day { text += String(format: "-%02d", day) }
        return text
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = PartialDate(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: \(text)")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// Where a source's bytes come from.
public enum SourceLocation: Hashable, Sendable, CustomStringConvertible {
    case file(URL)
    case web(URL)

    public var description: String {
        switch self {
        case .file(let url): url.path
        case .web(let url): url.absoluteString
        }
    }
}

/// What is known about a source before and after it is read: identity, location and the
/// metadata a manifest or the command line gives it.
public struct SourceInfo: Hashable, Sendable {
    public var id: String
    public var location: SourceLocation
    /// The name a person recognises in an error message: the manifest's file name or the URL.
    public var displayName: String
    public var language: String?
    public var title: String?
    public var publisher: String?
    public var published: PartialDate?

    public init(id: String, location: SourceLocation, displayName: String, language: String? = nil,
                title: String? = nil, publisher: String? = nil, published: PartialDate? = nil) {
        self.id = id
        self.location = location
        self.displayName = displayName
        self.language = language
        self.title = title
        self.publisher = publisher
        self.published = published
    }
}
