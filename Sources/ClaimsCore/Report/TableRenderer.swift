/// The terminal rendering of a check, answer first: a summary line, module problems, the
/// conflicts, the other findings, the sources; the claims themselves only when asked for (they
/// run to hundreds of lines), with a line saying how to see them. Lines fit `width` columns:
/// rationales are wrapped, quotes cut with "…", values never cut.
public struct TableRenderer: Sendable {
    public var width: Int
    /// Whether every claim is listed, per source, after the rest.
    public var listClaims: Bool

    public init(width: Int = 100, listClaims: Bool = false) {
        self.width = max(60, width)
        self.listClaims = listClaims
    }

    public func render(_ result: CheckResult) -> String {
        var out: [String] = []
        let conflicts = result.findings.filter { $0.verdict == .conflict }
        let others = result.findings.filter { $0.verdict != .conflict }
        let open = conflicts.filter(\.isOpenConflict).count
        var summary = "\(result.documents.count) source\(result.documents.count == 1 ? "" : "s") read, \(result.claims.count) claims: "
            + "\(conflicts.count) conflict\(conflicts.count == 1 ? "" : "s") (\(open) open), \(others.count) other finding\(others.count == 1 ? "" : "s")"
        if !result.sourceErrors.isEmpty { summary += "; \(result.sourceErrors.count) source\(result.sourceErrors.count == 1 ? "" : "s") failed (errors on stderr)" }
        out.append(summary)

        if !result.moduleProblems.isEmpty {
            out.append("")
            out.append("Module problems")
            for problem in result.moduleProblems { out += TerminalText.wrap(problem.description, to: width, indent: 2) }
        }

        out.append("")
        out.append("Conflicts (\(conflicts.count), \(open) open)")
        if conflicts.isEmpty { out.append("  none found") }
        for finding in conflicts {
            out += TerminalText.wrap("\(finding.id)  [\(finding.severity.rawValue)] \(finding.kind.rawValue): \(finding.topic)", to: width, indent: 2)
            out += TerminalText.wrap(finding.rationale, to: width, indent: 4)
            for statement in finding.statements {
                let prefix = "    - \(statement.sourceID): \(statement.value)  "
                out.append(prefix + TerminalText.truncate(statement.quote, to: max(10, width - TerminalText.width(of: prefix))))
            }
        }
        if !others.isEmpty {
            out.append("")
            out.append("Other findings (\(others.count))")
            for finding in others {
                out += TerminalText.wrap("\(finding.id)  \(finding.verdict.rawValue): \(finding.topic)", to: width, indent: 2)
                out += TerminalText.wrap(finding.rationale, to: width, indent: 4)
            }
        }

        out.append("")
        out.append("Sources (\(result.documents.count) read)")
        var counts: [String: Int] = [:]
        for claim in result.claims { counts[claim.sourceID, default: 0] += 1 }
        let rows = result.documents.map { document -> [String] in
            let info = document.source
            return [info.id, info.language ?? "?", info.published?.description ?? "unknown",
                    "\(counts[info.id] ?? 0)", info.title ?? info.displayName]
        }
        out.append(contentsOf: table(header: ["id", "lang", "published", "claims", "title"], rows: rows))

        out.append("")
        if listClaims {
            out.append(renderClaims(result))
        } else {
            out.append("\(result.claims.count) claims: --claims lists each in its sentence; --format json gives them with their spans.")
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
            let values = claims.map(Self.shownValue)
            let valueWidth = min(18, values.map { TerminalText.width(of: $0) }.max() ?? 8)
            for (claim, value) in zip(claims, values) {
                // A value longer than its column is printed whole; the quote gives way.
                let prefix = "    " + TerminalText.pad(claim.kind.rawValue, to: 11) + TerminalText.pad(value, to: valueWidth) + "  "
                let room = max(10, width - TerminalText.width(of: prefix))
                out.append(prefix + TerminalText.highlight(quote: claim.quote, quoteStart: claim.quoteSpan.start, span: claim.span, limit: room))
            }
        }
        return out.joined(separator: "\n")
    }

    /// A claim's value as the table shows it. A count's label is the words after its number;
    /// it is shown only when the claim's description read those words as the noun it counts
    /// (2 公司, 13 million người), else the number stands alone (2, not 2 chắc chắn or
    /// 2 公司合作关系): the quote beside it shows the words.
    static func shownValue(_ claim: Claim) -> String {
        let display = claim.value.display
        guard claim.kind == .count, let unit = claim.value.unit, !unit.isEmpty, display.hasSuffix(" " + unit) else { return display }
        let amount = String(display.dropLast(unit.count + 1))
        guard let measure = claim.reading?.measure?.text, measure.lowercased() == unit.lowercased() else { return amount }
        return display
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
