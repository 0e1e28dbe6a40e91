import ClaimsCore
import DateChecker
import DateExtractor
import FigureChecker
import IdentifierChecker
import IdentifierExtractor
import Foundation
import MultiplierRankExtractor
import PercentageChecker
import QuantityExtractor
import Testing

/// One short source fed to the pipeline from memory: its text, language and publication date.
struct MemorySource: Sendable {
    var id: String
    var language: String
    var published: String?
    var text: String

    init(_ id: String, _ language: String, published: String? = nil, _ text: String) {
        self.id = id
        self.language = language
        self.published = published
        self.text = text
    }

    /// A made-up file address; nothing is read from disk.
    var url: URL { URL(fileURLWithPath: "/memory/checking-tests/\(id).txt") }

    var request: SourceRequest {
        SourceRequest(info: SourceInfo(id: id, location: .file(url), displayName: "\(id).txt", language: language,
                                       published: published.flatMap { PartialDate(parsing: $0) }))
    }
}

/// Serves texts held in memory for `.file` requests with the made-up addresses above.
struct MemoryLoader: SourceLoader {
    let texts: [URL: String]

    init(_ sources: [MemorySource]) {
        texts = Dictionary(sources.map { ($0.url, $0.text) }, uniquingKeysWith: { first, _ in first })
    }

    var kind: String { "memory" }

    func canLoad(_ request: SourceRequest) -> Bool {
        guard case .file(let url) = request.info.location else { return false }
        return texts[url] != nil
    }

    func load(_ request: SourceRequest) async throws(SourceError) -> LoadedText {
        guard case .file(let url) = request.info.location, let text = texts[url] else {
            throw SourceError(source: request.info.displayName, problem: "not held in memory")
        }
        return LoadedText(text: text, contentHash: StableHash.hex(of: text))
    }
}

/// Entities the shipped lexicon does not know, added the way a user would: a YAML file in a
/// folder of their own, loaded after the shipped one.
let extraEntitiesYAML = """
# Made-up companies for the checking tests.
entities:
  - id: acme
    type: organization
    names: {en: [Acme], vi: [Acme], zh-Hans: [阿克米], zh-Hant: [阿克米]}
  - id: beta
    type: organization
    names: {en: [Beta], vi: [Beta], zh-Hans: [贝塔], zh-Hant: [貝塔]}
  - id: gamma
    type: organization
    names: {en: [Gamma], vi: [Gamma], zh-Hans: [伽马], zh-Hant: [伽馬]}
  - id: delta
    type: organization
    names: {en: [Delta], vi: [Delta], zh-Hans: [德尔塔], zh-Hant: [德爾塔]}
"""

/// The real claim stage: the shipped value and topic lexicons (plus the test entities), the
/// built-in extractors, the claim builder, the aligner and the built-in checkers.
struct Stage: Sendable {
    let values: ValueLanguages
    let topics: TopicLexicon

    static let lexiconDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // Support
        .deletingLastPathComponent() // CheckingTests
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent() // package root
        .appendingPathComponent("Claims/lexicon", isDirectory: true)
    static let valuesDirectory = lexiconDirectory.appendingPathComponent("values", isDirectory: true)

    /// Loaded once for all tests; the extra lexicon's folder is removed once it has been read.
    static let loaded: Result<Stage, any Error> = Result { try Stage.load() }

    static func shared() throws -> Stage { try loaded.get() }

    static func load() throws -> Stage {
        let extra = FileManager.default.temporaryDirectory
            .appendingPathComponent("checking-tests-lexicon-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: extra, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: extra) }
        try Data(extraEntitiesYAML.utf8).write(to: extra.appendingPathComponent("test-entities.yaml"))
        let values = ValueLanguages(try ValueLexicons.load(from: valuesDirectory))
        let topics = try TopicLexicon.load(from: [lexiconDirectory, extra])
        return Stage(values: values, topics: topics)
    }

    var builder: ClaimBuilder { ClaimBuilder(lexicon: topics) }

    var extractors: [any ClaimExtractor] {
        [QuantityExtractor(languages: values), MultiplierRankExtractor(languages: values), DateExtractor(languages: values),
         IdentifierExtractor(languages: values)]
    }

    static let checkers: [any CrossChecker] = [FigureChecker(), PercentageChecker(), DateChecker(), IdentifierChecker()]

    func pipeline(for sources: [MemorySource], checkers: [any CrossChecker] = Stage.checkers) -> CheckPipeline {
        CheckPipeline(loaders: [MemoryLoader(sources)], extractors: extractors, checkers: checkers, claimBuilder: builder,
                      parallelism: 2)
    }

    /// The claims of one text, built but not checked: extraction and the claim builder only.
    func claims(_ text: String, language: String, published: String? = nil, builder: ClaimBuilder? = nil) -> [Claim] {
        let source = MemorySource("doc", language, published: published, text)
        var pipeline = pipeline(for: [source], checkers: [])
        if let builder { pipeline.claimBuilder = builder }
        let document = Document(source: source.request.info, text: text, abbreviations: pipeline.abbreviations)
        return pipeline.extract(document).0
    }

    /// Runs the whole stage over the sources.
    func run(_ sources: [MemorySource], checkers: [any CrossChecker] = Stage.checkers) async -> Outcome {
        let result = await pipeline(for: sources, checkers: checkers).run(sources.map(\.request))
        return Outcome(result: result)
    }

    /// Runs the whole stage, failing the test if a source or module went wrong.
    static func run(_ sources: [MemorySource], checkers: [any CrossChecker] = Stage.checkers) async throws -> Outcome {
        let outcome = try await shared().run(sources, checkers: checkers)
        #expect(outcome.result.sourceErrors.isEmpty, "\(outcome.result.sourceErrors)")
        #expect(outcome.result.moduleProblems.isEmpty, "\(outcome.result.moduleProblems)")
        #expect(outcome.result.documents.count == sources.count)
        return outcome
    }
}

/// What a run produced, with look-ups for the assertions.
struct Outcome: Sendable {
    let result: CheckResult

