import Foundation
@testable import ClaimsCore

/// Finds runs of ASCII digits, each a `number` mention. About as simple as an extractor gets, so
/// the pipeline's own behaviour is what the tests see.
struct DigitRunExtractor: ClaimExtractor {
    static let description = ModuleDescription(name: "test-digits", kind: .extractor, version: "1.0",
                                               languages: ["*"], summary: "runs of ASCII digits")

    static func digitRuns(in document: Document) -> [Mention] {
        var mentions: [Mention] = []
        var i = 0
        let scalars = document.scalars
        while i < scalars.count {
            guard ScalarClass.asciiDigit(scalars[i]) != nil else { i += 1; continue }
            var j = i
            while j < scalars.count, ScalarClass.asciiDigit(scalars[j]) != nil { j += 1 }
            let span = TextSpan(start: i, end: j)
            let text = document.text(in: span)!
            mentions.append(Mention(kind: .number, span: span, text: text,
                                    value: NormalizedValue(display: text, number: Double(text))))
            i = j
        }
        return mentions
    }

    func extract(from document: Document) -> Extraction {
        Extraction(mentions: Self.digitRuns(in: document))
    }
}

/// Like `DigitRunExtractor`, but states its values as claims about one topic, so claims from
/// different sources line up for the checkers.
struct TopicClaimExtractor: ClaimExtractor {
    static let description = ModuleDescription(name: "test-topic", kind: .extractor, version: "2.0",
                                               languages: ["*"], summary: "digit runs about one topic")
    static let topic = ClaimTopic(key: "microsoft|openai|investment", label: "Microsoft's investment in OpenAI")

    func extract(from document: Document) -> Extraction {
        Extraction(claims: DigitRunExtractor.digitRuns(in: document).map {
            Claim(mention: $0, in: document, extractor: Self.description.tag, topic: Self.topic)
        })
    }
}

/// Returns one good mention and several broken results.
struct SloppyExtractor: ClaimExtractor {
    static let description = ModuleDescription(name: "test-sloppy", kind: .extractor, version: "0.1",
                                               languages: ["*"], summary: "returns broken spans")

    func extract(from document: Document) -> Extraction {
        let good = DigitRunExtractor.digitRuns(in: document).first!
        let value = NormalizedValue(display: "?")
        let outside = Mention(kind: .count, span: TextSpan(start: 1000, end: 1004), text: "1000", value: value)
        let wrongSurface = Mention(kind: .count, span: good.span, text: good.text + "0", value: value)
        let empty = Mention(kind: .rank, span: TextSpan(start: 0, end: 0), text: "", value: value)
        var badQuote = Claim(mention: good, in: document, extractor: Self.description.tag)
        badQuote.kind = .percentage
        badQuote.quote = "not the sentence"
        return Extraction(mentions: [outside, good, wrongSurface, empty], claims: [badQuote])
    }
}

/// Handles only Vietnamese.
struct VietnameseOnlyExtractor: ClaimExtractor {
    static let description = ModuleDescription(name: "test-vi", kind: .extractor, version: "1.0",
                                               languages: ["vi"], summary: "Vietnamese only")

    func extract(from document: Document) -> Extraction {
        Extraction(mentions: DigitRunExtractor.digitRuns(in: document).map {
            Mention(kind: .count, span: $0.span, text: $0.text, value: $0.value)
        })
    }
}

/// Calls a group a conflict when its claims' numbers differ, else consistent.
struct DifferentNumbersChecker: CrossChecker {
    static let description = ModuleDescription(name: "test-checker", kind: .checker, version: "1.0",
                                               languages: ["*"], summary: "numbers must agree")

    func check(_ group: AlignedGroup) -> [Finding] {
        let numbers = Set(group.claims.compactMap(\.value.number))
        let verdict: Verdict = numbers.count > 1 ? .conflict : .consistent
        return [Finding(kind: .number, topic: group.topic.label, verdict: verdict, severity: verdict == .conflict ? .high : .info,
                        confidence: 0.9, rationale: "The sources give \(numbers.count) different values.",
                        checker: Self.description.tag, statements: group.claims.map(Statement.init))]
    }
}

/// Quotes a claim that is not in its group, and returns a finding without statements.
struct RogueChecker: CrossChecker {
    static let description = ModuleDescription(name: "test-rogue", kind: .checker, version: "1.0",
                                               languages: ["*"], summary: "quotes what it was not given")

    func check(_ group: AlignedGroup) -> [Finding] {
        var stranger = Statement(claim: group.claims[0])
        stranger.claimID = "c-000000000000"
        return [
            Finding(kind: .number, topic: "x", verdict: .conflict, severity: .high, confidence: 1, rationale: "made up",
                    checker: Self.description.tag, statements: [stranger]),
            Finding(kind: .number, topic: "y", verdict: .conflict, severity: .high, confidence: 1, rationale: "empty",
                    checker: Self.description.tag, statements: []),
        ]
    }
}

/// Serves sources from memory, for pipelines that need no files.
struct MemoryLoader: SourceLoader {
    var texts: [String: String]
    var kind: String { "memory" }

    func canLoad(_ request: SourceRequest) -> Bool { texts[request.info.id] != nil }

    func load(_ request: SourceRequest) async throws(SourceError) -> LoadedText {
        guard let text = texts[request.info.id] else {
            throw SourceError(source: request.info.displayName, problem: "not in memory")
        }
        return LoadedText(text: text, contentHash: StableHash.hex(of: text))
    }

    static func request(_ id: String, language: String? = nil) -> SourceRequest {
        SourceRequest(info: SourceInfo(id: id, location: .file(URL(fileURLWithPath: "/memory/\(id).txt")),
                                       displayName: "memory/\(id).txt", language: language))
    }
}

/// Collects progress lines.
final class ProgressLines: ProgressReporter, @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [String] = []
    func report(_ line: String) { lock.withLock { collected.append(line) } }
    var lines: [String] { lock.withLock { collected } }
}
