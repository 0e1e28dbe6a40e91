import Foundation
import Testing
@testable import ClaimsCore

@Suite("SentenceSplitter")
struct SentenceSplitterTests {
    /// The shipped lexicons' abbreviations, as `claims` splits with them.
    static let abbreviations: Set<String> = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Claims/lexicon/values").standardizedFileURL
        return (try? ValueLexicons.load(from: folder).abbreviations) ?? []
    }()

    /// The sentences of a text, read back through the document's own span accessor.
    private func sentences(_ text: String) -> [String] {
        let document = Document(source: SourceInfo(id: "t", location: .file(.init(fileURLWithPath: "/t.txt")), displayName: "t.txt"),
                                text: text, abbreviations: Self.abbreviations)
        return document.sentences.map { document.text(in: $0) ?? "<out of range>" }
    }

    /// Every span is non-empty, in order, inside the text and trimmed of white space.
    private func expectWellFormed(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let scalars = Array(text.unicodeScalars)
        let spans = SentenceSplitter.split(text, abbreviations: Self.abbreviations)
        var previousEnd = 0
        for span in spans {
            #expect(span.start >= previousEnd && span.start < span.end && span.end <= scalars.count, sourceLocation: sourceLocation)
            guard span.start < span.end, span.end <= scalars.count else { continue }
            #expect(!ScalarClass.isWhitespace(scalars[span.start]), "span starts with white space", sourceLocation: sourceLocation)
            #expect(!ScalarClass.isWhitespace(scalars[span.end - 1]), "span ends with white space", sourceLocation: sourceLocation)
            previousEnd = span.end
        }
    }

    @Test func chinese() {
        let text = "微软宣布投资100亿美元。OpenAI表示：“这是长期合作。”双方是否会分手？目前尚无定论！分析人士认为；合作仍将继续"
        #expect(sentences(text) == [
            "微软宣布投资100亿美元。",
            "OpenAI表示：“这是长期合作。”",
            "双方是否会分手？",
            "目前尚无定论！",
            "分析人士认为；",
            "合作仍将继续",
        ])
        expectWellFormed(text)
    }

    @Test func chineseCornerBracketsAndBracketsStayWithTheirSentence() {
        let text = "他說「合作結束了。」隨後離開。據報導（消息人士稱。）雙方仍在談判？」"
        #expect(sentences(text) == ["他說「合作結束了。」", "隨後離開。", "據報導（消息人士稱。）", "雙方仍在談判？」"])
    }

    @Test func latinPunctuationBeforeHan() {
        #expect(sentences("OpenAI said no.微软拒绝评论!随后股价上涨?") == ["OpenAI said no.", "微软拒绝评论!", "随后股价上涨?"])
    }

    @Test func vietnamese() {
        let text = "Trụ sở đặt tại TP. HCM và Hà Nội. Doanh thu tăng 10,5% lên 3.5 tỷ USD. Ông Nam nói thêm. PGS. Trần Văn A cho biết vậy."
        #expect(sentences(text) == [
            "Trụ sở đặt tại TP. HCM và Hà Nội.",
            "Doanh thu tăng 10,5% lên 3.5 tỷ USD.",
            "Ông Nam nói thêm.",
            "PGS. Trần Văn A cho biết vậy.",
        ])
        expectWellFormed(text)
    }

    @Test func english() {
        let text = "Mr. Smith went to Washington. The U.S. Treasury said J. R. Jones agreed. It rose 3.5 percent in 2023. Then it fell! Did it? \"Yes,\" she said."
        #expect(sentences(text) == [
            "Mr. Smith went to Washington.",
            "The U.S. Treasury said J. R. Jones agreed.",
            "It rose 3.5 percent in 2023.",
            "Then it fell!",
            "Did it?",
            "\"Yes,\" she said.",
        ])
        expectWellFormed(text)
    }

    @Test func periodBeforeLowerCaseOrInsideAWordDoesNotSplit() {
        #expect(sentences("See e.g. the report, i.e. the 2023 one. Visit openai.com now.") == [
            "See e.g. the report, i.e. the 2023 one.", "Visit openai.com now.",
        ])
        #expect(sentences("Wait... Then it happened.") == ["Wait...", "Then it happened."])
        #expect(sentences("The deal (worth $10 billion.) Closed in 2023.") == ["The deal (worth $10 billion.)", "Closed in 2023."])
    }

    @Test func lineBreaksSeparateParagraphs() {
        let text = "Tiêu đề bài viết\nMicrosoft đầu tư vào OpenAI\n\n微软投资\n- mục một\n- mục hai\r\nDòng cuối"
        #expect(sentences(text) == ["Tiêu đề bài viết", "Microsoft đầu tư vào OpenAI", "微软投资", "- mục một", "- mục hai", "Dòng cuối"])
        expectWellFormed(text)
    }

    @Test func lineBreakAfterTerminalPunctuationSplitsEvenBeforeLowerCase() {
        #expect(sentences("It ended.\nmore text follows") == ["It ended.", "more text follows"])
        #expect(sentences("Giá 10%\ntăng thêm") == ["Giá 10%", "tăng thêm"])
    }

    @Test func hardWrappedLinesContinueTheSentence() {
        let text = "The partnership between the two companies\nhas been tested by disputes over customers,\n  staff and money. Analysts expect\nmore trouble."
        #expect(sentences(text) == [
            "The partnership between the two companies\nhas been tested by disputes over customers,\n  staff and money.",
            "Analysts expect\nmore trouble.",
        ])
        expectWellFormed(text)
    }

    @Test func hardWrappedVietnameseContinues() {
        #expect(sentences("Microsoft đã đầu tư\nvào OpenAI từ năm 2019.") == ["Microsoft đã đầu tư\nvào OpenAI từ năm 2019."])
    }

    @Test func hardWrappedLinesWithCRLFContinueTheSentence() {
        #expect(sentences("The partnership between the two companies\r\nhas been tested.") == [
            "The partnership between the two companies\r\nhas been tested.",
        ])
    }

    @Test func spansAreTrimmed() {
        let text = "   Leading spaces.  \t Trailing.   \n\n\u{3000}全角空格。\u{00A0}"
        let spans = SentenceSplitter.split(text, abbreviations: Self.abbreviations)
        #expect(spans == [TextSpan(start: 3, end: 18), TextSpan(start: 22, end: 31), TextSpan(start: 37, end: 42)])
        #expect(sentences(text) == ["Leading spaces.", "Trailing.", "全角空格。"])
        expectWellFormed(text)
    }

    @Test func offsetsCountUnicodeScalars() {
        // "é" is e + U+0301 (2 scalars, 1 character); 👍🏽 is 2 scalars, 1 character.
        let text = "Cafe\u{301} mở cửa. Giá tăng \u{1F44D}\u{1F3FD}. Xong."
        let spans = SentenceSplitter.split(text, abbreviations: Self.abbreviations)
        #expect(spans == [TextSpan(start: 0, end: 13), TextSpan(start: 14, end: 26), TextSpan(start: 27, end: 32)])
        #expect(sentences(text) == ["Cafe\u{301} mở cửa.", "Giá tăng \u{1F44D}\u{1F3FD}.", "Xong."])
        #expect(spans.map { scalarSlice(text, $0.start, $0.end) } == sentences(text))
    }

    @Test func emptyAndBlankTextsHaveNoSentences() {
        #expect(SentenceSplitter.split("").isEmpty)
        #expect(SentenceSplitter.split(" \n\n\t\u{3000}").isEmpty)
        #expect(sentences("No final stop") == ["No final stop"])
    }

    @Test func stringAndScalarEntryPointsAgree() {
        let text = "微软投资。Microsoft invested. Hết."
        #expect(SentenceSplitter.split(text, abbreviations: Self.abbreviations) == SentenceSplitter.split(Array(text.unicodeScalars)))
    }

    @Test("abbreviations are the lexicons' words: without them a period before a capital ends a sentence")
    func abbreviationsAreData() throws {
        let text = "Dr. Smith came. Sen. Lee left, Q. 1 stayed."
        #expect(SentenceSplitter.split(text).count == 4)
        // English and Vietnamese (Q. for quận) abbreviations both hold in any text.
        #expect(SentenceSplitter.split(text, abbreviations: Self.abbreviations).count == 2)
        let custom = try ValueLexicons.parse(yaml: "languages: [es]\nsentences: {abbreviations: [Sra.]}\ndates: {month_abbreviations: {Ene.: 1}}\n")
        #expect(custom.abbreviations == ["sra", "ene"])
        #expect(SentenceSplitter.split("La Sra. López llegó el 3 de Ene. Luego dijo algo.", abbreviations: custom.abbreviations).count == 1)
        #expect(SentenceSplitter.split("La Sra. López llegó. Dijo algo.", abbreviations: custom.abbreviations).count == 2)
    }
}