    var claims: [Claim] { result.claims }
    var findings: [Finding] { result.findings }

    func claims(of source: String) -> [Claim] { claims.filter { $0.sourceID == source } }

    /// The claim of a source whose surface text is exactly `text`.
    func claim(_ source: String, _ text: String) -> Claim? {
        claims.first { $0.sourceID == source && $0.text == text }
    }

    func findings(by checker: String) -> [Finding] { findings.filter { $0.checker.hasPrefix(checker + "@") } }

    func findings(about claim: Claim) -> [Finding] {
        findings.filter { $0.statements.contains { $0.claimID == claim.id } }
    }

    var conflicts: [Finding] { findings.filter { $0.verdict == .conflict } }

    /// A readable dump for failure messages.
    var summary: String {
        var lines = claims.map { c in
            "claim \(c.id) [\(c.sourceID)] \(c.kind.rawValue) \"\(c.text)\" = \(c.value.display) topic=\(c.topic?.key ?? "-")"
                + " period=\(c.context?.period ?? "-") counted=\(c.context?.counted ?? "-") subset=\(c.context?.isSubset ?? false)"
                + " ref=\(c.context?.referenceText ?? "-")"
        }
        lines += findings.map { f in
            "finding \(f.checker) \(f.verdict.rawValue)/\(f.severity.rawValue) on \(f.topic): \(f.rationale) "
                + "[\(f.statements.map { "\($0.sourceID):\($0.text)" }.joined(separator: ", "))]"
        }
        return lines.joined(separator: "\n")
    }
}

/// A rationale people can read: one non-empty sentence on a single line.
func expectOneSentence(_ rationale: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let trimmed = rationale.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(!trimmed.isEmpty, "empty rationale", sourceLocation: sourceLocation)
    #expect(!trimmed.contains("\n"), "rationale spans lines: \(rationale)", sourceLocation: sourceLocation)
    // No sentence end followed by another sentence.
    let inner = trimmed.dropLast()
    #expect(!inner.contains(". ") && !inner.contains("? ") && !inner.contains("! "),
            "more than one sentence: \(rationale)", sourceLocation: sourceLocation)
    #expect(trimmed.count >= 10, "too short to explain anything: \(rationale)", sourceLocation: sourceLocation)
}

/// The finding quotes exactly these claims, each with its own sentence, and nothing else.
func expectStatements(_ finding: Finding, quote claims: [Claim], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(Set(finding.statements.map(\.claimID)) == Set(claims.map(\.id)),
            "quotes \(finding.statements.map { "\($0.sourceID):\($0.text)" })", sourceLocation: sourceLocation)
    #expect(finding.statements.count == claims.count, sourceLocation: sourceLocation)
    for claim in claims {
        guard let statement = finding.statements.first(where: { $0.claimID == claim.id }) else { continue }
        #expect(statement.sourceID == claim.sourceID, sourceLocation: sourceLocation)
        #expect(statement.text == claim.text, sourceLocation: sourceLocation)
        #expect(statement.quote == claim.quote, sourceLocation: sourceLocation)
        #expect(statement.span == claim.span, sourceLocation: sourceLocation)
        #expect(statement.value == claim.value.display, sourceLocation: sourceLocation)
        #expect(statement.quote.contains(statement.text), "\(statement.quote)", sourceLocation: sourceLocation)
    }
}

/// Claims and sources made by hand, for the aligner and the checkers on their own.
enum Make {
    static func claim(_ id: String, source: String, kind: MentionKind = .money, topic: String?,
                      value: NormalizedValue = NormalizedValue(display: "USD 1", number: 1, unit: "USD"),
                      context: ClaimContext? = nil) -> Claim {
        let quote = "\(id) says \(value.display)."
        let start = id.unicodeScalars.count + 6
        var claim = Claim(id: id, sourceID: source, kind: kind, span: TextSpan(start: start, end: start + value.display.unicodeScalars.count),
                          text: value.display, quoteSpan: TextSpan(start: 0, end: quote.unicodeScalars.count), quote: quote,
                          value: value, extractor: "hand@1",
                          topic: topic.map { ClaimTopic(key: $0, label: "label of \($0)") })
        claim.context = context
        return claim
    }

    static func source(_ id: String, published: String? = nil) -> SourceInfo {
        SourceInfo(id: id, location: .file(URL(fileURLWithPath: "/memory/\(id).txt")), displayName: "\(id).txt",
                   language: "en", published: published.flatMap { PartialDate(parsing: $0) })
    }

    /// A resolved date claim covering a publication-style date (2019, 2019-07, 2019-07-04).
    static func date(_ id: String, source: String, _ text: String, topic: String = "founded|acme") -> Claim {
        let days = PairwiseChecking.publicationDays(Make.source("x", published: text)) ?? 0...0
        return claim(id, source: source, kind: .date, topic: topic,
                     value: NormalizedValue(display: text, low: days.lowerBound, high: days.upperBound, unit: "date"))
    }
}
