import ClaimsCore

/// Compares dates of the same event (founded, launched, invested) as intervals at their
/// precision: 2019 and 2019-07 agree; 2018 and 2019-07 do not. Relative dates arrive already
/// resolved against each source's publication date; unresolved ones are left out. Durations
/// ("four years" of partnership) become the start they imply, counted back from their source's
/// publication date, so "four years" in a 2023 article and "six years" in a 2025 one agree.
/// Dates of a story's event (read from open descriptions) more than four weeks apart are two
/// occurrences, not a contradiction, unless both are reference points ("for the first time
/// since 2005" against "since 2002"). A hedged time of day ("12点左右", "khoảng 16 giờ") spreads
/// half an hour either side when it names a round hour or half hour, ten minutes otherwise.
/// Two times of day written in different zones, each named by the text (an offset, a country's
/// time, or local time with the country its sentence names), are compared in UTC: 08:15 giờ Hà
/// Nội is 09:15 北京时间.
public struct DateChecker: CrossChecker {
    public static let description = ModuleDescription(
        name: "event-dates",
        kind: .checker,
        version: "1.0.0",
        languages: ["*"],
        summary: "Dates of the same event compared as intervals at their precision."
    )

    public init() {}

    public func check(_ group: AlignedGroup) -> [Finding] {
        PairwiseChecking.findings(for: group, kinds: [.date, .duration], checker: Self.description.tag) { a, b in
            guard var x = interval(a, group: group), var y = interval(b, group: group) else { return nil }
            var pair = "\(describe(a, x)) vs \(describe(b, y))"
            // Two times of day written in different zones the text names (13:38 "giờ địa phương"
            // in India, "台灣時間" 16:20) are compared in UTC.
            if let p = a.reading?.utcOffset, let q = b.reading?.utcOffset, p != q, let m = a.value.low, let n = b.value.low {
                let (dp, dq) = (Double(p) / 1440, Double(q) / 1440)
                x = (x.lowerBound - dp)..<(x.upperBound - dp)
                y = (y.lowerBound - dq)..<(y.upperBound - dq)
                pair += " (\(a.reading?.zone ?? "?") vs \(b.reading?.zone ?? "?"); in UTC \(Self.clock(m - dp)) vs \(Self.clock(n - dq)))"
            }
            if x.lowerBound < y.upperBound && y.lowerBound < x.upperBound {
                return PairJudgement(.consistent, .info, confidence: 0.8, "\(pair): the dates overlap at their precision")
            }
            let gap = x.upperBound <= y.lowerBound ? y.lowerBound - x.upperBound : x.lowerBound - y.upperBound
            // Two dates of a story's event weeks apart tell of two occurrences (the attacks of
            // November and those of January), not of one misdated.
            if a.kind == .date, b.kind == .date, a.context?.isStoryFact == true, b.context?.isStoryFact == true,
               a.reading != nil, b.reading != nil, gap > Self.occurrenceGap, a.dateRelation != "since" || b.dateRelation != "since" {
                return PairJudgement(.notComparable, .info, confidence: 0.6, "\(pair): weeks apart, most likely two occurrences")
            }
            // "Yesterday" counted from a report published in another time zone may land a day
            // off ("昨天晚上" in Beijing of a Friday night in Paris).
            if a.kind == .date, b.kind == .date, gap < 1, Self.countedFromPublication(a) || Self.countedFromPublication(b) {
                return PairJudgement(.notComparable, .info, confidence: 0.5,
                                     "\(pair): a day apart, and one is counted from its report's publication day, which may be in another time zone")
            }
            // A gap is weighed against the coarser precision: a day apart is a real difference
            // between two dates known to the day, not between two months.
            let unit = max(x.upperBound - x.lowerBound, y.upperBound - y.lowerBound)
            let severity: Severity = gap > 365 ? .high : gap > 30 ? .medium : (unit <= 1 && a.kind == .date && b.kind == .date) ? .medium : .low
            return PairJudgement(.conflict, severity, confidence: 0.8, "\(pair): the dates do not overlap")
        }
    }

    /// The time of day of a day count, as HH:MM.
    static func clock(_ day: Double) -> String {
        let minutes = Int(((day - day.rounded(.down)) * 1440).rounded()) % 1440
        return (minutes / 60 < 10 ? "0" : "") + String(minutes / 60) + ":" + (minutes % 60 < 10 ? "0" : "") + String(minutes % 60)
    }

    /// A date written only in words relative to its report's publication day: 昨天, hôm qua,
    /// yesterday, last Friday (not "13日", whose day is written).
    static func countedFromPublication(_ claim: Claim) -> Bool {
        claim.value.anchor != nil && !claim.text.unicodeScalars.contains { ScalarClass.digit($0) != nil }
    }

    /// A date's day interval, start included and end excluded; for a duration, the interval
    /// its start falls in, counted back from the source's publication date and widened by one
    /// unit either way, as "four years" is rarely exact.
    func interval(_ claim: Claim, group: AlignedGroup) -> Range<Double>? {
        let value = claim.value
        if claim.kind == .date {
            guard value.unit == "date", let low = value.low, let high = value.high, low < high else { return nil }
            // "About noon" (12点左右) is within half an hour of it, "about 12:05" within ten minutes.
            if value.hedge == "about", value.precision == "minute" {
                let minute = ((low - low.rounded(.down)) * 1440).rounded()
                let spread = (minute.truncatingRemainder(dividingBy: 30) == 0 ? 30.0 : 10.0) / 1440
                return (low - spread)..<(high + spread)
            }
            return low..<high
        }
        guard let amount = value.number, let unit = value.unit, let days = Self.unitDays[unit],
              let published = PairwiseChecking.publicationDays(group.sources[claim.sourceID]) else { return nil }
        let length = amount * days
        return (published.lowerBound - length - days)..<(published.upperBound - length + days)
    }

    /// A date as displayed; a duration with the start it implies ("4 years, from about 2019").
    func describe(_ claim: Claim, _ interval: Range<Double>) -> String {
        guard claim.kind == .duration else { return claim.value.display }
        let middle = CalendarDays.civil(Int((interval.lowerBound + interval.upperBound) / 2))
        return "\(claim.value.display), from about \(middle.year)"
    }

    /// Days between two dates of a story's event beyond which they are two occurrences: four weeks.
    static let occurrenceGap = 28.0

    /// Average lengths of the units durations are given in, in days.
    static let unitDays: [String: Double] = [
        "year": 365.25, "quarter": 91.31, "month": 30.44, "week": 7, "day": 1,
    ]
}
