import ClaimsCore
import DateChecker
import DateExtractor
import EvidenceScorer
import FigureChecker
import IdentifierChecker
import IdentifierExtractor
import Foundation
import MultiplierRankExtractor
import PercentageChecker
import QuantityExtractor

/// Every built-in module, in the order it runs. Adding a module is one target under Plugins/
/// and one line here. Modules that read lexicons get them from the workbench's Claims/lexicon/.
public enum ModuleRegistry {
    public static func extractors(lexicons: Lexicons) -> [any ClaimExtractor] {
        [
            QuantityExtractor(languages: lexicons.values),
            MultiplierRankExtractor(languages: lexicons.values),
            DateExtractor(languages: lexicons.values),
            IdentifierExtractor(languages: lexicons.values),
        ]
    }

    public static let scorers: [any PairScorer] = [
        EvidenceScorer(),
    ]

    public static let checkers: [any CrossChecker] = [
        FigureChecker(),
        PercentageChecker(),
        DateChecker(),
        IdentifierChecker(),
    ]

    /// Modules found at run time under `Claims/modules/` of the checkout and of the workbench,
    /// and under any folder given with `--modules`: each a process started on first use.
    public static func external(workbench: Workbench, folders: [String] = []) -> ExternalSet {
        var roots = [Workbench.builtIn.claimsDirectory.appendingPathComponent("modules")]
        let own = workbench.claimsDirectory.appendingPathComponent("modules")
        if own.standardizedFileURL.path != roots[0].standardizedFileURL.path { roots.append(own) }
        roots += folders.map { URL(fileURLWithPath: $0) }
        let found = ModuleDiscovery.discover(in: roots)
        var set = ExternalSet(errors: found.errors)
        for manifest in found.manifests {
            set.manifests.append(manifest)
            guard manifest.enabled ?? true else { continue }
            let log = workbench.claimsDirectory.appendingPathComponent("logs").appendingPathComponent("\(manifest.name).log")
            let process = ModuleProcess(manifest: manifest, logURL: log)
            switch manifest.kind {
            case .extractor: set.extractors.append(ExternalExtractor(process: process))
            case .checker: set.checkers.append(ExternalChecker(process: process))
            case .scorer: continue  // refused when the manifest is read
            }
        }
        return set
    }

    /// The registry's modules as `claims modules` lists them.
    public static func all(lexicons: Lexicons) -> [ModuleDescription] {
        extractors(lexicons: lexicons).map(\.moduleDescription) + scorers.map(\.moduleDescription) + checkers.map(\.moduleDescription)
    }
}

/// The data the modules read: value words per language, entities and attributes.
public struct Lexicons: Sendable {
    public let values: ValueLanguages
    public let topics: TopicLexicon
    /// The concepts that open descriptions map words to (Claims/lexicon/concepts/).
    public let concepts: ConceptLexicon

    /// Builds the claim builder over the entity, attribute and concept lexicons.
    public var claimBuilder: ClaimBuilder { ClaimBuilder(lexicon: topics, concepts: concepts) }

    /// Reads the lexicons shipped with claims (`Claims/lexicon/` of the checkout it was built
    /// from), then the workbench's own, which add words to them. The error names the file at fault.
    public static func load(for workbench: Workbench) throws(SourceError) -> Lexicons {
        var folders: [URL] = []
        for candidate in [Workbench.builtIn.valueLexiconDirectory, workbench.valueLexiconDirectory]
        where FileManager.default.fileExists(atPath: candidate.path) && !folders.contains(candidate.standardizedFileURL) {
            folders.append(candidate.standardizedFileURL)
        }
        guard !folders.isEmpty else {
            throw SourceError(source: workbench.valueLexiconDirectory.path, problem: "no value lexicons found (set CLAIMS_HOME to a folder holding Claims/lexicon/values/)")
        }
        var topicFolders: [URL] = []
        for candidate in [Workbench.builtIn.lexiconDirectory, workbench.lexiconDirectory]
        where FileManager.default.fileExists(atPath: candidate.path) && !topicFolders.contains(candidate.standardizedFileURL) {
            topicFolders.append(candidate.standardizedFileURL)
        }
        let conceptFolders = topicFolders.map { $0.appendingPathComponent("concepts", isDirectory: true) }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        // The value lexicons on one core, the topic and concept lexicons on the other.
        let (valueFolders, wordFolders) = (folders, topicFolders)
        let (values, words) = Parallel.both({ () -> Result<ValueLanguages, SourceError> in
            Result { () throws(SourceError) in ValueLanguages(try ValueLexicons.load(from: valueFolders)) }
        }, { () -> Result<(TopicLexicon, ConceptLexicon), SourceError> in
            Result { () throws(SourceError) in (try TopicLexicon.load(from: wordFolders), try ConceptLexicon.load(from: conceptFolders)) }
        })
        let (topics, concepts) = try words.get()
        return Lexicons(values: try values.get(), topics: topics, concepts: concepts)
    }
}

/// The modules discovered at run time.
public struct ExternalSet: Sendable {
    public var manifests: [ModuleManifest] = []
    public var extractors: [any ClaimExtractor] = []
    public var checkers: [any CrossChecker] = []
    public var errors: [SourceError] = []
}
