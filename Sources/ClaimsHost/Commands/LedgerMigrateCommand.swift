import ArgumentParser
import ClaimsLedger
import Foundation

extension LedgerCommand {
    /// `claims ledger migrate --to URL`: the whole ledger, with its history, into another store.
    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy the ledger with its whole history to another store, and verify it on arrival.",
            discussion: """
                The ledger given by --ledger (or CLAIMS_LEDGER, or the workbench's file) is verified, copied \
                row for row into the empty ledger at --to (a postgres:// URL or a file, created if needed) \
                in one transaction, and the copy verified: it must end at the same heads.

                  claims ledger migrate --to postgres://desk@db.local:5432/story
                  claims ledger migrate --ledger postgres://desk@db.local:5432/story --to backup.sqlite

                Exit status 0 when the copy verifies, 2 when the source does not verify, the target is \
                not empty or cannot be reached (nothing is kept then).
                """
        )

        @Option(name: .long, help: ArgumentHelp("Where to: postgres://USER@HOST:PORT/DB, or a file path.", valueName: "path-or-url"))
        var to: String

        @OptionGroup var ledgerOptions: LedgerOptions

        func run() throws {
            let source = try ledgerOptions.open()
            let copied: (target: Ledger, report: Ledger.CopyReport)
            do { copied = try source.copy(to: to) } catch {
                throw CommandFailure.input(error.description)
            }
            let (target, report) = copied
            let counts = report.rows.map { "\($0.count) \($0.table)" }.joined(separator: ", ")
            Console.out("copied \(source.path) to \(target.path): \(counts)\n")
            LedgerCommand.Verify.printVerified(report.arrival, in: target.path)
        }
    }
}
