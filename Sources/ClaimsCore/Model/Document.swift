/// A source's text as read, with its sentences. The text is kept exactly as the loader produced
/// it; every span in the system indexes into `scalars`.
public struct Document: Sendable {
    public let source: SourceInfo
    public let text: String
    public let scalars: [Unicode.Scalar]
    public let sentences: [TextSpan]
    /// A hash of the source's bytes as read, so a later version of the source is recognised.
    public let contentHash: String
    /// Where each scalar starts in the text's UTF-8, and its end last: a span's text is one copy
    /// of bytes, not a string built scalar by scalar.
    private let utf8Offsets: [UInt32]

    /// `abbreviations`: the words after which a period does not end a sentence
    /// (`ValueLanguages.abbreviations`); without them every period before a capital does.
    public init(source: SourceInfo, text: String, contentHash: String? = nil, abbreviations: Set<String> = []) {
        self.source = source
        self.text = text
        var scalars: [Unicode.Scalar] = []
        var offsets: [UInt32] = []
        scalars.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var position: UInt32 = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(position)
            position += UInt32(UTF8.width(scalar))
        }
        offsets.append(position)
        self.scalars = scalars
        self.utf8Offsets = offsets
        self.sentences = SentenceSplitter.split(scalars, abbreviations: abbreviations)
        self.contentHash = contentHash ?? StableHash.hex(of: text)
    }

    public var language: String { source.language ?? "und" }

    /// The text under a span; spans outside the text yield nil rather than trapping.
    public func text(in span: TextSpan) -> String? {
        guard span.start >= 0, span.end <= scalars.count, span.start <= span.end else { return nil }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: Int(utf8Offsets[span.start]))
        let end = utf8.index(start, offsetBy: Int(utf8Offsets[span.end] - utf8Offsets[span.start]))
        return String(text[start..<end])
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
