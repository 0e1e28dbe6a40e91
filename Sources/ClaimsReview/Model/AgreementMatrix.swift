import ClaimsCore
import ClaimsLedger

/// The sources-by-topics matrix: for every topic the checkers compared, what each source says and
/// whether that agrees with the others, so a reviewer sees at a glance who disagrees about what.
enum AgreementMatrix {
    /// `statuses`: the ledger state of each conflict finding; `link` turns a conflict id into a link.
    static func build(documents: [Document], findings: [Finding], statuses: [String: ReviewStatus],
                      link: (String) -> String, sourceLink: (String) -> String) -> MatrixView {
        var topics: [String: [Finding]] = [:]
        var order: [String] = []
        for finding in findings where finding.verdict != .singleSource && finding.statements.count >= 2 {
            if topics[finding.topic] == nil { order.append(finding.topic) }
            topics[finding.topic, default: []].append(finding)
        }
        let columns = documents.map { document in
            MatrixColumn(id: document.source.id, label: Self.shortLabel(document.source), link: sourceLink(document.source.id))
        }
        var rows: [(row: MatrixRow, conflicts: Int, speakers: Int)] = []
        for topic in order {
            let group = topics[topic]!
            var cells: [MatrixCell] = []
            var speakers = 0
            for column in columns {
                // The strongest thing said of this source on this topic decides its cell.
                var values: [String] = []
                var state = "silent"
                var cellLink: String?
                var rank = 0
                for finding in group {
                    let said = finding.statements.filter { $0.sourceID == column.id }
                    guard !said.isEmpty else { continue }
                    for statement in said where !values.contains(statement.value) { values.append(statement.value) }
                    let (candidate, weight): (String, Int) = switch finding.verdict {
                    case .conflict:
                        switch statuses[finding.id] ?? .open {
                        case .confirmed: ("confirmed", 6)
                        case .dismissed, .withdrawn: ("dismissed", 3)
                        case .open, .stale: ("disputed", 5)
                        }
                    case .consistent: ("agrees", 4)
                    // Single-source findings were left out above.
                    case .notComparable, .singleSource: ("incomparable", 2)
                    }
                    if weight > rank {
                        rank = weight
                        state = candidate
                        cellLink = finding.verdict == .conflict ? link(finding.id) : nil
                    }
                }
                if !values.isEmpty { speakers += 1 }
                let hint = values.isEmpty ? "\(column.id) says nothing on this" : "\(column.id): \(values.joined(separator: ", ")) (\(state))"
                cells.append(MatrixCell(state: state, values: values.joined(separator: " · "), link: cellLink, hint: hint))
            }
            let conflicts = group.filter { $0.verdict == .conflict }.count
            rows.append((MatrixRow(topic: topic, cells: cells), conflicts, speakers))
        }
        // Disputed topics first, then those most sources speak to.
        rows.sort { ($0.conflicts, $0.speakers, $1.row.topic) > ($1.conflicts, $1.speakers, $0.row.topic) }
        return MatrixView(sources: columns, rows: rows.map(\.row))
    }

    static func shortLabel(_ source: SourceInfo) -> String {
        let title = source.title ?? source.displayName
        let scalars = Array(title.unicodeScalars)
        guard scalars.count > 18 else { return title }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[..<17])
        return String(view) + "…"
    }
}
