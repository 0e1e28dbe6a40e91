import ArgumentParser
import ClaimsCore
import ClaimsLedger
import Foundation

/// Which conflicts to list by state.
enum StatusFilter: String, ExpressibleByArgument, CaseIterable {
    case open, confirmed, dismissed, stale, withdrawn, all
}

/// Which conflicts to list by kind of value.
enum KindFilter: String, ExpressibleByArgument, CaseIterable {
    case date, figure, percentage

    func matches(_ kind: String) -> Bool {
        switch self {
        case .date: kind == "date" || kind == "duration"
        case .figure: ["money", "count", "number", "multiplier", "rank"].contains(kind)
        case .percentage: kind == "percentage"
        }
    }
}

/// `claims conflicts`: the conflicts in the ledger and where review stands.
struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "List the conflicts in the ledger with their review state."
    )

    @Option(name: .long, help: "Which conflicts: open, confirmed, dismissed, stale, withdrawn (a source of theirs is no longer checked) or all.")
    var status: StatusFilter = .open

    @Option(name: .long, help: "Only conflicts over dates, figures (money, counts) or percentages.")
    var kind: KindFilter?

    @Option(name: .long, help: "Output format: table or json.")
    var format: OutputFormat = .table

    @OptionGroup var ledgerOptions: LedgerOptions

    func run() throws {
        let ledger = try ledgerOptions.open()
        var conflicts: [LedgerConflict]
        do { conflicts = try ledger.conflicts(status: status == .all ? nil : ReviewStatus(rawValue: status.rawValue)) } catch {
            throw CommandFailure.input(error.description)
        }
        if let kind { conflicts = conflicts.filter { kind.matches($0.kind) } }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Console.document(String(decoding: try encoder.encode(conflicts), as: UTF8.self) + "\n")
        case .table:
            if conflicts.isEmpty {
                Console.out("no \(status == .all ? "" : status.rawValue + " ")conflicts in \(ledger.path)\n")
                return
            }
            let width = Console.width
            for conflict in conflicts {
                let decided = conflict.decision.map { " — \($0.type.rawValue) by \($0.actor)" } ?? ""
                Console.out("\(conflict.id)  \(TerminalText.pad(conflict.status.rawValue, to: 9)) [\(conflict.severity)] \(conflict.kind): \(conflict.topic)\(decided)\n")
                Console.out("    " + TerminalText.truncate(conflict.rationale, to: width - 4) + "\n")
            }
            Console.out("\(conflicts.count) conflict(s)\n")
        }
    }
}
