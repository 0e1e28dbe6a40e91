import Foundation
import Testing
@testable import ClaimsCore

@Suite("HTMLLoader")
struct HTMLLoaderTests {
    let loader = HTMLLoader()

    // Byte sequences computed once with Python (`'…'.encode('gbk')`, `.encode('big5')`).
    /// 微软投资一百亿美元。 in GBK.
    static let gbkSentence: [UInt8] = [0xCE, 0xA2, 0xC8, 0xED, 0xCD, 0xB6, 0xD7, 0xCA, 0xD2, 0xBB,
                                       0xB0, 0xD9, 0xD2, 0xDA, 0xC3, 0xC0, 0xD4, 0xAA, 0xA1, 0xA3]
    /// 新闻 in GBK.
    static let gbkTitle: [UInt8] = [0xD0, 0xC2, 0xCE, 0xC5]
    /// 微軟投資一百億美元。 in Big5 (note 0x4C and 0x6E: trail bytes in the ASCII range).
    static let big5Sentence: [UInt8] = [0xB7, 0x4C, 0xB3, 0x6E, 0xA7, 0xEB, 0xB8, 0xEA, 0xA4, 0x40,
                                        0xA6, 0xCA, 0xBB, 0xF5, 0xAC, 0xFC, 0xA4, 0xB8, 0xA1, 0x43]
    /// 新聞 in Big5 (0x73 and 0x44 are trail bytes).
    static let big5Title: [UInt8] = [0xB7, 0x73, 0xBB, 0x44]

    private func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

    private func load(_ dir: TemporaryDirectory, _ name: String, bytes: [UInt8], charset: String? = nil) async throws -> LoadedText {
        let file = try dir.write(name, bytes: bytes)
        return try await loader.load(fileRequest(file, declaredCharset: charset))
    }

