import ArgumentParser
import ClaimsCore
import ClaimsLedger
import Foundation

/// The sources a run reads and what is said of those no manifest describes; shared by
/// `check` and `extract`.
struct SourceOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Files, folders or URLs (default: the workbench's Claims/sources/).", valueName: "source"))
    var sources: [String] = []

    @Option(name: .long, help: ArgumentHelp("Language of sources no manifest describes (zh-Hans, zh-Hant, vi, en); guessed from the text otherwise.", valueName: "tag"))
    var language: String?

    @Option(name: .long, help: ArgumentHelp("Publication date of sources no manifest describes: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date"))
    var published: PartialDate?

    @Flag(name: .long, help: "Do not print progress on stderr.")
    var quiet = false

    @Option(name: .long, help: ArgumentHelp("Also load the modules in this folder (each a subfolder with a module.json); repeatable.", valueName: "dir"))
    var modules: [String] = []

    @OptionGroup var workbenchOptions: WorkbenchOptions
    @OptionGroup var loading: LoadingOptions

    var run: SourceRun {
        SourceRun(sources: sources, language: language, published: published, quiet: quiet,
                  workbench: workbenchOptions.located, loading: loading, moduleFolders: modules)
    }
}

/// Where a run that reads sources is recorded; shared by `check` and `report`.
struct RecordingOptions: ParsableArguments {
    @OptionGroup var location: LedgerPath
    var ledger: String? { location.ledger }

    @Flag(name: .long, help: "Do not record the run in the ledger: every conflict then reads open, with no history.")
    var noLedger = false
}

/// What `check` and `extract` share: resolving the arguments, running the pipeline with the
/// registry's modules, reporting problems on stderr and choosing the exit status.
struct SourceRun {
    var sources: [String]
    var language: String?
    var published: PartialDate?
    var quiet: Bool
    var workbench: Workbench
    var loading: LoadingOptions
    var moduleFolders: [String] = []

    /// Modules loaded at run time; a manifest that cannot be read is reported and skipped.
    func external() -> ExternalSet {
        let set = ModuleRegistry.external(workbench: workbench, folders: moduleFolders)
        for error in set.errors { Console.warning(error.description) }
        return set
    }

    var arguments: [String] { sources.isEmpty ? [Self.shortPath(workbench.sourcesDirectory.path)] : sources }

    /// The lexicons of the workbench; a broken one stops the run (exit 2).
    func lexicons() throws -> Lexicons {
        do { return try Lexicons.load(for: workbench) } catch {
            throw CommandFailure.input(error.description)
        }
    }

    func execute(extractors: [any ClaimExtractor], checkers: [any CrossChecker], claimBuilder: ClaimBuilder? = nil,
                 guesser: LanguageGuesser) async -> CheckResult {
        let resolver = SourceResolver(language: language.map(LanguageGuesser.normalize(tag:)), published: published)
        let resolution = resolver.resolve(arguments)
        let fetches = resolution.requests.contains { if case .web = $0.info.location { true } else { false } }
        let showProgress = !quiet && (fetches || resolution.requests.count >= 10)
        var pipeline = CheckPipeline(
            loaders: CheckPipeline.standardLoaders(limits: loading.limits, cache: FetchCache(directory: workbench.cacheDirectory), refresh: loading.refresh),
            extractors: extractors,
            checkers: checkers,
            aligner: Aligner(scorers: ModuleRegistry.scorers),
            claimBuilder: claimBuilder,
            progress: showProgress ? StderrProgress() : nil
        )
        pipeline.guesser = guesser
        let result = await pipeline.run(resolution.requests, priorErrors: resolution.errors)
        for error in result.sourceErrors { Console.error(error.description) }
        for problem in result.moduleProblems { Console.warning(problem.description) }
        return result
    }

    /// Extracts and checks with the registry's modules and those found at run time.
    func check() async throws -> CheckResult {
        let lexicons = try lexicons()
        let external = external()
        return await execute(extractors: ModuleRegistry.extractors(lexicons: lexicons) + external.extractors,
                             checkers: ModuleRegistry.checkers + external.checkers, claimBuilder: lexicons.claimBuilder,
                             guesser: lexicons.values.guesser)
    }

    /// Records a run in the ledger in one transaction and gives each finding its ledger state,
    /// so a dismissed conflict reads dismissed in what is shown next.
    func record(_ result: inout CheckResult, in ledger: Ledger) throws(LedgerError) {
        let summary = try ledger.record(result)
        for index in result.findings.indices {
            let given = result.findings[index].id
            if let status = summary.statuses[given] { result.findings[index].status = status }
            if let id = summary.ids[given] { result.findings[index].id = id }
        }
        if summary.markedStale > 0 {
            Console.warning("\(summary.markedStale) recorded conflict(s) marked stale: their sources changed (claims conflicts --status stale)")
        }
        if summary.changed > 0 {
            Console.warning("\(summary.changed) recorded conflict(s) changed: statements joined or left them; open for review again (claims ledger log)")
        }
        if summary.withdrawn > 0 {
            Console.warning("\(summary.withdrawn) recorded conflict(s) withdrawn: a source of theirs was not checked this time (claims conflicts --status withdrawn)")
        }
    }

    /// Exit status 2 when any source could not be read or there was nothing to read.
    func finish(_ result: CheckResult) throws {
        if result.documents.isEmpty && result.sourceErrors.isEmpty {
            throw CommandFailure.input("no sources to check in \(arguments.joined(separator: " "))")
        }
        if !result.sourceErrors.isEmpty { throw CommandFailure.reported }
    }

    /// A path relative to the working directory when it lies below it, for readable output.
    static func shortPath(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
