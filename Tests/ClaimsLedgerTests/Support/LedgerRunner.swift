import ClaimsCore
import ClaimsLedger
import ClaimsTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Runs the real `claims` executable as a child process, as Tests/ClaimsHostTests/ClaimsRunner.swift
// does (copied here: test targets do not import each other), with standard input, barriers and
// kills added for the ledger's tests.

/// What one run of a child process produced.
struct RunResult: Sendable {
    var arguments: [String]
    var status: Int32
    /// True when the process ended by a signal (then `status` is the signal number).
    var signaled: Bool
    var stdoutData: Data
    var stderr: String

    var stdout: String { String(decoding: stdoutData, as: UTF8.self) }

    /// Non-blank lines of stdout.
    var stdoutLines: [String] {
        stdout.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// The lines written to stderr, blank ones left out.
    var stderrLines: [String] {
        stderr.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// `claims: error: ...` lines on stderr.
    var errorLines: [String] { stderrLines.filter { $0.hasPrefix("claims: error:") } }

    var summary: String {
        "\(arguments.joined(separator: " ")) -> \(signaled ? "signal" : "exit") \(status)\nstdout:\n\(stdout.prefix(3000))\nstderr:\n\(stderr)"
    }
}

struct RunError: Error, CustomStringConvertible {
    var description: String
}

/// The `claims` binary and the child processes the tests start.
enum Claims {
    /// The `claims` binary, found as the other command-line test targets find it.
    static func executable() throws -> URL { try ClaimsTestSupport.Claims.executable() }

    /// The inherited environment without anything that would reach the repository's workbench, a
    /// reviewer's name or a proxy; `extra` adds or overrides variables.
    static func environment(_ extra: [String: String]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        for key in ["CLAIMS_HOME", "CLAIMS_REVIEWER", "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"] {
            env[key] = nil
        }
        env["no_proxy"] = "127.0.0.1,localhost"
        env["NO_PROXY"] = "127.0.0.1,localhost"
        for (key, value) in extra { env[key] = value }
        return env
    }
}

/// A child process whose output goes to files, so it can be killed at any moment and still be read.
final class Child {
    let arguments: [String]
    let process = Process()
    private let scratch: URL
    private let outHandle: FileHandle
    private let errHandle: FileHandle

    /// Prepares (does not start) `executable ARGUMENTS` in `directory`; `input` is written to its
    /// standard input, which is then closed (no input: /dev/null).
    init(executable: URL, _ arguments: [String], in directory: URL, environment: [String: String], input: Data? = nil) throws {
        self.arguments = [executable.lastPathComponent] + arguments
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("claims-ledger-run-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        outHandle = try FileHandle(forWritingTo: outURL)
        errHandle = try FileHandle(forWritingTo: errURL)
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment
        process.standardOutput = outHandle
        process.standardError = errHandle
        if let input {
            // Written to a file first: the child reads it at its own pace and sees end of input after it.
            let inURL = scratch.appendingPathComponent("stdin")
            try input.write(to: inURL)
            process.standardInput = try FileHandle(forReadingFrom: inURL)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
    }

    deinit { try? FileManager.default.removeItem(at: scratch) }

    func start() throws { try process.run() }

    /// What the process has written to stdout so far.
    var outputSoFar: String {
        String(decoding: (try? Data(contentsOf: scratch.appendingPathComponent("stdout"))) ?? Data(), as: UTF8.self)
    }

    var isRunning: Bool { process.isRunning }

    /// Sends SIGKILL if the process is still running; true when the signal was sent.
    @discardableResult
    func killNow() -> Bool {
        guard process.isRunning else { return false }
        return kill(process.processIdentifier, SIGKILL) == 0
    }

    /// Waits for the process to end (killing it after `timeout`, which is then an error) and reads its output.
    func finish(timeout: Duration = .seconds(120)) async throws -> RunResult {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var timedOut = false
        while process.isRunning {
            if clock.now >= deadline {
                timedOut = true
                kill(process.processIdentifier, SIGKILL)
                break
            }
            try await Task.sleep(for: .milliseconds(10))
        }
        process.waitUntilExit()
        try? outHandle.close()
        try? errHandle.close()
        let result = RunResult(arguments: arguments, status: process.terminationStatus,
                               signaled: process.terminationReason == .uncaughtSignal,
                               stdoutData: try Data(contentsOf: scratch.appendingPathComponent("stdout")),
                               stderr: String(decoding: try Data(contentsOf: scratch.appendingPathComponent("stderr")), as: UTF8.self))
        if timedOut { throw RunError(description: "timed out after \(timeout): \(result.summary)") }
        return result
    }
}

/// A temporary workbench: CLAIMS_HOME (an empty folder), a ledger (a file, or a new database on
/// the test PostgreSQL server), and story folders. Every `claims` run gets CLAIMS_HOME and, where
/// it takes one, `--ledger` pointing here, so the repository's own workbench and ledger are
/// never touched.
struct Workspace: Sendable {
    let url: URL
    let backend: Backend
    var home: URL { url.appendingPathComponent("home", isDirectory: true) }
    /// The ledger the commands use: a file path (created by the first command that opens it) or
    /// the URL of an empty database.
    private(set) var ledger: String
    private var ownsLedger = true

    init(_ label: String, _ backend: Backend = .sqlite) async throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("claims-ledger-\(label)-\(UUID().uuidString)", isDirectory: true)
        self.backend = backend
        ledger = backend == .sqlite ? url.appendingPathComponent("ledger/claims.sqlite").path : try await TestPostgres.createDatabase()
        try FileManager.default.createDirectory(at: url.appendingPathComponent("home", isDirectory: true), withIntermediateDirectories: true)
    }

    /// The same workspace and stories with another ledger (file or database).
    func using(ledger name: String) async throws -> Workspace {
        var copy = self
        copy.ledger = backend == .sqlite ? url.appendingPathComponent("ledger/\(name)").path : try await TestPostgres.createDatabase()
        return copy
    }

    /// The same workspace on a ledger of the caller's (a server's URL); not dropped by `remove`.
    func on(_ ledger: String) -> Workspace {
        var copy = self
        copy.ledger = ledger
        copy.ownsLedger = false
        return copy
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
        if backend == .postgres, ownsLedger { TestPostgres.dropDatabase(ledger) }
    }

    func path(_ name: String) -> URL { url.appendingPathComponent(name) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let file = path(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    /// Writes a story folder: each file and a sources.json listing them with their language and a
    /// publication date of 2013-10-29 (day precision); `titles` and `publishers` by file, optional.
    func story(_ folder: String, language: String, files: [(name: String, text: String)],
               titles: [String: String] = [:], publishers: [String: String] = [:]) throws {
        var entries: [String] = []
        for file in files {
            try write("\(folder)/\(file.name)", file.text)
            var fields = ["\"file\": \(Self.quoted(file.name))", "\"language\": \(Self.quoted(language))"]
            if let title = titles[file.name] { fields.append("\"title\": \(Self.quoted(title))") }
            if let publisher = publishers[file.name] { fields.append("\"publisher\": \(Self.quoted(publisher))") }
            fields += ["\"published\": \"2013-10-29\"", "\"published_precision\": \"day\""]
            entries.append("{" + fields.joined(separator: ", ") + "}")
        }
        try write("\(folder)/sources.json", "{\"sources\": [\n" + entries.joined(separator: ",\n") + "\n]}\n")
    }

    static func quoted(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }

    var environment: [String: String] { Claims.environment(["CLAIMS_HOME": home.path]) }

    /// `claims ARGUMENTS`, run in the workspace with CLAIMS_HOME set; `extra` overrides variables.
    func child(_ arguments: [String], input: String? = nil, extra: [String: String] = [:]) throws -> Child {
        var env = environment
        for (key, value) in extra { env[key] = value }
        return try Child(executable: try Claims.executable(), arguments, in: url, environment: env, input: input.map { Data($0.utf8) })
    }

    func run(_ arguments: [String], input: String? = nil, extra: [String: String] = [:],
             timeout: Duration = .seconds(120)) async throws -> RunResult {
        let child = try child(arguments, input: input, extra: extra)
        try child.start()
        return try await child.finish(timeout: timeout)
    }

    // The commands the tests use, always on this workspace's ledger.

    func check(_ folder: String, extra: [String] = []) async throws -> RunResult {
        try await run(["check", folder, "--format", "json", "--quiet", "--ledger", ledger] + extra)
    }

    /// `claims check FOLDER --format json`, which must succeed, decoded as the JSON contract.
    func checkReport(_ folder: String) async throws -> CheckReport {
        let result = try await check(folder)
        try #require(result.status == 0 && !result.signaled, "\(result.summary)")
        return try JSONDecoder().decode(CheckReport.self, from: result.stdoutData)
    }

    func verdict(_ id: String, _ decision: String, note: String? = nil, correct: String? = nil,
                 reviewer: String? = "A") async throws -> RunResult {
        var arguments = ["verdict", id, "--decision", decision, "--ledger", ledger]
        if let note { arguments += ["--note", note] }
        if let correct { arguments += ["--correct", correct] }
        if let reviewer { arguments += ["--reviewer", reviewer] }
        return try await run(arguments)
    }

    /// `claims conflicts --status all --format json` (plus `extra`), which must succeed.
    func conflicts(_ extra: [String] = []) async throws -> [LedgerConflict] {
        let result = try await run(["conflicts", "--status", "all", "--format", "json", "--ledger", ledger] + extra)
        try #require(result.status == 0, "\(result.summary)")
        return try JSONDecoder().decode([LedgerConflict].self, from: result.stdoutData)
    }

    /// `claims ledger log --format json`, which must succeed: the raw output and the events.
    func log(_ extra: [String] = []) async throws -> (raw: String, events: [LedgerEvent]) {
        let result = try await run(["ledger", "log", "--format", "json", "--limit", "100000", "--ledger", ledger] + extra)
        try #require(result.status == 0, "\(result.summary)")
        return (result.stdout, try JSONDecoder().decode([LedgerEvent].self, from: result.stdoutData))
    }

    func verify() async throws -> RunResult {
        try await run(["ledger", "verify", "--ledger", ledger])
    }

    /// Runs one SQL statement on the ledger file behind the ledger's back, the append-only
    /// triggers of `tables` dropped first (as anyone holding the file can), and returns how many
    /// rows it touched. `argument` fills its one `?`, if it has one.
    func tamper(_ sql: String, dropping tables: [String], argument: String? = nil) async throws -> Int {
        if backend == .postgres {
            // `?` as psql's quoted variable; the triggers dropped as the table's owner can, and
            // foreign keys unchecked as a superuser can (SQLite's connections do not check them).
            let drops = tables.map { "DROP TRIGGER IF EXISTS \($0)_no_change ON \($0); DROP TRIGGER IF EXISTS \($0)_no_truncate ON \($0);" }
            let statement = sql.replacingOccurrences(of: "?", with: ":'argument'")
            let printed = try await TestPostgres.psql(ledger, drops.joined(separator: "\n") + "\nSET session_replication_role = replica;\nWITH done AS (\(statement) RETURNING 1) SELECT count(*) FROM done;\n",
                                                variables: argument.map { ["argument": $0] } ?? [:])
            return Int(printed.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").last ?? "") ?? 0
        }
        let tableList = tables.map { "\"\($0)\"" }.joined(separator: ", ")
        let arguments = argument.map { "(\(Self.quoted($0)),)" } ?? "()"
        let result = try await python("""
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            for table in (\(tableList),):
                for op in ("update", "delete"):
                    db.execute("DROP TRIGGER IF EXISTS %s_no_%s" % (table, op))
            n = db.execute(\(Self.quoted(sql)), \(arguments)).rowcount
            db.commit()
            print(n)
            """)
        try #require(result.status == 0, "\(result.summary)")
        return Int(result.stdoutLines.first ?? "") ?? 0
    }

    /// Runs one SQL statement on the ledger behind its back, triggers left in place; nil when it
    /// was accepted, else the database's refusal.
    func attempt(_ sql: String) async throws -> String? {
        if backend == .postgres {
            do { _ = try await TestPostgres.psql(ledger, sql + ";") } catch { return "\(error)" }
            return nil
        }
        let result = try await python("""
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            try:
                db.execute(\(Self.quoted(sql)))
                db.commit()
            except sqlite3.DatabaseError as error:
                print(error)
            """)
        try #require(result.status == 0, "\(result.summary)")
        return result.stdoutLines.first
    }

    /// Runs a Python script with the sqlite3 module on the ledger file (its path is `sys.argv[1]`):
    /// a connection of its own, behind the ledger's back.
    func python(_ script: String) async throws -> RunResult {
        let child = try Child(executable: URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, ledger],
                              in: url, environment: environment)
        try child.start()
        let result = try await child.finish(timeout: .seconds(60))
        try #require(!(result.status == 127 && result.stderr.contains("python3")), "python3 is needed for this test: \(result.summary)")
        return result
    }

    /// Row counts of the ledger's tables, read by Python's sqlite3: source, claim, conflict, event.
    func rowCounts() async throws -> [Int] {
        if backend == .postgres {
            let printed = try await TestPostgres.psql(ledger, ["source", "claim", "conflict", "event"].map { "SELECT count(*) FROM \($0);" }.joined())
            return printed.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        }
        let result = try await python("""
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            print(" ".join(str(db.execute("SELECT count(*) FROM " + t).fetchone()[0]) for t in ["source", "claim", "conflict", "event"]))
            """)
        try #require(result.status == 0, "\(result.summary)")
        return result.stdout.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
    }
}

/// Starts several children at the same instant: each waits (spinning in /bin/sh) for a go file,
/// then execs its command, so they race for the ledger together.
struct Barrier {
    let go: URL

    init(in workspace: Workspace) {
        go = workspace.path("go-\(UUID().uuidString)")
    }

    func child(_ workspace: Workspace, _ arguments: [String]) throws -> Child {
        let executable = try Claims.executable()
        let script = "while [ ! -e \"$1\" ]; do :; done; shift; exec \"$@\""
        return try Child(executable: URL(fileURLWithPath: "/bin/sh"), ["-c", script, "sh", go.path, executable.path] + arguments,
                         in: workspace.url, environment: workspace.environment)
    }

    func open() { _ = FileManager.default.createFile(atPath: go.path, contents: Data()) }
}

/// The stories the tests check, built so the real checkers raise conflicts.
enum Stories {
    /// Two Vietnamese reports of the same day: 2 suspects against 8. One conflict (count, suspects).
    static func vietnamese(_ workspace: Workspace, folder: String = "vi") throws {
        try workspace.story(folder, language: "vi", files: [
            ("01.txt", "Cảnh sát đã xác định 2 nghi phạm.\n"),
            ("02.txt", "Cảnh sát tìm ra 8 nghi phạm.\n"),
        ])
    }

    static let suspectsC = "Police identified 8 suspects.\n"

    /// Three English sources: a and b disagree on the amount invested ($2 billion vs $5 billion),
    /// b and c on the number of suspects (2 vs 8). No conflict involves both a and c.
    static func english(_ workspace: Workspace, folder: String = "en") throws {
        try workspace.story(folder, language: "en", files: [
            ("a.txt", "Acme invested $2 billion in Beta.\n"),
            ("b.txt", "Acme invested $5 billion in Beta. Police identified 2 suspects.\n"),
            ("c.txt", suspectsC),
        ])
    }

    /// Two English sources disagreeing on a figure of money, a count, a percentage and a date; the
    /// first has a title and publisher, and commas in its quotes.
    static func mixed(_ workspace: Workspace, folder: String = "mix") throws {
        try workspace.story(folder, language: "en", files: [
            ("a.txt", "Acme invested $2 billion in Beta, a startup. Microsoft owns 49% of OpenAI. OpenAI was founded in 2015. Police identified 2 suspects.\n"),
            ("b.txt", "Acme invested $5 billion in Beta. Microsoft owns 75% of OpenAI. OpenAI was founded in 2017. Police identified 8 suspects.\n"),
        ], titles: ["a.txt": "Report, \"A\""], publishers: ["a.txt": "Daily A"])
    }

    static let organizations = ["Microsoft", "OpenAI", "Google", "Amazon", "Meta", "Apple", "Nvidia", "Anthropic",
                                "Salesforce", "Oracle", "SoftBank", "Databricks"]

    static var organizationPairs: [(String, String)] {
        organizations.flatMap { a in organizations.filter { $0 != a }.map { (a, $0) } }
    }

    /// Two sources disagreeing on the amount invested between twenty pairs of companies: more
    /// conflicts than there are hex digits, so two ids share a first digit.
    static func manyInvestments(_ workspace: Workspace, folder: String = "many") throws {
        let pairs = organizationPairs.prefix(20)
        let first = pairs.enumerated().map { "\($0.element.0) invested $\($0.offset + 1) billion in \($0.element.1)." }
        let second = pairs.enumerated().map { "\($0.element.0) invested $\($0.offset + 30) billion in \($0.element.1)." }
        try workspace.story(folder, language: "en", files: [
            ("m1.txt", first.joined(separator: " ") + "\n"),
            ("m2.txt", second.joined(separator: " ") + "\n"),
        ])
    }

    /// A large story: `count` sources of 24 investment figures and a count each, which takes the
    /// debug build a couple of seconds to check and records dozens of conflicts.
    static func large(_ workspace: Workspace, folder: String = "big", count: Int = 300) throws {
        let pairs = organizationPairs
        var files: [(name: String, text: String)] = []
        for i in 0..<count {
            var sentences: [String] = []
            for k in 0..<24 {
                let (a, b) = pairs[(i * 7 + k * 13) % pairs.count]
                sentences.append("\(a) invested $\((i + k) % 9 + 1) billion in \(b).")
            }
            sentences.append("Police identified \(2 + i % 4) suspects.")
            let name = String(format: "%03d.txt", i)
            files.append((name, sentences.joined(separator: " ") + "\n"))
        }
        try workspace.story(folder, language: "en", files: files)
    }
}

/// A minimal RFC 4180 reader: fields separated by commas, quoted fields may hold commas, doubled
/// quotes and line breaks.
enum CSV {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text)
        var i = 0
        if chars.last != "\n" { chars.append("\n") }
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(c)
            }
            i += 1
        }
        return rows
    }
}
