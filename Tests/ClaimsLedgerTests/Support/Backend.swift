import ClaimsTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A TCP port on loopback that was free a moment ago.
func freePort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    try withUnsafeMutablePointer(to: &address) { pointer in
        try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
            guard bind(fd, raw, length) == 0, getsockname(fd, raw, &length) == 0 else { throw TestPostgres.Failure(description: "no free port") }
        }
    }
    return Int(UInt16(bigEndian: address.sin_port))
}

/// A PostgreSQL server of one test's own (scripts/postgres-local.sh), for trials that restart it.
struct PrivateServer {
    let directory: URL
    let admin: String

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scripts/postgres-local.sh")

    init() async throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("claims-pg-\(UUID().uuidString)")
        admin = try await Self.run(["start", directory.path, "\(try freePort())"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Stops the server at once, as a crash would, and starts it again.
    func restart() async throws { _ = try await Self.run(["restart", directory.path]) }

    /// Stops the server and waits for it (from `defer`, which cannot await: the one blocking call).
    func stop() {
        _ = try? Spawned.blocking("/bin/bash", [Self.script.path, "stop", directory.path])
        try? FileManager.default.removeItem(at: directory)
    }

    @discardableResult
    static func run(_ arguments: [String]) async throws -> String {
        let result = try await Spawned.run("/bin/bash", [script.path] + arguments)
        guard result.status == 0 else {
            throw TestPostgres.Failure(description: "postgres-local.sh \(arguments.joined(separator: " ")): \(result.errors)")
        }
        return result.output
    }
}

