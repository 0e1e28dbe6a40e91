/// Whether a module finds values, scores which of them speak of the same fact, or compares them.
public enum ModuleKind: String, Codable, Sendable, CaseIterable {
    case extractor, scorer, checker
}

/// What a module says about itself: listed by `claims modules`, recorded with every value it
/// finds and every verdict it gives.
public struct ModuleDescription: Hashable, Sendable {
    /// A stable identifier, lower-case with dashes: `quantities`.
    public var name: String
    public var kind: ModuleKind
    public var version: String
    /// Language tags the module handles (`zh-Hans`, `vi`, ...), or `*` for any.
    public var languages: [String]
    public var summary: String

    public init(name: String, kind: ModuleKind, version: String, languages: [String], summary: String) {
        self.name = name
        self.kind = kind
        self.version = version
        self.languages = languages
        self.summary = summary
    }

    /// `name@version`, the tag attached to what the module produced.
    public var tag: String { "\(name)@\(version)" }

    public func supports(language: String) -> Bool {
        languages.contains("*") || languages.contains(language)
            || languages.contains { language.hasPrefix($0 + "-") }
    }
}

/// A module of the workbench. Like a lint rule, each is one small type that describes itself
/// and is listed in the host's registry.
public protocol ClaimsModule: Sendable {
    static var description: ModuleDescription { get }
    /// What this instance is; built-in modules answer their static description, modules
    /// loaded at run time the one their manifest and handshake give.
    var moduleDescription: ModuleDescription { get }
}

extension ClaimsModule {
    public var moduleDescription: ModuleDescription { Self.description }
}

/// What an extractor found in one document: typed values, and claims where the extractor can
/// already say what a value is about. Mentions not covered by a claim become claims of their own.
public struct Extraction: Sendable {
    public var mentions: [Mention]
    public var claims: [Claim]

    public init(mentions: [Mention] = [], claims: [Claim] = []) {
        self.mentions = mentions
        self.claims = claims
    }
}

/// Finds checkable values in a document. Every span must lie inside the document's text and
/// its `text` must be exactly the text under it: the host checks, and drops what is not.
public protocol ClaimExtractor: ClaimsModule {
    func extract(from document: Document) -> Extraction
    /// The extraction, or why the module failed (it crashed, hung, answered nonsense); the
    /// host reports the failure and goes on without the module's results.
    func attemptExtraction(from document: Document) -> Result<Extraction, ModuleFailure>
    /// Words after which a period does not end a sentence, from the extractor's lexicons: the
    /// pipeline splits documents with those of all its extractors.
    var sentenceAbbreviations: Set<String> { get }
}

extension ClaimExtractor {
    public func attemptExtraction(from document: Document) -> Result<Extraction, ModuleFailure> {
        .success(extract(from: document))
    }

    public var sentenceAbbreviations: Set<String> { [] }
}

/// Why a module produced nothing: one line a person can read.
public struct ModuleFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public let reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}
