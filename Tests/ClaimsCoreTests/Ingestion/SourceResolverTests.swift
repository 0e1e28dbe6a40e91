import Foundation
import Testing
@testable import ClaimsCore

@Suite("SourceResolver")
struct SourceResolverTests {
    private func filePath(_ request: SourceRequest) -> String? {
        if case .file(let url) = request.info.location { return url.path }
        return nil
    }

    @Test func folderWithManifestExtraFileAndHiddenFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let folder = try dir.makeDirectory("sources")
        try dir.write("sources/sources.json", text: """
            {"sources": [
              {"file": "b.txt", "language": "vi", "title": "Bài B", "publisher": "Báo B", "published": "2023-06-17", "published_precision": "month"},
              {"file": "a.html", "language": "zh-Hant", "published": "2023"}
            ]}
            """)
        try dir.write("sources/a.html", text: "<html><body><p>A</p></body></html>")
        try dir.write("sources/b.txt", text: "B")
        try dir.write("sources/c.txt", text: "C, not in the manifest")
        try dir.write("sources/.DS_Store", bytes: [0, 0, 0, 1])
        try dir.write("sources/.hidden.txt", text: "hidden")
        try dir.makeDirectory("sources/nested")
        try dir.write("sources/nested/d.txt", text: "D, in a subfolder")

        let resolver = SourceResolver(language: "en", published: PartialDate(year: 2020))
        let resolution = resolver.resolve([folder.path])
        #expect(resolution.errors.isEmpty)
        #expect(resolution.requests.map(\.info.id) == ["b", "a", "c"])
        #expect(resolution.requests.map(\.info.displayName) == ["b.txt", "a.html", "c.txt"].map { folder.path + "/" + $0 })
        #expect(resolution.requests.map(filePath) == ["b.txt", "a.html", "c.txt"].map { folder.appendingPathComponent($0).standardizedFileURL.path })

        let b = resolution.requests[0].info
        #expect(b.language == "vi")
        #expect(b.title == "Bài B")
        #expect(b.publisher == "Báo B")
        #expect(b.published == PartialDate(year: 2023, month: 6))
        let a = resolution.requests[1].info
        #expect(a.language == "zh-Hant")
        #expect(a.published == PartialDate(year: 2023))
        // Files the manifest does not describe take the command line's metadata.
        let c = resolution.requests[2].info
        #expect(c.language == "en")
        #expect(c.published == PartialDate(year: 2020))
        #expect(c.title == nil)
    }

    @Test func displayNamesKeepTheFolderAsGiven() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let folder = try dir.makeDirectory("in")
        try dir.write("in/x.txt", text: "X")
        let resolution = SourceResolver().resolve([folder.path + "/"])
        #expect(resolution.requests.map(\.info.displayName) == [folder.path + "/x.txt"])
    }

    @Test func missingPathIsAnErrorForThatArgumentOnly() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let present = try dir.write("here.txt", text: "present")
        let missing = dir.url.appendingPathComponent("gone.txt").path
        let resolution = SourceResolver().resolve([missing, present.path])
        #expect(resolution.errors.count == 1)
        expectOneLine(resolution.errors.first, source: missing)
        #expect(resolution.errors.first?.problem == "no such file or directory")
        #expect(resolution.requests.map(\.info.id) == ["here"])
        #expect(resolution.requests.first?.info.displayName == present.path)
    }

    @Test func urlArgument() {
        let resolver = SourceResolver(language: "vi")
        let resolution = resolver.resolve(["https://www.example.com/news/story-123.html", "HTTP://example.org", "http://"])
        #expect(resolution.requests.count == 2)
        let story = resolution.requests[0].info
        #expect(story.location == .web(URL(string: "https://www.example.com/news/story-123.html")!))
        #expect(story.id == "example.com-story-123")
        #expect(story.displayName == "https://www.example.com/news/story-123.html")
        #expect(story.publisher == "www.example.com")
        #expect(story.language == "vi")
        #expect(resolution.requests[1].info.id == "example.org")
        #expect(resolution.errors.count == 1)
        expectOneLine(resolution.errors.first, source: "http://")
        #expect(resolution.errors.first?.problem == "not a valid URL")
    }

    @Test func duplicateStemsGetUniqueIDs() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let one = try dir.makeDirectory("one")
        try dir.write("one/story.txt", text: "1")
        try dir.write("one/story.html", text: "<html><body>2</body></html>")
        let other = try dir.write("two/story.txt", text: "3")
        let resolution = SourceResolver().resolve([one.path, other.path, "https://example.com/story", "https://example.com/story"])
        let ids = resolution.requests.map(\.info.id)
        #expect(ids == ["story", "story-2", "story-3", "example.com-story", "example.com-story-2"])
        #expect(Set(ids).count == ids.count)
    }

    @Test func singleFileTakesItsEntryFromTheSiblingManifest() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("sources.json", text: "{\"sources\": [{\"file\": \"a.txt\", \"language\": \"zh-Hans\", \"published\": \"2023-06\"}]}")
        let a = try dir.write("a.txt", text: "A")
        let b = try dir.write("b.txt", text: "B")
        let resolution = SourceResolver(language: "en").resolve([a.path, b.path])
        #expect(resolution.requests.map(\.info.language) == ["zh-Hans", "en"])
        #expect(resolution.requests[0].info.published == PartialDate(year: 2023, month: 6))
    }

    @Test func manifestURLsAndBrokenManifests() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let good = try dir.makeDirectory("good")
        try dir.write("good/sources.json", text: """
            {"sources": [{"url": "https://example.com/a/b.html", "title": "Web one"}, {"url": "ftp://example.com/file"}]}
            """)
        let resolution = SourceResolver().resolve([good.path])
        #expect(resolution.requests.map(\.info.id) == ["example.com-b"])
        #expect(resolution.requests.first?.info.title == "Web one")
        #expect(resolution.errors.map(\.description) == ["ftp://example.com/file: manifest URL is not an http(s) address"])

        // A manifest that cannot be read is reported; the folder's files are still read.
        let broken = try dir.makeDirectory("broken")
        try dir.write("broken/sources.json", text: "{ not json")
        try dir.write("broken/x.txt", text: "X")
        let second = SourceResolver().resolve([broken.path])
        #expect(second.errors.map(\.problem) == ["manifest is not valid JSON"])
        #expect(second.requests.map(\.info.id) == ["x"])
    }
}
