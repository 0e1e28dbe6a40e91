import Foundation

/// What part a concept plays in a value's description.
public enum ConceptRole: String, Codable, Sendable, CaseIterable {
    /// What a figure counts or measures: passengers, bodies, km, magnitude.
    case measure
    /// What happened: killed, found, arrested, took off.
    case event
    /// Who or what a figure is restricted to: foreign, critically.
    case scope
    case place
    case time
}

/// A language-neutral concept of the hand-kept core (`Claims/lexicon/concepts/core.yaml`).
public struct Concept: Hashable, Sendable {
    public var id: String
    public var role: ConceptRole
    /// A running total that may rise between reports.
    public var grows: Bool
    /// A unit of measure (km, miles, 公里): it gives a figure's dimension, and a measure named
    /// just before the figure ("depth", "độ sâu", "震源深度") says what is measured.
    public var unit = false
    /// A current count that rises and falls between reports (trapped, missing): two days'
    /// reports of it are two snapshots.
    public var changes = false
    /// A measure that counts anyone (people, 人, người): it does not say which part of a
    /// larger count a figure is.
    public var generic = false
    /// An event that is itself another occurrence of the story's event (an aftershock): its
    /// figures are not the first occurrence's.
    public var another = false
    /// For an event, the measure concept of those it happens to, by what it says: people
    /// arrested are suspects. A count of people with it is a count of that measure.
    public var undergoer: String?
    /// For a unit concept, how many of its base unit each unit word is (km: 1, miles: 1.609344).
    public var factors: [String: Double] = [:]
    /// For a unit whose scale starts elsewhere than its base unit's, what to add after the factor
    /// (°F: factor 5/9, offset -160/9 to °C).
    public var offsets: [String: Double] = [:]
}

/// Maps the words of a sentence to language-neutral concepts: the hand-kept core, and the
/// dictionaries generated from CC-CEDICT and Sino-Vietnamese readings (`generated/*.tsv`),
/// whose English glosses become concepts (a gloss equal to a core word becomes that concept).
/// Words no dictionary knows keep their own form, so two sources in one language still meet.
public struct ConceptLexicon: Sendable {
    public let concepts: [Concept]
    private let byLanguage: [String: ConceptLanguage]
    private let fallback: ConceptLanguage

    init(concepts: [Concept], byLanguage: [String: ConceptLanguage], fallback: ConceptLanguage) {
        self.concepts = concepts
        self.byLanguage = byLanguage
        self.fallback = fallback
    }

    public func language(_ tag: String) -> ConceptLanguage {
        if let exact = byLanguage[tag] { return exact }
        if let primary = tag.split(separator: "-").first, let found = byLanguage[String(primary)] { return found }
        return fallback
    }

    // MARK: Files

    struct CoreFile: Decodable {
        struct Entry: Decodable {
            var id: String
            var role: ConceptRole
            var grows: Bool?
            var unit: Bool?
            var changes: Bool?
            var generic: Bool?
            var another: Bool?
            var undergoer: String?
            var factors: [String: Double]?
            var offsets: [String: Double]?
            var words: [String: [String]]

            enum CodingKeys: String, CodingKey, CaseIterable { case id, role, grows, unit, changes, generic, another, undergoer, factors, offsets, words }

            init(from decoder: any Decoder) throws {
                try StrictKeys.check(decoder, CodingKeys.self)
                let c = try decoder.container(keyedBy: CodingKeys.self)
                id = try c.decode(String.self, forKey: .id)
                role = try c.decode(ConceptRole.self, forKey: .role)
                grows = try c.decodeIfPresent(Bool.self, forKey: .grows)
                unit = try c.decodeIfPresent(Bool.self, forKey: .unit)
                changes = try c.decodeIfPresent(Bool.self, forKey: .changes)
                generic = try c.decodeIfPresent(Bool.self, forKey: .generic)
                another = try c.decodeIfPresent(Bool.self, forKey: .another)
                undergoer = try c.decodeIfPresent(String.self, forKey: .undergoer)
                if undergoer != nil, role != .event {
                    throw DecodingError.dataCorruptedError(forKey: .undergoer, in: c, debugDescription: "concept \(id): undergoer is for an event")
                }
                factors = try c.decodeIfPresent([String: Double].self, forKey: .factors)
                if let factors, unit != true || factors.values.contains(where: { !($0 > 0) }) {
                    throw DecodingError.dataCorruptedError(forKey: .factors, in: c,
                                                           debugDescription: "concept \(id): factors need unit: true and positive numbers")
                }
                let offsets = try c.decodeIfPresent([String: Double].self, forKey: .offsets)
                self.offsets = offsets
                let known = factors ?? [:]
                if let offsets, offsets.keys.contains(where: { known[$0] == nil }) {
                    throw DecodingError.dataCorruptedError(forKey: .offsets, in: c, debugDescription: "concept \(id): an offset needs the word's factor")
                }
                words = try c.decode([String: [String]].self, forKey: .words)
                for tag in words.keys where !ConceptLexicon.languageTags.contains(tag) {
                    throw DecodingError.dataCorruptedError(forKey: .words, in: c, debugDescription: "concept \(id): unknown language \(tag)")
                }
            }
        }

