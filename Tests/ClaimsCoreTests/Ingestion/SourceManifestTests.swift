import Foundation
import Testing
@testable import ClaimsCore

@Suite("SourceManifest")
struct SourceManifestTests {
    /// The workbench's shipped sources folder, found from this file: Tests/ClaimsCoreTests/Ingestion/.
    static let shippedSources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Claims/sources", isDirectory: true)

    @Test func loadsTheShippedManifest() throws {
        let manifest = try SourceManifest.load(from: Self.shippedSources.appendingPathComponent(SourceManifest.fileName))
        #expect(manifest.about?.isEmpty == false)
        let byFile = Dictionary(uniqueKeysWithValues: manifest.entries.compactMap { entry in entry.file.map { ($0, entry) } })

        let first = try #require(byFile["000_45c7622f861a0cf2.txt"])
        #expect(first.language == "zh-Hans")
        #expect(first.published == "2023-06-17")
        #expect(first.publicationDate == PartialDate(year: 2023, month: 6, day: 17))
        #expect(first.publicationDate?.precision == .day)

        let second = try #require(byFile["001_59d5675ab259f8be.txt"])
        #expect(second.publicationDate?.description == "2023-06")
        #expect(second.publicationDate?.precision == .month)

        #expect(byFile["002_2148537bf86bee6f.txt"]?.language == "zh-Hant")
        #expect(byFile["003_122b33ad68ad62ca.txt"]?.language == "vi")
        #expect(byFile["004_d3eff461d5ab2064.txt"]?.publicationDate == PartialDate(year: 2025, month: 4, day: 29))

        // Every file the manifest lists is beside it, and every entry says how precise its date is.
        for entry in manifest.entries {
            let file = try #require(entry.file)
            #expect(FileManager.default.fileExists(atPath: Self.shippedSources.appendingPathComponent(file).path), "\(file) is missing")
            #expect(entry.title?.isEmpty == false)
            if entry.published != nil {
                #expect(entry.publicationDate?.precision.rawValue == entry.publishedPrecision)
            }
        }
    }

    @Test func unknownFieldsSurviveAWriteAndLoad() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let json = """
            {
              "about": "Sources about 微软 / OpenAI",
              "maintainer": {"name": "Lan", "since": 2023},
              "revision": 7,
              "sources": [
                {"file": "a.txt", "language": "vi", "title": "Tin tức", "published": "2023-06-17", "published_precision": "month",
                 "notes": "checked by hand", "tags": ["ai", "微软"], "reviewed": true, "score": 0.75, "extra": null},
                {"url": "https://example.com/news/story.html", "publisher": "Example", "rank": 1}
              ]
            }
            """
        let original = try dir.write("in/sources.json", text: json)
        let manifest = try SourceManifest.load(from: original)
        #expect(manifest.extra["revision"] == .number(7))
        #expect(manifest.extra["maintainer"] == .object(["name": .string("Lan"), "since": .number(2023)]))
        #expect(manifest.extra["about"] == nil && manifest.extra["sources"] == nil)
        #expect(manifest.entries.count == 2)
        let first = manifest.entries[0]
        #expect(first.extra == ["notes": .string("checked by hand"), "tags": .array([.string("ai"), .string("微软")]),
                                "reviewed": .bool(true), "score": .number(0.75), "extra": .null])
        #expect(first.publicationDate == PartialDate(year: 2023, month: 6), "the stated precision cuts the date")
        #expect(manifest.entries[1].url == "https://example.com/news/story.html")
        #expect(manifest.entries[1].extra == ["rank": .number(1)])

        let copy = dir.url.appendingPathComponent("out/sources.json")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try manifest.write(to: copy)
        let reloaded = try SourceManifest.load(from: copy)
        #expect(reloaded.about == manifest.about)
        #expect(reloaded.entries == manifest.entries)
        #expect(reloaded.extra == manifest.extra)

        // The written file is the hand-editable layout: one source a line, no escaped slashes or non-ASCII.
        let written = try String(contentsOf: copy, encoding: .utf8)
        #expect(written.contains("\"about\": \"Sources about 微软 / OpenAI\""))
        #expect(written.contains("https://example.com/news/story.html"))
        let sourceLines = written.split(separator: "\n").filter { $0.hasPrefix("    {") }
        #expect(sourceLines.count == 2)
        #expect(sourceLines.first?.hasPrefix("    {\"file\": \"a.txt\"") == true)
    }

    @Test func invalidJSON() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("sources.json", text: "{\"sources\": [ {\"file\": \"a.txt\"}, ")
        let error = #expect(throws: SourceError.self) { try SourceManifest.load(from: file) }
        expectOneLine(error, source: file.path)
        #expect(error?.problem == "manifest is not valid JSON")
    }

    @Test func missingSourcesList() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let noList = try dir.write("a/sources.json", text: "{\"about\": \"nothing\"}")
        let error = #expect(throws: SourceError.self) { try SourceManifest.load(from: noList) }
        expectOneLine(error, source: noList.path)
        #expect(error?.problem == "manifest has no \"sources\" list")

        let notAList = try dir.write("b/sources.json", text: "{\"sources\": {\"file\": \"a.txt\"}}")
        #expect(throws: SourceError.self) { try SourceManifest.load(from: notAList) }

        let array = try dir.write("c/sources.json", text: "[{\"file\": \"a.txt\"}]")
        let arrayError = #expect(throws: SourceError.self) { try SourceManifest.load(from: array) }
        #expect(arrayError?.problem == "manifest must be a JSON object with a \"sources\" list")
    }

    @Test(arguments: ["2023-13", "2023-02-30", "23-06", "June 2023", "2023/06/17", ""])
    func badPublishedDate(_ published: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("sources.json", text: """
            {"sources": [{"file": "ok.txt", "published": "2023"}, {"file": "a.txt", "published": "\(published)"}]}
            """)
        let error = #expect(throws: SourceError.self) { try SourceManifest.load(from: file) }
        expectOneLine(error, source: file.path)
        #expect(error?.problem == "sources[1].published \"\(published)\" is not YYYY, YYYY-MM or YYYY-MM-DD")
    }

    @Test func entriesNeedAFileOrURL() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("sources.json", text: "{\"sources\": [{\"title\": \"orphan\"}]}")
        let error = #expect(throws: SourceError.self) { try SourceManifest.load(from: file) }
        #expect(error?.problem == "sources[0] has neither \"file\" nor \"url\"")

        let scalar = try dir.write("x/sources.json", text: "{\"sources\": [\"a.txt\"]}")
        let scalarError = #expect(throws: SourceError.self) { try SourceManifest.load(from: scalar) }
        #expect(scalarError?.problem == "sources[0] is not an object")
    }

    @Test func missingManifestFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = dir.url.appendingPathComponent("sources.json")
        let error = #expect(throws: SourceError.self) { try SourceManifest.load(from: file) }
        expectOneLine(error, source: file.path)
        #expect(error?.problem.hasPrefix("manifest cannot be read") == true)
    }
}
