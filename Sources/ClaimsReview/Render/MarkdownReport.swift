import ClaimsCore
import ClaimsLedger
import Foundation

/// The report as Markdown, for an issue tracker or a wiki: the same sections as the HTML report,
/// with the timeline as a list. Text from sources is escaped so it cannot open a link, an image,
/// HTML or a table cell of its own.
public struct MarkdownReport: Sendable {
    public var workspace: ReviewWorkspace
    public var title: String

    public init(workspace: ReviewWorkspace, title: String) {
        var workspace = workspace
        workspace.links = .anchors
        self.workspace = workspace
        self.title = title
    }

    public func render() throws(LedgerError) -> String {
        let workspace = try self.workspace.frozen()
        let conflicts = try workspace.allConflicts().filter { conflict in
            conflict.sources.contains { workspace.documents[$0.key] != nil }
        }
        var out: [String] = ["# \(Self.escape(title))", ""]
        var counts = ["\(workspace.reading.documents.count) sources", "\(workspace.reading.claims.count) claims", "\(conflicts.count) conflicts"]
        for status in ReviewStatus.allCases {
            let count = conflicts.filter { $0.status == status }.count
            if count > 0 { counts.append("\(count) \(status.rawValue)") }
        }
        out.append("Generated \(ReviewPages.timestamp()) by claims \(ClaimsVersion.current): " + counts.joined(separator: ", ") + ".")
        out.append("")

        out.append("## Sources")
        out.append("")
        out.append("| Source | Language | Publisher | Published | Claims | Conflicts | Title |")
        out.append("|---|---|---|---|---:|---:|---|")
        for card in try workspace.sourceCards() {
            out.append("| \(Self.escape(card.id)) | \(Self.escape(card.language)) | \(Self.escape(card.publisher ?? "")) | \(Self.escape(card.published ?? "")) | \(card.claims) | \(card.conflicts) | \(Self.escape(card.title)) |")
        }
        out.append("")

        out.append("## Conflicts")
        out.append("")
        if conflicts.isEmpty { out.append("No conflicts.") }
        for conflict in conflicts {
            let page = try workspace.conflictPage(conflict.id)
            out.append("### \(Self.escape(page.topic)) (\(Self.escape(page.id)))")
            out.append("")
            out.append("**\(page.status)**, \(Self.escape(page.severity)) \(Self.escape(page.kind)) conflict found by \(Self.escape(page.checker)) on \(Self.escape(String(page.firstSeen.prefix(10)))): \(Self.escape(page.rationale))")
            out.append("")
            for statement in page.statements {
                let about = [statement.source.language, statement.source.published.map { "published \($0)" }].compactMap { $0 }.joined(separator: ", ")
                out.append("- **\(Self.escape(statement.value))** in \(Self.escape(statement.source.id)) (\(Self.escape(about))), characters \(statement.start)–\(statement.end):")
                let quote = statement.sentence.map { $0.mark == nil ? Self.escape($0.text) : "**\(Self.escape($0.text))**" }.joined()
                out.append("  > \(quote)")
            }
            if let decision = page.decision {
                out.append("")
                let correct = decision.correctSource.map { "; correct source \(Self.escape($0))" } ?? ""
                let note = decision.note.map { " — \(Self.escape($0))" } ?? ""
                out.append("Decision: **\(decision.type)** by \(Self.escape(decision.actor)) at \(Self.escape(decision.at))\(correct)\(note)")
            }
            out.append("")
            out.append("History:")
            for event in page.history {
                let correct = event.correctSource.map { ", correct \(Self.escape($0))" } ?? ""
                let note = event.note.map { " — \(Self.escape($0))" } ?? ""
                out.append("- \(Self.escape(event.at)) \(event.type) by \(Self.escape(event.actor))\(correct)\(note)")
            }
            out.append("")
        }

        out.append("## Who agrees on what")
        out.append("")
        let matrix = try workspace.matrix()
        if matrix.rows.isEmpty {
            out.append("No topic is spoken to by two statements.")
        } else {
            out.append("| Topic | " + matrix.sources.map { Self.escape($0.id) }.joined(separator: " | ") + " |")
            out.append("|---|" + String(repeating: "---|", count: matrix.sources.count))
            for row in matrix.rows {
                let cells = row.cells.map { $0.values.isEmpty ? "" : "\(Self.escape($0.values)) (\($0.state))" }
                out.append("| \(Self.escape(row.topic)) | " + cells.joined(separator: " | ") + " |")
            }
        }
        out.append("")

        out.append("## Dated claims per source")
        out.append("")
        // Disputed as on the timeline: while the conflict is open or confirmed.
        let disputed = Set(conflicts.filter(ReviewWorkspace.isLive).flatMap { $0.statements.map(\.claim) })
        for document in workspace.reading.documents {
            let dates = (workspace.claimsBySource[document.source.id] ?? []).filter { $0.kind == .date }
            guard !dates.isEmpty else { continue }
            out.append("- \(Self.escape(document.source.id)): " + dates.map {
                let text = "\(Self.escape($0.value.display)) (\(Self.escape($0.text)))"
                return disputed.contains($0.id) ? "**\(text), disputed**" : text
            }.joined(separator: "; "))
        }
        out.append("")
        return out.joined(separator: "\n")
    }

    /// Escapes what Markdown would read as markup, and folds line breaks, so a source's text stays
    /// text inside a list item, a quote or a table cell. Scalar by scalar: a combining mark after
    /// a `|` or a backtick must not hide it.
    static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "(", ")", "#", "|", "!", "~":
                out.append("\\")
                out.append(scalar)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "\n", "\r", "\u{2028}", "\u{2029}": out.append(" ")
            default:
                out.append(scalar.properties.generalCategory == .control && scalar != "\t" ? " " : scalar)
            }
        }
        return String(out)
    }
}
