import Foundation

/// The JSON contract of `claims check --format json` (docs/json-contract.md). Field names and
/// meanings are stable within a schema version; new fields may be added, none removed.
public struct CheckReport: Codable, Sendable {
    public static let schemaVersion = "claims.check/1"

    public struct Tool: Codable, Sendable {
        public var name: String
        public var version: String
    }

    public struct Module: Codable, Sendable {
        public var name: String
        public var kind: String
        public var version: String
        public var languages: [String]
    }

    public struct Source: Codable, Sendable {
        public var id: String
        public var file: String?
        public var url: String?
        public var language: String?
        public var title: String?
        public var publisher: String?
        public var published: String?
        public var publishedPrecision: String?
        public var contentHash: String
        public var characters: Int
        public var sentences: Int

        enum CodingKeys: String, CodingKey {
            case id, file, url, language, title, publisher, published
            case publishedPrecision = "published_precision"
            case contentHash = "content_hash"
            case characters, sentences
        }
    }

    public struct Problem: Codable, Sendable {
        public var source: String?
        public var module: String?
        public var message: String
    }

    /// A normalized value is written as the model holds it.
    public typealias Value = NormalizedValue

    public struct ClaimEntry: Codable, Sendable {
        public var id: String
        public var source: String
        public var kind: String
        public var text: String
        public var quote: String
        public var start: Int
        public var end: Int
        public var quoteStart: Int
        public var quoteEnd: Int
        public var value: Value
        public var topic: String?
        /// What the claim is about, when the claim builder found it.
        public var about: About?
        /// The open description of what the value measures, read from its sentence.
        public var description: ClaimDescription?
        public var extractor: String

        enum CodingKeys: String, CodingKey {
            case id, source, kind, text, quote, start, end
            case quoteStart = "quote_start"
            case quoteEnd = "quote_end"
            case value, topic, about, description, extractor
        }
    }

    public struct About: Codable, Sendable {
        public var attribute: String
        public var entities: [String]
        public var period: String?
        public var counted: String?
        public var subset: Bool
        public var reference: String?

        init(_ context: ClaimContext) {
            attribute = context.attribute
            entities = context.entities
            period = context.period
            counted = context.counted
            subset = context.isSubset
            reference = context.referenceText
        }
    }

    public struct StatementEntry: Codable, Sendable, Hashable {
        public var source: String
        public var claim: String
        public var text: String
        public var quote: String
        public var start: Int
        public var end: Int
        /// Where the quote starts in the source, so the value is marked at its own place in the
        /// quote, never at the first occurrence of its text. Absent in conflicts a ledger
        /// recorded before it was kept.
        public var quoteStart: Int?
        public var value: String

        enum CodingKeys: String, CodingKey {
            case source, claim, text, quote, start, end, value
            case quoteStart = "quote_start"
        }

        public init(source: String, claim: String, text: String, quote: String, start: Int, end: Int, quoteStart: Int?, value: String) {
            self.source = source
            self.claim = claim
            self.text = text
            self.quote = quote
            self.start = start
            self.end = end
            self.quoteStart = quoteStart
            self.value = value
        }

        /// Where the value lies in the quote, in scalars: at its recorded offset, else (for an
        /// older record) at the first occurrence of its text.
        public var valueInQuote: TextSpan? {
            let length = end - start
            if let quoteStart, start >= quoteStart, start - quoteStart + length <= quote.unicodeScalars.count {
                return TextSpan(start: start - quoteStart, end: start - quoteStart + length)
            }
            let scalars = Array(quote.unicodeScalars), needle = Array(text.unicodeScalars)
            guard !needle.isEmpty, needle.count <= scalars.count else { return nil }
            for k in 0...(scalars.count - needle.count) where Array(scalars[k..<k + needle.count]) == needle {
                return TextSpan(start: k, end: k + needle.count)
            }
            return nil
        }
    }

    public struct FindingEntry: Codable, Sendable {
        public var id: String
        public var kind: String
        public var topic: String
        public var verdict: String
        public var severity: String
        public var confidence: Double
        public var status: String
        public var rationale: String
        public var checker: String
        public var statements: [StatementEntry]
        /// The aligned pairs behind the finding and why they were compared.
        public var evidence: [PairEntry]?
    }

    /// Two claims the aligner linked, and the evidence for it.
    public struct PairEntry: Codable, Sendable {
        public var claims: [String]
        public var score: Double
        public var scorer: String
        public var shared: [SharedTerm]
    }

    public struct Summary: Codable, Sendable {
        public var sources: Int
        public var sourcesFailed: Int
        public var claims: Int
        public var conflicts: Int
        public var openConflicts: Int
        public var moduleProblems: Int

