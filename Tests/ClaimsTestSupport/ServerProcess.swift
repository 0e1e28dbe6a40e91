import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `claims serve` (or any program that prints the address it serves) running in the background
/// for a test: started, waited for until it prints `http://...`, stopped with SIGTERM (SIGKILL
/// if it does not stop), so no test leaves a server behind.
public final class ServerProcess: @unchecked Sendable {
    // Sound as @unchecked Sendable: `process` is only started and signalled, and the output
    // buffers are guarded by `lock`.
    private let process: Process
    private let lock = NSLock()
    private var out = Data()
    private var err = Data()
    /// The address the server printed, e.g. http://127.0.0.1:41234/.
    public private(set) var url: URL

    private init(process: Process, url: URL) {
        self.process = process
        self.url = url
    }

    public var stdout: String { lock.lock(); defer { lock.unlock() }; return String(decoding: out, as: UTF8.self) }
    public var stderr: String { lock.lock(); defer { lock.unlock() }; return String(decoding: err, as: UTF8.self) }

    /// Starts `claims ARGUMENTS` in `directory` and waits until it prints its address.
    public static func start(_ arguments: [String], in directory: URL, environment: [String: String] = [:],
                             readyTimeout: Duration = .seconds(120)) async throws -> ServerProcess {
        let process = Process()
        process.executableURL = try Claims.executable()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["CLAIMS_HOME"] = nil
        env["no_proxy"] = "127.0.0.1,localhost"
        env["NO_PROXY"] = "127.0.0.1,localhost"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        let outPipe = Pipe(), errPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        let server = ServerProcess(process: process, url: URL(fileURLWithPath: "/"))
        try process.run()
        drain(outPipe.fileHandleForReading) { data in server.lock.lock(); server.out.append(data); server.lock.unlock() }
        drain(errPipe.fileHandleForReading) { data in server.lock.lock(); server.err.append(data); server.lock.unlock() }
        let clock = ContinuousClock()
        let deadline = clock.now + readyTimeout
        // Looked at once more when the deadline has passed: a test pool busy elsewhere can wake
        // this loop late, with the address long printed.
        var last = false
        while !last {
            last = clock.now >= deadline
            if let range = server.stdout.range(of: #"http://[^\s]+/"#, options: .regularExpression), let url = URL(string: String(server.stdout[range])) {
                server.url = url
                return server
            }
            if !process.isRunning {
                throw ClaimsRunError(description: "claims \(arguments.joined(separator: " ")) exited with \(process.terminationStatus) before serving:\n\(server.stderr)")
            }
            if !last { try await Task.sleep(for: .milliseconds(50)) }
        }
        _ = await server.stop()
        throw ClaimsRunError(description: "claims \(arguments.joined(separator: " ")) printed no address within \(readyTimeout):\n\(server.stderr)")
    }

    /// Runs `body` with a started server and stops the server however `body` ends.
    public static func serving<T>(_ arguments: [String], in directory: URL, environment: [String: String] = [:],
                                  _ body: (ServerProcess) async throws -> T) async throws -> T {
        let server = try await start(arguments, in: directory, environment: environment)
        do {
            let result = try await body(server)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    /// Whether stderr shows `text` within `timeout`: what the server writes reaches us through a
    /// reader thread, a little after it is written.
    public func stderr(contains text: String, within timeout: Duration = .seconds(10)) async -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while !stderr.contains(text) {
            if clock.now >= deadline { return false }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return true
    }

    /// Stops the server: SIGTERM, then SIGKILL after `grace`; returns the exit status.
    @discardableResult
    public func stop(grace: Duration = .seconds(10)) async -> Int32 {
        guard process.isRunning else { return process.terminationStatus }
        kill(process.processIdentifier, SIGTERM)
        let clock = ContinuousClock()
        let deadline = clock.now + grace
        while process.isRunning, clock.now < deadline { try? await Task.sleep(for: .milliseconds(50)) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        return process.terminationStatus
    }

    /// SIGKILL at once, for a `defer` that must not wait: a test's early exit leaves no server.
    public func killNow() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// The URL of a path on the server.
    public func url(_ path: String) -> URL { URL(string: path, relativeTo: url)!.absoluteURL }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}
