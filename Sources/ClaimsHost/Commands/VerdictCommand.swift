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

    func run() throws {
        // The rules are the ledger's (DecisionRule); this command only says how to meet them.
        let name = (reviewer ?? ProcessInfo.processInfo.environment["CLAIMS_REVIEWER"] ?? "").trimmingCharacters(in: .whitespaces)
        let ledger = try ledgerOptions.open()
        let account = try ReviewerLogin.account(on: ledger, name: name)
        do {
            let decided = try ledger.decide(id, decision: decision, correctSource: correct, note: note, reviewer: name, account: account)
            Console.out("\(decided.conflictId): \(decided.status.rawValue) (\(decision.rawValue) by \(name))\n")
        } catch {
            throw CommandFailure.input(Self.line(for: error))
        }
    }

    /// A refusal as this command's user meets it: the options that fix it.
    static func line(for error: LedgerError) -> String {
        guard case .decision(let rule) = error.kind else { return error.description }
        switch rule {
        case .reviewerMissing: return "a decision needs the reviewer's name: --reviewer NAME (or set CLAIMS_REVIEWER)"
        case .reasonMissing: return "a dismissal needs its reason: --note TEXT"
        case .noteMissing: return "--decision note needs --note TEXT"
        case .correctSourceWithoutConfirm: return "--correct goes with --decision confirm"
        default: return error.description
        }
    }
}
