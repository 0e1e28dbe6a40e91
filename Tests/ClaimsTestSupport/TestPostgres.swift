import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Where a test's ledger lives. The ledger suite runs on both: SQLite always, PostgreSQL when
/// `CLAIMS_TEST_POSTGRES` names a server's admin URL (`.ci/run` starts one and sets it). Under CI
/// the PostgreSQL cases run even without it, and fail saying so.
public enum Backend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    public var testDescription: String { rawValue }

    public static var available: [Backend] {
        let environment = ProcessInfo.processInfo.environment
        return TestPostgres.admin != nil || environment["CI"] != nil ? [.sqlite, .postgres] : [.sqlite]
    }
}

/// The test server: a new database for each workspace, made and dropped with `psql`.
public enum TestPostgres {
    public static var admin: String? {
        ProcessInfo.processInfo.environment["CLAIMS_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    /// The admin URL with another database in place of its own.
    public static func url(database: String) throws -> String {
        guard let admin else {
            throw Failure(description: "CLAIMS_TEST_POSTGRES is not set: start a server (scripts/postgres-local.sh start) and set it to the URL printed")
        }
        guard let slash = admin.lastIndex(of: "/") else { throw Failure(description: "CLAIMS_TEST_POSTGRES has no database: \(admin)") }
        return admin[..<slash] + "/" + database
    }

    /// A new database, empty or a copy of `template` (a test database's URL, which nobody may
    /// be connected to); its URL.
    public static func createDatabase(template: String? = nil) async throws -> String {
        let name = "claims_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        let url = try url(database: name)
        let copy = template.flatMap { $0.split(separator: "/").last }.map { " TEMPLATE \($0)" } ?? ""
        _ = try await psql(try Self.url(database: "postgres"), "CREATE DATABASE \(name)\(copy)")
        return url
    }

    /// Whether a process is connected to a test database.
    public static func inUse(_ url: String) async throws -> Bool {
        guard let name = url.split(separator: "/").last else { return false }
        let count = try await psql(try Self.url(database: "postgres"),
                                   "SELECT count(*) FROM pg_stat_activity WHERE datname = '\(name)' AND pid <> pg_backend_pid()")
        return (Int(count.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 0
    }

    /// Drops a test's database on a thread of its own: called from `defer`, which cannot wait.
    public static func dropDatabase(_ url: String) {
        guard let name = url.split(separator: "/").last, let admin = try? Self.url(database: "postgres") else { return }
        DispatchQueue.global().async { _ = try? Spawned.blocking("/usr/bin/env", ["psql", admin, "-X", "-q", "-c", "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"]) }
    }

    /// Runs SQL with `psql` (read from standard input, so that `:'name'` takes a variable's value
    /// quoted); returns what it printed, unaligned, tuples only.
    public static func psql(_ url: String, _ sql: String, variables: [String: String] = [:]) async throws -> String {
        let arguments = ["psql", url, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1"] + variables.flatMap { ["-v", "\($0.key)=\($0.value)"] }
        let result = try await Spawned.run("/usr/bin/env", arguments, input: sql)
        guard result.status == 0 else {
            throw Failure(description: "psql failed (\(result.status)): \(result.errors) for: \(sql)")
        }
        return result.output
    }
}

/// A short program run to its end with posix_spawn and waitpid, its input and output in files,
/// nothing else inherited: a PostgreSQL server that pg_ctl starts lives on, and whatever it
/// inherited (another test's pipe, Foundation's socket watching another child) would stay open.
/// It runs on a Dispatch thread, never on the test's task pool: two tests waiting there on
/// servers (a CREATE DATABASE, a restart) stalled every other test of the run.
public enum Spawned {
    public typealias Result = (status: Int32, output: String, errors: String)

    public static func run(_ executable: String, _ arguments: [String], input: String = "") async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Swift.Result { try blocking(executable, arguments, input: input) }) }
        }
    }

    public static func blocking(_ executable: String, _ arguments: [String], input: String = "") throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claims-spawn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (inPath, outPath, errPath) = (folder.appendingPathComponent("in").path, folder.appendingPathComponent("out").path,
                                          folder.appendingPathComponent("err").path)
        try Data(input.utf8).write(to: URL(fileURLWithPath: inPath))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        SpawnActions.closeFrom(3, &actions)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw TestPostgres.Failure(description: "cannot start \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (code, (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "", (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }
}
