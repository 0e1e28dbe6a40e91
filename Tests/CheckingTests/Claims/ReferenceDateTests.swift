import ClaimsCore
import Testing

/// The date a figure is of: the nearest in its own clause, else a date leading the sentence
/// before one after it; never the base of a comparison.
@Suite("The date a figure is of")
struct ReferenceDateTests {
    /// Each figure's text and the text of its reference date, in the order of the text.
    static func references(_ text: String, _ language: String, published: String) throws -> [(String, String?)] {
        let stage = try Stage.shared()
        let concepts = try ConceptLexicon.load(from: [Stage.lexiconDirectory.appendingPathComponent("concepts", isDirectory: true)])
        return stage.claims(text, language: language, published: published, builder: ClaimBuilder(lexicon: stage.topics, concepts: concepts))
            .filter { $0.kind == .percentage }
            .map { ($0.text, $0.context?.referenceText) }
    }

    @Test("each figure of a list of quarters is its own quarter's, though the next stands nearer")
    func quarterList() throws {
        let found = try Self.references("分季度看,一季度同比增长6.7%,二季度增长6.9%,三季度增长7.1%。", "zh-Hans", published: "2016-10-19")
        #expect(found.map(\.1) == ["一季度", "二季度", "三季度"], "\(found)")
    }

    @Test("a date leading the sentence dates a figure of a later clause before a date after it",
          arguments: [("前三季度,全国规模以上工业增加值同比增长6.0%,增速与上半年持平。", "zh-Hans", "前三季度"),
                      ("Tính chung 9 tháng năm 2018, GDP ước tính tăng 6,98%, cao hơn mức tăng của năm 2017.", "vi", "năm 2018")])
    func leadingDate(text: String, language: String, date: String) throws {
        let found = try Self.references(text, language, published: "2023-10-20")
        #expect(found.first?.1 == date, "\(found)")
    }

    @Test("the base of a comparison is not when the figure holds",
          arguments: [("Tính chung 9 tháng đầu năm 2018, GDP tăng 6,98% so với cùng kỳ năm trước.", "vi", "9 tháng đầu năm 2018"),
                      ("Exports rose 5% in the third quarter of 2023 compared with 2019.", "en", "third quarter of 2023"),
                      ("三季度出口增长5%,与2019年相比增长8%。", "zh-Hans", "三季度")])
    func comparisonBase(text: String, language: String, date: String) throws {
        let found = try Self.references(text, language, published: "2023-10-20")
        #expect(found.first?.1 == date, "\(found)")
    }
}
