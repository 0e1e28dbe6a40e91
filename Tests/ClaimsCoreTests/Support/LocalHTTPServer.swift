import ClaimsTestSupport
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small HTTP server on 127.0.0.1 for the URL loader's tests: a Python child process that binds
/// port 0, prints the port it got, and serves a fixed set of pages. `stop()` ends it (by its pid).
/// The server also exits by itself when its stdin closes, so it never outlives the test process.
final class LocalHTTPServer {
    static let script = #"""
        import http.server, os, signal, sys, threading, time

        # A child spawned from a worker thread can inherit a mask that blocks SIGTERM: undo it.
        signal.pthread_sigmask(signal.SIG_SETMASK, set())
        signal.signal(signal.SIGTERM, signal.SIG_DFL)

        def watchdog():
            sys.stdin.read()
            os._exit(0)

        threading.Thread(target=watchdog, daemon=True).start()

        PAGE = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Local page</title></head>"
                "<body><article><p>Microsoft invested 10 billion dollars in OpenAI.</p>"
                "<p>Xin chào, 微软投资。</p></article></body></html>").encode("utf-8")
        GBK = "<html><head><title>新闻</title></head><body><p>微软投资一百亿美元。</p></body></html>".encode("gbk")

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def reply(self, code, content_type, body, headers=(), length=True):
                self.send_response(code)
                if content_type:
                    self.send_header("Content-Type", content_type)
                if length:
                    self.send_header("Content-Length", str(len(body)))
                for key, value in headers:
                    self.send_header(key, value)
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def do_GET(self):
                path = self.path
                if path == "/page.html":
                    self.reply(200, "text/html; charset=utf-8", PAGE)
                elif path == "/gbk.html":
                    self.reply(200, "text/html; charset=gbk", GBK)
                elif path == "/plain.txt":
                    self.reply(200, "text/plain; charset=utf-8", "Plain text body. Second sentence.\n".encode("utf-8"))
                elif path == "/latin1.txt":
                    self.reply(200, "text/plain; charset=iso-8859-1", "caf\u00e9".encode("latin-1"))
                elif path == "/image.png":
                    self.reply(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
                elif path == "/empty":
                    self.reply(200, "text/plain", b"")
                elif path == "/big":
                    self.reply(200, "text/plain", b"x" * 50000)
                elif path == "/stream":
                    # No Content-Length: the body ends when the connection closes.
                    self.reply(200, "text/plain", b"y" * 50000, length=False)
                elif path == "/trickle":
                    # Headers at once, then a byte every 0.2 s of a body announced as 100 kB: never
                    # silent for long, never done.
                    self.send_response(200)
                    self.send_header("Content-Type", "text/plain")
                    self.send_header("Content-Length", "100000")
                    self.end_headers()
                    try:
                        for _ in range(600):
                            self.wfile.write(b"z")
                            self.wfile.flush()
                            time.sleep(0.2)
                    except (BrokenPipeError, ConnectionResetError):
                        pass
                elif path == "/redirect":
                    self.reply(302, "text/plain", b"moved", [("Location", "/page.html")])
                elif path == "/loop":
                    self.reply(302, "text/plain", b"again", [("Location", "/loop")])
                else:
                    self.reply(404, "text/plain", b"not found")

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        print(server.server_address[1], flush=True)
        server.serve_forever()
        """#

    private final class Output: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func append(_ chunk: Data) { lock.withLock { data.append(chunk) } }
        var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
    }

    let port: Int
    private let process: Process
    private let stdin: Pipe
    private let directory: TemporaryDirectory

    /// Starts the server and waits (at most `timeout` seconds) for it to print its port.
    init(timeout: Duration = .seconds(60)) async throws {
        directory = try TemporaryDirectory()
        let scriptURL = try directory.write("server.py", text: Self.script)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scriptURL.path]
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        let output = Output()
        do {
            try process.run()
        } catch {
            directory.remove()
            throw error
        }
        drain(stdout.fileHandleForReading) { output.append($0) }
        self.process = process
        self.stdin = stdin

        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var port: Int?
        while clock.now < deadline {
            let text = output.text
            if text.contains("\n") {
                port = Int(text.prefix { $0 != "\n" }.trimmingCharacters(in: .whitespaces))
                break
            }
            if !process.isRunning { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        // A starved test pool can wake past the deadline with the port already written: look once more.
        if port == nil, output.text.contains("\n") {
            port = Int(output.text.prefix { $0 != "\n" }.trimmingCharacters(in: .whitespaces))
        }
        guard let port else {
            Self.end(process, stdin: stdin)
            directory.remove()
            throw ServerError.noPort(output.text)
        }
        self.port = port
    }

    /// Closes the server's stdin and sends SIGTERM; SIGKILL if it is still there after 3 s.
    private static func end(_ process: Process, stdin: Pipe) {
        try? stdin.fileHandleForWriting.close()
        if process.isRunning { process.terminate() }
        let deadline = Date().addingTimeInterval(3)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    enum ServerError: Error { case noPort(String) }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Ends the server process (by its pid) and waits for it to exit, on a Dispatch thread: the
    /// wait (up to 3 s, then Foundation's) must not hold a thread of the tests' shared pool, which
    /// on two cores has two, while every other test waits behind it.
    func stop() {
        let ending = Ending(process: process, stdin: stdin, directory: directory)
        DispatchQueue.global().async {
            Self.end(ending.process, stdin: ending.stdin)
            ending.directory.remove()
        }
    }

    /// What a stop hands to the thread that waits: used there alone once the server is stopped.
    private struct Ending: @unchecked Sendable {
        let process: Process
        let stdin: Pipe
        let directory: TemporaryDirectory
    }
}
