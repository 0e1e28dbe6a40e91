import ArgumentParser
import ClaimsCore
import ClaimsLedger
import Foundation

extension Decision: ExpressibleByArgument {}

/// `claims verdict`: record one decision on a conflict, without prompts.
struct VerdictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verdict",
        abstract: "Record a reviewer's decision on a conflict: confirm it, dismiss it, or add a note.",
        discussion: "Each decision is its own transaction; the history keeps every decision, the last one is the current state."
    )

    @Argument(help: ArgumentHelp("The conflict's id, or a unique beginning of it.", valueName: "id"))
    var id: String

    @Option(name: .long, help: "confirm (the sources really disagree), dismiss (they do not), or note.")
    var decision: Decision

    @Option(name: .long, help: ArgumentHelp("With confirm: the source that is right, by its id.", valueName: "source"))
    var correct: String?

    @Option(name: .long, help: "A note: the reason for a dismissal, or any remark.")
    var note: String?

    @Option(name: .long, help: ArgumentHelp("Who decides (default: $CLAIMS_REVIEWER).", valueName: "name"))
    var reviewer: String?

    @OptionGroup var ledgerOptions: LedgerOptions

    /// A decision that cannot be recorded: one line and exit status 2.
    func refuse(_ problem: String) throws -> Never {
        throw CommandFailure.input(problem)
    }

    func run() throws {
        if correct != nil, decision != .confirm { try refuse("--correct goes with --decision confirm") }
        let text = (note ?? "").trimmingCharacters(in: .whitespaces)
        if decision == .dismiss, text.isEmpty { try refuse("a dismissal needs its reason: --note TEXT") }
        if decision == .note, text.isEmpty { try refuse("--decision note needs --note TEXT") }
        guard let name = (reviewer ?? ProcessInfo.processInfo.environment["CLAIMS_REVIEWER"])?.trimmingCharacters(in: .whitespaces),
              !name.isEmpty else {
            throw CommandFailure.input("a decision needs the reviewer's name: --reviewer NAME (or set CLAIMS_REVIEWER)")
        }
        let ledger = try ledgerOptions.open()
        do {
            let conflict = try ledger.decide(id, decision: decision, correctSource: correct, note: note, reviewer: name)
            Console.out("\(conflict.id): \(conflict.status.rawValue) (\(decision.rawValue) by \(name))\n")
        } catch {
            throw CommandFailure.input(error.description)
        }
    }
}
