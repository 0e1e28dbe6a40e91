import Foundation
import ClaimsTestSupport
import Testing

/// Sources that cannot be read: each gets one error line on stderr naming it, the others are
/// still checked, and the exit status is 2. Every run uses a temporary workbench.
@Suite("claims check with unreadable sources")
struct BadInputTests {
    struct BadFile: Sendable, CustomTestStringConvertible {
        var label: String
        var name: String
        var contents: Data?
        /// Words the error line must contain besides the file name.
        var problem: [String]

        var testDescription: String { label }
    }

    static let badFiles: [BadFile] = [
        BadFile(label: "empty file", name: "empty.txt", contents: Data(), problem: ["empty file"]),
        BadFile(label: "binary file (PNG)", name: "picture.png", contents: Samples.png, problem: ["binary", "PNG"]),
        BadFile(label: "PNG bytes named .txt", name: "picture.txt", contents: Samples.png, problem: ["binary", "PNG"]),
        BadFile(label: "invalid UTF-8", name: "latin.txt", contents: Samples.invalidUTF8, problem: ["UTF-8", "offset 4"]),
        BadFile(label: "missing path", name: "missing.txt", contents: nil, problem: ["no such file"]),
    ]

    /// The JSON report, the error lines and the good source's claims, for `good.txt` plus `other`.
    static func checkGoodAnd(_ other: [String], in folder: TemporaryFolder, extra: [String] = []) async throws -> (RunResult, Report) {
        try folder.write("good.txt", Samples.goodText)
        let result = try await Claims.run(["check", "good.txt"] + other + ["--format", "json"] + extra, in: folder.url,
                                          environment: ["CLAIMS_HOME": folder.url.path])
        return (result, try Report.decode(result))
    }

    static func expectGoodSourceChecked(_ report: Report, _ result: RunResult) {
        #expect(report.sources.map(\.id) == ["good"], "\(result.summary)")
        #expect(report.claims(of: "good").map(\.text) == ["49%", "13 billion dollars", "1,000,000"], "\(result.summary)")
    }

    @Test("an unreadable file: one error line naming it, exit 2, the good file still checked", arguments: badFiles)
    func badFile(_ bad: BadFile) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        if let contents = bad.contents { try folder.write(bad.name, contents) }
        let (result, report) = try await Self.checkGoodAnd([bad.name], in: folder)

        #expect(result.status == 2, "\(result.summary)")
        #expect(result.stderrLines.count == 1, "\(result.summary)")
        let line = try #require(result.errorLines.first, "\(result.summary)")
        #expect(line.contains(bad.name), "\(line)")
        for word in bad.problem { #expect(line.contains(word), "\(line)") }
        #expect(!line.contains("good.txt"))

        Self.expectGoodSourceChecked(report, result)
        #expect(report.errors.count == 1)
        #expect(report.errors.first?.source == bad.name)
        #expect(report.summary.sources == 2)
        #expect(report.summary.sourcesFailed == 1)
    }

