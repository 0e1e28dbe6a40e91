import ClaimsCore
import ClaimsLedger
import Foundation

/// What the review pages are built from: the ledger (conflicts, decisions, history, the source
/// versions they were found in) and the sources as read in this run (their text and claims), which
/// give the paragraphs around a statement and the source pages. The ledger is read afresh for
/// every page, so a decision made elsewhere (`claims review`, another tab) shows at once.
public struct ReviewWorkspace: Sendable {
    public let ledger: Ledger
    public let reading: CheckResult
    /// Where links point: the server's pages, or anchors inside one self-contained report.
    public var links: LinkStyle = .server
    /// The conflicts read once for a one-shot rendering (a report); nil reads the ledger afresh.
    var snapshot: [LedgerConflict]?

    /// The documents by source id, and each source's claims in text order.
    let documents: [String: Document]
    let claimsBySource: [String: [Claim]]

    public init(ledger: Ledger, reading: CheckResult) {
        self.ledger = ledger
        self.reading = reading
        var documents: [String: Document] = [:]
        for document in reading.documents { documents[document.source.id] = document }
        self.documents = documents
        var claims: [String: [Claim]] = [:]
        for claim in reading.claims { claims[claim.sourceID, default: []].append(claim) }
        for key in claims.keys { claims[key]!.sort { $0.span < $1.span } }
        self.claimsBySource = claims
    }

    /// The ledger's conflicts, newest first: the snapshot when there is one.
    func allConflicts() throws(LedgerError) -> [LedgerConflict] {
        if let snapshot { return snapshot }
        return try ledger.conflicts()
    }

    /// A copy that reads the ledger's conflicts once, for rendering many views of one moment.
    func frozen() throws(LedgerError) -> ReviewWorkspace {
        var copy = self
        copy.snapshot = try ledger.conflicts()
        return copy
    }

    /// Whether a conflict still stands against its statements: open or confirmed. Dismissed and
    /// stale ones are shown as settled.
    static func isLive(_ conflict: LedgerConflict) -> Bool { conflict.status == .open || conflict.status == .confirmed }

    /// A language tag fit for a `lang` attribute; anything else (a manifest can say anything) is "und".
    static func languageTag(_ text: String?) -> String {
        guard let text, (1...35).contains(text.unicodeScalars.count),
              text.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-") }) else { return "und" }
        return text
    }

    // MARK: Links

    func link(conflict id: String) -> String {
        links == .server ? "/conflicts/\(Self.percentEncoded(id))" : "#\(Self.percentEncoded(id))"
    }

    func link(source id: String) -> String {
        links == .server ? "/sources/\(Self.percentEncoded(id))" : "#\(Self.percentEncoded(id))"
    }

