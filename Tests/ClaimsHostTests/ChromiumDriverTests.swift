#if canImport(Glibc)
import Foundation
import ClaimsTestSupport
import Testing

/// The headless Chromium driver the browser tests use: a form the browser itself submits, page
/// text and URL, screenshots, JavaScript errors, and an unreachable server that must not hang.
/// Without Chromium they are skipped with one line saying why, except on CI (`CI` set), where they
/// fail saying what to install; CLAIMS_SKIP_BROWSER=1 skips them anywhere. Serialized:
/// one browser at a time keeps the load on a 2-core machine low for the other suites.
/// When the browser suites run: a fresh machine without Chromium skips them, CI never does.
@Suite("browser tests: when they run")
struct BrowserSkipTests {
    @Test("no browser and CI unset: skipped, saying why; on CI or with a browser: run")
    func skipRule() {
        #expect(Chromium.skipReason(environment: [:], browser: nil) == "no Chromium installed and CI unset")
        #expect(Chromium.skipReason(environment: ["CI": "false"], browser: nil) != nil)
        #expect(Chromium.skipReason(environment: ["CI": "true"], browser: nil) == nil)
        #expect(Chromium.skipReason(environment: [:], browser: "/usr/bin/chromium") == nil)
        #expect(Chromium.skipReason(environment: ["CI": "true", "CLAIMS_SKIP_BROWSER": "1"], browser: "/usr/bin/chromium") == "CLAIMS_SKIP_BROWSER=1")
    }
}

@Suite("ChromiumDriver", .serialized, .enabled(if: Chromium.browserTestsEnabled, Chromium.skipComment))
struct ChromiumDriverTests {
    static let formPage = """
        <!doctype html>
        <html><head><meta charset="utf-8"><title>Form</title></head>
        <body>
          <h1>Review form</h1>
          <form action="result.html" method="get">
            <label>Name <input id="name" name="q" type="text"></label>
            <button id="send" type="submit">Send</button>
          </form>
        </body></html>
        """

    static let resultPage = """
        <!doctype html>
        <html><head><meta charset="utf-8"><title>Result</title></head>
        <body>
          <p>Result page</p>
          <p id="got"></p>
          <script>
            const value = new URLSearchParams(location.search).get('q');
            document.getElementById('got').textContent = 'got ' + value;
          </script>
        </body></html>
        """

    @Test("fill a form, click submit: the browser posts it, the result page loads and screenshots as PNG")
    func formRoundTrip() async throws {
        let folder = try TemporaryFolder("chromium-driver")
        defer { folder.remove() }
        let form = try folder.write("form.html", Self.formPage)
        try folder.write("result.html", Self.resultPage)
        let shot = folder.path("result.png").path

        let (url, text, formText) = try await offThePool {
            let browser = try Chromium.launch()
            defer { browser.close() }
            let page = try browser.newPage()
            try page.navigate(form.absoluteString)
            let formText = try page.text()
            try page.fill("#name", "Lan 越南")
            try page.click("#send")
            let result = (try page.url(), try page.text(), formText)
            try page.screenshot(to: shot)
            return result
        }

        #expect(formText.contains("Review form"))
        #expect(url.contains("result.html?q=Lan+%E8%B6%8A%E5%8D%97"), "\(url)")
        #expect(text.contains("Result page"), "\(text)")
        #expect(text.contains("got Lan 越南"), "\(text)")
        let png = try Data(contentsOf: URL(fileURLWithPath: shot))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "not a PNG")
        #expect(png.count > 1024, "\(png.count) bytes")
    }

    @Test("evaluate returns JSON values; a JavaScript exception or a missing element throws")
    func evaluate() async throws {
        // The checks run here, not on the driver's thread, so failures are attributed to this test.
        let (sum, list, undefined, exception, missing) = try await offThePool {
            let browser = try Chromium.launch()
            defer { browser.close() }
            let page = try browser.newPage()
            return (try page.evaluate("1 + 2") as? Int,
                    try page.evaluate("Promise.resolve(['a', 2])").map { "\($0)" },
                    try page.evaluate("undefined") == nil,
                    Self.error { try page.evaluate("throw new Error('boom 越')") },
                    Self.error { try page.fill("#missing", "x") })
        }
        #expect(sum == 3)
        #expect(list?.contains("a") == true && list?.contains("2") == true, "\(String(describing: list))")
        #expect(undefined)
        #expect(exception?.contains("boom 越") == true, "\(String(describing: exception))")
        #expect(missing?.contains("no element matches #missing") == true, "\(String(describing: missing))")
    }

    @Test("an unreachable server throws or shows an error page within the timeout; close() leaves no process")
    func unreachable() async throws {
        let closedPort = try Self.closedPort()
        let (failures, elapsed, alive, group) = try await offThePool {
            let browser = try Chromium.launch(timeout: .seconds(10))
            defer { browser.close() }
            let page = try browser.newPage()
            // Port 1 is on Chromium's list of unsafe ports, refused before any connection; a
            // closed ordinary port is refused by the kernel.
            let clock = ContinuousClock()
            let started = clock.now
            let failures = [Self.error { try page.navigate("http://127.0.0.1:1/") },
                            Self.error { try page.navigate("http://127.0.0.1:\(closedPort)/") }]
            let elapsed = clock.now - started
            // The browser still answers afterwards.
            return (failures, elapsed, try page.evaluate("'alive'") as? String, browser.processGroup)
        }
        #expect(elapsed < .seconds(10))
        for failure in failures {
            #expect(failure.map { !$0.contains("timed out") } ?? true, "\(String(describing: failure))")
        }
        #expect(alive == "alive")
        #expect(Chromium.runningProcesses(inGroup: group).isEmpty, "Chromium processes left after close()")
    }

    /// A local TCP port nothing listens on: one the kernel just handed out and was released.
    static func closedPort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw ChromiumError("socket: \(String(cString: strerror(errno)))") }
        defer { Glibc.close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
            }
        }
        guard bound else { throw ChromiumError("bind: \(String(cString: strerror(errno)))") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// The description of the ChromiumError `body` throws, nil if it throws none.
    static func error(_ body: () throws -> Void) -> String? {
        do { try body() } catch let error as ChromiumError { return error.description } catch { return "not a ChromiumError: \(error)" }
        return nil
    }
}
#endif
