import ArgumentParser
import ClaimsCore
import Foundation

/// `claims add`: record a file or URL in the sources manifest, after checking it can be read.
struct AddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a file or URL to the workbench's sources manifest.",
        discussion: """
        The source is read first: one that cannot be read is refused and the manifest is left \
        as it was. A file from elsewhere is copied into the sources folder; a URL is fetched and \
        cached under Claims/cache/ so later checks work offline. Language and title are taken \
        from the source when not given.
        """
    )

    @Argument(help: ArgumentHelp("A file path or an http(s) URL.", valueName: "path-or-url"))
    var source: String

    @Option(name: .long, help: ArgumentHelp("Language tag: zh-Hans, zh-Hant, vi, en, ... (guessed from the text if omitted).", valueName: "tag"))
    var language: String?

    @Option(name: .long, help: ArgumentHelp("Publication date: YYYY, YYYY-MM or YYYY-MM-DD; its precision is kept.", valueName: "date"))
    var published: PartialDate?

    @Option(name: .long, help: "Title (taken from the HTML <title> if omitted).")
    var title: String?

    @Option(name: .long, help: "Publisher.")
    var publisher: String?

    @Option(name: .long, help: ArgumentHelp("Sources folder to add to (default: the workbench's Claims/sources/).", valueName: "dir"))
    var to: String?

    @OptionGroup var workbenchOptions: WorkbenchOptions
    @OptionGroup var loading: LoadingOptions

    /// The language guesser of the workbench's lexicons; a broken lexicon stops the command (exit 2).
    func guesser(_ workbench: Workbench) throws -> LanguageGuesser {
        do { return try Lexicons.load(for: workbench).values.guesser } catch {
            throw CommandFailure.input(error.description)
        }
    }

    func run() async throws {
        let workbench = workbenchOptions.located
        let folder = to.map { URL(fileURLWithPath: $0) } ?? workbench.sourcesDirectory
        let manifestURL = folder.appendingPathComponent(SourceManifest.fileName)
        var manifest = SourceManifest()
        if FileManager.default.fileExists(atPath: manifestURL.path) {
            do { manifest = try SourceManifest.load(from: manifestURL) } catch {
                throw CommandFailure.input(error.description)
            }
        }

        var entry = SourceManifest.Entry(language: language.map(LanguageGuesser.normalize(tag:)), title: title,
                                         publisher: publisher, published: published?.description,
                                         publishedPrecision: published?.precision.rawValue)
        let request: SourceRequest
        var copyFrom: URL?
        if SourceResolver.isWebAddress(source) {
            guard let url = URL(string: source), url.host != nil else {
                throw CommandFailure.input("\(source): not a valid URL")
            }
            entry.url = url.absoluteString
            request = SourceRequest(info: SourceInfo(id: "new", location: .web(url), displayName: source))
        } else {
            let url = URL(fileURLWithPath: source).standardizedFileURL
            entry.file = url.lastPathComponent
            if url.deletingLastPathComponent().path != folder.standardizedFileURL.path { copyFrom = url }
            request = SourceRequest(info: SourceInfo(id: "new", location: .file(url), displayName: source))
        }

        let loaders = CheckPipeline.standardLoaders(limits: loading.limits, cache: FetchCache(directory: workbench.cacheDirectory), refresh: loading.refresh)
        guard let loader = loaders.first(where: { $0.canLoad(request) }) else {
            throw CommandFailure.input("\(source): no loader reads this kind of source")
        }
        let loaded: LoadedText
        do { loaded = try await loader.load(request) } catch {
            throw CommandFailure.input(error.description)
        }
        if entry.language == nil { entry.language = try loaded.declaredLanguage ?? guesser(workbench).guess(loaded.text) }
        entry.title = entry.title ?? loaded.title

        /// What happened to the manifest: a new entry, an entry updated, or nothing.
        enum Outcome { case added, updated, unchanged }
        var outcome = Outcome.added
        if let index = manifest.entries.firstIndex(where: { ($0.file != nil && $0.file == entry.file) || ($0.url != nil && $0.url == entry.url) }) {
            // Re-adding updates what was given and keeps the rest.
            let before = manifest.entries[index]
            var existing = before
            existing.language = language.map(LanguageGuesser.normalize(tag:)) ?? existing.language ?? entry.language
            existing.title = title ?? existing.title ?? entry.title
            existing.publisher = publisher ?? existing.publisher
            if published != nil {
                existing.published = entry.published
                existing.publishedPrecision = entry.publishedPrecision
            }
            manifest.entries[index] = existing
            outcome = existing == before ? .unchanged : .updated
            entry = existing
        } else {
            manifest.entries.append(entry)
        }

        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            if let copyFrom {
                let target = folder.appendingPathComponent(copyFrom.lastPathComponent)
                if FileManager.default.fileExists(atPath: target.path) {
                    if FileManager.default.contentsEqual(atPath: target.path, andPath: copyFrom.path) == false {
                        throw CommandFailure.input("\(source): a different file named \(copyFrom.lastPathComponent) is already in \(folder.path)")
                    }
                } else {
                    try FileManager.default.copyItem(at: copyFrom, to: target)
                }
            }
            try manifest.write(to: manifestURL)
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure.input("\(manifestURL.path): cannot be written: \(error.localizedDescription)")
        }
        let date = entry.published.map { " published \($0)" } ?? ""
        let what = "\(entry.file ?? entry.url ?? source) (\(entry.language ?? "unknown language")\(date))"
        switch outcome {
        case .added: Console.out("added \(what) to \(manifestURL.path)\n")
        case .updated: Console.out("updated \(what) in \(manifestURL.path)\n")
        case .unchanged: Console.out("\(what) is already in \(manifestURL.path); nothing changed\n")
        }
    }
}
