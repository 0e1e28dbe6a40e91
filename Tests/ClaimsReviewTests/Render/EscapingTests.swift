import ClaimsCore
import ClaimsLedger
import Foundation
import Testing
@testable import ClaimsReview

@Suite("Escaping and context")
struct EscapingTests {
    @Test("HTML escaping covers the five markup characters and control characters")
    func html() {
        #expect(HTMLText.escape(#"<a href="x" onclick='y'>&</a>"#) == "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
        #expect(HTMLText.escape("a\u{0}b\u{1B}c\nd\te") == "a\u{FFFD}b\u{FFFD}c\nd\te")
        #expect(HTMLText.escape("微軟 2019年7月 Việt") == "微軟 2019年7月 Việt")
        // A quote and a combining mark are one Character; the quote is still escaped. (The strings
        // are kept out of #expect, whose expansion quotes the expression's source.)
        let joined = "\"\u{301}x", escaped = "&quot;\u{301}x"
        #expect(HTMLText.escape(joined) == escaped)
    }

    @Test("Markdown escaping keeps a source's text from becoming markup")
    func markdown() {
        #expect(MarkdownReport.escape("[click](http://x) ![i](y) *a* _b_ `c` | d # e") ==
            ##"\[click\]\(http://x\) \!\[i\]\(y\) \*a\* \_b\_ \`c\` \| d \# e"##)
        #expect(MarkdownReport.escape("<script>&\nnext") == "&lt;script&gt;&amp; next")
        let marks = "|\u{301}`\u{301}", escapedMarks = "\\|\u{301}\\`\u{301}"
        #expect(MarkdownReport.escape(marks) == escapedMarks)
    }

