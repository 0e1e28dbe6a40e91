import ArgumentParser
import ClaimsCore
import Foundation

/// `claims modules`: the extractor and checker modules, built in and loaded at run time.
struct ModulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "modules",
        abstract: "List, test and create claim-extractor and cross-checker modules.",
        subcommands: [List.self, Test.self, New.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the built-in modules and those found under Claims/modules/, with their state."
        )

        @Option(name: .long, help: "Output format: table or json.")
        var format: OutputFormat = .table

        @Option(name: .long, help: ArgumentHelp("Also look for modules in this folder; repeatable.", valueName: "dir"))
        var modules: [String] = []

        @OptionGroup var workbenchOptions: WorkbenchOptions

        struct Entry: Encodable {
            let name, kind, version, summary, origin, state: String
            let languages: [String]
        }

        func run() throws {
            let workbench = workbenchOptions.located
            let lexicons: Lexicons
            do { lexicons = try Lexicons.load(for: workbench) } catch {
                throw CommandFailure.input(error.description)
            }
            var entries = ModuleRegistry.all(lexicons: lexicons).map {
                Entry(name: $0.name, kind: $0.kind.rawValue, version: $0.version, summary: $0.summary, origin: "built-in",
                      state: "ready", languages: $0.languages)
            }
            let external = ModuleRegistry.external(workbench: workbench, folders: modules)
            let running = external.extractors.compactMap { ($0 as? ExternalExtractor)?.process }
                + external.checkers.compactMap { ($0 as? ExternalChecker)?.process }
            for manifest in external.manifests {
                var state = "disabled"
                if let process = running.first(where: { $0.manifest.name == manifest.name }) {
                    state = process.connect().map { "failed: \($0.reason)" } ?? "ready"
                    process.stop()
                }
                entries.append(Entry(name: manifest.name, kind: manifest.kind.rawValue, version: manifest.version,
                                     summary: manifest.description.summary, origin: manifest.folder.path, state: state,
                                     languages: manifest.languages))
            }
            for error in external.errors { Console.warning(error.description) }
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
                Console.document(String(decoding: try encoder.encode(entries), as: UTF8.self) + "\n")
            case .table:
                let nameWidth = max(4, entries.map { TerminalText.width(of: $0.name) }.max() ?? 4)
                Console.out(TerminalText.pad("name", to: nameWidth) + "  kind       version  state    languages  summary\n")
                for entry in entries {
                    Console.out(TerminalText.pad(entry.name, to: nameWidth) + "  " + TerminalText.pad(entry.kind, to: 9) + "  "
                        + TerminalText.pad(entry.version, to: 7) + "  " + TerminalText.pad(entry.state.hasPrefix("failed") ? "failed" : entry.state, to: 7)
                        + "  " + TerminalText.pad(entry.languages.joined(separator: ","), to: 9) + "  " + entry.summary + "\n")
                    if entry.state.hasPrefix("failed") { Console.out("    \(entry.state)\n") }
                }
                let extractors = entries.filter { $0.kind == "extractor" }.count
                Console.out("\(extractors) extractor(s), \(entries.count - extractors) checker(s)\n")
            }
        }
    }
}
