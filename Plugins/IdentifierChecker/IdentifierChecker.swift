import ClaimsCore

/// Compares codes that name the same thing: "chuyến bay QV301", "航班号为QV301" and "Flight
/// QV301" agree; "QV301" against "QV310" is a conflict, and so is "ATR-72" against "ATR-42" for
/// the aircraft of one crash. Hyphens do not matter (ATR-72 = ATR72). A code has no hedge and no
/// rounding: any other code of the series is another thing or a mistake.
public struct IdentifierChecker: CrossChecker {
    public static let description = ModuleDescription(
        name: "identifiers",
        kind: .checker,
        version: "1.0.0",
        languages: ["*"],
        summary: "Codes of one thing: 'chuyến bay QV301' ~ '航班号为QV301'; QV301 vs QV310 conflicts."
    )

    public init() {}

    public func check(_ group: AlignedGroup) -> [Finding] {
        PairwiseChecking.findings(for: group, kinds: [.identifier], checker: Self.description.tag) { a, b in
            let pair = "\(a.value.display) vs \(b.value.display)"
            if a.value.display.uppercased() == b.value.display.uppercased() {
                return PairJudgement(.consistent, .info, confidence: 0.9, "\(pair): the same code")
            }
            // Two codes in one report name two things ("the ATR-72 and the A320 of its fleet").
            if a.sourceID == b.sourceID {
                return PairJudgement(.notComparable, .info, confidence: 0.6, "\(pair): one report names both")
            }
            return PairJudgement(.conflict, .medium, confidence: 0.7, "\(pair): the codes differ")
        }
    }
}
