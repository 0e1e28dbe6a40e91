import ClaimsCore
import ClaimsLedger
import Foundation
import Mustache

/// What every page shows around its body: the title, the navigation, and a message for the
/// reviewer; `token` and `reviewer` fill the decision forms.
public struct PageFrame: Sendable {
    public var title: String
    public var section: String
    public var error: String?
    public var notice: String?
    public var token: String = ""
    public var reviewer: String = ""
    /// The logged-in account's name, on a ledger with reviewer accounts.
    public var account: String?

    public init(title: String, section: String, error: String? = nil, notice: String? = nil) {
        self.title = title
        self.section = section
        self.error = error
        self.notice = notice
    }
}

/// Renders the review pages from a workspace through the templates: the web server's pages and
/// the single-file report.
public struct ReviewPages: Sendable {
    let library: MustacheLibrary

    public init() {
        MustacheContentTypes.register(ScalarHTML(), named: ScalarHTML.name)
        var library = MustacheLibrary()
        for (name, text) in Templates.all {
            // Every template and partial starts in the scalar-wise escaping (a partial does not
            // inherit its caller's content type). The templates are compiled into the binary and
            // covered by tests; one that does not parse is a programming error, not bad input.
            do { try library.register("{{% CONTENT_TYPE: \(ScalarHTML.name)}}" + text, named: name) } catch {
                preconditionFailure("template \(name): \(error)")
            }
        }
        self.library = library
    }

    static let sections: [(label: String, link: String)] = [("Conflicts", "/"), ("Sources", "/sources"), ("Overview", "/overview")]

    /// `ledger` names the ledger in the header (its file name only); error pages leave it out.
    func render(_ template: String, frame: PageFrame, ledger: Ledger?, _ body: [String: Any]) -> String {
        var context: [String: Any] = [
            "title": frame.title, "style": Templates.style,
            "nav": Self.sections.map { ["label": $0.label, "link": $0.link, "current": $0.label == frame.section] as [String: Any] },
            "token": frame.token, "reviewer": frame.reviewer,
        ]
        if let account = frame.account { context["account"] = account }
        if let ledger { context["ledgerName"] = URL(fileURLWithPath: ledger.path).lastPathComponent }
        if let error = frame.error { context["error"] = error }
        if let notice = frame.notice { context["notice"] = notice }
        context.merge(body) { _, new in new }
        return library.render(context, withTemplate: template) ?? ""
    }

    // MARK: Pages

    /// The conflict list: counts by status at the top, filters, one row a conflict.
    /// Rows a list page shows; the rest are on the next pages.
    public static let pageSize = 200

