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

    @Option(name: .long, help: "Output format: table or json.")
    var format: OutputFormat = .table

    @OptionGroup var sourceOptions: SourceOptions

    func run() async throws {
        let run = sourceOptions.run
        let lexicons = try run.lexicons()
        let result = await run.execute(extractors: ModuleRegistry.extractors(lexicons: lexicons) + run.external().extractors, checkers: [],
                                       guesser: lexicons.values.guesser)
        switch format {
        case .json:
            let report = CheckReport(result)
            struct Extract: Encodable {
                let schema = "claims.extract/1"
                let sources: [CheckReport.Source]
                let errors: [CheckReport.Problem]
                /// The mentions' place: they are encoded on every core and spliced in.
                let mentions = SplicedJSON.marker
            }
            let text = try SplicedJSON.encode(Extract(sources: report.sources, errors: report.errors), list: report.claims,
                                              write: { ClaimJSON.write($0, indent: $1, into: &$2) })
            Console.document(text + "\n")
        case .table:
            Console.out(TableRenderer(width: Console.width).renderClaims(result) + "\n")
        }
        try run.finish(result)
    }
}
