import ClaimsCore

/// Compares dates of the same event (founded, launched, invested) as intervals at their
/// precision: 2019 and 2019-07 agree; 2018 and 2019-07 do not. Relative dates arrive already
/// resolved against each source's publication date; unresolved ones are left out.
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
        PairwiseChecking.findings(for: group, kinds: [.date], checker: Self.description.tag) { a, b in
            guard let x = interval(a.value), let y = interval(b.value) else { return nil }
            let pair = "\(a.value.display) vs \(b.value.display)"
            if x.lowerBound < y.upperBound && y.lowerBound < x.upperBound {
                return PairJudgement(.consistent, .info, confidence: 0.8, "\(pair): the dates overlap at their precision")
            }
            let gap = x.upperBound <= y.lowerBound ? y.lowerBound - x.upperBound : x.lowerBound - y.upperBound
            let severity: Severity = gap > 365 ? .high : gap > 30 ? .medium : .low
            return PairJudgement(.conflict, severity, confidence: 0.8, "\(pair): the dates do not overlap")
        }
    }

    /// A date's day interval, start included and end excluded.
    func interval(_ value: NormalizedValue) -> Range<Double>? {
        guard value.unit == "date", let low = value.low, let high = value.high, low < high else { return nil }
        return low..<high
    }
}
