import ArgumentParser
import ClaimsCore
import Foundation

/// `claims modules`: the extractor and checker modules this host runs.
struct ModulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "modules",
        abstract: "List the claim-extractor and cross-checker modules."
    )

    @Option(name: .long, help: "Output format: table or json.")
    var format: OutputFormat = .table

    @OptionGroup var workbenchOptions: WorkbenchOptions

    func run() throws {
        let lexicons: Lexicons
        do { lexicons = try Lexicons.load(for: workbenchOptions.located) } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        let modules = ModuleRegistry.all(lexicons: lexicons)
        switch format {
        case .json:
            struct Entry: Encodable {
                let name, kind, version, summary: String
                let languages: [String]
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
            let entries = modules.map { Entry(name: $0.name, kind: $0.kind.rawValue, version: $0.version, summary: $0.summary, languages: $0.languages) }
            Console.out(String(decoding: try encoder.encode(entries), as: UTF8.self) + "\n")
        case .table:
            let nameWidth = max(4, modules.map(\.name.count).max() ?? 4)
            Console.out(TerminalText.pad("name", to: nameWidth) + "  kind       version  languages  summary\n")
            for module in modules {
                let languages = module.languages.joined(separator: ",")
                Console.out(TerminalText.pad(module.name, to: nameWidth) + "  " + TerminalText.pad(module.kind.rawValue, to: 9)
                    + "  " + TerminalText.pad(module.version, to: 7) + "  " + TerminalText.pad(languages, to: 9) + "  " + module.summary + "\n")
            }
            let extractors = modules.filter { $0.kind == .extractor }.count
            Console.out("\(extractors) extractor(s), \(modules.count - extractors) checker(s)\n")
        }
    }
}