    public func conflictList(_ workspace: ReviewWorkspace, filter: ConflictFilter, page: Int = 1, frame: PageFrame) throws(LedgerError) -> String {
        let all = try workspace.allConflicts()
        // Counts by status for the conflicts the other filters leave, each linking to its list.
        var others = filter
        others.status = nil
        let candidates = all.filter { others.matches($0) }
        func query(_ status: ReviewStatus?, page: Int = 1) -> String {
            var items: [String] = []
            if let status { items.append("status=\(status.rawValue)") }
            if let kind = filter.kind { items.append("kind=\(ReviewWorkspace.percentEncoded(kind))") }
            if let source = filter.source { items.append("source=\(ReviewWorkspace.percentEncoded(source))") }
            if page > 1 { items.append("page=\(page)") }
            return items.isEmpty ? "/" : "/?" + items.joined(separator: "&")
        }
        var tallies = [Tally(label: "all", count: candidates.count, link: query(nil), current: filter.status == nil)]
        for status in ReviewStatus.allCases {
            tallies.append(Tally(label: status.rawValue, count: candidates.filter { $0.status == status }.count,
                                 link: query(status), current: filter.status == status))
        }
        let matching = all.filter { filter.matches($0) }
        let pages = max(1, (matching.count + Self.pageSize - 1) / Self.pageSize)
        let page = min(max(1, page), pages)
        let rows = matching.dropFirst((page - 1) * Self.pageSize).prefix(Self.pageSize).map(workspace.row(for:))
        let kinds = Array(Set(all.map(\.kind))).sorted()
        var sourceIDs: [String] = workspace.reading.documents.map(\.source.id)
        for conflict in all { for id in conflict.sources.keys.sorted() where !sourceIDs.contains(id) { sourceIDs.append(id) } }
        // Absent, not empty, where there is no page: an empty string is truthy to Mustache.
        var pager: [String: Any] = [:]
        if page > 1 { pager["previous"] = query(filter.status, page: page - 1) }
        if page < pages { pager["next"] = query(filter.status, page: page + 1) }
        return render("conflicts", frame: frame, ledger: workspace.ledger, pager.merging([
            "tallies": tallies, "rows": rows, "hasRows": !rows.isEmpty, "shown": matching.count, "total": all.count,
            "page": page, "pages": pages, "paged": pages > 1, "pageSize": Self.pageSize,
            "first": (page - 1) * Self.pageSize + 1, "last": (page - 1) * Self.pageSize + rows.count,
            "statusChoices": ReviewStatus.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue, selected: filter.status == $0) },
            "kindChoices": kinds.map { Choice(value: $0, label: $0, selected: filter.kind == $0) },
            "sourceChoices": sourceIDs.map { id in
                let title = workspace.documents[id].map { " — " + AgreementMatrix.shortLabel($0.source) } ?? ""
                return Choice(value: id, label: id + title, selected: filter.source == id)
            },
        ]) { _, new in new })
    }

    public func conflict(_ workspace: ReviewWorkspace, id: String, frame: PageFrame) throws(LedgerError) -> String {
        let page = try workspace.conflictPage(id)
        var frame = frame
        frame.title = page.topic
        var context: [String: Any] = ["conflict": page]
        if let next = try workspace.nextOpen(after: page.id) { context["next"] = workspace.link(conflict: next) }
        return render("conflict", frame: frame, ledger: workspace.ledger, context)
    }

    public func sources(_ workspace: ReviewWorkspace, frame: PageFrame) throws(LedgerError) -> String {
        render("sources", frame: frame, ledger: workspace.ledger, ["sourceCards": try workspace.sourceCards()])
    }

    /// A source's page, or nil when no source read in this run has that id.
    public func source(_ workspace: ReviewWorkspace, id: String, frame: PageFrame) throws(LedgerError) -> String? {
        guard let page = try workspace.sourcePage(id) else { return nil }
        var frame = frame
        frame.title = page.source.title
        return render("source", frame: frame, ledger: workspace.ledger, ["page": page])
    }

    public func overview(_ workspace: ReviewWorkspace, frame: PageFrame) throws(LedgerError) -> String {
        render("overview", frame: frame, ledger: workspace.ledger, [
            "timeline": try workspace.timeline(), "matrix": try Self.matrixContext(workspace.matrix()),
        ])
    }

    /// A page with one message: not found, refused, failed.
    /// The login form of a ledger with reviewer accounts.
    public func login(frame: PageFrame) -> String {
        var frame = frame
        frame.title = "Log in"
        return render("login", frame: frame, ledger: nil, [:])
    }

    public func message(_ text: String, frame: PageFrame, ledger: Ledger?) -> String {
        render("message", frame: frame, ledger: ledger, ["message": text])
    }

    /// The overview as one self-contained HTML file: counts, sources, the timeline, the matrix,
    /// every conflict in context with its history, and each source's text with its claims.
    public func report(_ workspace: ReviewWorkspace, title: String) throws(LedgerError) -> String {
        var workspace = try workspace.frozen()
        workspace.links = .anchors
        let conflicts = try workspace.allConflicts().filter { conflict in
            conflict.sources.contains { workspace.documents[$0.key] != nil }
        }
        var pages: [ConflictPage] = []
        for conflict in conflicts { pages.append(try workspace.conflictPage(conflict.id)) }
        var sourcePages: [SourcePage] = []
        for document in workspace.reading.documents {
            if let page = try workspace.sourcePage(document.source.id) { sourcePages.append(page) }
        }
        var tallies = [Tally(label: "sources", count: workspace.reading.documents.count, link: "", current: false),
                       Tally(label: "claims", count: workspace.reading.claims.count, link: "", current: false),
                       Tally(label: "conflicts", count: conflicts.count, link: "", current: false)]
        for status in ReviewStatus.allCases {
            tallies.append(Tally(label: status.rawValue, count: conflicts.filter { $0.status == status }.count, link: "", current: false))
        }
        return render("report", frame: PageFrame(title: title, section: ""), ledger: nil, [
            "generated": Self.timestamp(), "version": ClaimsVersion.current, "tallies": tallies,
            "sourceCards": try workspace.sourceCards(), "timeline": try workspace.timeline(),
            "matrix": try Self.matrixContext(workspace.matrix()), "conflictPages": pages, "sourcePages": sourcePages,
            "nav": [[String: Any]](),
        ])
    }

    static func matrixContext(_ matrix: MatrixView) -> [String: Any] {
        ["sources": matrix.sources, "rows": matrix.rows, "hasRows": !matrix.rows.isEmpty]
    }

    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}

extension ReviewWorkspace {
    /// The open conflict that follows `id` in the list's order (wrapping round), so a reviewer can
    /// go from one decision to the next; nil when no other conflict is open.
    func nextOpen(after id: String) throws(LedgerError) -> String? {
        let all = try allConflicts()
        let open = all.enumerated().filter { $0.element.status == .open && $0.element.id != id }
        guard !open.isEmpty else { return nil }
        let here = all.firstIndex { $0.id == id } ?? -1
        return (open.first { $0.offset > here } ?? open[0]).element.id
    }

    /// The ledger state of each conflict found in this run.
    func statuses() throws(LedgerError) -> [String: ReviewStatus] {
        var statuses: [String: ReviewStatus] = [:]
        for conflict in try allConflicts() { statuses[conflict.id] = conflict.status }
        return statuses
    }

    func matrix() throws(LedgerError) -> MatrixView {
        AgreementMatrix.build(documents: reading.documents, findings: reading.findings, statuses: try statuses(),
                              link: { link(conflict: $0) }, sourceLink: { link(source: $0) })
    }

    /// The SVG timeline; a date is marked disputed while its conflict is open or confirmed.
    func timeline() throws(LedgerError) -> String {
        var disputed: [String: (conflict: String, live: Bool)] = [:]
        for conflict in try allConflicts() where conflict.kind == MentionKind.date.rawValue {
            let live = Self.isLive(conflict)
            for statement in conflict.statements where conflict.sources[statement.source] == documents[statement.source]?.contentHash {
                if disputed[statement.claim]?.live != true { disputed[statement.claim] = (conflict.id, live) }
            }
        }
        return TimelineSVG(documents: reading.documents, claims: reading.claims, disputed: disputed,
                           link: { link(conflict: $0) }, sourceLink: { link(source: $0) }).render()
    }
}