    @Test("a lone unreadable file still prints a report and exits 2", arguments: badFiles)
    func loneBadFile(_ bad: BadFile) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        if let contents = bad.contents { try folder.write(bad.name, contents) }
        let result = try await Claims.run(["check", bad.name, "--format", "json"], in: folder.url,
                                          environment: ["CLAIMS_HOME": folder.url.path])
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.errorLines.count == 1, "\(result.summary)")
        #expect(result.errorLines.first?.contains(bad.name) == true, "\(result.summary)")
        let report = try Report.decode(result)
        #expect(report.sources.isEmpty)
        #expect(report.claims.isEmpty)
        #expect(report.errors.map(\.source) == [bad.name])
    }

    @Test("a folder of mixed files: the good one yields claims, one error line per bad file, exit 2")
    func mixedFolder() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("mixed/good.txt", Samples.goodText)
        try folder.write("mixed/picture.png", Samples.png)
        try folder.write("mixed/blank.txt", Data())
        let result = try await Claims.run(["check", "mixed", "--format", "json"], in: folder.url,
                                          environment: ["CLAIMS_HOME": folder.url.path])
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.stderrLines.count == 2, "\(result.summary)")
        #expect(result.errorLines.count == 2, "\(result.summary)")
        #expect(result.errorLines.filter { $0.contains("mixed/picture.png") }.count == 1, "\(result.summary)")
        #expect(result.errorLines.filter { $0.contains("mixed/blank.txt") }.count == 1, "\(result.summary)")
        #expect(!result.stderr.contains("good.txt"))

        let report = try Report.decode(result)
        Self.expectGoodSourceChecked(report, result)
        #expect(Set(report.errors.compactMap(\.source)) == ["mixed/picture.png", "mixed/blank.txt"])
        let text = try CodePoints(contentsOf: folder.path("mixed/good.txt"))
        for claim in report.claims {
            #expect(text[claim.start..<claim.end] == claim.text)
            #expect(text[claim.quoteStart..<claim.quoteEnd] == claim.quote)
        }
    }

    @Test("a 50 MB file: a one-line \"too large\" error, exit 2, the other source still checked")
    func hugeFile() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let huge = folder.path("huge.txt")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: Data("Revenue was 7 dollars.\n".utf8)))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 50 << 20)
        try handle.close()
        defer { try? FileManager.default.removeItem(at: huge) }
        let size = try #require(try FileManager.default.attributesOfItem(atPath: huge.path)[.size] as? NSNumber)
        #expect(size.intValue == 50 << 20)

        let (result, report) = try await Self.checkGoodAnd(["huge.txt"], in: folder)
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.stderrLines.count == 1, "\(result.summary)")
        let line = try #require(result.errorLines.first, "\(result.summary)")
        #expect(line.contains("huge.txt"))
        #expect(line.contains("too large"))
        Self.expectGoodSourceChecked(report, result)

        // Raising the limit lets it through (it is then refused only for its NUL bytes, if at all).
        let raised = try await Claims.run(["check", "huge.txt", "--max-source-mb", "64", "--format", "json"], in: folder.url,
                                          environment: ["CLAIMS_HOME": folder.url.path])
        #expect(!raised.stderr.contains("too large"), "\(raised.summary)")
    }

    @Test("malformed HTML still yields its text and claims")
    func malformedHTML() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("broken.html", """
        <html><head><title>Broken page</title><body>
        <div class="story"><p>Microsoft owns 49% of OpenAI<p>Revenue rose 12 percent last year.
        <div><span>Unclosed <b>tags <i>everywhere
        """)
        let result = try await Claims.run(["check", "broken.html", "--format", "json"], in: folder.url,
                                          environment: ["CLAIMS_HOME": folder.url.path])
        #expect(result.status == 0, "\(result.summary)")
        #expect(result.errorLines.isEmpty, "\(result.summary)")
        let report = try Report.decode(result)
        #expect(report.sources.map(\.id) == ["broken"])
        #expect(report.sources.first?.title == "Broken page")
        let claims = report.claims(of: "broken").filter { $0.kind == "percentage" }
        #expect(claims.map(\.text) == ["49%", "12 percent"])
        #expect(claims.map(\.value.display) == ["49%", "12%"])
        for claim in claims { #expect(claim.quote.contains(claim.text)) }
    }

    @Test("an unreachable URL: a one-line error, the file still checked, exit 2")
    func unreachableURL() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let closed = try ClosedLocalPort()
        let address = "http://127.0.0.1:\(closed.port)/story.html"
        let (result, report) = try await Self.checkGoodAnd([address], in: folder, extra: ["--timeout", "5", "--quiet"])
        // The child's own wall time: the test's await may resume late on a busy pool.
        #expect(result.elapsed < .seconds(60), "\(result.summary)")
        #expect(result.status == 2, "\(result.summary)")
        #expect(result.stderrLines.count == 1, "\(result.summary)")
        let line = try #require(result.errorLines.first, "\(result.summary)")
        #expect(line.contains(address), "\(line)")
        Self.expectGoodSourceChecked(report, result)
        #expect(report.errors.map(\.source) == [address])
        withExtendedLifetime(closed) {}
    }
}
