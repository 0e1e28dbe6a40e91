import ClaimsCore
import Foundation
import Testing

/// The concept lexicon: the hand-kept core, the generated dictionaries, strict decoding.
@Suite("Concept lexicon: core, generated dictionaries, strict keys")
struct ConceptLexiconTests {
    static let folder = Stage.lexiconDirectory.appendingPathComponent("concepts", isDirectory: true)

    /// The keys the description reader gives the terms of a text (a whole sentence).
    static func keys(_ text: String, _ language: String) throws -> [String] {
        let concepts = try ConceptLexicon.load(from: [folder])
        let reader = DescriptionReader(lexicon: concepts)
        let document = Document(source: SourceInfo(id: "k", location: .file(URL(fileURLWithPath: "/k")), displayName: "k",
                                                   language: language), text: text)
        return reader.keys(in: document)
    }

    @Test("the core names one concept in four languages", arguments: [
        ("en", "Rescuers said the passengers were found."), ("vi", "Cứu hộ cho biết hành khách đã được tìm thấy."),
        ("zh-Hans", "救援人员说乘客已经找到。"), ("zh-Hant", "救援人員說乘客已經找到。"),
    ])
    func coreAcrossLanguages(language: String, text: String) throws {
        let keys = try Self.keys(text, language)
        #expect(keys.contains("passenger"), "\(keys)")
        #expect(keys.contains("found"), "\(keys)")
    }

