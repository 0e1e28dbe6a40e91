import ArgumentParser
import ClaimsCore
import Foundation

/// `claims extract`: every value the extractors find, with its span and normalized value,
/// without aligning or checking.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print every value the extractor modules find, with its span and normalized value.",
        discussion: "Takes the same sources as `claims check`. JSON output uses the claim shape of docs/json-contract.md."
    )

    @Argument(help: ArgumentHelp("Files, folders or URLs (default: the workbench's Claims/sources/).", valueName: "source"))
    var sources: [String] = []

    @Option(name: .long, help: "Output format: table or json.")
    var format: OutputFormat = .table

    @Option(name: .long, help: ArgumentHelp("Language of sources no manifest describes; guessed from the text otherwise.", valueName: "tag"))
    var language: String?

    @Option(name: .long, help: ArgumentHelp("Publication date of sources no manifest describes: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date"))
    var published: PartialDate?

    @Flag(name: .long, help: "Do not print progress on stderr.")
    var quiet = false

    @OptionGroup var workbenchOptions: WorkbenchOptions
    @OptionGroup var loading: LoadingOptions

    func run() async throws {
        let run = SourceRun(sources: sources, language: language, published: published, quiet: quiet,
                            workbench: workbenchOptions.located, loading: loading)
        let result = await run.execute(extractors: try run.extractors(), checkers: [])
        switch format {
        case .json:
            let report = CheckReport(result)
            struct Extract: Encodable {
                let schema = "claims.extract/1"
                let sources: [CheckReport.Source]
                let errors: [CheckReport.Problem]
                let mentions: [CheckReport.ClaimEntry]
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(Extract(sources: report.sources, errors: report.errors, mentions: report.claims))
            Console.out(String(decoding: data, as: UTF8.self) + "\n")
        case .table:
            Console.out(TableRenderer(width: Console.width).renderClaims(result) + "\n")
        }
        try run.finish(result)
    }
}
