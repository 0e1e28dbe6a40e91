/// A half-open range of Unicode scalar offsets into a document's text: the same offsets that
/// Python's `str` indexing uses, so `text[start:end]` there gives back the quoted surface.
public struct TextSpan: Hashable, Codable, Sendable, Comparable {
    public let start: Int
    public let end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "a span cannot end before it starts")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}
