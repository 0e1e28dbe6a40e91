import Foundation
import Testing
@testable import ClaimsCore

@Suite("Document")
struct DocumentTests {
    static func document(_ text: String, language: String? = nil, contentHash: String? = nil) -> Document {
        Document(source: SourceInfo(id: "doc", location: .file(URL(fileURLWithPath: "/tmp/doc.txt")), displayName: "doc.txt",
                                    language: language),
                 text: text, contentHash: contentHash)
    }

    @Test func textInSpanUsesScalarOffsets() {
        let document = Self.document("Giá \u{1F44D}\u{1F3FD} 微软 e\u{301}")
        #expect(document.scalars.count == 12)
        #expect(document.text(in: TextSpan(start: 0, end: 3)) == "Giá")
        #expect(document.text(in: TextSpan(start: 4, end: 6)) == "\u{1F44D}\u{1F3FD}")
        #expect(document.text(in: TextSpan(start: 4, end: 5)) == "\u{1F44D}", "half a grapheme is still addressable by scalar")
        #expect(document.text(in: TextSpan(start: 7, end: 9)) == "微软")
        #expect(document.text(in: TextSpan(start: 11, end: 12)) == "\u{301}")
        #expect(document.text(in: TextSpan(start: 12, end: 12)) == "")
        #expect(document.text(in: TextSpan(start: 0, end: 12)) == document.text)
    }

    @Test func textInOutOfRangeSpanIsNil() {
        let document = Self.document("Short text.")
        #expect(document.text(in: TextSpan(start: 0, end: 12)) == nil)
        #expect(document.text(in: TextSpan(start: 11, end: 12)) == nil)
        #expect(document.text(in: TextSpan(start: 50, end: 60)) == nil)
        #expect(document.text(in: TextSpan(start: -1, end: 3)) == nil)
        #expect(Self.document("").text(in: TextSpan(start: 0, end: 1)) == nil)
    }

    @Test func sentenceCoveringASpanInsideOneSentence() throws {
        let text = "Microsoft invested 10 billion dollars. OpenAI grew fast. 微软投资了100亿美元。"
        let document = Self.document(text)
        #expect(document.sentences.count == 3)
        let ten = try #require(text.range(of: "10 billion"))
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: ten.lowerBound)
        let covering = document.sentence(covering: TextSpan(start: start, end: start + 10))
        #expect(document.text(in: covering) == "Microsoft invested 10 billion dollars.")

        // "100" in the Chinese sentence: offsets 62..<65.
        #expect(scalarSlice(text, 62, 65) == "100")
        #expect(document.text(in: document.sentence(covering: TextSpan(start: 62, end: 65))) == "微软投资了100亿美元。")
        // The last scalar of the text and the first.
        #expect(document.text(in: document.sentence(covering: TextSpan(start: 0, end: 1))) == "Microsoft invested 10 billion dollars.")
        let count = document.scalars.count
        #expect(document.text(in: document.sentence(covering: TextSpan(start: count - 1, end: count))) == "微软投资了100亿美元。")
    }

    @Test func sentenceCoveringASpanAcrossSentencesIsTheirUnion() {
        let document = Self.document("One two. Three four. Five six.")
        // "two. Three" runs from the first sentence into the second.
        let covering = document.sentence(covering: TextSpan(start: 4, end: 14))
        #expect(document.text(in: covering) == "One two. Three four.")
        let all = document.sentence(covering: TextSpan(start: 5, end: 25))
        #expect(all == TextSpan(start: 0, end: 30))
    }

    @Test func sentenceCoveringAnEmptySpanAtASentenceStart() {
        let document = Self.document("One two. Three four.")
        #expect(document.text(in: document.sentence(covering: TextSpan(start: 9, end: 9))) == "Three four.")
    }

    @Test func sentenceCoveringWithoutSentences() {
        let blank = Self.document("   ")
        #expect(blank.sentences.isEmpty)
        #expect(blank.sentence(covering: TextSpan(start: 1, end: 2)) == TextSpan(start: 0, end: 3))
    }

    @Test func sentenceCoveringAnOutOfRangeSpanHasNoText() {
        let document = Self.document("One two. Three four.")
        let covering = document.sentence(covering: TextSpan(start: 30, end: 34))
        #expect(covering.end >= 34, "the covering span never cuts the span it covers")
        #expect(document.text(in: covering) == nil)
    }

    @Test func languageAndHash() {
        #expect(Self.document("x").language == "und")
        #expect(Self.document("x", language: "vi").language == "vi")
        #expect(Self.document("abc").contentHash == StableHash.hex(of: "abc"))
        #expect(Self.document("abc", contentHash: "feed").contentHash == "feed")
    }

    @Test func claimFromAMentionQuotesItsSentence() {
        let text = "Intro line. Microsoft đã đầu tư 10 tỷ USD vào OpenAI. Hết."
        let document = Self.document(text, language: "vi")
        let mention = Mention(kind: .money, span: TextSpan(start: 32, end: 41), text: "10 tỷ USD",
                              value: NormalizedValue(display: "10 bn USD", number: 10e9, unit: "USD"))
        #expect(document.text(in: mention.span) == "10 tỷ USD")
        let claim = Claim(mention: mention, in: document, extractor: "test@1")
        #expect(claim.quote == "Microsoft đã đầu tư 10 tỷ USD vào OpenAI.")
        #expect(document.text(in: claim.quoteSpan) == claim.quote)
        #expect(claim.quote.contains(claim.text))
        #expect(claim.sourceID == "doc")
        #expect(claim.extractor == "test@1")
        #expect(claim.id.hasPrefix("c-") && claim.id.count == 14)
        // The id is stable for the same sentence and place, survives edits elsewhere in the
        // source, and changes when its own sentence changes.
        #expect(Claim(mention: mention, in: Self.document(text), extractor: "other@2").id == claim.id)
        #expect(Claim(mention: mention, in: Self.document(text + " Thêm một câu."), extractor: "test@1").id == claim.id)
        let shifted = TextSpan(start: mention.span.start + 4, end: mention.span.end + 4)
        var later = mention
        later.span = shifted
        #expect(Claim(mention: later, in: Self.document("New " + text, language: "vi"), extractor: "test@1").id == claim.id)
        let rewritten = "Intro line. Microsoft đã đầu tư 10 tỷ USD vào OpenAI năm ngoái. Hết."
        #expect(Claim(mention: mention, in: Self.document(rewritten, language: "vi"), extractor: "test@1").id != claim.id)
        var moved = mention
        moved.span = TextSpan(start: 32, end: 34)
        moved.text = "10"
        #expect(Claim(mention: moved, in: document, extractor: "test@1").id != claim.id)
    }
}