    @Test("the events of disasters and courts are core concepts in four languages", arguments: [
        ("en", "The plane caught fire.", "fire"), ("vi", "Máy bay bốc cháy.", "fire"), ("zh-Hans", "飞机起火。", "fire"),
        ("zh-Hant", "大樓倒塌。", "collapse"), ("vi", "Ông bị kết án 12 năm tù.", "sentenced"), ("en", "Gunmen opened fire.", "attack"),
    ])
    func newsEvents(language: String, text: String, concept: String) throws {
        let keys = try Self.keys(text, language)
        #expect(keys.contains(concept), "\(keys)")
        if concept == "attack" { #expect(!keys.contains("fire"), "\(keys)") }
    }

    @Test("generated from CC-CEDICT and Sino-Vietnamese readings: words no core lists still meet")
    func generatedWords() throws {
        // 尸体 (CC-CEDICT: dead body; corpse) and thi thể (its Sino-Vietnamese reading) are in
        // the core as body; 首都 / thủ đô (capital) and 万象 (Vientiane) only in the generated data.
        #expect(try Self.keys("首都万象", "zh-Hans").contains("capital"))
        #expect(try Self.keys("首都万象", "zh-Hans").contains("vientiane"))
        #expect(try Self.keys("thủ đô Vientiane", "vi").contains("capital"))
        #expect(try Self.keys("thủ đô Vientiane", "vi").contains("vientiane"))
        #expect(try Self.keys("the capital, Vientiane", "en").contains("capital"))
        // Words nobody listed keep their own form: two sources in one language still meet.
        #expect(try Self.keys("con đê bị vỡ", "vi").contains("vi:đê"))
    }

    @Test("a gloss of two or more words gives its head word, a coordination none ('dead body': body; 'life or death': no death)")
    func glossHeads() throws {
        // 生死 (CC-CEDICT: life or death) in "机上242人生死未卜" (their fate unknown) kills no one.
        #expect(try !Self.keys("生死未卜", "zh-Hant").contains("killed"))
        #expect(try Self.keys("死亡", "zh-Hans").contains("killed"))
        // 伤患 (CC-CEDICT: injured person) counts people.
        #expect(try Self.keys("伤患", "zh-Hans").contains("people"))
    }

    @Test("a generated dictionary is bisected over its bytes: first, last, missing and neighbouring words")
    func generatedLookup() {
        let dictionary = GeneratedDictionary.parse("# comment\n# longest: 3\na\tfirst\nab\tx\nabc\ty|z\nb\tw\n乘客\tpassenger\n")
        #expect(dictionary.glosses("a") == ["first"])
        #expect(dictionary.glosses("abc") == ["y", "z"])
        #expect(dictionary.glosses("ab") == ["x"])
        #expect(dictionary.glosses("b") == ["w"])
        #expect(dictionary.glosses("乘客") == ["passenger"])
        for missing in ["", "aa", "abcd", "c", "乘", "#"] { #expect(dictionary.glosses(missing) == nil, "\(missing)") }
        #expect(GeneratedDictionary.parse("").glosses("a") == nil)
        #expect(GeneratedDictionary.parse("# only a comment\n").glosses("a") == nil)
    }

    @Test("a country has one key however it is named: English, demonyms, Vietnamese, Chinese (CLDR, countryinfo, CC-CEDICT)", arguments: [
        ("en", "Officials from Thailand met two Thai passengers.", "thailand"), ("en", "The Thais left.", "thailand"),
        ("vi", "Hai hành khách mang quốc tịch Thái Lan.", "thailand"), ("zh-Hans", "两名乘客是泰国人，来自泰国。", "thailand"),
        ("en", "Three Filipinos were hurt.", "philippines"), ("vi", "Ba người Philippines bị thương.", "philippines"),
        ("en", "Greek officials said it.", "greece"), ("vi", "Giới chức Hy Lạp cho biết.", "greece"),
        ("en", "American officials said it.", "united-states"),
        // A demonym of several countries is the most populous one's: French, Korean.
        ("en", "Two French nationals and a Korean were hurt.", "france"), ("en", "A Korean was hurt.", "south korea"),
    ])
    func countryNames(language: String, text: String, key: String) throws {
        let keys = try Self.keys(text, language)
        #expect(keys.contains(key), "\(keys)")
        #expect(!keys.contains("thai") && !keys.contains("thái lan") && !keys.contains("filipinos") && !keys.contains("greek"), "\(keys)")
    }

    @Test("the shipped dictionaries are in byte order, as the bisection needs, and every row is found",
          arguments: [("zh.tsv", 50_000), ("vi.tsv", 50_000), ("places/places.tsv", 1_000), ("places/zones.tsv", 200)])
    func shippedOrder(name: String, rows: Int) throws {
        let url = Self.folder.appendingPathComponent("generated/\(name)")
        let text = try String(contentsOf: url, encoding: .utf8)
        let words = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { Array($0.prefix { $0 != "\t" }.utf8) }
        #expect(words.count > rows)
        #expect(zip(words, words.dropFirst()).allSatisfy { $0.lexicographicallyPrecedes($1) }, "rows out of byte order")
        let dictionary = GeneratedDictionary.parse(text)
        for word in stride(from: 0, to: words.count, by: 997).map({ words[$0] }) {
            #expect(dictionary.glosses(word) != nil, "\(String(decoding: word, as: UTF8.self))")
        }
    }

    @Test("a misspelt key is an error, not an ignored entry")
    func strictKeys() {
        let language = "languages: {en: {stopwords: [], attribution: [], attribution_after: [], updates: [], dateline_after: [], dateline_before: [], repeats: [], modifier_marks: [], relatives: [], suffixes: []}}"
        let good = "concepts: [{id: crew, role: measure, words: {en: [crew]}}]"
        #expect(throws: Never.self) { try ConceptLexicon.parse(core: good, language: language) }
        #expect(throws: (any Error).self) { try ConceptLexicon.parse(core: "concepts: [{id: crew, role: measure, word: {en: [crew]}}]", language: language) }
        #expect(throws: (any Error).self) { try ConceptLexicon.parse(core: "concepts: [{id: crew, role: mesure, words: {en: [crew]}}]", language: language) }
        #expect(throws: (any Error).self) { try ConceptLexicon.parse(core: "concepts: [{id: crew, role: measure, words: {fr: [équipage]}}]", language: language) }
        // Conversion factors belong to units, and are positive.
        #expect(throws: (any Error).self) { try ConceptLexicon.parse(core: "concepts: [{id: crew, role: measure, factors: {km: 1}, words: {en: [crew]}}]", language: language) }
        #expect(throws: (any Error).self) { try ConceptLexicon.parse(core: "concepts: [{id: distance, role: measure, unit: true, factors: {km: 0}, words: {en: [km]}}]", language: language) }
        // Who an event happens to is said of an event.
        #expect(throws: (any Error).self) { try ConceptLexicon.parse(core: "concepts: [{id: crew, role: measure, undergoer: crew, words: {en: [crew]}}]", language: language) }
        // An offset belongs to a word with a factor.
        #expect(throws: Never.self) {
            try ConceptLexicon.parse(core: "concepts: [{id: heat, role: measure, unit: true, factors: {f: 0.5}, offsets: {f: -17}, words: {en: [f]}}]", language: language)
        }
        #expect(throws: (any Error).self) {
            try ConceptLexicon.parse(core: "concepts: [{id: heat, role: measure, unit: true, factors: {c: 1}, offsets: {f: -17}, words: {en: [c]}}]", language: language)
        }
        #expect(throws: (any Error).self) {
            try ConceptLexicon.parse(core: good, language: "languages: {en: {stopword: [], attribution: [], attribution_after: [], updates: [], dateline_after: [], dateline_before: [], repeats: [], modifier_marks: [], relatives: [], suffixes: []}}")
        }
    }

    @Test("the shipped files load, with every role and the growth flags")
    func shipped() throws {
        let concepts = try ConceptLexicon.load(from: [Self.folder])
        #expect(concepts.concepts.count > 80)
        #expect(Set(concepts.concepts.map(\.role)).isSuperset(of: [.measure, .event, .scope, .place]))
        #expect(concepts.concepts.first { $0.id == "killed" }?.grows == true)
        #expect(concepts.concepts.first { $0.id == "passenger" }?.grows == false)
        // Every undergoer names a measure of the lexicon.
        let measures = Set(concepts.concepts.filter { $0.role == .measure }.map(\.id))
        for concept in concepts.concepts {
            if let undergoer = concept.undergoer { #expect(measures.contains(undergoer), "\(concept.id): \(undergoer)") }
        }
        #expect(concepts.concepts.contains { $0.undergoer != nil })
    }
}
