import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Runs the real `claims` executable (or any program) as a child process, for the test targets
// that drive the command line. The exit is taken in the termination handler (a thread of
// Foundation's) and the time limit on a thread of its own, so `elapsed` is the child's own wall
// time and a run is never called timed out because the cooperative pool was busy.

/// What one run of the `claims` executable produced.
public struct RunResult: Sendable {
    public var arguments: [String]
    public var status: Int32
    public var stdoutData: Data
    public var stderr: String
    /// From launch to exit.
    public var elapsed: Duration

    public var stdout: String { String(decoding: stdoutData, as: UTF8.self) }

    /// The lines written to stderr, blank ones left out.
    /// `claims: error: ...` lines on stderr.
    public var errorLines: [String] { stderrLines.filter { $0.hasPrefix("claims: error:") } }

    public var stderrLines: [String] {
        stderr.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    public var summary: String {
        "claims \(arguments.joined(separator: " ")) -> exit \(status) in \(elapsed)\nstderr:\n\(stderr)"
    }
}

public struct ClaimsRunError: Error, CustomStringConvertible {
    public var description: String

    public init(description: String) { self.description = description }
}

/// A flag set from a watchdog and read after the run.
public final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    public func set() { lock.lock(); value = true; lock.unlock() }
    public var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}

/// When a child process ended, set from its termination handler and awaited by a watchdog thread.
public final class ExitWatch: @unchecked Sendable {
    private let condition = NSCondition()
    private var finished: ContinuousClock.Instant?

    public init() {}

    public func finish() {
        condition.lock()
        finished = ContinuousClock.now
        condition.broadcast()
        condition.unlock()
    }

    public var finishedAt: ContinuousClock.Instant? {
        condition.lock()
        defer { condition.unlock() }
        return finished
    }

    /// Blocks until the exit or `deadline`; true when the process ended first.
    public func wait(until deadline: ContinuousClock.Instant) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while finished == nil {
            let left = deadline - ContinuousClock.now
            if left <= .zero { return false }
            _ = condition.wait(until: Date().addingTimeInterval(left / .seconds(1)))
        }
        return true
    }
}

/// Runs the real `claims` executable as a child process.
public enum Claims {
    /// The package root, derived from this file's place (Tests/ClaimsTestSupport/ClaimsRunner.swift).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The repository's demo sources.
    public static let repositorySources: URL = packageRoot.appendingPathComponent("Claims/sources", isDirectory: true)

    private final class BundleToken {}

    /// The `claims` binary: next to the test bundle (the test target depends on the executable),
    /// else the nearest `.build*/debug/claims` above this file.
    public static func executable() throws -> URL {
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first {
            let runner = URL(fileURLWithPath: first).resolvingSymlinksInPath()
            candidates.append(runner.deletingLastPathComponent().appendingPathComponent("claims"))
        }
        candidates.append(Bundle(for: BundleToken.self).bundleURL.deletingLastPathComponent().appendingPathComponent("claims"))
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("claims"))
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("claims"))
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            for build in [".build"] {
                candidates.append(folder.appendingPathComponent(build).appendingPathComponent("debug/claims"))
            }
            folder = folder.deletingLastPathComponent()
        }
        for candidate in candidates {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        throw ClaimsRunError(description: "the claims executable was not found; looked at:\n"
            + candidates.map(\.path).joined(separator: "\n"))
    }

    /// Runs `claims ARGUMENTS` in `directory`. CLAIMS_HOME and proxy settings are removed from the
    /// inherited environment; `environment` adds or overrides variables. A run that outlives
    /// `timeout` is killed and reported as an error.
    public static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:],
                    timeout: Duration = .seconds(60)) async throws -> RunResult {
        try await program(executable(), arguments, in: directory, environment: environment, timeout: timeout)
    }

    /// Runs any program the same way (python3 for the generated module tests).
    public static func program(_ executable: URL, _ arguments: [String], in directory: URL, environment: [String: String] = [:],
                        timeout: Duration = .seconds(60)) async throws -> RunResult {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("claims-xrun-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)

        var env = ProcessInfo.processInfo.environment
        for key in ["CLAIMS_HOME", "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"] {
            env[key] = nil
        }
        env["no_proxy"] = "127.0.0.1,localhost"
        env["NO_PROXY"] = "127.0.0.1,localhost"
        for (key, value) in environment { env[key] = value }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle

        // The exit and the time limit are both watched on threads of their own: the await below
        // may resume late when the cooperative pool is busy with other tests, and neither the
        // elapsed time nor the verdict "timed out" may include that wait.
        let exit = ExitWatch()
        let timedOut = Flag()
        let started = ContinuousClock.now
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            process.terminationHandler = { _ in
                exit.finish()
                continuation.resume()
            }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
                return
            }
            let pid = process.processIdentifier
            let watchdog = Thread {
                if !exit.wait(until: started + timeout) {
                    timedOut.set()
                    kill(pid, SIGKILL)
                }
            }
            watchdog.name = "claims-run-watchdog"
            watchdog.start()
        }
        let elapsed = (exit.finishedAt ?? ContinuousClock.now) - started
        try? outHandle.close()
        try? errHandle.close()
        let result = RunResult(arguments: arguments, status: process.terminationStatus,
                               stdoutData: try Data(contentsOf: outURL),
                               stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
                               elapsed: elapsed)
        if timedOut.isSet {
            throw ClaimsRunError(description: "timed out after \(timeout): \(result.summary)")
        }
        return result
    }
}

/// A temporary folder; call `remove()` (in a `defer`) when the test is done.
public struct TemporaryFolder: Sendable {
    public let url: URL

    public init(_ label: String = "claims-test") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func remove() { try? FileManager.default.removeItem(at: url) }

    public func path(_ name: String) -> URL { url.appendingPathComponent(name) }

    @discardableResult
    public func write(_ name: String, _ data: Data) throws -> URL {
        let file = path(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }

    @discardableResult
    public func write(_ name: String, _ text: String) throws -> URL {
        try write(name, Data(text.utf8))
    }
}
