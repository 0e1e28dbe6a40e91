import Foundation
import Testing

/// Where a test's ledger lives. The ledger suite runs on both: SQLite always, PostgreSQL when
/// `CLAIMS_TEST_POSTGRES` names a server's admin URL (`.ci/run` starts one and sets it). Under CI
/// the PostgreSQL cases run even without it, and fail saying so.
enum Backend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    static var available: [Backend] {
        let environment = ProcessInfo.processInfo.environment
        return TestPostgres.admin != nil || environment["CI"] != nil ? [.sqlite, .postgres] : [.sqlite]
    }
}

/// The test server: a new database for each workspace, made and dropped with `psql`.
enum TestPostgres {
    static var admin: String? {
        ProcessInfo.processInfo.environment["CLAIMS_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The admin URL with another database in place of its own.
    static func url(database: String) throws -> String {
        guard let admin else {
            throw Failure(description: "CLAIMS_TEST_POSTGRES is not set: start a server (scripts/postgres-local.sh start) and set it to the URL printed")
        }
        guard let slash = admin.lastIndex(of: "/") else { throw Failure(description: "CLAIMS_TEST_POSTGRES has no database: \(admin)") }
        return admin[..<slash] + "/" + database
    }

    /// A new, empty database; its URL.
    static func createDatabase() throws -> String {
        let name = "claims_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        let url = try url(database: name)
        _ = try psql(try Self.url(database: "postgres"), "CREATE DATABASE \(name)")
        return url
    }

    static func dropDatabase(_ url: String) {
        guard let name = url.split(separator: "/").last, let admin = try? Self.url(database: "postgres") else { return }
        _ = try? psql(admin, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }

    /// Runs SQL with `psql` (read from standard input, so that `:'name'` takes a variable's value
    /// quoted); returns what it printed, unaligned, tuples only.
    static func psql(_ url: String, _ sql: String, variables: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", url, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1"] + variables.flatMap { ["-v", "\($0.key)=\($0.value)"] }
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(sql.utf8))
        try input.fileHandleForWriting.close()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "psql failed (\(process.terminationStatus)): \(String(decoding: complaint, as: UTF8.self)) for: \(sql)")
        }
        return String(decoding: printed, as: UTF8.self)
    }
}