        var concepts: [Entry]
        enum CodingKeys: String, CodingKey, CaseIterable { case concepts }

        init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, CodingKeys.self)
            concepts = try decoder.container(keyedBy: CodingKeys.self).decode([Entry].self, forKey: .concepts)
        }
    }

    struct LanguageFile: Decodable {
        struct Entry: Decodable {
            var stopwords: [String]
            var attribution: [String]
            var attributionAfter: [String]
            /// Phrases that begin with an attribution word and name no one ("theo giờ địa phương").
            var notAttribution: [String]
            var updates: [String]
            var suffixes: [[String]]
            var datelineAfter: [String]
            var datelineBefore: [String]
            var repeats: [String]
            var modifierMarks: [String]
            var relatives: [String]
            var joins: [String]
            var copulas: [String]
            var passives: [String]
            var zoneMarks: [String]
            /// Marks after which comes who did it ("被", "by"): never what a figure before them counts.
            var agentMarks: [String]
            var modifiersAfterNoun: Bool

            enum CodingKeys: String, CodingKey, CaseIterable {
                case stopwords, attribution, updates, suffixes, repeats, relatives, joins, copulas, passives
                case attributionAfter = "attribution_after"
                case notAttribution = "not_attribution"
                case datelineAfter = "dateline_after"
                case datelineBefore = "dateline_before"
                case modifierMarks = "modifier_marks"
                case modifiersAfterNoun = "modifiers_after_noun"
                case zoneMarks = "zone_marks"
                case agentMarks = "agent_marks"
            }

            init(from decoder: any Decoder) throws {
                try StrictKeys.check(decoder, CodingKeys.self)
                let c = try decoder.container(keyedBy: CodingKeys.self)
                stopwords = try c.decode([String].self, forKey: .stopwords)
                attribution = try c.decode([String].self, forKey: .attribution)
                attributionAfter = try c.decode([String].self, forKey: .attributionAfter)
                notAttribution = try c.decodeIfPresent([String].self, forKey: .notAttribution) ?? []
                updates = try c.decode([String].self, forKey: .updates)
                suffixes = try c.decode([[String]].self, forKey: .suffixes)
                datelineAfter = try c.decode([String].self, forKey: .datelineAfter)
                datelineBefore = try c.decode([String].self, forKey: .datelineBefore)
                repeats = try c.decode([String].self, forKey: .repeats)
                modifierMarks = try c.decode([String].self, forKey: .modifierMarks)
                relatives = try c.decode([String].self, forKey: .relatives)
                joins = try c.decodeIfPresent([String].self, forKey: .joins) ?? []
                copulas = try c.decodeIfPresent([String].self, forKey: .copulas) ?? []
                passives = try c.decodeIfPresent([String].self, forKey: .passives) ?? []
                zoneMarks = try c.decodeIfPresent([String].self, forKey: .zoneMarks) ?? []
                agentMarks = try c.decodeIfPresent([String].self, forKey: .agentMarks) ?? []
                modifiersAfterNoun = try c.decodeIfPresent(Bool.self, forKey: .modifiersAfterNoun) ?? false
                for rule in suffixes where rule.count != 2 {
                    throw DecodingError.dataCorruptedError(forKey: .suffixes, in: c, debugDescription: "a suffix rule is [suffix, replacement], not \(rule)")
                }
            }
        }

        var languages: [String: Entry]
        enum CodingKeys: String, CodingKey, CaseIterable { case languages }

        init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, CodingKeys.self)
            languages = try decoder.container(keyedBy: CodingKeys.self).decode([String: Entry].self, forKey: .languages)
        }
    }

    static let languageTags: Set<String> = ["en", "vi", "zh", "zh-Hans", "zh-Hant"]

    /// Reads `core.yaml`, `language.yaml`, `generated/units.yaml` and `generated/*.tsv`, `generated/romanized/*.tsv`, `generated/places/places.tsv` and `generated/places/zones.tsv` from each `concepts` folder in
    /// order; later folders add words. The error names the file at fault.
    public static func load(from folders: [URL]) throws(SourceError) -> ConceptLexicon {
        var cores: [CoreFile] = []
        var languages: [LanguageFile] = []
        var generated: [String: [GeneratedDictionary]] = [:]
        var romanized: [String: [GeneratedDictionary]] = [:]
        var places: [GeneratedDictionary] = []
        var zones: [GeneratedDictionary] = []
        for folder in folders {
            if let core: CoreFile = try decodeIfPresent(folder.appendingPathComponent("core.yaml"), what: "concept lexicon") { cores.append(core) }
            if let language: LanguageFile = try decodeIfPresent(folder.appendingPathComponent("language.yaml"), what: "description lexicon") {
                languages.append(language)
            }
            let folder = folder.appendingPathComponent("generated")
            // Units of measure from CLDR, in the core's own format (scripts/lexicon/build_units.py).
            if let units: CoreFile = try decodeIfPresent(folder.appendingPathComponent("units.yaml"), what: "concept lexicon") { cores.append(units) }
            for (tag, dictionary) in try dictionaries(in: folder) { generated[tag, default: []].append(dictionary) }
            for (tag, dictionary) in try dictionaries(in: folder.appendingPathComponent("romanized")) {
                romanized[tag, default: []].append(dictionary)
            }
            let table = folder.appendingPathComponent("places/places.tsv")
            if FileManager.default.fileExists(atPath: table.path) {
                guard let data = FileManager.default.contents(atPath: table.path) else {
                    throw SourceError(source: table.path, problem: "cannot be read")
                }
                places.append(GeneratedDictionary(data))
            }
            let zoneTable = folder.appendingPathComponent("places/zones.tsv")
            if FileManager.default.fileExists(atPath: zoneTable.path) {
                guard let data = FileManager.default.contents(atPath: zoneTable.path) else {
                    throw SourceError(source: zoneTable.path, problem: "cannot be read")
                }
                zones.append(GeneratedDictionary(data))
            }
        }
        return build(cores: cores, languages: languages, generated: generated, romanized: romanized, places: places, zones: zones)
    }

    /// A YAML file decoded as `T`, or nil when there is none; an error names the file.
    static func decodeIfPresent<T: Decodable>(_ url: URL, what: String) throws(SourceError) -> T? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw SourceError(source: url.path, problem: "cannot be read as UTF-8 text") }
        return try YAMLNodeDecoder.decodeLexicon(T.self, from: text, source: url.path, what: what)
    }

    /// The generated `<language>.tsv` files of a folder, by language tag.
    static func dictionaries(in folder: URL) throws(SourceError) -> [(String, GeneratedDictionary)] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".tsv") }.sorted()
        var out: [(String, GeneratedDictionary)] = []
        for name in names {
            let url = folder.appendingPathComponent(name)
            let tag = String(name.dropLast(4))
            guard languageTags.contains(tag) else {
                throw SourceError(source: url.path, problem: "a generated dictionary is named after its language (en, vi, zh), not \(tag)")
            }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw SourceError(source: url.path, problem: "cannot be read")
            }
            out.append((tag, GeneratedDictionary(data)))
        }
        return out
    }

    public static func parse(core: String, language: String, generated: [String: String] = [:],
                             romanized: [String: String] = [:], places: String? = nil) throws -> ConceptLexicon {
        let cores = [try YAMLNodeDecoder.decodeLexicon(CoreFile.self, from: core, source: "core", what: "concept lexicon")]
        let languages = [try YAMLNodeDecoder.decodeLexicon(LanguageFile.self, from: language, source: "language", what: "description lexicon")]
        return build(cores: cores, languages: languages, generated: generated.mapValues { [GeneratedDictionary.parse($0)] },
                     romanized: romanized.mapValues { [GeneratedDictionary.parse($0)] }, places: places.map { [GeneratedDictionary.parse($0)] } ?? [])
    }

    static func build(cores: [CoreFile], languages: [LanguageFile], generated: [String: [GeneratedDictionary]],
                      romanized: [String: [GeneratedDictionary]] = [:], places: [GeneratedDictionary] = [],
                      zones: [GeneratedDictionary] = []) -> ConceptLexicon {
        var concepts: [Concept] = []
        var index: [String: Int] = [:]
        var words: [(concept: Int, language: String, word: String)] = []
        for file in cores {
            for entry in file.concepts {
                let position = index[entry.id] ?? {
                    concepts.append(Concept(id: entry.id, role: entry.role, grows: entry.grows ?? false, unit: entry.unit ?? false,
                                            changes: entry.changes ?? false, generic: entry.generic ?? false,
                                            another: entry.another ?? false, undergoer: entry.undergoer, factors: entry.factors ?? [:]))
                    index[entry.id] = concepts.count - 1
                    return concepts.count - 1
                }()
                // A later file adds unit factors to a concept; an earlier file's factor stands.
                if let factors = entry.factors, concepts[position].unit || entry.unit == true {
                    concepts[position].unit = true
                    concepts[position].factors.merge(factors) { first, _ in first }
                    concepts[position].offsets.merge(entry.offsets ?? [:]) { first, _ in first }
                }
                for (language, list) in entry.words { for word in list { words.append((position, language, word)) } }
            }
        }
        var rules: [String: LanguageFile.Entry] = [:]
        for file in languages { for (tag, entry) in file.languages { rules[tag] = entry } }
        let english = rules["en"]?.suffixes.map { ($0[0], $0[1]) } ?? []

        // English words of the core, folded, so that a gloss equal to one maps to its concept.
        var englishWords: [String: Int] = [:]
        // The core's English words as written, for inflections the core does not list.
        var englishHeads: [String: Int] = [:]
        for word in words where word.language == "en" {
            let folded = ConceptLanguage.fold(word.word, suffixes: english)
            if englishWords[folded] == nil { englishWords[folded] = word.concept }
            if englishWords[word.word.lowercased()] == nil { englishWords[word.word.lowercased()] = word.concept }
            if englishHeads[word.word.lowercased()] == nil { englishHeads[word.word.lowercased()] = word.concept }
        }

        // Unit words of every language, longest first, with their concept and factor.
        var unitWords: [(word: String, concept: String, factor: Double, offset: Double)] = []
        for concept in concepts {
            for (word, factor) in concept.factors {
                unitWords.append((word: word.precomposedStringWithCompatibilityMapping.lowercased(), concept: concept.id, factor: factor,
                                  offset: concept.offsets[word] ?? 0))
            }
        }
        let units = unitWords
            .sorted { $0.word.unicodeScalars.count != $1.word.unicodeScalars.count ? $0.word.unicodeScalars.count > $1.word.unicodeScalars.count : $0.word < $1.word }

        func make(_ tag: String) -> ConceptLanguage {
            let primary = String(tag.split(separator: "-").first ?? "")
            func applies(_ language: String) -> Bool { language == tag || language == primary }
            var core = PhraseTable<[Int]>()
            var byWord: [String: [Int]] = [:]
            var order: [String] = []
            for word in words where applies(word.language) {
                if byWord[word.word] == nil { order.append(word.word) }
                if !(byWord[word.word]?.contains(word.concept) ?? false) { byWord[word.word, default: []].append(word.concept) }
            }
            core.insert(contentsOf: order.map { ($0, byWord[$0]!) })
            let entry = rules[tag] ?? rules[primary]
            func table(_ list: [String]?) -> PhraseTable<Bool> { PhraseTable((list ?? []).map { ($0, true) }) }
            return ConceptLanguage(
                core: core, concepts: concepts, generated: generated[tag] ?? generated[primary] ?? [],
                romanized: romanized[tag] ?? romanized[primary] ?? [], places: places, zones: zones,
                englishWords: englishWords, englishHeads: englishHeads, stopwords: table(entry?.stopwords),
                // A phrase that names no one is in the table as false: the longer match wins.
                attribution: PhraseTable((entry?.attribution ?? []).map { ($0, true) } + (entry?.notAttribution ?? []).map { ($0, false) }),
                attributionAfter: table(entry?.attributionAfter), updates: table(entry?.updates),
                datelineAfter: table(entry?.datelineAfter), datelineBefore: table(entry?.datelineBefore), repeats: table(entry?.repeats),
                modifierMarks: table(entry?.modifierMarks), relatives: table(entry?.relatives), joins: table(entry?.joins),
                copulas: table(entry?.copulas), passives: table(entry?.passives), zoneMarks: table(entry?.zoneMarks),
                agentMarks: table(entry?.agentMarks),
                modifiersAfterNoun: entry?.modifiersAfterNoun ?? false,
                suffixes: english, tag: primary, units: units)
        }
        var byLanguage: [String: ConceptLanguage] = [:]
        for tag in ["en", "vi", "zh-Hans", "zh-Hant", "zh"] { byLanguage[tag] = make(tag) }
        return ConceptLexicon(concepts: concepts, byLanguage: byLanguage, fallback: make("und"))
    }
}

