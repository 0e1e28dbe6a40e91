import ClaimsLedger
import ClaimsTestSupport
import Foundation
import Testing

/// `claims report`: one self-contained file, HTML or Markdown, with the same overview as the server.
@Suite("claims report")
struct ReportCommandTests {
    /// Every address a page would load on opening (not links, which load only when followed).
    static func loadedResources(_ html: String) -> [String] {
        let pattern = #"(?i)(<script|<link|<iframe|<object|<embed|\bsrc\s*=|@import|url\()"#
        var found: [String] = []
        var rest = html[...]
        while let range = rest.range(of: pattern, options: .regularExpression) {
            found.append(String(rest[range]))
            rest = rest[range.upperBound...]
        }
        return found
    }

    @Test("the HTML report on the demo corpus loads nothing from the network and shows the conflict in context")
    func demoCorpus() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.path("report.html")
        let result = try await Claims.run(["report", "--format", "html", "--output", output.path, "--ledger", folder.path("ledger.sqlite").path, "--quiet"],
                                          in: Claims.packageRoot)
        #expect(result.status == 0, "\(result.summary)")
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(Self.loadedResources(html).isEmpty, "\(Self.loadedResources(html))")
        #expect(html.contains("<svg"))
        #expect(html.contains("table class=\"matrix\""))
        // The demo corpus's one conflict: 002 dates the first $1B investment to 2018 and to July 2019.
        #expect(html.contains("<mark class=\"value\">2018年</mark>"))
        #expect(html.contains("<mark class=\"value\">2019年7月</mark>"))
        #expect(html.contains("class=\"date disputed\""))
        for id in ["000_45c7622f861a0cf2", "001_59d5675ab259f8be", "002_2148537bf86bee6f", "003_122b33ad68ad62ca", "004_d3eff461d5ab2064"] {
            #expect(html.contains("id=\"\(id)\""), "the report holds source \(id)")
        }
        // Links stay inside the file.
        #expect(!html.contains("href=\"/conflicts/"))
        #expect(!html.contains("href=\"/sources/"))
    }

    @Test("the report writes to stdout, escapes a hostile source, and shows decisions from the ledger")
    func hostileAndDecided() async throws {
        let story = try Story()
        defer { story.remove() }
        let first = try await Claims.run(["check", story.sources.path, "--ledger", story.ledger.path, "--quiet"], in: story.folder.url)
        #expect(first.status == 0, "\(first.summary)")
        let conflict = try #require(try Ledger(path: story.ledger.path).conflicts().first)
        _ = try Ledger(path: story.ledger.path).decide(conflict.id, decision: .dismiss, note: "<b>same</b> deal", reviewer: "Lan")

        let html = try await Claims.run(["report", story.sources.path, "--ledger", story.ledger.path, "--quiet"], in: story.folder.url)
        #expect(html.status == 0, "\(html.summary)")
        #expect(!html.stdout.contains("<script"))
        #expect(!html.stdout.contains("<img"))
        #expect(!html.stdout.contains("<b>same</b>"))
        #expect(html.stdout.contains("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;"))
        #expect(html.stdout.contains("Decision: <strong>dismissed</strong> by Lan"))
        #expect(html.stdout.contains("&lt;b&gt;same&lt;/b&gt; deal"))

        let markdown = try await Claims.run(["report", "--format", "markdown", story.sources.path, "--ledger", story.ledger.path, "--quiet"],
                                            in: story.folder.url)
        #expect(markdown.status == 0, "\(markdown.summary)")
        let text = markdown.stdout
        #expect(text.hasPrefix("# Claims report"))
        #expect(text.contains("## Conflicts"))
        #expect(text.contains("**dismissed**"))
        #expect(text.contains("**July 2019**") && text.contains("**2018**"))
        #expect(text.contains("Decision: **dismissed** by Lan"))
        #expect(!text.contains("<script"))
        #expect(!text.contains("<b>"))
        #expect(text.contains("&lt;script&gt;alert"))
        // A title cannot open a link or break a table row.
        #expect(text.contains("&lt;script&gt;alert\\(\"title\"\\)&lt;/script&gt; Hostile page"))
    }

    @Test("--no-ledger leaves the ledger untouched; every conflict reads open")
    func noLedger() async throws {
        let story = try Story()
        defer { story.remove() }
        let result = try await Claims.run(["report", story.sources.path, "--no-ledger", "--ledger", story.ledger.path, "--quiet"], in: story.folder.url)
        #expect(result.status == 0, "\(result.summary)")
        #expect(!FileManager.default.fileExists(atPath: story.ledger.path))
        #expect(result.stdout.contains("<span class=\"status status-open\">open</span>"))
    }

    @Test("an unreadable source is reported in one line, the report still covers the others, exit 2")
    func badSource() async throws {
        let story = try Story()
        defer { story.remove() }
        try story.folder.write("story/broken.txt", Data([0xFF, 0xFE, 0x00, 0xD8, 0x41]))
        let result = try await Claims.run(["report", story.sources.path, "--ledger", story.ledger.path, "--quiet"], in: story.folder.url)
        #expect(result.status == 2)
        #expect(result.errorLines.count == 1)
        #expect(result.errorLines.first?.contains("broken.txt") == true)
        #expect(result.stdout.contains("Calm report"))
    }
}