    @Test("the timeline escapes what it quotes and marks disputed dates")
    func timeline() {
        let source = SourceInfo(id: "s<1>", location: .file(URL(fileURLWithPath: "/tmp/s")), displayName: "s",
                                language: "en", title: "<script>x</script>")
        let document = Document(source: source, text: "<b>In 2019</b> it began.")
        let day2019 = Double(CalendarDays.from(year: 2019, month: 1, day: 1)), day2020 = Double(CalendarDays.from(year: 2020, month: 1, day: 1))
        let claim = Claim(id: "c-1", sourceID: "s<1>", kind: .date, span: TextSpan(start: 6, end: 10), text: "2019",
                          quoteSpan: TextSpan(start: 0, end: 24), quote: "<b>In 2019</b> it began.",
                          value: NormalizedValue(display: "2019", low: day2019, high: day2020, unit: "date", precision: "year"),
                          extractor: "dates@1")
        let svg = TimelineSVG(documents: [document], claims: [claim], disputed: ["c-1": ("f-1", true)],
                              link: { "/conflicts/\($0)" }, sourceLink: { "/sources/\($0)" }).render()
        #expect(svg.hasPrefix("<svg"))
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("<b>"))
        #expect(svg.contains("&lt;script&gt;x&lt;/script&gt;"))
        #expect(svg.contains("&lt;b&gt;In 2019&lt;/b&gt;"))
        #expect(svg.contains("class=\"date disputed\""))
        #expect(svg.contains("href=\"/conflicts/f-1\""))
        #expect(svg.contains(">2019</text>") && svg.contains(">2020</text>"))
    }

    @Test("a statement's paragraph marks its sentence and value at their offsets, cut to a window")
    func paragraph() {
        let text = "Title\n\nFirst sentence here. Microsoft invested in 2019 in OpenAI. Last one.\nNext paragraph."
        let document = Document(source: SourceInfo(id: "s", location: .file(URL(fileURLWithPath: "/tmp/s")), displayName: "s", language: "en"), text: text)
        let start = Array(text.unicodeScalars).firstIndex(of: "2")!
        let segments = ReviewWorkspace.paragraph(around: TextSpan(start: start, end: start + 4), in: document)
        #expect(segments.map(\.text).joined() == "First sentence here. Microsoft invested in 2019 in OpenAI. Last one.")
        #expect(segments.first { $0.mark == "value" }?.text == "2019")
        #expect(segments.filter { $0.mark == "sentence" }.map(\.text) == ["Microsoft invested in ", " in OpenAI."])

        // A source without line breaks is cut around the statement, and says so.
        let long = String(repeating: "word ", count: 1_000) + "in 2019 " + String(repeating: "more ", count: 1_000)
        let longDocument = Document(source: document.source, text: long)
        let at = 5_000 + 3
        let cut = ReviewWorkspace.paragraph(around: TextSpan(start: at, end: at + 4), in: longDocument)
        #expect(cut.map(\.text).joined().unicodeScalars.count < 2 * ReviewWorkspace.paragraphWindow + 200)
        #expect(cut.first?.text.hasPrefix("…") == true)
        #expect(cut.last?.text.hasSuffix("…") == true)
        #expect(cut.first { $0.mark == "value" }?.text == "2019")
    }

    @Test("the value is marked in the recorded quote at its recorded offset, not at the first occurrence of its text")
    func marked() {
        func statement(_ text: String, _ quote: String, start: Int, quoteStart: Int?) -> LedgerStatement {
            LedgerStatement(source: "s", claim: "c", text: text, quote: quote, start: start, end: start + text.unicodeScalars.count,
                            quoteStart: quoteStart, value: text)
        }
        #expect(ReviewWorkspace.marked(statement("2018年", "從2018年微軟", start: 101, quoteStart: 100))
            == [Segment(text: "從"), Segment(text: "2018年", mark: "value"), Segment(text: "微軟")])
        // "2" twice in its sentence: the second is the claim's.
        #expect(ReviewWorkspace.marked(statement("2", "The 2 teams sent 2 people.", start: 517, quoteStart: 500))
            == [Segment(text: "The 2 teams sent "), Segment(text: "2", mark: "value"), Segment(text: " people.")])
        // A conflict recorded before offsets were kept: the first occurrence.
        #expect(ReviewWorkspace.marked(statement("2", "The 2 teams sent 2 people.", start: 517, quoteStart: nil))
            == [Segment(text: "The "), Segment(text: "2", mark: "value"), Segment(text: " teams sent 2 people.")])
        #expect(ReviewWorkspace.marked(statement("missing", "a quote", start: 0, quoteStart: nil)) == [Segment(text: "a quote")])
    }

    @Test("templates escape scalar by scalar, inside attributes too")
    func templates() {
        let pages = ReviewPages()
        let message = "\"\u{301} onclick=x", title = "t\"\u{301} onload=y", escaped = "&quot;\u{301} onclick=x", raw = "\"\u{301}"
        let html = pages.message(message, frame: PageFrame(title: title, section: ""), ledger: nil)
        #expect(html.contains(escaped))
        #expect(!html.contains(raw))
    }

    @Test("language tags that are not tags become und")
    func languageTags() {
        #expect(ReviewWorkspace.languageTag("zh-Hant") == "zh-Hant")
        #expect(ReviewWorkspace.languageTag(nil) == "und")
        #expect(ReviewWorkspace.languageTag("en\" onfocus=x") == "und")
        #expect(ReviewWorkspace.languageTag("tiếng") == "und")
    }

    @Test("session tokens are bound to their session and the server's key")
    func tokens() {
        let sessions = SessionTokens()
        let token = sessions.token(for: "0123456789abcdef0123456789abcdef")
        #expect(token.count == 64)
        #expect(sessions.isValid(token: token, for: "0123456789abcdef0123456789abcdef"))
        #expect(!sessions.isValid(token: token, for: "ffffffffffffffffffffffffffffffff"))
        #expect(!SessionTokens().isValid(token: token, for: "0123456789abcdef0123456789abcdef"), "another server's key")
        #expect(!sessions.isValid(token: String(token.dropLast()) + "z", for: "0123456789abcdef0123456789abcdef"))
        #expect(!sessions.isValid(token: "", for: "0123456789abcdef0123456789abcdef"))
    }

    @Test("Host headers are reduced to the host name")
    func hostNames() {
        #expect(GuardMiddleware.hostName("127.0.0.1:8080") == "127.0.0.1")
        #expect(GuardMiddleware.hostName("LOCALHOST:1") == "localhost")
        #expect(GuardMiddleware.hostName("[::1]:8080") == "::1")
        #expect(GuardMiddleware.hostName("evil.example") == "evil.example")
        #expect(ReviewServer.isLoopback("127.0.0.1") && ReviewServer.isLoopback("::1") && ReviewServer.isLoopback("127.1.2.3"))
        #expect(!ReviewServer.isLoopback("0.0.0.0") && !ReviewServer.isLoopback("127.0.0.1.evil.example") && !ReviewServer.isLoopback("127.evil"))
        #expect(ReviewServer.isIPLiteral("10.0.0.5") && ReviewServer.isIPLiteral("::1") && !ReviewServer.isIPLiteral("127.0.0.1.nip.io"))
    }
}

@Suite("Links")
struct LinkTests {
    @Test("only http(s) addresses become links")
    func webAddresses() {
        #expect(ReviewWorkspace.webAddress("https://example.com/a?b=1") == "https://example.com/a?b=1")
        #expect(ReviewWorkspace.webAddress("HTTP://example.com") == "HTTP://example.com")
        #expect(ReviewWorkspace.webAddress("javascript:alert(1)") == nil)
        #expect(ReviewWorkspace.webAddress("data:text/html,<script>") == nil)
        #expect(ReviewWorkspace.webAddress("file:///etc/passwd") == nil)
    }
}