/// A generated word list, `WORD<TAB>GLOSS|GLOSS|...[<TAB>provenance]` after a block of `#`
/// comment lines, its rows sorted by word in byte order (the generator writes them so and its
/// `--check` verifies it). It is kept as its bytes and searched by bisecting the bytes
/// themselves, stepping back to a row's start: loading costs one copy, with no pass over the
/// 136,000 rows, so start-up stays fast even in a debug build.
public final class GeneratedDictionary: Sendable {
    let bytes: [UInt8]
    /// Where the rows start, after the comment lines.
    let body: Int
    /// The longest word, in Han characters or syllables, from the `# longest:` comment (else 4).
    let longest: Int

    init(_ data: Data) {
        let bytes = [UInt8](data)
        var start = 0
        var longest = 4
        while start < bytes.count, bytes[start] == 0x23 {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let line = String(decoding: bytes[start..<end], as: UTF8.self)
            if line.hasPrefix("# longest:"), let value = Int(line.dropFirst(10).trimmingCharacters(in: .whitespaces)) { longest = value }
            start = end + 1
        }
        self.bytes = bytes
        self.body = min(start, bytes.count)
        self.longest = longest
    }

    public static func parse(_ text: String) -> GeneratedDictionary { GeneratedDictionary(Data(text.utf8)) }

