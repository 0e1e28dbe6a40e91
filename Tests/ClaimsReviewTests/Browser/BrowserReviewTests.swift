#if canImport(Glibc)
import ClaimsLedger
import ClaimsTestSupport
import Foundation
import Testing

/// The workbench in a real browser: headless Chromium loads the conflict list and a conflict of
/// the demo corpus, the reviewer fills in and submits a decision as a person would (the browser
/// posts the form with its token and cookie), and the ledger holds it. The conflict page's
/// screenshot is kept in `.build/test-output/browser/`. Without Chromium these fail, saying what
/// to install, unless CLAIMS_SKIP_BROWSER=1.
@Suite("Review in a browser", .serialized, .enabled(if: Chromium.browserTestsEnabled, Chromium.skipComment))
struct BrowserReviewTests {
    /// Where the screenshots go: beside the build, kept after the run for people to look at.
    static let output = Claims.packageRoot.appendingPathComponent(".build/test-output/browser", isDirectory: true)

    @Test("list, conflict page, a decision submitted by the browser, recorded in the ledger")
    func decideInTheBrowser() async throws {
        let folder = try TemporaryFolder("claims-browser")
        defer { folder.remove() }
        let ledgerPath = folder.path("ledger.sqlite").path
        try FileManager.default.createDirectory(at: Self.output, withIntermediateDirectories: true)
        let shot = Self.output.appendingPathComponent("conflict-page.png").path
        let seen = try await ServerProcess.serving(["serve", "--port", "0", "--ledger", ledgerPath, "--quiet"], in: Claims.packageRoot) { server in
            try await Self.review(home: server.url.absoluteString, screenshot: shot)
        }

        #expect(seen.list.contains("Conflicts"))
        #expect(seen.list.contains("1 of 1 conflicts shown"), "\(seen.list)")
        #expect(seen.conflictURL.contains("/conflicts/f-"), "\(seen.conflictURL)")
        #expect(seen.conflictText.contains("Microsoft, OpenAI: date of investment"))
        #expect(seen.conflictText.contains("微軟OpenAI聯盟的“裂痕”,藏不住了"))
        #expect(seen.marked == "2018年|2019年7月", "\(seen.marked)")
        #expect(seen.scripts == 0, "the pages run no script")
        #expect(seen.afterURL.contains("?decided=confirm"), "\(seen.afterURL)")
        #expect(seen.afterText.contains("Recorded in the ledger"), "\(seen.afterText)")
        #expect(seen.afterText.contains("Lan Nguyễn"))

        let conflict = try #require(try Ledger(path: ledgerPath).conflicts().first)
        #expect(conflict.status == .confirmed)
        #expect(conflict.decision?.actor == "Lan Nguyễn")
        #expect(conflict.decision?.correctSource == "002_2148537bf86bee6f")
        #expect(conflict.decision?.note == "the article itself says July 2019 further down")

        let png = try Data(contentsOf: URL(fileURLWithPath: shot))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(png.count > 20_000)
    }

    /// What the reviewer sees: the list, a conflict (screenshot taken), the page after confirming.
    static func review(home: String, screenshot shot: String) async throws
        -> (list: String, conflictURL: String, conflictText: String, marked: String, scripts: Int, afterURL: String, afterText: String) {
        try await offThePool {
            let browser = try Chromium.launch(windowSize: (1280, 1000))
            defer { browser.close() }
            let page = try browser.newPage()
            try page.navigate(home)
            let list = try page.text()
            // Follow the first conflict's link as a reviewer would.
            try page.click("table.conflicts a[href^='/conflicts/']")
            let conflictURL = try page.url()
            let conflictText = try page.text()
            let marked = try page.evaluate("Array.from(document.querySelectorAll('blockquote mark.value')).map(m => m.textContent).join('|')") as? String
            let scripts = try page.evaluate("document.scripts.length") as? Int
            try page.screenshot(to: shot, fullPage: true)
            try page.fill("#confirm-reviewer", "Lan Nguyễn")
            try page.fill("#correct", "002_2148537bf86bee6f")
            try page.fill("#confirm-note", "the article itself says July 2019 further down")
            try page.click("button[value='confirm']")
            return (list: list, conflictURL: conflictURL, conflictText: conflictText, marked: marked ?? "", scripts: scripts ?? -1,
                    afterURL: try page.url(), afterText: try page.text())
        }
    }

    @Test("the HTML report of the demo corpus opens from a file and loads nothing else")
    func reportOffline() async throws {
        let folder = try TemporaryFolder("claims-browser-report")
        defer { folder.remove() }
        let report = folder.path("report.html")
        let result = try await Claims.run(["report", "--output", report.path, "--ledger", folder.path("ledger.sqlite").path, "--quiet"],
                                          in: Claims.packageRoot)
        #expect(result.status == 0, "\(result.summary)")
        let shot = Self.output.appendingPathComponent("report.png").path
        try FileManager.default.createDirectory(at: Self.output, withIntermediateDirectories: true)
        let seen = try await offThePool {
            let browser = try Chromium.launch(windowSize: (1280, 1000))
            defer { browser.close() }
            let page = try browser.newPage()
            try page.navigate(report.absoluteString)
            let resources = try page.evaluate("performance.getEntriesByType('resource').length") as? Int
            let svg = try page.evaluate("document.querySelectorAll('svg.timeline rect.disputed').length") as? Int
            try page.screenshot(to: shot)
            return (text: try page.text(), resources: resources ?? -1, disputedBars: svg ?? -1)
        }
        #expect(seen.text.contains("Claims report"))
        #expect(seen.text.contains("Who agrees on what"))
        #expect(seen.resources == 0, "the report loaded \(seen.resources) other resources")
        #expect(seen.disputedBars == 2, "the two disputed dates are drawn")
    }
}
#endif