    static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? text
    }

    // MARK: Sources

    /// The sources read in this run, in their order, with their claim and conflict counts.
    public func sourceCards() throws(LedgerError) -> [SourceCard] {
        let conflicts = try allConflicts()
        return reading.documents.map { document in
            // Conflicts found in this version of the source, as its page counts them.
            card(for: document.source, claims: claimsBySource[document.source.id]?.count ?? 0,
                 conflicts: conflicts.filter { $0.sources[document.source.id] == document.contentHash }.count)
        }
    }

    func card(for source: SourceInfo, claims: Int, conflicts: Int) -> SourceCard {
        var url: String?
        if case .web(let address) = source.location { url = Self.webAddress(address.absoluteString) }
        return SourceCard(id: source.id, title: source.title ?? source.displayName, language: Self.languageTag(source.language),
                          publisher: source.publisher, published: source.published?.description, url: url,
                          link: link(source: source.id), claims: claims, conflicts: conflicts)
    }

    /// A source as the ledger recorded it (for a conflict found in an earlier version).
    func card(for recorded: LedgerSource) -> SourceCard {
        SourceCard(id: recorded.id, title: recorded.title ?? recorded.display, language: Self.languageTag(recorded.language),
                   publisher: recorded.publisher, published: recorded.published, url: recorded.url.flatMap(Self.webAddress),
                   link: link(source: recorded.id), claims: claimsBySource[recorded.id]?.count ?? 0, conflicts: 0)
    }

    /// An address fit for a link: http(s) only, so a recorded `javascript:` or `data:` URL
    /// never becomes one.
    static func webAddress(_ text: String) -> String? {
        let lower = text.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") ? text : nil
    }

    /// A source's text with every claim highlighted by kind; nil when no source has that id.
    public func sourcePage(_ id: String) throws(LedgerError) -> SourcePage? {
        guard let document = documents[id] else { return nil }
        let conflicts = try allConflicts().filter { $0.sources[id] == document.contentHash }
        var disputed: [String: String] = [:]
        for conflict in conflicts where Self.isLive(conflict) {
            for statement in conflict.statements where statement.source == id { disputed[statement.claim] = conflict.id }
        }
        let claims = claimsBySource[id] ?? []
        var segments: [Segment] = []
        var cursor = 0
        for claim in claims where claim.span.start >= cursor && claim.span.end <= document.scalars.count {
            if claim.span.start > cursor { segments.append(Segment(text: document.text(cursor, claim.span.start))) }
            var mark = "k-\(claim.kind.rawValue)"
            var href: String?
            if let conflict = disputed[claim.id] {
                mark += " disputed"
                href = link(conflict: conflict)
            }
            let about = claim.topic.map { " — \($0.label)" } ?? ""
            segments.append(Segment(text: claim.text, mark: mark, hint: "\(claim.kind.rawValue): \(claim.value.display)\(about)", link: href))
            cursor = claim.span.end
        }
        if cursor < document.scalars.count { segments.append(Segment(text: document.text(cursor, document.scalars.count))) }
        var counts: [MentionKind: Int] = [:]
        for claim in claims { counts[claim.kind, default: 0] += 1 }
        let kinds = MentionKind.allCases.compactMap { kind in counts[kind].map { KindCount(kind: kind.rawValue, count: $0) } }
        let rows = claims.map {
            ClaimRow(id: $0.id, kind: $0.kind.rawValue, text: $0.text, value: $0.value.display, topic: $0.topic?.label,
                     start: $0.span.start, end: $0.span.end, extractor: $0.extractor)
        }
        return SourcePage(source: card(for: document.source, claims: claims.count, conflicts: conflicts.count),
                          segments: segments, claims: rows, kinds: kinds)
    }


    // MARK: Conflicts

    /// The conflicts in the ledger, newest first, filtered; and the counts by status of those
    /// the other filters leave.
    public func conflictRows(_ filter: ConflictFilter) throws(LedgerError) -> [ConflictRow] {
        try allConflicts().filter { filter.matches($0) }.map(row(for:))
    }

    func row(for conflict: LedgerConflict) -> ConflictRow {
        var sources: [String] = []
        for statement in conflict.statements where !sources.contains(statement.source) { sources.append(statement.source) }
        var values: [String] = []
        for statement in conflict.statements where !values.contains(statement.value) { values.append(statement.value) }
        return ConflictRow(id: conflict.id, link: link(conflict: conflict.id), kind: conflict.kind, topic: conflict.topic,
                           severity: conflict.severity, status: conflict.status.rawValue, rationale: conflict.rationale,
                           values: values.joined(separator: " vs "), sources: sources, firstSeen: String(conflict.firstSeen.prefix(10)))
    }

    /// Everything a reviewer needs to decide a conflict; throws when the ledger has no such conflict.
    public func conflictPage(_ reference: String) throws(LedgerError) -> ConflictPage {
        let conflict: LedgerConflict
        if let frozen = snapshot?.first(where: { $0.id == reference }) { conflict = frozen } else { conflict = try ledger.conflict(reference) }
        var statements: [StatementView] = []
        for statement in conflict.statements {
            statements.append(try view(of: statement, in: conflict))
        }
        var choices: [Choice] = []
        for statement in conflict.statements where !choices.contains(where: { $0.value == statement.source }) {
            let title = statements.first { $0.source.id == statement.source }?.source.title ?? statement.source
            choices.append(Choice(value: statement.source, label: "\(statement.source) — \(title)",
                                  selected: conflict.decision?.correctSource == statement.source))
        }
        return ConflictPage(id: conflict.id, kind: conflict.kind, topic: conflict.topic, severity: conflict.severity,
                            confidence: String(format: "%.2f", conflict.confidence), status: conflict.status.rawValue,
                            rationale: conflict.rationale, checker: conflict.checker, firstSeen: String(conflict.firstSeen.prefix(19)),
                            statements: statements, history: conflict.events.map(Self.view(of:)), sourceChoices: choices,
                            decision: conflict.decision.map(Self.view(of:)), historyCount: conflict.events.count)
    }

    static func view(of event: LedgerEvent) -> EventView {
        EventView(seq: event.seq, at: String(event.at.prefix(19)).replacingOccurrences(of: "T", with: " "), type: event.type.rawValue,
                  actor: event.actor, correctSource: event.correctSource, note: event.note, hash: String(event.hash.prefix(12)))
    }

    func view(of statement: LedgerStatement, in conflict: LedgerConflict) throws(LedgerError) -> StatementView {
        let recordedHash = conflict.sources[statement.source]
        let document = documents[statement.source]
        let current = document != nil && document?.contentHash == recordedHash
        let source: SourceCard
        if let document, current {
            source = card(for: document.source, claims: claimsBySource[statement.source]?.count ?? 0, conflicts: 0)
        } else if let recorded = try ledger.sources(statement.source).first(where: { $0.contentHash == recordedHash }) {
            source = card(for: recorded)
        } else {
            source = SourceCard(id: statement.source, title: statement.source, language: "und", publisher: nil, published: nil,
                                url: nil, link: link(source: statement.source), claims: 0, conflicts: 0)
        }
        var paragraph: [Segment] = []
        if let document, current, statement.start >= 0, statement.end <= document.scalars.count, statement.start <= statement.end {
            paragraph = Self.paragraph(around: TextSpan(start: statement.start, end: statement.end), in: document)
        }
        return StatementView(source: source, value: statement.value, start: statement.start, end: statement.end,
                             sentence: sentence(of: statement, in: current ? document : nil), paragraph: paragraph,
                             hasParagraph: !paragraph.isEmpty, changed: document != nil && !current)
    }

    /// The statement's quote with its value marked at the value's own offsets when the source as
    /// read is the recorded version (a value can recur in its sentence, or stand inside another
    /// number: "1" in "2019"); else the first occurrence in the recorded quote.
    func sentence(of statement: LedgerStatement, in document: Document?) -> [Segment] {
        if let document, statement.start >= 0, statement.start <= statement.end, statement.end <= document.scalars.count {
            let span = TextSpan(start: statement.start, end: statement.end)
            let quote = document.quote(around: span)
            if document.text(in: quote) == statement.quote {
                var segments: [Segment] = []
                if quote.start < span.start { segments.append(Segment(text: document.text(quote.start, span.start))) }
                segments.append(Segment(text: document.text(span.start, span.end), mark: "value"))
                if span.end < quote.end { segments.append(Segment(text: document.text(span.end, quote.end))) }
                return segments
            }
        }
        return Self.marked(statement)
    }

    /// The recorded quote with the value marked at its recorded offset in it (for a conflict
    /// recorded before offsets were kept, at the first occurrence of its text).
    static func marked(_ statement: LedgerStatement) -> [Segment] {
        guard let span = statement.valueInQuote else { return [Segment(text: statement.quote)] }
        let scalars = Array(statement.quote.unicodeScalars)
        func text(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(scalars[a..<b])) }
        var segments: [Segment] = []
        if span.start > 0 { segments.append(Segment(text: text(0, span.start))) }
        segments.append(Segment(text: text(span.start, span.end), mark: "value"))
        if span.end < scalars.count { segments.append(Segment(text: text(span.end, scalars.count))) }
        return segments
    }

    /// The longest paragraph shown around a statement, in scalars; a source without line breaks
    /// would otherwise be shown whole.
    static let paragraphWindow = 1_200

    /// The paragraph (the text between line breaks) holding a span, with the span's sentence and
    /// the span itself marked: the statement in its context, at its exact offsets.
    static func paragraph(around span: TextSpan, in document: Document) -> [Segment] {
        let scalars = document.scalars
        var start = span.start
        while start > 0, scalars[start - 1] != "\n", span.start - start < paragraphWindow { start -= 1 }
        var end = span.end
        while end < scalars.count, scalars[end] != "\n", end - span.end < paragraphWindow { end += 1 }
        let sentence = document.sentence(covering: span)
        let sentenceStart = max(start, min(sentence.start, span.start))
        let sentenceEnd = min(end, max(sentence.end, span.end))
        // An ellipsis where the window cut the paragraph short.
        var segments: [Segment] = start > 0 && scalars[start - 1] != "\n" ? [Segment(text: "…")] : []
        if start < sentenceStart { segments.append(Segment(text: document.text(start, sentenceStart))) }
        if sentenceStart < span.start { segments.append(Segment(text: document.text(sentenceStart, span.start), mark: "sentence")) }
        segments.append(Segment(text: document.text(span.start, span.end), mark: "value"))
        if span.end < sentenceEnd { segments.append(Segment(text: document.text(span.end, sentenceEnd), mark: "sentence")) }
        if sentenceEnd < end { segments.append(Segment(text: document.text(sentenceEnd, end))) }
        if end < scalars.count, scalars[end] != "\n" { segments.append(Segment(text: "…")) }
        return segments
    }
}

/// Where the pages' links point.
public enum LinkStyle: Sendable {
    /// The web server's pages (/conflicts/ID, /sources/ID).
    case server
    /// Anchors in one file (#ID), for the shared report.
    case anchors
}

/// Which conflicts a list shows.
public struct ConflictFilter: Sendable, Equatable {
    public var status: ReviewStatus?
    public var kind: String?
    public var source: String?

    public init(status: ReviewStatus? = nil, kind: String? = nil, source: String? = nil) {
        self.status = status
        self.kind = kind
        self.source = source
    }

    public func matches(_ conflict: LedgerConflict) -> Bool {
        if let status, conflict.status != status { return false }
        if let kind, conflict.kind != kind { return false }
        if let source, !conflict.statements.contains(where: { $0.source == source }) { return false }
        return true
    }
}

extension Document {
    /// The text between two scalar offsets the caller has checked; `text(in:)` does the work.
    func text(_ start: Int, _ end: Int) -> String { text(in: TextSpan(start: start, end: end)) ?? "" }
}
