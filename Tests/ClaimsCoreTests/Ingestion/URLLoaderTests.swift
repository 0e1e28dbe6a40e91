import Foundation
import Testing
@testable import ClaimsCore

/// The URL loader against a real HTTP server on 127.0.0.1. Every fetch is bounded by a few seconds,
/// which the tests assert (a fetch past its deadline is an error naming it). The time limits only
/// guard against a hang: they count the wait for a thread too, and in the whole suite on two cores,
/// where child processes of other tests take the CPU, a one-minute limit failed tests that ran fine.
@Suite("URLLoader")
struct URLLoaderTests {
    static let limits = LoaderLimits(maxBytes: 10_000, fetchTimeout: 5, maxRedirects: 3)
    let loader = URLLoader(limits: URLLoaderTests.limits)

    @Test(.timeLimit(.minutes(5)))
    func fetchesUTF8HTML() async throws {
        let server = try await LocalHTTPServer()
        defer { server.stop() }
        let loaded = try await loader.load(webRequest(server.url("/page.html")))
        #expect(loaded.title == "Local page")
        #expect(loaded.text == "Local page\n\nMicrosoft invested 10 billion dollars in OpenAI.\n\nXin chào, 微软投资。")
        #expect(loaded.declaredLanguage == "en")
    }

    @Test(.timeLimit(.minutes(5)))
    func usesTheCharsetOfTheContentTypeHeader() async throws {
        let server = try await LocalHTTPServer()
        defer { server.stop() }
        let loaded = try await loader.load(webRequest(server.url("/gbk.html")))
        #expect(loaded.title == "新闻")
        #expect(loaded.text == "新闻\n\n微软投资一百亿美元。")
    }

    @Test(.timeLimit(.minutes(5)))
    func fetchesPlainText() async throws {
        let server = try await LocalHTTPServer()
        defer { server.stop() }
        let loaded = try await loader.load(webRequest(server.url("/plain.txt")))
        #expect(loaded.text == "Plain text body. Second sentence.\n")
        #expect(loaded.contentHash == StableHash.hex(bytes: Data("Plain text body. Second sentence.\n".utf8)))
    }

    @Test(.timeLimit(.minutes(5)))
    func refusesWhatItCannotRead() async throws {
        let server = try await LocalHTTPServer()
        defer { server.stop() }
        let latin = await #expect(throws: SourceError.self) { try await loader.load(webRequest(server.url("/latin1.txt"))) }
        expectOneLine(latin, source: server.url("/latin1.txt"))
        #expect(latin?.problem == "text in iso-8859-1; only UTF-8 plain text is read")

        let image = await #expect(throws: SourceError.self) { try await loader.load(webRequest(server.url("/image.png"))) }
        #expect(image?.problem == "unsupported content type image/png; expected HTML or plain text")

        let empty = await #expect(throws: SourceError.self) { try await loader.load(webRequest(server.url("/empty"))) }
        #expect(empty?.problem == "the server sent an empty page")
    }

    @Test(.timeLimit(.minutes(5)))
    func httpErrorStatus() async throws {
        let server = try await LocalHTTPServer()
        defer { server.stop() }
        let address = server.url("/missing")
        let error = await #expect(throws: SourceError.self) { try await loader.load(webRequest(address)) }
        expectOneLine(error, source: address)
        #expect(error?.problem.hasPrefix("HTTP 404 ") == true)
        #expect(error?.problem.lowercased() == "http 404 not found")
    }

    @Test(.timeLimit(.minutes(5)))
    func bodyOverTheSizeCap() async throws {
        let server = try await LocalHTTPServer()
        defer { server.stop() }
        // Announced by Content-Length.
        let announced = await #expect(throws: SourceError.self) { try await loader.load(webRequest(server.url("/big"))) }
        expectOneLine(announced, source: server.url("/big"))
        #expect(announced?.problem == "too large: the server announces 48.8 kB, over the 9.8 kB limit")
        // Not announced: the cap is enforced while the body streams in.
        let streamed = await #expect(throws: SourceError.self) { try await loader.load(webRequest(server.url("/stream"))) }
        expectOneLine(streamed, source: server.url("/stream"))
        #expect(streamed?.problem == "too large: over the 9.8 kB limit")
    }

    @Test(.timeLimit(.minutes(5)))
    func followsARedirect() async throws {
        let server = try await LocalHTTPServer()
        defer { server.stop() }
        let loaded = try await loader.load(webRequest(server.url("/redirect")))
        #expect(loaded.title == "Local page")
        #expect(loaded.text.contains("Microsoft invested 10 billion dollars in OpenAI."))
    }

    @Test(.timeLimit(.minutes(5)))
    func redirectLoopStopsAtTheLimit() async throws {
        let server = try await LocalHTTPServer()
        defer { server.stop() }
        let error = await #expect(throws: SourceError.self) { try await loader.load(webRequest(server.url("/loop"))) }
        expectOneLine(error, source: server.url("/loop"))
        #expect(error?.problem == "more than 3 redirects")
    }