        enum CodingKeys: String, CodingKey {
            case sources
            case sourcesFailed = "sources_failed"
            case claims, conflicts
            case openConflicts = "open_conflicts"
            case moduleProblems = "module_problems"
        }
    }

    public var schema: String
    public var tool: Tool
    public var modules: [Module]
    public var sources: [Source]
    public var errors: [Problem]
    public var claims: [ClaimEntry]
    /// Findings whose verdict is "conflict".
    public var conflicts: [FindingEntry]
    /// Every other finding: consistent, not comparable.
    public var findings: [FindingEntry]
    public var summary: Summary

    public init(_ result: CheckResult) {
        schema = Self.schemaVersion
        tool = Tool(name: "claims", version: ClaimsVersion.current)
        modules = (result.extractors + result.scorers + result.checkers).map {
            Module(name: $0.name, kind: $0.kind.rawValue, version: $0.version, languages: $0.languages)
        }
        sources = result.documents.map { document in
            let info = document.source
            var file: String?
            var url: String?
            switch info.location {
            case .file: file = info.displayName
            case .web(let address): url = address.absoluteString
            }
            return Source(id: info.id, file: file, url: url, language: info.language, title: info.title,
                          publisher: info.publisher, published: info.published?.description,
                          publishedPrecision: info.published?.precision.rawValue, contentHash: document.contentHash,
                          characters: document.scalars.count, sentences: document.sentences.count)
        }
        errors = result.sourceErrors.map { Problem(source: $0.source, module: nil, message: $0.description) }
            + result.moduleProblems.map { Problem(source: $0.source, module: $0.module, message: $0.description) }
        claims = result.claims.map { claim in
            ClaimEntry(id: claim.id, source: claim.sourceID, kind: claim.kind.rawValue, text: claim.text, quote: claim.quote,
                       start: claim.span.start, end: claim.span.end, quoteStart: claim.quoteSpan.start,
                       quoteEnd: claim.quoteSpan.end, value: claim.value, topic: claim.topic?.label,
                       about: claim.context.map(About.init), description: claim.reading, extractor: claim.extractor)
        }
        let entries = result.findings.map(FindingEntry.init)
        conflicts = entries.filter { $0.verdict == Verdict.conflict.rawValue }
        findings = entries.filter { $0.verdict != Verdict.conflict.rawValue }
        summary = Summary(sources: result.documents.count + result.sourceErrors.count,
                          sourcesFailed: result.sourceErrors.count, claims: result.claims.count,
                          conflicts: conflicts.count, openConflicts: result.findings.filter(\.isOpenConflict).count,
                          moduleProblems: result.moduleProblems.count)
    }

    /// Pretty, key-sorted JSON; the claims, most of the bytes, are written by `ClaimJSON` on
    /// every core and spliced in (the same bytes one encoder pass gives).
    public func jsonData() throws -> Data {
        /// The report with the claims' place marked.
        struct Frame: Encodable {
            var report: CheckReport
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CheckReport.CodingKeys.self)
                try container.encode(report.schema, forKey: .schema)
                try container.encode(report.tool, forKey: .tool)
                try container.encode(report.modules, forKey: .modules)
                try container.encode(report.sources, forKey: .sources)
                try container.encode(report.errors, forKey: .errors)
                try container.encode(SplicedJSON.marker, forKey: .claims)
                try container.encode(report.conflicts, forKey: .conflicts)
                try container.encode(report.findings, forKey: .findings)
                try container.encode(report.summary, forKey: .summary)
            }
        }
        var frame = Frame(report: self)
        frame.report.claims = []
        return Data(try SplicedJSON.encode(frame, list: claims, write: { ClaimJSON.write($0, indent: $1, into: &$2) }).utf8)
    }

    enum CodingKeys: String, CodingKey {
        case schema, tool, modules, sources, errors, claims, conflicts, findings, summary
    }
}


extension CheckReport.FindingEntry {
    init(_ finding: Finding) {
        self.init(id: finding.id, kind: finding.kind.rawValue, topic: finding.topic, verdict: finding.verdict.rawValue,
                  severity: finding.severity.rawValue, confidence: finding.confidence, status: finding.status.rawValue,
                  rationale: finding.rationale, checker: finding.checker,
                  statements: finding.statements.map {
                      CheckReport.StatementEntry(source: $0.sourceID, claim: $0.claimID, text: $0.text, quote: $0.quote,
                                                 start: $0.span.start, end: $0.span.end, quoteStart: $0.quoteStart, value: $0.value)
                  },
                  evidence: finding.evidence.isEmpty ? nil : finding.evidence.map {
                      CheckReport.PairEntry(claims: [$0.left, $0.right], score: $0.evidence.score, scorer: $0.evidence.scorer,
                                            shared: $0.evidence.shared)
                  })
    }
}
