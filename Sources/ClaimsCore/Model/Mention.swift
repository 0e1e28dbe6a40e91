/// The kinds of checkable value the extractors find.
public enum MentionKind: String, Codable, Sendable, CaseIterable {
    case number, percentage, money, count, date, duration, multiplier, rank
}

/// A value reduced to comparable form. `number` is the point value where there is one;
/// `low`/`high` bound it when a hedge or vagueness widens it; `unit` names what it measures
/// ("percent", an ISO currency code, a counted noun); `display` is a short human rendering.
public struct NormalizedValue: Hashable, Codable, Sendable {
    public var display: String
    public var number: Double?
    public var low: Double?
    public var high: Double?
    public var unit: String?
    public var hedge: String?

    public init(display: String, number: Double? = nil, low: Double? = nil, high: Double? = nil,
                unit: String? = nil, hedge: String? = nil) {
        self.display = display
        self.number = number
        self.low = low
        self.high = high
        self.unit = unit
        self.hedge = hedge
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