    @Test(.timeLimit(.minutes(5)))
    func refusedConnection() async throws {
        let server = try await LocalHTTPServer()
        let address = server.url("/page.html")
        server.stop() // nothing listens on the port any more
        let error = await #expect(throws: SourceError.self) { try await loader.load(webRequest(address)) }
        expectOneLine(error, source: address)
        // Refused, not timed out: a wait for the 5 s timeout would say "no answer within 5 s".
        // (No wall-clock bound: on a loaded machine it measured the machine, not the loader.)
        #expect(error?.problem == "connection refused", "a refused connection must fail at once, not time out")
    }

    /// A server that never falls silent but never finishes: the timeout is a deadline for the whole
    /// fetch, not a bound on the silence between bytes (which let it hold a run for ever). Before
    /// the deadline this ran into the test's time limit (then one minute).
    @Test("a trickling server: the fetch ends at its deadline with one line saying so", .timeLimit(.minutes(5)))
    func tricklingServerMeetsTheDeadline() async throws {
        let server = try await LocalHTTPServer()
        defer { server.stop() }
        let address = server.url("/trickle")
        let quick = URLLoader(limits: LoaderLimits(maxBytes: 10_000, fetchTimeout: 2, maxRedirects: 3))
        let error = await #expect(throws: SourceError.self) { try await quick.load(webRequest(address)) }
        expectOneLine(error, source: address)
        #expect(error?.problem.hasPrefix("not fetched within 2 s (the whole fetch, connection to last byte)") == true, "\(String(describing: error))")
    }

    @Test(.timeLimit(.minutes(5)))
    func cachedPageIsReadOfflineAfterTheServerStops() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let cache = FetchCache(directory: dir.url.appendingPathComponent("cache"))
        let server = try await LocalHTTPServer()
        let address = server.url("/page.html")
        let online: LoadedText
        do {
            defer { server.stop() }
            online = try await URLLoader(limits: Self.limits, cache: cache).load(webRequest(address))
        }
        let cached = try #require(cache.lookup(URL(string: address)!))
        #expect(cached.contentType == "text/html; charset=utf-8")
        #expect(cached.charset == "utf-8")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.directory.path).count == 1)

        // The server is gone: the same cache still serves the page...
        let offline = try await URLLoader(limits: Self.limits, cache: cache).load(webRequest(address))
        #expect(offline.text == online.text)
        #expect(offline.title == online.title)
        #expect(offline.contentHash == online.contentHash)
        // ...while a refresh has to go to the network, and fails.
        let refresh = await #expect(throws: SourceError.self) {
            try await URLLoader(limits: Self.limits, cache: cache, refresh: true).load(webRequest(address))
        }
        #expect(refresh?.problem == "connection refused")
    }

    @Test func onlyWebSourcesAndHTTPSchemes() async {
        #expect(loader.kind == "url")
        #expect(loader.canLoad(webRequest("https://example.com/")))
        #expect(!loader.canLoad(fileRequest(URL(fileURLWithPath: "/tmp/a.html"))))
        let local = await #expect(throws: SourceError.self) { try await loader.load(fileRequest(URL(fileURLWithPath: "/tmp/a.html"))) }
        #expect(local?.problem == "not a URL")
        let ftp = await #expect(throws: SourceError.self) { try await loader.load(webRequest("ftp://127.0.0.1/file.txt")) }
        expectOneLine(ftp, source: "ftp://127.0.0.1/file.txt")
        #expect(ftp?.problem == "only http and https URLs can be fetched")
    }

    @Test func contentTypeCharsetParsing() {
        func page(_ type: String?) -> FetchedPage {
            FetchedPage(url: URL(string: "http://x/")!, finalURL: URL(string: "http://x/")!, contentType: type, fetched: Date(), body: Data())
        }
        #expect(page("text/html; charset=GBK").charset == "GBK")
        #expect(page("text/html; Charset=\"big5\"; foo=bar").charset == "big5")
        #expect(page("text/html").charset == nil)
        #expect(page("text/html; charset=").charset == nil)
        #expect(page(nil).charset == nil)
    }

    @Test func decodingSniffsHTMLWithoutAContentType() throws {
        let html = Data("<!DOCTYPE html><html><body><p>Sniffed page.</p></body></html>".utf8)
        let page = FetchedPage(url: URL(string: "http://x/")!, finalURL: URL(string: "http://x/")!, contentType: nil, fetched: Date(), body: html)
        #expect(try URLLoader.decode(page, declaredCharset: nil, source: "x").text == "Sniffed page.")
        let mislabelled = FetchedPage(url: page.url, finalURL: page.url, contentType: "text/plain", fetched: Date(), body: html)
        #expect(try URLLoader.decode(mislabelled, declaredCharset: nil, source: "x").text == "Sniffed page.")
    }
}
