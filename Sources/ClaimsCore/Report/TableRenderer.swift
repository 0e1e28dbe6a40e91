/// The terminal rendering of a check: sources, problems, claims per source, conflicts.
public struct TableRenderer: Sendable {
    public var width: Int

    public init(width: Int = 120) { self.width = max(60, width) }

    public func render(_ result: CheckResult) -> String {
        var out: [String] = []
        let failed = result.sourceErrors.isEmpty ? "" : ", \(result.sourceErrors.count) failed (errors on stderr)"
        out.append("Sources (\(result.documents.count) read\(failed))")
        var counts: [String: Int] = [:]
        for claim in result.claims { counts[claim.sourceID, default: 0] += 1 }
        let rows = result.documents.map { document -> [String] in
            let info = document.source
            return [info.id, info.language ?? "?", info.published?.description ?? "unknown",
                    "\(counts[info.id] ?? 0)", info.title ?? info.displayName]
        }
        out.append(contentsOf: table(header: ["id", "lang", "published", "claims", "title"], rows: rows))

        if !result.moduleProblems.isEmpty {
            out.append("")
            out.append("Module problems")
            out.append(contentsOf: result.moduleProblems.map { "  \($0.description)" })
        }

        out.append("")
        out.append(renderClaims(result))

        let conflicts = result.findings.filter { $0.verdict == .conflict }
        out.append("")
        out.append("Conflicts (\(conflicts.count), \(conflicts.filter(\.isOpenConflict).count) open)")
        if conflicts.isEmpty { out.append("  none found") }
        for finding in conflicts {
            out.append("  \(finding.id)  [\(finding.severity.rawValue)] \(finding.kind.rawValue): \(finding.topic)")
            out.append("    \(finding.rationale)")
            for statement in finding.statements {
                let prefix = "    - \(statement.sourceID): \(statement.value)  "
                out.append(prefix + TerminalText.truncate(statement.quote, to: width - TerminalText.width(of: prefix)))
            }
        }
        let others = result.findings.filter { $0.verdict != .conflict }
        if !others.isEmpty {
            out.append("")
            out.append("Other findings (\(others.count))")
            for finding in others {
                out.append("  \(finding.id)  \(finding.verdict.rawValue): \(finding.topic) — \(finding.rationale)")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Every claim per source, the value highlighted in its sentence.
    public func renderClaims(_ result: CheckResult) -> String {
        var out: [String] = ["Claims (\(result.claims.count))"]
        let bySource = Dictionary(grouping: result.claims, by: \.sourceID)
        for document in result.documents {
            guard let claims = bySource[document.source.id], !claims.isEmpty else { continue }
            out.append("  \(document.source.id)")
            let valueWidth = min(18, claims.map { TerminalText.width(of: $0.value.display) }.max() ?? 8)
            for claim in claims {
                let prefix = "    " + TerminalText.pad(claim.kind.rawValue, to: 11)
                    + TerminalText.pad(TerminalText.truncate(claim.value.display, to: valueWidth), to: valueWidth) + "  "
                let room = width - TerminalText.width(of: prefix)
                out.append(prefix + TerminalText.highlight(quote: claim.quote, quoteStart: claim.quoteSpan.start, span: claim.span, limit: room))
            }
        }
        return out.joined(separator: "\n")
    }

    func table(header: [String], rows: [[String]]) -> [String] {
        var widths = header.map { TerminalText.width(of: $0) }
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], TerminalText.width(of: cell)) }
        }
        // The last column takes what is left of the line.
        let fixed = widths.dropLast().reduce(0, +) + 2 * (widths.count - 1) + 2
        widths[widths.count - 1] = min(widths[widths.count - 1], max(10, width - fixed))
        func line(_ cells: [String]) -> String {
            "  " + cells.enumerated().map { index, cell in
                let cut = TerminalText.truncate(cell, to: widths[index])
                return index == cells.count - 1 ? cut : TerminalText.pad(cut, to: widths[index])
            }.joined(separator: "  ")
        }
        return [line(header)] + rows.map(line)
    }
}
