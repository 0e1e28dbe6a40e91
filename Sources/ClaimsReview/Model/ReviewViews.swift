// What the review pages show, as plain values. The templates read them by property name (through
// reflection), so they hold stored properties only and carry text exactly as the sources wrote it:
// escaping is the templates' job (`{{ }}` escapes), never the model's.

/// A run of text and how it is marked: nil for plain text, else a CSS class ("value", "sentence",
/// or "k-date", "k-money", ... for a claim of that kind).
public struct Segment: Sendable, Equatable {
    public var text: String
    public var mark: String?
    /// A tooltip: the normalized value and the topic, for a highlighted claim. (Not `title`: a
    /// missing value would let the template find the page's title instead.)
    public var hint: String?
    /// The conflict a highlighted claim is disputed in, as a link.
    public var link: String?

    public init(text: String, mark: String? = nil, hint: String? = nil, link: String? = nil) {
        self.text = text
        self.mark = mark
        self.hint = hint
        self.link = link
    }
}

/// A count shown at the top of a list, linking to the list filtered by it.
public struct Tally: Sendable {
    public var label: String
    public var count: Int
    public var link: String
    public var current: Bool
}

/// An option of a filter or a form's select.
public struct Choice: Sendable {
    public var value: String
    public var label: String
    public var selected: Bool
}

/// What a source is, as the pages show it.
public struct SourceCard: Sendable {
    public var id: String
    public var title: String
    public var language: String
    public var publisher: String?
    public var published: String?
    public var url: String?
    public var link: String
    public var claims: Int
    public var conflicts: Int
}

/// One conflict in the list.
public struct ConflictRow: Sendable {
    public var id: String
    public var link: String
    public var kind: String
    public var topic: String
    public var severity: String
    public var status: String
    public var rationale: String
    /// The statements' values side by side ("2018 vs 2019-07").
    public var values: String
    public var sources: [String]
    public var firstSeen: String
}

/// One statement of a conflict, in its sentence and paragraph.
public struct StatementView: Sendable {
    public var source: SourceCard
    public var value: String
    public var start: Int
    public var end: Int
    /// The quoted sentence with the value marked.
    public var sentence: [Segment]
    /// The paragraph around it with the sentence and value marked, when the source as read now
    /// is the version the conflict was found in.
    public var paragraph: [Segment]
    public var hasParagraph: Bool
    /// The source changed since: only the recorded quote is shown.
    public var changed: Bool
}

/// One event of a conflict's history.
public struct EventView: Sendable {
    public var seq: Int64
    public var at: String
    public var type: String
    public var actor: String
    public var correctSource: String?
    public var note: String?
    public var hash: String
}

/// A conflict with everything a reviewer needs to decide it.
public struct ConflictPage: Sendable {
    public var id: String
    public var kind: String
    public var topic: String
    public var severity: String
    public var confidence: String
    public var status: String
    public var rationale: String
    public var checker: String
    public var firstSeen: String
    public var statements: [StatementView]
    public var history: [EventView]
    /// The sources a reviewer may name as correct.
    public var sourceChoices: [Choice]
    public var decision: EventView?
    public var historyCount: Int
}

/// A source's text with every claim the extractors found highlighted by kind.
public struct SourcePage: Sendable {
    public var source: SourceCard
    public var segments: [Segment]
    public var claims: [ClaimRow]
    public var kinds: [KindCount]
}

public struct ClaimRow: Sendable {
    public var id: String
    public var kind: String
    public var text: String
    public var value: String
    public var topic: String?
    public var start: Int
    public var end: Int
    public var extractor: String
}

public struct KindCount: Sendable {
    public var kind: String
    public var count: Int
}

/// The sources-by-topics matrix: one row per topic two or more sources speak to.
public struct MatrixView: Sendable {
    public var sources: [MatrixColumn]
    public var rows: [MatrixRow]
}

public struct MatrixColumn: Sendable {
    public var id: String
    public var label: String
    public var link: String
}

public struct MatrixRow: Sendable {
    public var topic: String
    public var cells: [MatrixCell]
}

/// What one source says on one topic, and whether the others agree.
public struct MatrixCell: Sendable {
    /// agrees, disputed, dismissed, confirmed, incomparable or silent.
    public var state: String
    public var values: String
    public var link: String?
    public var hint: String
}
