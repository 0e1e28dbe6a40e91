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

    @Test("a generated dictionary is searched in byte order, sorted or not")
    func generatedLookup() {
        let sorted = GeneratedDictionary.parse("# comment\nab\tx\nabc\ty|z\nb\tw\n")
        #expect(sorted.glosses("abc") == ["y", "z"])
        #expect(sorted.glosses("ab") == ["x"])
        #expect(sorted.glosses("a") == nil)
        #expect(sorted.count == 3)
        let unsorted = GeneratedDictionary.parse("b\tw\nabc\ty\nab\tx\n")
        #expect(unsorted.glosses("ab") == ["x"])
        #expect(unsorted.glosses("b") == ["w"])
    }

    @Test("a misspelt key is an error, not an ignored entry")
    func strictKeys() {
        let language = "languages: {en: {stopwords: [], attribution: [], attribution_after: [], updates: [], suffixes: []}}"
        let good = "concepts: [{id: crew, role: measure, words: {en: [crew]}}]"
        #expect(throws: Never.self) { try ConceptLexicon.parse(core: good, language: language) }
        #expect(throws: (any Error).self) { try ConceptLexicon.parse(core: "concepts: [{id: crew, role: measure, word: {en: [crew]}}]", language: language) }
        #expect(throws: (any Error).self) { try ConceptLexicon.parse(core: "concepts: [{id: crew, role: mesure, words: {en: [crew]}}]", language: language) }
        #expect(throws: (any Error).self) { try ConceptLexicon.parse(core: "concepts: [{id: crew, role: measure, words: {fr: [équipage]}}]", language: language) }
        #expect(throws: (any Error).self) {
            try ConceptLexicon.parse(core: good, language: "languages: {en: {stopword: [], attribution: [], attribution_after: [], updates: [], suffixes: []}}")
        }
    }

    @Test("the shipped files load, with every role and the growth flags")
    func shipped() throws {
        let concepts = try ConceptLexicon.load(from: [Self.folder])
        #expect(concepts.concepts.count > 80)
        #expect(Set(concepts.concepts.map(\.role)).isSuperset(of: [.measure, .event, .scope, .place]))
        #expect(concepts.concepts.first { $0.id == "killed" }?.grows == true)
        #expect(concepts.concepts.first { $0.id == "passenger" }?.grows == false)
    }
}
