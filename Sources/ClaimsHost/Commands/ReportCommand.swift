import ArgumentParser
import ClaimsCore
import ClaimsLedger
import ClaimsReview
import Foundation

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case html, markdown
}

/// `claims report`: the overview of a check as one file to share: counts, sources, the timeline
/// of dated claims, who agrees on what, every conflict in context with its review history.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the overview of a check as one self-contained HTML or Markdown file.",
        discussion: """
        Checks SOURCES as `claims check` does (default: the workbench's Claims/sources/), records the \
        run in the ledger, and writes the report to stdout (or --output). The HTML report embeds its \
        styles and drawings and loads nothing from the network.
        """
    )

    @Option(name: .long, help: "Output format: html (one self-contained page) or markdown.")
    var format: ReportFormat = .html

    @Option(name: [.short, .long], help: ArgumentHelp("Write the report to this file instead of stdout.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("The report's title.", valueName: "text"))
    var title: String = "Claims report"

    @OptionGroup var recording: RecordingOptions

    @OptionGroup var sourceOptions: SourceOptions

    func run() async throws {
        let run = sourceOptions.run
        var result = try await run.check()
        if result.documents.isEmpty {
            try run.finish(result)
            return
        }
        // Without the ledger the run is recorded in a scratch one, removed afterwards, so the
        // report is built the same way either way.
        let scratch = recording.noLedger ? FileManager.default.temporaryDirectory.appendingPathComponent("claims-report-\(UUID().uuidString)") : nil
        defer { if let scratch { try? FileManager.default.removeItem(at: scratch) } }
        let text: String
        do {
            let book = try Ledger(path: scratch.map { $0.appendingPathComponent("ledger.sqlite").path } ?? recording.ledger ?? run.workbench.ledgerURL.path)
            try run.record(&result, in: book)
            let workspace = ReviewWorkspace(ledger: book, reading: result)
            text = switch format {
            case .html: try ReviewPages().report(workspace, title: title)
            case .markdown: try MarkdownReport(workspace: workspace, title: title).render()
            }
        } catch {
            throw CommandFailure.input(error.description)
        }
        if let output {
            do { try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
                throw CommandFailure.input("\(output): cannot be written: \(error.localizedDescription)")
            }
        } else {
            Console.document(text)
        }
        try run.finish(result)
    }
}
