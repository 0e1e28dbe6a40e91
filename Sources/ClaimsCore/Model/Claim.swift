/// What a claim is about, once entities and attributes are known; claims with equal keys are
/// aligned and compared. `label` is the readable form shown to reviewers.
public struct ClaimTopic: Hashable, Codable, Sendable {
    public var key: String
    public var label: String

    public init(key: String, label: String) {
        self.key = key
        self.label = label
    }
}

/// What a claim is about, as the claim builder read it from the claim's sentence.
public struct ClaimContext: Hashable, Sendable {
    /// The attribute (invested, stake, deaths, ...) and its readable label.
    public var attribute: String
    public var attributeLabel: String
    /// A running total that may rise between reports (deaths, users).
    public var grows: Bool
    /// Entities the statement is about, nearest to the value first.
    public var entities: [String]
    /// The metric period (daily, weekly, monthly, yearly) when the sentence says one.
    public var period: String?
    /// What a count counts, canonical where the lexicon knows the noun (people), else as written.
    public var counted: String?
    /// The count is part of another count in the same sentence ("among the 38 injured, 3 ...").
    public var isSubset = false
    /// A fact of the story itself (people killed), not of an entity's repeatable events: a
    /// date in its sentence is the story's date, not a different occasion.
    public var isStoryFact = false
    /// The time the statement refers to: a date in the same sentence, as a day interval.
    public var reference: ClosedRange<Double>?
    public var referenceText: String?
    /// The time of day a running total or a current count is counted at, when its sentence
    /// stamps it to the minute ("as of 8:40pm", "the center said at 8:40pm yesterday"): two
    /// figures of one stamp are one count, whatever either says of a rise.
    public var stamp: ClosedRange<Double>?

    public init(attribute: String, attributeLabel: String, grows: Bool = false, entities: [String], period: String? = nil,
                reference: ClosedRange<Double>? = nil, referenceText: String? = nil) {
        self.attribute = attribute
        self.attributeLabel = attributeLabel
        self.grows = grows
        self.entities = entities
        self.period = period
        self.reference = reference
        self.referenceText = referenceText
    }
}

/// A checkable statement: a value in its sentence, tied to what it is about where that is known.
public struct Claim: Hashable, Sendable, Identifiable {
    public var id: String
    public var sourceID: String
    public var kind: MentionKind
    public var span: TextSpan
    public var text: String
    public var quoteSpan: TextSpan
    public var quote: String
    public var value: NormalizedValue
    /// The module that produced the value, as `name@version`.
    public var extractor: String
    public var topic: ClaimTopic?
    public var context: ClaimContext?
    /// The open description of what the value measures, read from its sentence.
    public var reading: ClaimDescription?

    public init(id: String, sourceID: String, kind: MentionKind, span: TextSpan, text: String,
                quoteSpan: TextSpan, quote: String, value: NormalizedValue, extractor: String,
                topic: ClaimTopic? = nil) {
        self.id = id
        self.sourceID = sourceID
        self.kind = kind
        self.span = span
        self.text = text
        self.quoteSpan = quoteSpan
        self.quote = quote
        self.value = value
        self.extractor = extractor
        self.topic = topic
    }

    /// A claim for a mention, quoting the sentence it stands in. The id derives from the source,
    /// the sentence and the value's place in it, so it survives edits elsewhere in the source:
    /// a conflict whose statements did not change keeps its id, and its review, when another
    /// paragraph is edited. (The pipeline suffixes the rare repeat of a sentence.)
    public init(mention: Mention, in document: Document, extractor: String, topic: ClaimTopic? = nil) {
        let quoteSpan = document.quote(around: mention.span)
        let quote = document.text(in: quoteSpan) ?? mention.text
        let offset = mention.span.start - quoteSpan.start
        self.init(
            id: "c-" + StableHash.hex(of: "\(document.source.id)|\(mention.kind.rawValue)|\(offset)|\(mention.text)|\(quote)").prefix(12),
            sourceID: document.source.id,
            kind: mention.kind,
            span: mention.span,
            text: mention.text,
            quoteSpan: quoteSpan,
            quote: document.text(in: quoteSpan) ?? mention.text,
            value: mention.value,
            extractor: extractor,
            topic: topic
        )
    }
}
