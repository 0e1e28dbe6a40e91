import ArgumentParser
import ClaimsCore
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

    @Argument(help: ArgumentHelp("Files, folders or URLs to check (default: the workbench's Claims/sources/).", valueName: "source"))
    var sources: [String] = []

    @Option(name: .long, help: "Output format: table (for people) or json (the documented contract, docs/json-contract.md).")
    var format: OutputFormat = .table

    @Flag(name: .long, help: "Exit with status 1 when open conflicts remain.")
    var failOnConflict = false

    @Option(name: .long, help: ArgumentHelp("Language of sources no manifest describes (zh-Hans, zh-Hant, vi, en); guessed from the text otherwise.", valueName: "tag"))
    var language: String?

    @Option(name: .long, help: ArgumentHelp("Publication date of sources no manifest describes: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date"))
    var published: PartialDate?

    @Flag(name: .long, help: "Do not print progress on stderr.")
    var quiet = false

    @OptionGroup var workbenchOptions: WorkbenchOptions
    @OptionGroup var loading: LoadingOptions

    func run() async throws {
        let workbench = workbenchOptions.located
        let arguments = sources.isEmpty ? [Self.shortPath(workbench.sourcesDirectory.path)] : sources
        let resolver = SourceResolver(language: language.map(LanguageGuesser.normalize(tag:)), published: published)
        let resolution = resolver.resolve(arguments)
        let fetches = resolution.requests.contains { if case .web = $0.info.location { true } else { false } }
        let showProgress = !quiet && (fetches || resolution.requests.count >= 10)

        let pipeline = CheckPipeline(
            loaders: CheckPipeline.standardLoaders(limits: loading.limits, cache: FetchCache(directory: workbench.cacheDirectory), refresh: loading.refresh),
            extractors: ModuleRegistry.extractors,
            checkers: ModuleRegistry.checkers,
            progress: showProgress ? StderrProgress() : nil
        )
        let result = await pipeline.run(resolution.requests, priorErrors: resolution.errors)

        for error in result.sourceErrors { Console.error(error.description) }
        for problem in result.moduleProblems { Console.warning(problem.description) }

        switch format {
        case .json:
            Console.out(String(decoding: try CheckReport(result).jsonData(), as: UTF8.self) + "\n")
        case .table:
            Console.out(TableRenderer(width: Console.width).render(result))
        }

        if result.documents.isEmpty && result.sourceErrors.isEmpty {
            Console.error("no sources to check in \(arguments.joined(separator: " "))")
            throw ExitCode(2)
        }
        if !result.sourceErrors.isEmpty { throw ExitCode(2) }
        if failOnConflict, result.findings.contains(where: \.isOpenConflict) { throw ExitCode(1) }
    }

    /// A path relative to the working directory when it lies below it, for readable output.
    static func shortPath(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
