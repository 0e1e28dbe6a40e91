/// A source's text as read, with its sentences. The text is kept exactly as the loader produced
/// it; every span in the system indexes into `scalars`.
public struct Document: Sendable {
    public let source: SourceInfo
    public let text: String
    public let scalars: [Unicode.Scalar]
    public let sentences: [TextSpan]
    /// A hash of the source's bytes as read, so a later version of the source is recognised.
    public let contentHash: String

    public init(source: SourceInfo, text: String, contentHash: String? = nil) {
        self.source = source
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        self.sentences = SentenceSplitter.split(scalars)
        self.contentHash = contentHash ?? StableHash.hex(of: text)
    }

    public var language: String { source.language ?? "und" }

    /// The text under a span; spans outside the text yield nil rather than trapping.
    public func text(in span: TextSpan) -> String? {
        guard span.start >= 0, span.end <= scalars.count, span.start <= span.end else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        return String(view)
    }

    /// The sentence holding a span, or the smallest run of sentences covering it.
    public func sentence(covering span: TextSpan) -> TextSpan {
        guard !sentences.isEmpty else { return TextSpan(start: 0, end: scalars.count) }
        // Binary search for the last sentence starting at or before span.start.
        var low = 0, high = sentences.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if sentences[mid].start <= span.start { low = mid } else { high = mid - 1 }
        }
        var first = low
        if sentences[first].end <= span.start, first + 1 < sentences.count, sentences[first + 1].start <= span.end {
            first += 1
        }
        var last = first
        while sentences[last].end < span.end, last + 1 < sentences.count { last += 1 }
        let start = min(sentences[first].start, span.start)
        let end = max(sentences[last].end, span.end)
        return TextSpan(start: start, end: end)
    }

    /// The longest quote kept for a claim, in scalars. Text without sentence ends (a table, a
    /// run of digits) could otherwise make every claim quote the whole document.
    public static let maximumQuote = 600

    /// The sentence around a span, cut to a window of `maximumQuote` scalars at white space or
    /// punctuation when the sentence is longer: still an exact substring of the text.
    public func quote(around span: TextSpan) -> TextSpan {
        let sentence = sentence(covering: span)
        guard sentence.length > Self.maximumQuote, span.length < Self.maximumQuote else { return sentence }
        let room = (Self.maximumQuote - span.length) / 2
        var start = max(sentence.start, span.start - room)
        var end = min(sentence.end, span.end + room)
        // Move inwards to a break, so the quote does not start or end inside a word.
        func isBreak(_ s: Unicode.Scalar) -> Bool {
            ScalarClass.isWhitespace(s) || "，。；、,;：:".unicodeScalars.contains(s)
        }
        var a = start
        while a < span.start, a > sentence.start, !isBreak(scalars[a - 1]) { a += 1 }
        if a < span.start { start = a }
        var b = end
        while b > span.end, b < sentence.end, !isBreak(scalars[b]) { b -= 1 }
        if b > span.end { end = b }
        while start < span.start, ScalarClass.isWhitespace(scalars[start]) { start += 1 }
        while end > span.end, ScalarClass.isWhitespace(scalars[end - 1]) { end -= 1 }
        return TextSpan(start: start, end: end)
    }
}
