import ArgumentParser
import ClaimsLedger
import Foundation

/// `claims reviewers`: the accounts of a ledger's reviewers.
struct ReviewersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reviewers",
        abstract: "Reviewer accounts: once a ledger has one, every decision comes from a logged-in account.",
        discussion: """
            A shared ledger (postgres://) needs accounts before `claims serve` opens it. Passwords are \
            kept as bcrypt hashes. The command line logs in with the password in CLAIMS_PASSWORD, or \
            asks for it on a terminal.

              claims reviewers add Lan --ledger postgres://desk@db.local:5432/story
              printf '%s\\n' "$PASSWORD" | claims reviewers add Lan --password-stdin
              claims reviewers list
            """,
        subcommands: [Add.self, List.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a reviewer account with a password (asked twice on a terminal).")

        @Argument(help: ArgumentHelp("The reviewer's name, as decisions will record it.", valueName: "name"))
        var name: String

        @Flag(name: .long, help: "Read the password from the first line of standard input.")
        var passwordStdin = false

        @OptionGroup var ledgerOptions: LedgerOptions

        func run() throws {
            let ledger = try ledgerOptions.open()
            let password: String
            if passwordStdin {
                password = readLine(strippingNewline: true) ?? ""
            } else {
                guard let first = ReviewerLogin.prompt("password for \(name): ") else {
                    throw CommandFailure.input("no terminal to ask the password on: use --password-stdin")
                }
                guard ReviewerLogin.prompt("the same again: ") == first else { throw CommandFailure.input("the two passwords differ; nothing added") }
                password = first
            }
            do { try ledger.addReviewer(name, password: password) } catch {
                throw CommandFailure.input(error.description)
            }
            Console.out("added reviewer \(name.trimmingCharacters(in: .whitespaces)) to \(ledger.path)\n")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The reviewer accounts of the ledger.")

        @OptionGroup var ledgerOptions: LedgerOptions

        func run() throws {
            let ledger = try ledgerOptions.open()
            let names: [String]
            do { names = try ledger.reviewers() } catch { throw CommandFailure.input(error.description) }
            if names.isEmpty { Console.out("no reviewer accounts in \(ledger.path): decisions carry the name given\n") }
            for name in names { Console.out(name + "\n") }
        }
    }
}