    /// The start of the row holding byte `i`.
    func rowStart(_ i: Int) -> Int {
        var k = i
        while k > body, bytes[k - 1] != 0x0A { k -= 1 }
        return k
    }

    /// The start of the row after the one starting at `k`.
    func nextRow(_ k: Int) -> Int {
        var e = k
        while e < bytes.count, bytes[e] != 0x0A { e += 1 }
        return e + 1
    }

    /// Compares the word of the row at `row` with `word`.
    func compare(row: Int, _ word: [UInt8]) -> Int {
        var i = row, j = 0
        while true {
            let p: Int = i < bytes.count && bytes[i] != 0x09 && bytes[i] != 0x0A ? Int(bytes[i]) : -1
            let q: Int = j < word.count ? Int(word[j]) : -1
            if p != q { return p < q ? -1 : 1 }
            if p == -1 { return 0 }
            i += 1
            j += 1
        }
    }

    /// The glosses of a word (its UTF-8 bytes, NFC), or nil.
    public func glosses(_ word: [UInt8]) -> [String]? {
        // Invariant: every row starting before `low` sorts before the word, every row starting
        // at or after `high` after it.
        var low = body, high = bytes.count
        while low < high {
            let row = rowStart(low + (high - low) / 2)
            let order = row < low ? -1 : compare(row: row, word)
            if order == 0 {
                var k = row
                while bytes[k] != 0x09 { k += 1 }
                var e = k + 1
                while e < bytes.count, bytes[e] != 0x09, bytes[e] != 0x0A { e += 1 }
                return String(decoding: bytes[(k + 1)..<e], as: UTF8.self).split(separator: "|").map(String.init)
            }
            if order < 0 { low = nextRow(max(row, low)) } else { high = row }
        }
        return nil
    }

    public func glosses(_ word: String) -> [String]? { glosses(Array(word.utf8)) }
}

/// Rejects keys a type does not know, so that a misspelt key in a lexicon is an error rather
/// than a silently ignored entry.
enum StrictKeys {
    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int?
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { return nil }
    }

    static func check<Keys: CodingKey & CaseIterable>(_ decoder: any Decoder, _ keys: Keys.Type) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        let known = Set(Keys.allCases.map(\.stringValue))
        for key in container.allKeys where !known.contains(key.stringValue) {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container,
                debugDescription: "unknown key '\(key.stringValue)' (expected one of: \(known.sorted().joined(separator: ", ")))")
        }
    }
}
