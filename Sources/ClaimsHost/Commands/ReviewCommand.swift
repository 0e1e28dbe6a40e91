import ArgumentParser
import ClaimsCore
import ClaimsLedger
import Foundation

/// `claims review`: walk the open conflicts one at a time and decide each. Reads answers line
/// by line from standard input, so it works at a terminal and with piped input alike; every
/// decision is committed the moment it is made.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review the open conflicts one by one: confirm, dismiss, skip, add a note, or quit.",
        discussion: """
        At each conflict answer c (confirm; then the id of the correct source, or an empty line), \
        d (dismiss; then the reason), n (a note), s (skip) or q (quit). End of input quits.
        """
    )

    @Option(name: .long, help: ArgumentHelp("Who decides (default: $CLAIMS_REVIEWER).", valueName: "name"))
    var reviewer: String?

    @Option(name: .long, help: "Only conflicts over dates, figures (money, counts) or percentages.")
    var kind: KindFilter?

    @OptionGroup var ledgerOptions: LedgerOptions

    func run() throws {
        guard let name = (reviewer ?? ProcessInfo.processInfo.environment["CLAIMS_REVIEWER"])?.trimmingCharacters(in: .whitespaces),
              !name.isEmpty else {
            throw CommandFailure.input("a review needs the reviewer's name: --reviewer NAME (or set CLAIMS_REVIEWER)")
        }
        let ledger = try ledgerOptions.open()
        let account = try ReviewerLogin.account(on: ledger, name: name)
        var queue: [LedgerConflict]
        do { queue = try ledger.conflicts(status: .open) } catch {
            throw CommandFailure.input(error.description)
        }
        if let kind { queue = queue.filter { kind.matches($0.kind) } }
        if queue.isEmpty {
            Console.out("no open conflicts to review in \(ledger.path)\n")
            return
        }
        var decided = 0
        var skipped = 0
        review: for (index, conflict) in queue.enumerated() {
            Console.out("\n[\(index + 1)/\(queue.count)] ")
            do { Console.out(try ConflictText.render(conflict, ledger: ledger, width: Console.width)) } catch {
                throw CommandFailure.input(error.description)
            }
            let sources = Set(conflict.statements.map(\.source)).sorted()
            while true {
                guard let answer = ask("decision: [c]onfirm, [d]ismiss, [n]ote, [s]kip, [q]uit? ") else { break review }
                do {
                    switch answer.lowercased() {
                    case "c", "confirm":
                        guard let source = ask("correct source (\(sources.joined(separator: ", ")), or empty if unknown): ") else { break review }
                        let note = ask("note (optional): ") ?? ""
                        _ = try ledger.decide(conflict.id, decision: .confirm, correctSource: source.isEmpty ? nil : source,
                                              note: note.isEmpty ? nil : note, reviewer: name, account: account)
                        Console.out("confirmed \(conflict.id)\n")
                        decided += 1
                        continue review
                    case "d", "dismiss":
                        guard let reason = ask("reason: ") else { break review }
                        _ = try ledger.decide(conflict.id, decision: .dismiss, note: reason, reviewer: name, account: account)
                        Console.out("dismissed \(conflict.id)\n")
                        decided += 1
                        continue review
                    case "n", "note":
                        guard let text = ask("note: ") else { break review }
                        if !text.isEmpty {
                            _ = try ledger.decide(conflict.id, decision: .note, note: text, reviewer: name, account: account)
                            Console.out("noted\n")
                        }
                    case "s", "skip", "":
                        skipped += 1
                        continue review
                    case "q", "quit":
                        break review
                    default:
                        Console.out("answer c, d, n, s or q\n")
                    }
                } catch {
                    // A decision the ledger's rules refuse is asked again, the rule said: an
                    // answer left empty as a prompt would, anything else as an error line.
                    switch error.kind.refusedRule {
                    case .reasonMissing?, .noteMissing?: Console.out(error.problem + "\n")
                    case let rule?: Console.error(rule.line)
                    case nil: Console.error(error.description)
                    }
                }
            }
        }
        Console.out("\n\(decided) decided, \(skipped) skipped; \(ledger.path)\n")
    }

    /// Prints a prompt and reads one line; nil at the end of input.
    func ask(_ prompt: String) -> String? {
        Console.out(prompt)
        guard let line = readLine(strippingNewline: true) else {
            Console.out("\n")
            return nil
        }
        return line.trimmingCharacters(in: .whitespaces)
    }
}
