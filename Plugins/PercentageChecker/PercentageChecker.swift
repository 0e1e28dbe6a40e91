import ClaimsCore

/// Compares percentages of the same topic: percent and percentage points are not comparable,
/// nor are rates of different dates or of periods of different length (1至9月 and 9月份, a year
/// and its third quarter); shares agree within half a point (rounding) or within their hedges;
/// a share of the same whole stated twice with different values is a conflict.
public struct PercentageChecker: CrossChecker {
    public static let description = ModuleDescription(
        name: "percentages",
        kind: .checker,
        version: "1.0.0",
        languages: ["*"],
        summary: "Percentages and percentage points: shares of the same whole, hedges, rounding."
    )

    /// Absolute difference, in points, under which two percentages agree.
    public static let tolerance = 0.5

    /// Days by which two reference periods may differ in length and still be one (a month of 30
    /// days and one of 31, a day and its evening).
    public static let periodSlack = 3.0

    public init() {}

    public func check(_ group: AlignedGroup) -> [Finding] {
        PairwiseChecking.findings(for: group, kinds: [.percentage], checker: Self.description.tag) { a, b in
            guard let x = PairwiseChecking.interval(a.value), let y = PairwiseChecking.interval(b.value) else { return nil }
            let pair = "\(a.value.display) vs \(b.value.display)"
            if a.value.unit != b.value.unit {
                return PairJudgement(.notComparable, .info, confidence: 0.9, "\(pair): percent and percentage points are different measures")
            }
            if let r = a.context?.reference, let t = b.context?.reference {
                if !PairwiseChecking.daysMeet(r, t) {
                    return PairJudgement(.notComparable, .info, confidence: 0.8, "\(pair): they refer to different dates")
                }
                // A rate of nine months and one of their last month ("1至9月 增长3.2%", "9月份 增长21.6%"),
                // of a year and of one of its quarters: two periods, not two readings of one.
                if abs((r.upperBound - r.lowerBound) - (t.upperBound - t.lowerBound)) > Self.periodSlack {
                    return PairJudgement(.notComparable, .info, confidence: 0.7,
                                         "\(pair): they refer to periods of different length (\(a.context?.referenceText ?? "?") vs \(b.context?.referenceText ?? "?"))")
                }
            }
            let widened = (x.lowerBound - Self.tolerance)...(x.upperBound + Self.tolerance)
            if widened.overlaps(y) {
                return PairJudgement(.consistent, .info, confidence: 0.8, "\(pair): the shares agree")
            }
            let gap = x.upperBound < y.lowerBound ? y.lowerBound - x.upperBound : x.lowerBound - y.upperBound
            let hedged = a.value.hedge != nil || b.value.hedge != nil
            var severity: Severity = gap >= 5 ? .high : gap >= 1 ? .medium : .low
            if hedged, severity == .high { severity = .medium }
            return PairJudgement(.conflict, severity, confidence: hedged ? 0.6 : 0.85,
                                 "\(pair): the shares differ by \(QuantityFormat.number(gap)) points")
        }
    }
}
