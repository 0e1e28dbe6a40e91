import Foundation

/// Who or what a claim is about, from `Claims/lexicon/entities.yaml`.
public struct Entity: Hashable, Sendable {
    public var id: String
    public var type: String
    /// The first name listed, for people to read.
    public var label: String
}

/// What a value states, from `Claims/lexicon/attributes.yaml`.
public struct Attribute: Hashable, Sendable {
    public var id: String
    public var label: String
    /// The kinds of value it takes (money for "invested", counts for "deaths").
    public var kinds: Set<MentionKind>
    /// A running total that may rise between reports (deaths, users).
    public var grows: Bool
    /// Whether claims are compared per entity (Microsoft's stake) or for the story as a whole
    /// (people killed).
    public var perEntity: Bool
    /// Named by what is counted (suspects, users): a verb's attribute in the same clause wins.
    public var isNoun: Bool
    /// Between two entities (who invested in whom): compared per pair of entities.
    public var isRelation: Bool
}

/// The entity and attribute lexicons, with cue words per language. Users extend them by
/// editing the YAML files; no code changes.
public struct TopicLexicon: Sendable {
    public let entities: [Entity]
    public let attributes: [Attribute]
    private let byLanguage: [String: TopicLanguage]
    private let fallback: TopicLanguage

    struct File: Decodable {
        struct EntityEntry: Decodable {
            var id: String
            var type: String?
            var names: [String: [String]]
        }

        struct AttributeEntry: Decodable {
            var id: String
            var label: String?
            var kinds: [String]?
            var grows: Bool?
            var perEntity: Bool?
            var role: String?
            var relation: Bool?
            var cues: [String: [String]]

            enum CodingKeys: String, CodingKey {
                case id, label, kinds, grows, cues, role, relation
                case perEntity = "per_entity"
            }
        }

        struct Qualifiers: Decodable {
            var period: [String: [String: [String]]]?
            var counted: [String: [String: [String]]]?
            var subset: [String: [String]]?
            var clauseBreaks: [String: [String]]?

            enum CodingKeys: String, CodingKey {
                case period, counted, subset
                case clauseBreaks = "clause_breaks"
            }
        }

        var entities: [EntityEntry]?
        var attributes: [AttributeEntry]?
        var qualifiers: Qualifiers?
    }

