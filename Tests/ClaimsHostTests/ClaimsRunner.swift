import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one run of the `claims` executable produced.
struct RunResult: Sendable {
    var arguments: [String]
    var status: Int32
    var stdoutData: Data
    var stderr: String

    var stdout: String { String(decoding: stdoutData, as: UTF8.self) }

    /// The lines written to stderr, blank ones left out.
    var stderrLines: [String] {
        stderr.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// `claims: error: ...` lines on stderr.
    var errorLines: [String] { stderrLines.filter { $0.hasPrefix("claims: error:") } }

    var summary: String {
        "claims \(arguments.joined(separator: " ")) -> exit \(status)\nstderr:\n\(stderr)"
    }
}

struct ClaimsRunError: Error, CustomStringConvertible {
    var description: String
}

/// Runs the real `claims` executable as a child process.
enum Claims {
    /// The package root, derived from this file's place (Tests/ClaimsHostTests/ClaimsRunner.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The repository's demo sources.
    static let repositorySources: URL = packageRoot.appendingPathComponent("Claims/sources", isDirectory: true)

    private final class BundleToken {}

    /// The `claims` binary: next to the test bundle (the test target depends on the executable),
    /// else the nearest `.build*/debug/claims` above this file.
    static func executable() throws -> URL {
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
            for build in [".build-host", ".build"] {
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
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:],
                    timeout: Duration = .seconds(120)) async throws -> RunResult {
        let executable = try executable()
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("claims-run-\(UUID().uuidString)", isDirectory: true)
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
        try process.run()

        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var timedOut = false
        while process.isRunning {
            if clock.now >= deadline {
                timedOut = true
                process.terminate()
                try? await Task.sleep(for: .seconds(2))
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
                break
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        process.waitUntilExit()
        try? outHandle.close()
        try? errHandle.close()
        let result = RunResult(arguments: arguments, status: process.terminationStatus,
                               stdoutData: try Data(contentsOf: outURL),
                               stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
        if timedOut {
            throw ClaimsRunError(description: "timed out after \(timeout): \(result.summary)")
        }
        return result
    }
}

/// A temporary folder; call `remove()` (in a `defer`) when the test is done.
struct TemporaryFolder: Sendable {
    let url: URL

    init(_ label: String = "claims-host-test") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> URL { url.appendingPathComponent(name) }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> URL {
        let file = path(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        try write(name, Data(text.utf8))
    }
}

/// Sample inputs.
enum Samples {
    static let goodText = """
    Microsoft owns 49% of OpenAI after the latest round.
    The partnership was worth 13 billion dollars and reached 1,000,000 users.

    """

    static let vietnameseText = """
    Microsoft sở hữu 49% cổ phần của OpenAI.
    Công ty có 1.000.000 người dùng và doanh thu tăng 10,5 phần trăm.

    """

    /// The first bytes of a PNG image: signature, IHDR chunk.
    static let png = Data([
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
        0x89, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00,
        0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
    ])

    /// "abc " then 0xC3 0x28 (a lead byte without its continuation byte) at offset 4.
    static let invalidUTF8 = Data("abc ".utf8) + Data([0xC3, 0x28]) + Data(" def 42 items\n".utf8)
}

/// A TCP port on 127.0.0.1 that is bound but not listening, so connecting to it is refused and
/// no other process can start listening on it while the socket is held.
final class ClosedLocalPort {
    let port: UInt16
    private let descriptor: Int32

    init() throws {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw ClaimsRunError(description: "socket() failed") }
        var address = sockaddr_in()
        #if canImport(Darwin)
        address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else {
            close(fd)
            throw ClaimsRunError(description: "bind() failed")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else {
            close(fd)
            throw ClaimsRunError(description: "getsockname() failed")
        }
        descriptor = fd
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit { close(descriptor) }
}
