import ArgumentParser
import ClaimsCore
import ClaimsLedger
import Foundation

/// `claims ledger`: the history itself: check it, read it, export it.
struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: "Verify, read, export and migrate the claims ledger.",
        subcommands: [Verify.self, Log.self, Export.self, Migrate.self]
    )

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recompute the hash chain and each conflict's recorded content; report the first broken link.",
            discussion: "Exit status 0 when the chain holds, 1 when it is broken, 2 when the ledger cannot be read. The heads printed (the last event and the last row record, with their hashes), kept elsewhere, show later whether anything was cut from the end or appended with forged hashes, which the chains alone cannot."
        )

        @OptionGroup var ledgerOptions: LedgerOptions

        func run() throws {
            let ledger = try ledgerOptions.open()
            let report: VerifyReport
            do { report = try ledger.verify() } catch {
                throw CommandFailure.input(error.description)
            }
            if let problem = report.firstProblem {
                Console.out("BROKEN: \(problem)\n")
                throw CommandFailure.found
            }
            Self.printVerified(report, in: ledger.path)
        }

        /// What a chain that holds is said in: what was checked, and the heads of both chains.
        static func printVerified(_ report: VerifyReport, in path: String) {
            Console.out("ok: \(report.eventsChecked) events, \(report.conflictsChecked) conflicts and \(report.rowsChecked) source, claim and account rows verified in \(path)\n")
            // The chains cannot show entries cut from their ends; the heads, kept elsewhere, can.
            if let head = report.head { Console.out("head: event \(head.seq) \(head.hash)\n") }
            if let head = report.rowHead { Console.out("head: row record \(head.seq) \(head.hash)\n") }
        }
    }

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The history, newest first.")

        @Option(name: .long, help: ArgumentHelp("Only this conflict (id or unique beginning).", valueName: "id"))
        var conflict: String?

        @Option(name: .long, help: ArgumentHelp("Only conflicts quoting this source id.", valueName: "id"))
        var source: String?

        @Option(name: .long, help: "At most this many events; a cut list says how many more there are.")
        var limit: Int = 100

        @Option(name: .long, help: "Output format: table or json.")
        var format: OutputFormat = .table

        @OptionGroup var ledgerOptions: LedgerOptions

        func run() throws {
            let ledger = try ledgerOptions.open()
            let page: LedgerLogPage
            do { page = try ledger.logPage(conflict: conflict, source: source, limit: limit) } catch {
                throw CommandFailure.input(error.description)
            }
            let events = page.events
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                Console.document(String(decoding: try encoder.encode(events), as: UTF8.self) + "\n")
            case .table:
                for event in events {
                    var line = "\(event.seq)  \(event.at.prefix(19))  \(event.conflictId)  \(TerminalText.pad(event.type.rawValue, to: 9)) \(event.actor)"
                    if let correct = event.correctSource { line += ", correct: \(correct)" }
                    if let note = event.note { line += " — \(note)" }
                    Console.out(line + "\n")
                }
                if events.isEmpty { Console.out("no events\n") }
                if page.omitted > 0 { Console.out("… \(page.omitted) more (use --limit \(page.total) to see all)\n") }
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the conflicts and their decisions out: jsonl, csv or schema.org ClaimReview.")

        @Option(name: .long, help: "jsonl (every conflict with its history), csv (one row a conflict) or claimreview (schema.org, decided conflicts).")
        var format: ExportFormat = .jsonl

        @OptionGroup var ledgerOptions: LedgerOptions

        func run() throws {
            let ledger = try ledgerOptions.open()
            do { Console.document(try ledger.export(format)) } catch {
                throw CommandFailure.input(error.description)
            }
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
