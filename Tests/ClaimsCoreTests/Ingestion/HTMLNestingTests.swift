import Foundation
import Testing
@testable import ClaimsCore

/// Documents nested deeper than libxml2 reads: every word is still read, paragraphs kept apart.
@Suite("deep HTML")
struct HTMLNestingTests {
    static func page(depth: Int) -> Data {
        let open = String(repeating: "<div><span class=\"a>b\">", count: depth)
        let close = String(repeating: "</span></div>", count: depth)
        return Data(("<html><head><title>Deep</title><script>if (a < b) { x = '</div>' }</script></head><body><p>First 3 words.</p>"
            + open + "<p>Microsoft invested 10 billion dollars.<p>Then 5 people came.<!-- <div> -->" + close
            + "<p>Last 7 days.</p></body></html>").utf8)
    }

    @Test("10,000 nested elements: the text under them is read, one paragraph each", arguments: [300, 10_000])
    func deepDocument(depth: Int) throws {
        let loaded = try HTMLLoader.parse(Self.page(depth: depth), declaredCharset: nil, source: "deep.html")
        let paragraphs = loaded.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(paragraphs.contains("Microsoft invested 10 billion dollars."), "\(paragraphs.prefix(8))")
        #expect(paragraphs.contains("Then 5 people came."), "\(paragraphs.prefix(8))")
        #expect(paragraphs.contains("Last 7 days."), "\(paragraphs.prefix(8))")
        #expect(paragraphs.contains("First 3 words."))
        #expect(loaded.title == "Deep")
        #expect(!loaded.text.contains("x = "), "a script's text is not the article's")
    }

    @Test("a page within the limit is parsed as it is; tags past it are taken out with their text kept")
    func flattening() throws {
        #expect(HTMLNesting.flattened(Self.page(depth: 50)) == nil)
        // Unclosed paragraphs and list items close their open siblings: no depth from them.
        let loose = Data(("<ul>" + String(repeating: "<li><p>item", count: 500) + "</ul>").utf8)
        #expect(HTMLNesting.flattened(loose) == nil)
        let flat = try #require(HTMLNesting.flattened(Self.page(depth: 300), limit: 200))
        let text = String(decoding: flat, as: UTF8.self)
        #expect(text.contains("Microsoft invested 10 billion dollars."))
        #expect(text.contains("if (a < b) { x = '</div>' }"), "raw text passes untouched")
        #expect(text.contains("<!-- <div> -->"))
        #expect(text.components(separatedBy: "<div>").count - 1 <= 200)
    }
}
