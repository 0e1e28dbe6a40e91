import ArgumentParser
import ClaimsCore
import ClaimsLedger
import Foundation

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// `claims check`: read the sources, extract claims, align them, report conflicts.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check sources against each other and report where they disagree.",
        discussion: """
        SOURCES are files, folders and http(s) URLs, mixed freely. A folder contributes the sources \
        its sources.json manifest lists and every other file in it. With no SOURCES the workbench's \
        Claims/sources/ is checked. A source that cannot be read gets a one-line error on stderr; \
        the others are still checked.

        Exit status: 0 the run succeeded; 1 with --fail-on-conflict when open conflicts remain; \
        2 a usage error or a source that could not be read.
        """
    )

    @Option(name: .long, help: "Output format: table (for people) or json (the documented contract, docs/json-contract.md).")
    var format: OutputFormat = .table

    @Flag(name: .long, help: "Exit with status 1 when open conflicts remain.")
    var failOnConflict = false

    @Flag(name: .long, help: "List every claim in its sentence, per source, after the conflicts and findings (table format).")
    var claims = false

    @OptionGroup var recording: RecordingOptions

    @OptionGroup var sourceOptions: SourceOptions

    func run() async throws {
        let run = sourceOptions.run
        var result = try await run.check()
        var ledgerFailed = false
        if !recording.noLedger, !result.documents.isEmpty {
            do { try run.record(&result, in: try Ledger(path: recording.ledger ?? run.workbench.ledgerURL.path)) } catch {
                Console.error(error.description)
                ledgerFailed = true
            }
        }
        switch format {
        case .json:
            Console.document(String(decoding: try CheckReport(result).jsonData(), as: UTF8.self) + "\n")
        case .table:
            Console.out(TableRenderer(width: Console.width, listClaims: claims).render(result))
        }
        try run.finish(result)
        if ledgerFailed { throw CommandFailure.reported }
        if failOnConflict, result.findings.contains(where: \.isOpenConflict) { throw CommandFailure.found }
    }
}