    /// Reads `entities.yaml`, `attributes.yaml` (and any other YAML file with those sections)
    /// from each folder in order; later files add to earlier ones.
    public static func load(from folders: [URL]) throws(SourceError) -> TopicLexicon {
        var files: [File] = []
        for folder in folders {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            for name in names where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                let url = folder.appendingPathComponent(name)
                guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw SourceError(source: url.path, problem: "cannot be read as UTF-8 text") }
                files.append(try YAMLNodeDecoder.decodeLexicon(File.self, from: text, source: url.path, what: "entity or attribute lexicon"))
            }
        }
        return TopicLexicon(files: files)
    }

    public static func parse(yaml: String) throws -> TopicLexicon {
        TopicLexicon(files: [try YAMLNodeDecoder.decodeLexicon(File.self, from: yaml, source: "lexicon", what: "entity or attribute lexicon")])
    }

    init(files: [File]) {
        var entities: [Entity] = []
        var attributes: [Attribute] = []
        var names: [(entity: Int, language: String, name: String)] = []
        var cues: [(attribute: Int, language: String, cue: String)] = []
        var periods: [(period: String, language: String, cue: String)] = []
        var counted: [(noun: String, language: String, word: String)] = []
        var subsets: [(language: String, word: String)] = []
        var breaks: [(language: String, word: String)] = []
        for file in files {
            for entry in file.entities ?? [] {
                let index = entities.firstIndex { $0.id == entry.id } ?? {
                    let label = entry.names["en"]?.first ?? entry.names.values.first?.first ?? entry.id
                    entities.append(Entity(id: entry.id, type: entry.type ?? "organization", label: label))
                    return entities.count - 1
                }()
                for (language, list) in entry.names { for name in list { names.append((index, language, name)) } }
            }
            for entry in file.attributes ?? [] {
                let kinds = Set((entry.kinds ?? ["count", "number"]).compactMap(MentionKind.init(rawValue:)))
                let index = attributes.firstIndex { $0.id == entry.id } ?? {
                    attributes.append(Attribute(id: entry.id, label: entry.label ?? entry.id, kinds: kinds,
                                                grows: entry.grows ?? false, perEntity: entry.perEntity ?? true,
                                                isNoun: entry.role == "noun", isRelation: entry.relation ?? false))
                    return attributes.count - 1
                }()
                for (language, list) in entry.cues { for cue in list { cues.append((index, language, cue)) } }
            }
            for (period, byLanguage) in file.qualifiers?.period ?? [:] {
                for (language, list) in byLanguage { for cue in list { periods.append((period, language, cue)) } }
            }
            for (noun, byLanguage) in file.qualifiers?.counted ?? [:] {
                for (language, list) in byLanguage { for word in list { counted.append((noun, language, word)) } }
            }
            for (language, list) in file.qualifiers?.subset ?? [:] { for word in list { subsets.append((language, word)) } }
            for (language, list) in file.qualifiers?.clauseBreaks ?? [:] { for word in list { breaks.append((language, word)) } }
        }
        self.entities = entities
        self.attributes = attributes
        let tags = Set(names.map(\.language) + cues.map(\.language) + periods.map(\.language))
        func build(_ tag: String) -> TopicLanguage {
            let primary = String(tag.split(separator: "-").first ?? "")
            func applies(_ language: String) -> Bool { language == tag || language == primary || (primary == "zh" && language == "zh") }
            var entityTable = PhraseTable<Int>()
            // Names are matched in every language's text too: brands are written the same way.
            for name in names where applies(name.language) || name.language == "en" { entityTable.insert(name.name, name.entity) }
            // One cue may serve several attributes (投资: the amount invested and the date of it).
            var byCue: [String: [Int]] = [:]
            var order: [String] = []
            for cue in cues where applies(cue.language) {
                if byCue[cue.cue] == nil { order.append(cue.cue) }
                if !(byCue[cue.cue]?.contains(cue.attribute) ?? false) { byCue[cue.cue, default: []].append(cue.attribute) }
            }
            var cueTable = PhraseTable<[Int]>()
            for cue in order { cueTable.insert(cue, byCue[cue]!) }
            var periodTable = PhraseTable<String>()
            for period in periods where applies(period.language) { periodTable.insert(period.cue, period.period) }
            var countedTable = PhraseTable<String>()
            for noun in counted where applies(noun.language) { countedTable.insert(noun.word, noun.noun) }
            var subsetTable = PhraseTable<Bool>()
            for subset in subsets where applies(subset.language) { subsetTable.insert(subset.word, true) }
            var breakTable = PhraseTable<Bool>()
            for word in breaks where applies(word.language) { breakTable.insert(word.word, true) }
            return TopicLanguage(entityNames: entityTable, cues: cueTable, periods: periodTable, counted: countedTable,
                                 subsets: subsetTable, clauseBreaks: breakTable)
        }
        var byLanguage: [String: TopicLanguage] = [:]
        for tag in tags { byLanguage[tag] = build(tag) }
        for tag in ["zh-Hans", "zh-Hant"] where byLanguage[tag] == nil { byLanguage[tag] = build(tag) }
        self.byLanguage = byLanguage
        self.fallback = build("und")
    }

    public func language(_ tag: String) -> TopicLanguage {
        if let exact = byLanguage[tag] { return exact }
        if let primary = tag.split(separator: "-").first, let found = byLanguage[String(primary)] { return found }
        return fallback
    }
}

/// One language's view of the topic lexicon, ready for matching.
public final class TopicLanguage: Sendable {
    public let entityNames: PhraseTable<Int>
    public let cues: PhraseTable<[Int]>
    public let periods: PhraseTable<String>
    /// Canonical nouns of what is counted (people) by their words.
    public let counted: PhraseTable<String>
    /// Words that make a count part of another (among, trong số, 其中).
    public let subsets: PhraseTable<Bool>
    /// Conjunctions that join two statements and so end a clause (và, and, 和).
    public let clauseBreaks: PhraseTable<Bool>

    init(entityNames: PhraseTable<Int>, cues: PhraseTable<[Int]>, periods: PhraseTable<String>,
         counted: PhraseTable<String>, subsets: PhraseTable<Bool>, clauseBreaks: PhraseTable<Bool>) {
        self.entityNames = entityNames
        self.cues = cues
        self.periods = periods
        self.counted = counted
        self.subsets = subsets
        self.clauseBreaks = clauseBreaks
    }
}
