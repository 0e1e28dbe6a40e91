import ArgumentParser
import ClaimsCore
import ClaimsLedger
import Foundation

/// `claims show`: one conflict with every statement in context and its history.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one conflict: each statement in its sentence, its source, and the conflict's history."
    )

    @Argument(help: ArgumentHelp("The conflict's id, or a unique beginning of it.", valueName: "id"))
    var id: String

    @OptionGroup var ledgerOptions: LedgerOptions

    func run() throws {
        let ledger = try ledgerOptions.open()
        do {
            Console.out(try ConflictText.render(try ledger.conflict(id), ledger: ledger, width: Console.width))
        } catch {
            throw CommandFailure.input(error.description)
        }
    }
}

/// The terminal rendering of one conflict, shared by `show` and `review`.
enum ConflictText {
    static func render(_ conflict: LedgerConflict, ledger: Ledger, width: Int) throws(LedgerError) -> String {
        var out = ["\(conflict.id)  \(conflict.status.rawValue)  [\(conflict.severity)] \(conflict.kind): \(conflict.topic)",
                   "  \(conflict.rationale)",
                   "  found by \(conflict.checker) on \(conflict.firstSeen.prefix(10))", ""]
        for statement in conflict.statements {
            let source = try ledger.sources(statement.source).first { $0.contentHash == conflict.sources[statement.source] }
            var about = [source?.language, source?.published.map { "published \($0)" }].compactMap { $0 }.joined(separator: ", ")
            if !about.isEmpty { about = " (\(about))" }
            out.append("  \(statement.source)\(about): \(source?.title ?? source?.display ?? "")")
            // The quote with the value marked, cut around the value to fit the line.
            let room = max(40, width - 8 - TerminalText.width(of: statement.value))
            let marked = statement.valueInQuote.map {
                TerminalText.highlight(quote: statement.quote, quoteStart: 0, span: $0, limit: room)
            } ?? TerminalText.truncate(statement.quote, to: room)
            out.append("    \(statement.value): " + marked)
        }
        if let decision = conflict.decision {
            out.append("")
            let correct = decision.correctSource.map { ", correct: \($0)" } ?? ""
            out.append("  decision: \(decision.type.rawValue) by \(decision.actor) on \(decision.at.prefix(16))\(correct)\(decision.note.map { " — \($0)" } ?? "")")
        }
        out.append("")
        out.append("  history:")
        for event in conflict.events {
            var line = "    \(event.at.prefix(19))  \(TerminalText.pad(event.type.rawValue, to: 9)) \(event.actor)"
            if let correct = event.correctSource { line += ", correct: \(correct)" }
            if let note = event.note { line += " — \(note)" }
            out.append(line)
        }
        return out.joined(separator: "\n") + "\n"
    }
}
