import ArgumentParser
import ClaimsCore
import Foundation

/// `claims bench`: extraction throughput on a corpus repeated to a given size, per extractor
/// and for all of them together, as the median of several runs.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure extraction throughput (MB/s on one core), or alignment and checking cost.",
        discussion: """
        Build in release mode for figures worth quoting: swift run -c release claims bench. With \
        --alignment N..., generated claims (about four per topic, from ten sources, some of them \
        disagreeing) are aligned and checked instead, to show how the cost grows; with --review N..., \
        the same claims are recorded in a scratch ledger and the review pages rendered from it; with \
        --ledger-load URL, reviewer processes decide at once on a shared ledger.
        """
    )

    @Argument(help: ArgumentHelp("Sources to repeat (default: the workbench's Claims/sources/).", valueName: "source"))
    var sources: [String] = []

    @Option(name: .long, help: "Size of the repeated corpus, in megabytes of UTF-8 text.")
    var megabytes: Double = 10

    @Option(name: .long, help: "Timed runs per measurement; the median is reported.")
    var runs: Int = 5

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Numbers of generated claims to align and check, e.g. --alignment 1000 10000 100000.", valueName: "n"))
    var alignment: [Int] = []

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Numbers of generated claims to record and render the review pages for (list, conflict, overview, report), e.g. --review 1000 10000.", valueName: "n"))
    var review: [Int] = []

    @Option(name: .long, help: ArgumentHelp("Also time an external extractor module (its folder) over the same corpus: requests/s and MB/s through the module protocol.", valueName: "dir"))
    var external: String?

    @Option(name: .long, help: ArgumentHelp("Put the ledger at this new file or postgres:// URL under load: --reviewers processes each make --decisions decisions at once; reports decisions/s and whether any was lost.", valueName: "path-or-url"))
    var ledgerLoad: String?

    @Option(name: .long, help: "Reviewer processes for --ledger-load.")
    var reviewers = 10

    @Option(name: .long, help: "Decisions each reviewer makes, for --ledger-load.")
    var decisions = 1000

    /// One reviewer process of --ledger-load (started by it, and by the fault trials).
    @Option(name: .long, help: .hidden)
    var ledgerWorker: String?

    @OptionGroup var workbenchOptions: WorkbenchOptions
    @OptionGroup var loading: LoadingOptions

    func validate() throws {
        guard megabytes > 0 else { throw ValidationError("--megabytes must be positive") }
        guard runs > 0 else { throw ValidationError("--runs must be positive") }
        guard reviewers > 0, decisions > 0 else { throw ValidationError("--reviewers and --decisions must be positive") }
    }

    func run() async throws {
        if let ledgerLoad {
            if let ledgerWorker { try self.ledgerWorker(ledgerLoad, name: ledgerWorker) } else { try benchLedgerLoad(ledgerLoad) }
            return
        }
        if !alignment.isEmpty || !review.isEmpty {
            if !alignment.isEmpty { benchAlignment() }
            if !review.isEmpty { try benchReview() }
            return
        }
        let run = SourceRun(sources: sources, language: nil, published: nil, quiet: true,
                            workbench: workbenchOptions.located, loading: loading)
        // The built-in extractors: modules loaded at run time are timed with --external.
        let lexicons = try run.lexicons()
        let extractors = ModuleRegistry.extractors(lexicons: lexicons)
        let abbreviations = lexicons.values.abbreviations
        let loaded = await run.execute(extractors: [], checkers: [], guesser: lexicons.values.guesser)
        guard !loaded.documents.isEmpty else {
            throw CommandFailure.input("no readable sources to benchmark")
        }
        // Repeat the documents, each keeping its own language, until the corpus is large enough.
        let target = Int(megabytes * 1_048_576)
        var corpus: [(text: String, source: SourceInfo)] = []
        var bytes = 0
        while bytes < target {
            for document in loaded.documents where bytes < target {
                corpus.append((document.text, document.source))
                bytes += document.text.utf8.count
            }
        }
        let mb = Double(bytes) / 1_048_576
        Console.out(String(format: "corpus: %d documents, %.1f MB of UTF-8 text, %d run(s) each, median reported\n", corpus.count, mb, runs))

        var documents: [Document] = []
        let split = measure {
            documents = corpus.map { Document(source: $0.source, text: $0.text, abbreviations: abbreviations) }
        }
        report("text → scalars + sentences", seconds: split, mb: mb)

        var total = 0.0
        for extractor in extractors {
            var found = 0
            let seconds = measure {
                found = 0
                for document in documents { found += extractor.extract(from: document).mentions.count }
            }
            total += seconds
            report(extractor.moduleDescription.tag, seconds: seconds, mb: mb, extra: "\(found) mentions")
        }
        report("all extractors, one core", seconds: total, mb: mb)
        // As `claims check` runs them: every extractor on each document, the documents spread
        // over the cores.
        let all = extractors
        let together = measure {
            _ = Parallel.map(documents, minimumPerChunk: 4) { document in
                all.reduce(0) { $0 + $1.extract(from: document).mentions.count }
            }
        }
        report("all extractors together, \(Parallel.cores) cores", seconds: together, mb: mb)

        if let external {
            let manifest: ModuleManifest
            do { manifest = try ModuleManifest.load(folder: URL(fileURLWithPath: external)) } catch {
                throw CommandFailure.input(error.description)
            }
            // Every document goes through the protocol whatever the module's languages, so the
            // figure is the protocol's cost on the whole corpus.
            let process = ModuleProcess(manifest: manifest, logURL: nil)
            defer { process.stop() }
            let extractor = ExternalExtractor(process: process)
            if let failure = process.connect() {
                throw CommandFailure.input("\(manifest.name): \(failure.reason)")
            }
            var found = 0
            var failed: ModuleFailure?
            let seconds = measure {
                found = 0
                for document in documents {
                    switch extractor.attemptExtraction(from: document) {
                    case .success(let extraction): found += extraction.mentions.count
                    case .failure(let failure): failed = failure
                    }
                }
            }
            if let failed {
                throw CommandFailure.input("\(manifest.name): \(failed.reason)")
            }
            report(manifest.description.tag + " (external)", seconds: seconds, mb: mb,
                   extra: String(format: "%.0f requests/s, %d mentions", Double(documents.count) / seconds, found))
        }
    }

    func measure(_ body: () -> Void) -> Double {
        var samples: [Double] = []
        for _ in 0..<runs {
            let clock = ContinuousClock()
            let elapsed = clock.measure(body)
            samples.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return samples.sorted()[samples.count / 2]
    }

    func report(_ name: String, seconds: Double, mb: Double, extra: String = "") {
        let line = TerminalText.pad(name, to: 30) + String(format: "%8.1f MB/s  %8.1f ms", mb / seconds, seconds * 1000)
        Console.out(line + (extra.isEmpty ? "" : "  " + extra) + "\n")
    }

    /// Aligns and checks generated claims of each size; reports the median time and the time
    /// per claim, whose steadiness across sizes shows the growth is about linear.
    func benchAlignment() {
        let pipeline = CheckPipeline(loaders: [], extractors: [], checkers: ModuleRegistry.checkers)
        var sources: [String: SourceInfo] = [:]
        for k in 0..<10 {
            let id = "s\(k)"
            sources[id] = SourceInfo(id: id, location: .file(URL(fileURLWithPath: "/dev/null")), displayName: id,
                                     language: "en", published: PartialDate(year: 2024, month: 1, day: 1 + k))
        }
        Console.out("claims     topics   findings  median ms  µs per claim\n")
        for size in alignment where size > 0 {
            let claims = Self.generatedClaims(size)
            var findings = 0
            let seconds = measure {
                findings = pipeline.check(claims, sources: sources).0.count
            }
            Console.out(String(format: "%-9d  %-7d  %-8d  %9.1f  %12.2f\n", size, size / 4, findings, seconds * 1000, seconds * 1e6 / Double(size)))
        }
    }

    /// Claims over `count / 4` topics from ten sources; one topic in five has a rival figure.
    static func generatedClaims(_ count: Int) -> [Claim] {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        let topics = max(1, count / 4)
        return (0..<count).map { i in
            let topic = Int(next() % UInt64(topics))
            let base = Double(1 + topic % 97) * 1e6
            let rival = topic % 5 == 0 && i % 2 == 0
            let value = rival ? base * 3 : base
            let context = ClaimContext(attribute: "invested", attributeLabel: "amount invested", entities: ["e\(topic)"])
            var claim = Claim(id: "c\(i)", sourceID: "s\(i % 10)", kind: .money, span: TextSpan(start: i, end: i + 1), text: "x",
                              quoteSpan: TextSpan(start: i, end: i + 1), quote: "x",
                              value: NormalizedValue(display: "USD \(value)", number: value, unit: "USD"), extractor: "bench",
                              topic: ClaimTopic(key: "invested|e\(topic)", label: "e\(topic): amount invested"))
            claim.context = context
            return claim
        }
    }
}
