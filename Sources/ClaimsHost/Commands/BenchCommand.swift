import ArgumentParser
import ClaimsCore
import Foundation

/// `claims bench`: extraction throughput on a corpus repeated to a given size, per extractor
/// and for all of them together, as the median of several runs.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure extraction throughput (MB/s on one core) on a corpus repeated to a given size.",
        discussion: "Build in release mode for figures worth quoting: swift run -c release claims bench"
    )

    @Argument(help: ArgumentHelp("Sources to repeat (default: the workbench's Claims/sources/).", valueName: "source"))
    var sources: [String] = []

    @Option(name: .long, help: "Size of the repeated corpus, in megabytes of UTF-8 text.")
    var megabytes: Double = 10

    @Option(name: .long, help: "Timed runs per measurement; the median is reported.")
    var runs: Int = 5

    @OptionGroup var workbenchOptions: WorkbenchOptions
    @OptionGroup var loading: LoadingOptions

    func validate() throws {
        guard megabytes > 0 else { throw ValidationError("--megabytes must be positive") }
        guard runs > 0 else { throw ValidationError("--runs must be positive") }
    }

    func run() async throws {
        let run = SourceRun(sources: sources, language: nil, published: nil, quiet: true,
                            workbench: workbenchOptions.located, loading: loading)
        let extractors = try run.extractors()
        let loaded = await run.execute(extractors: [], checkers: [])
        guard !loaded.documents.isEmpty else {
            Console.error("no readable sources to benchmark")
            throw ExitCode(2)
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
            documents = corpus.map { Document(source: $0.source, text: $0.text) }
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
        report("all extractors together", seconds: total, mb: mb)
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
}