    @Test func utf8PageWithMetaCharset() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let html = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>微软投资 OpenAI</title></head>
            <body><article><p>微软向OpenAI投资了100亿美元。</p><p>Microsoft đầu tư 10 tỷ USD.</p></article></body></html>
            """
        let loaded = try await load(dir, "utf8.html", bytes: utf8(html))
        #expect(loaded.title == "微软投资 OpenAI")
        #expect(loaded.text == "微软投资 OpenAI\n\n微软向OpenAI投资了100亿美元。\n\nMicrosoft đầu tư 10 tỷ USD.")
        #expect(loaded.contentHash == StableHash.hex(bytes: Data(html.utf8)))
    }

    @Test func unlabelledUTF8PageIsDecodedAsUTF8() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let html = "<html><body><p>Microsoft đầu tư vào OpenAI, 微软投资。</p></body></html>"
        let loaded = try await load(dir, "plain.html", bytes: utf8(html))
        #expect(loaded.text == "Microsoft đầu tư vào OpenAI, 微软投资。")
        #expect(loaded.title == nil)
    }

    @Test(arguments: ["gbk", "gb2312", "GB2312", "gb18030"])
    func gbkPageWithMetaCharset(_ label: String) async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let bytes = utf8("<html><head><meta charset=\"\(label)\"><title>") + Self.gbkTitle
            + utf8("</title></head><body><p>") + Self.gbkSentence + utf8("</p></body></html>")
        let loaded = try await load(dir, "gbk.html", bytes: bytes)
        #expect(loaded.title == "新闻")
        #expect(loaded.text == "新闻\n\n微软投资一百亿美元。")
    }

    @Test func gbkPageWithHTTPEquivMeta() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let bytes = utf8("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\" /></head><body><div>")
            + Self.gbkSentence + utf8("</div></body></html>")
        let loaded = try await load(dir, "gb.html", bytes: bytes)
        #expect(loaded.text == "微软投资一百亿美元。")
    }

    @Test(arguments: ["big5", "Big5", "big5-hkscs"])
    func big5Page(_ label: String) async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let bytes = utf8("<html lang=\"zh-TW\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=\(label)\"><title>")
            + Self.big5Title + utf8("</title></head><body><p>") + Self.big5Sentence + utf8("</p></body></html>")
        let loaded = try await load(dir, "big5.html", bytes: bytes)
        #expect(loaded.title == "新聞")
        #expect(loaded.text == "新聞\n\n微軟投資一百億美元。")
        #expect(loaded.declaredLanguage == "zh-Hant")
    }

    @Test func declaredCharsetOverridesAMissingLabel() throws {
        let bytes = utf8("<html><body><p>") + Self.gbkSentence + utf8("</p></body></html>")
        let unlabelled = try HTMLLoader.parse(Data(bytes), declaredCharset: nil, source: "x.html")
        #expect(!unlabelled.text.contains("微软"), "GBK bytes without any label cannot decode as Chinese")
        let declared = try HTMLLoader.parse(Data(bytes), declaredCharset: "gbk", source: "x.html")
        #expect(declared.text == "微软投资一百亿美元。")
    }

    @Test func declaredCharsetWinsOverTheMetaCharset() throws {
        // The page claims UTF-8 but is GBK: the header's charset must win.
        let gbk = utf8("<html><head><meta charset=\"utf-8\"></head><body><p>") + Self.gbkSentence + utf8("</p></body></html>")
        #expect(try HTMLLoader.parse(Data(gbk), declaredCharset: "GBK", source: "x.html").text == "微软投资一百亿美元。")
        // The page claims GBK but is UTF-8.
        let utf8 = utf8("<html><head><meta charset=\"gbk\"></head><body><p>微软投资一百亿美元。</p></body></html>")
        #expect(try HTMLLoader.parse(Data(utf8), declaredCharset: "utf-8", source: "x.html").text == "微软投资一百亿美元。")
        // The same page read by its own (wrong) label does not give the Chinese text.
        #expect(try HTMLLoader.parse(Data(utf8), declaredCharset: nil, source: "x.html").text != "微软投资一百亿美元。")
    }

    @Test func pageFurnitureIsDropped() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let html = """
            <!DOCTYPE html>
            <html lang="zh-TW">
            <head>
              <meta charset="utf-8">
              <title>微軟與OpenAI聯盟</title>
              <style>body { color: STYLE_TEXT; }</style>
              <script>var leak = "SCRIPT_TEXT";</script>
            </head>
            <body>
              <nav><ul><li>NAV_TEXT</li></ul></nav>
              <header>HEADER_TEXT</header>
              <div class="share-buttons"><a>SHARE_TEXT</a></div>
              <article>
                <p>微軟向OpenAI投資了一百億美元。</p>
                <div class="share-buttons">ARTICLE_SHARE_TEXT</div>
                <aside>ASIDE_TEXT</aside>
                <script>document.write("INLINE_SCRIPT_TEXT")</script>
                <p>Second paragraph of the story.</p>
                <noscript>NOSCRIPT_TEXT</noscript>
                <div id="comments">COMMENTS_TEXT</div>
                <div hidden>HIDDEN_TEXT</div>
              </article>
              <aside>SIDEBAR_TEXT</aside>
              <footer>FOOTER_TEXT</footer>
            </body>
            </html>
            """
        let loaded = try await load(dir, "furniture.html", bytes: utf8(html))
        #expect(loaded.text.contains("微軟向OpenAI投資了一百億美元。"))
        #expect(loaded.text.contains("Second paragraph of the story."))
        for marker in ["STYLE_TEXT", "SCRIPT_TEXT", "NAV_TEXT", "HEADER_TEXT", "SHARE_TEXT", "ASIDE_TEXT", "INLINE_SCRIPT_TEXT",
                       "NOSCRIPT_TEXT", "COMMENTS_TEXT", "HIDDEN_TEXT", "SIDEBAR_TEXT", "FOOTER_TEXT"] {
            #expect(!loaded.text.contains(marker), "page furniture \(marker) leaked into the text")
        }
        #expect(loaded.title == "微軟與OpenAI聯盟")
        #expect(loaded.text.hasPrefix("微軟與OpenAI聯盟\n\n"))
        #expect(loaded.declaredLanguage == "zh-Hant")
    }

    @Test func longArticleIsPreferredOverTheRestOfThePage() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let paragraph = "Microsoft and OpenAI have worked together since 2019, and the partnership has grown each year. "
        let html = """
            <html lang="vi-VN"><head><title>Story title</title></head><body>
            <div class="lead">OUTSIDE_ARTICLE</div>
            <article><header><h2>Article kicker</h2></header><p>\(paragraph)</p><p>\(paragraph)</p><p>\(paragraph)</p></article>
            <div>ALSO_OUTSIDE</div>
            </body></html>
            """
        let loaded = try await load(dir, "article.html", bytes: utf8(html))
        let body = paragraph.trimmingCharacters(in: .whitespaces)
        #expect(loaded.text == "Story title\n\nArticle kicker\n\n\(body)\n\n\(body)\n\n\(body)")
        #expect(!loaded.text.contains("OUTSIDE_ARTICLE"))
        #expect(!loaded.text.contains("ALSO_OUTSIDE"))
        #expect(loaded.declaredLanguage == "vi")
    }

    @Test func blocksBecomeParagraphsAndInlineWhitespaceCollapses() throws {
        let html = "<html><head><title>T</title></head><body><h1>T</h1><p>One   two\n\tthree.</p><p>Four <b>bold</b> words.<br>Next line.</p><ul><li>Item one</li><li>Item two</li></ul></body></html>"
        let loaded = try HTMLLoader.parse(Data(html.utf8), declaredCharset: nil, source: "x.html")
        // The body starts with the title (the <h1>), so the title is not repeated.
        #expect(loaded.text == "T\n\nOne two three.\n\nFour bold words.\nNext line.\n\nItem one\n\nItem two")
        #expect(loaded.title == "T")
    }

    @Test func titleThatIsOnlyTheStartOfTheFirstParagraphIsStillKept() throws {
        // The body does not begin with the title as a paragraph of its own: "微软" is just the first
        // word of the story, so the text must still start with the title paragraph.
        let html = "<html><head><title>微软</title></head><body><p>微软投资一百亿美元。</p></body></html>"
        let loaded = try HTMLLoader.parse(Data(html.utf8), declaredCharset: nil, source: "x.html")
        #expect(loaded.title == "微软")
        #expect(loaded.text == "微软\n\n微软投资一百亿美元。")
    }

    @Test func headingIsUsedWhenThereIsNoTitle() throws {
        let html = "<html><body><h1>Big <i>news</i></h1><p>Body text here.</p></body></html>"
        let loaded = try HTMLLoader.parse(Data(html.utf8), declaredCharset: nil, source: "x.html")
        #expect(loaded.title == "Big news")
        #expect(loaded.text == "Big news\n\nBody text here.")
    }

    @Test func malformedHTMLStillYieldsText() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let html = "<html><head><title>Broken page</title><body><p>Unclosed paragraph <b>bold <i>italic<p>Second paragraph<div>Third &amp; last</span></table>"
        let loaded = try await load(dir, "broken.html", bytes: utf8(html))
        #expect(loaded.text.contains("Unclosed paragraph bold italic"))
        #expect(loaded.text.contains("Second paragraph"))
        #expect(loaded.text.contains("Third & last"))
    }

    @Test func pageWithoutTextIsAnError() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let html = "<html><head><title>  </title><script>var x = 1;</script></head><body><nav>Home</nav><footer>(c) 2023</footer></body></html>"
        let file = try dir.write("empty-page.html", bytes: utf8(html))
        let error = await #expect(throws: SourceError.self) { try await loader.load(fileRequest(file, displayName: "in/empty-page.html")) }
        expectOneLine(error, source: "in/empty-page.html")
        #expect(error?.problem == "no article text found in the HTML")
    }

    @Test func emptyAndBinaryInputs() {
        let empty = #expect(throws: SourceError.self) { try HTMLLoader.parse(Data(), declaredCharset: nil, source: "e.html") }
        expectOneLine(empty, source: "e.html")
        #expect(empty?.problem == "empty file")
        let png = #expect(throws: SourceError.self) {
            try HTMLLoader.parse(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]), declaredCharset: nil, source: "p.html")
        }
        #expect(png?.problem == "binary file (PNG image), not HTML")
    }

    @Test func fileErrorsNameTheSource() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let missing = await #expect(throws: SourceError.self) {
            try await loader.load(fileRequest(dir.url.appendingPathComponent("gone.html"), displayName: "gone.html"))
        }
        expectOneLine(missing, source: "gone.html")
        #expect(missing?.problem == "no such file")

        let small = HTMLLoader(limits: LoaderLimits(maxBytes: 1024))
        let big = try dir.write("big.html", text: "<html><body><p>" + String(repeating: "x", count: 2000) + "</p></body></html>")
        let tooLarge = await #expect(throws: SourceError.self) { try await small.load(fileRequest(big)) }
        #expect(tooLarge?.problem.hasPrefix("too large:") == true)
    }

    @Test func canLoadByExtensionOrContent() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let byName = try dir.write("page.HTM", text: "just text")
        let bySniffing = try dir.write("saved.txt", text: "\n  <!DOCTYPE html><html><body>x</body></html>")
        let plain = try dir.write("notes.txt", text: "Plain notes, nothing else.")
        #expect(loader.canLoad(fileRequest(byName)))
        #expect(loader.canLoad(fileRequest(bySniffing)))
        #expect(!loader.canLoad(fileRequest(plain)))
        #expect(!loader.canLoad(webRequest("https://example.com/page.html")))
    }

    @Test func charsetLabelsMapToDecoders() {
        #expect(HTMLLoader.libxmlEncoding(declared: "gb2312", data: Data()) == "GB18030")
        #expect(HTMLLoader.libxmlEncoding(declared: "GBK", data: Data()) == "GB18030")
        #expect(HTMLLoader.libxmlEncoding(declared: "big5", data: Data()) == "BIG5-HKSCS")
        #expect(HTMLLoader.libxmlEncoding(declared: "utf8", data: Data()) == "UTF-8")
        #expect(HTMLLoader.libxmlEncoding(declared: nil, data: Data("đầu tư".utf8)) == "UTF-8")
        #expect(HTMLLoader.libxmlEncoding(declared: nil, data: Data(Self.gbkSentence)) == nil)
        #expect(HTMLLoader.sniffMetaCharset(Data("<meta charset='GB2312'>".utf8)) == "gb2312")
        #expect(HTMLLoader.sniffMetaCharset(Data("<meta content=\"text/html; charset=big5\">".utf8)) == "big5")
        #expect(HTMLLoader.sniffMetaCharset(Data("<html><body>no label</body></html>".utf8)) == nil)
    }

    @Test func invalidBytesInALegacyCharsetBecomeReplacementCharactersAndTheRestIsKept() throws {
        let bytes = utf8("<html><head><meta charset=\"gbk\"></head><body><p>") + [0xCE, 0xA2, 0xC8, 0xED, 0xFF, 0xFF]
            + Self.gbkSentence + utf8("</p><p>Second para.</p></body></html>")
        let loaded = try HTMLLoader.parse(Data(bytes), declaredCharset: nil, source: "bad.html")
        #expect(loaded.text == "微软\u{FFFD}\u{FFFD}微软投资一百亿美元。\n\nSecond para.")
    }

    @Test func unknownDeclaredCharsetIsAnErrorNamingIt() {
        #expect(throws: SourceError(source: "x.html", problem: "unknown charset no-such-charset")) {
            try HTMLLoader.parse(Data("<p>hi</p>".utf8), declaredCharset: "no-such-charset", source: "x.html")
        }
    }
}
