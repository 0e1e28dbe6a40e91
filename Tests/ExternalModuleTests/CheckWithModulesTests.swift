import Foundation
import ClaimsTestSupport
import Testing

/// One way a module fails during `claims check`.
struct FailureCase: Sendable, CustomTestStringConvertible {
    var label: String
    var module: ModuleSpec
    /// A fragment the reported reason must hold.
    var reason: String
    /// Sources whose claims may come from the module: 1 for a module that answered its first
    /// request before failing, 0 for one that never answered well.
    var answeredSources: Int
    var testDescription: String { "\(label) (\(module.name))" }
}

@Suite("claims check with modules loaded at run time")
struct CheckWithModulesTests {
    @Test("good modules: claims tagged name@version with exact code-point spans; the checker's conflict in the ledger")
    func goodModules() async throws {
        let bench = try Bench(modules: [Modules.zork, Modules.alwaysConflict])
        defer { bench.remove() }
        let (result, report) = try await bench.check()
        #expect(result.status == 0, "\(result.summary)")
        #expect(result.stderrLines.isEmpty, "\(result.summary)")
        #expect(report.errors.isEmpty)
        #expect(report.modules.contains { $0.name == "zork-money" && $0.kind == "extractor" && $0.version == "2.3.4" })
        #expect(report.modules.contains { $0.name == "always-conflict" && $0.kind == "checker" && $0.version == "0.9.1" })

        // One claim per source, with the span the module gave, in code points.
        let zork = report.claims(by: "zork-money@2.3.4")
        #expect(zork.count == Corpus.files.count, "\(zork)")
        #expect(Set(zork.map(\.source)) == ["a", "b", "c"])
        for claim in zork {
            let text = try #require(Corpus.text(ofSource: claim.source))
            #expect(codePoints(text, claim.start, claim.end) == claim.text, "\(claim)")
            #expect(claim.start == codePointOffset(of: claim.text, in: text), "\(claim)")
            #expect(claim.text.hasSuffix(" zorkmids"))
            #expect(claim.kind == "money")
            #expect(claim.value.unit == "ZORKMIDS")
            #expect(claim.value.number == Double(String(claim.text.prefix(1))))
        }
        // a.txt has combining marks and a character outside the BMP before its figure.
        let first = try #require(zork.first { $0.source == "a" })
        #expect(first.start == 31 && first.end == 41, "\(first)")

        // The checker's conflict quotes exactly the extractor's claims.
        let ids = Set(zork.map(\.id))
        let mine = report.conflicts.filter { $0.checker == "always-conflict@0.9.1" }
        let overZork = try #require(mine.first { Set($0.statements.map(\.claim)) == ids }, "\(report.conflicts)")
        #expect(overZork.verdict == "conflict")

        // The ledger holds that conflict, with the checker's name@version and the extractor's spans.
        let listed = try await Claims.run(["conflicts", "--ledger", bench.ledger.path, "--workbench", bench.workbench.path,
                                           "--format", "json"], in: bench.folder.url)
        #expect(listed.status == 0, "\(listed.summary)")
        let conflicts = try JSONDecoder().decode([LedgerConflict].self, from: listed.stdoutData)
        let recorded = try #require(conflicts.first { $0.id == overZork.id }, "\(listed.stdout)")
        #expect(recorded.checker == "always-conflict@0.9.1")
        #expect(recorded.status == "open")
        #expect(Set(recorded.statements.map(\.claim)) == ids)
        for statement in recorded.statements {
            let claim = try #require(zork.first { $0.id == statement.claim })
            #expect(statement.text == claim.text)
            #expect(statement.start == claim.start && statement.end == claim.end)
            #expect(statement.source == claim.source)
        }
        // Every conflict of the report is in the ledger, the external checker's with its tag.
        #expect(Set(conflicts.map(\.id)) == Set(report.conflicts.map(\.id)))
        #expect(Set(conflicts.filter { $0.checker == "always-conflict@0.9.1" }.map(\.id)) == Set(mine.map(\.id)))
    }

    static let failures: [FailureCase] = [
        FailureCase(label: "crashes on its second request", module: Modules.failing("crashy", .crashOnSecond),
                    reason: "exited", answeredSources: 1),
        FailureCase(label: "prints a line that is not JSON", module: Modules.failing("noisy", .garbage),
                    reason: "not a JSON object", answeredSources: 0),
        FailureCase(label: "hello in protocol 2", module: Modules.failing("oldspeak", .good, helloProtocol: 2),
                    reason: "speaks protocol 2", answeredSources: 0),
        FailureCase(label: "span outside the text", module: Modules.failing("farout", .outsideSpan),
                    reason: "outside the text", answeredSources: 0),
        FailureCase(label: "surface not the text under its span", module: Modules.failing("liar", .wrongText),
                    reason: "holds", answeredSources: 0),
        FailureCase(label: "answer with the wrong id", module: Modules.failing("offbyone", .wrongID),
                    reason: "answered request", answeredSources: 0),
    ]

    @Test("a failing module is stopped and reported once; the run goes on and the other results are intact", arguments: failures)
    func failingModule(_ failure: FailureCase) async throws {
        let bench = try Bench(modules: [Modules.zork, Modules.alwaysConflict, failure.module])
        let baseline = try Bench(modules: [Modules.zork, Modules.alwaysConflict])
        defer { bench.remove(); baseline.remove() }
        async let run = bench.check()
        async let reference = baseline.check()
        let (result, report) = try await run
        let (_, expected) = try await reference
        try assertStoppedOnce(result, report, failure.module, reason: failure.reason, answeredSources: failure.answeredSources,
                              baseline: expected)
        // Nothing of the failing requests reached the ledger: its conflicts are the report's, which
        // are those of the run without the module.
        let listed = try await Claims.run(["conflicts", "--ledger", bench.ledger.path, "--workbench", bench.workbench.path,
                                           "--format", "json", "--status", "all"], in: bench.folder.url)
        #expect(listed.status == 0, "\(listed.summary)")
        let recorded = try JSONDecoder().decode([LedgerConflict].self, from: listed.stdoutData)
        #expect(Set(recorded.map(\.id)) == Set(expected.conflicts.map(\.id)))
        let ownClaims = Set(report.claims(by: failure.module.tag).map(\.id))
        #expect(recorded.allSatisfy { $0.statements.allSatisfy { !ownClaims.contains($0.claim) } })
    }

    @Test("a module that hangs is stopped within about its request_seconds and reported once")
    func hangingModule() async throws {
        let sleepy = Modules.failing("sleepy", .hang)
        let bench = try Bench(modules: [Modules.zork, Modules.alwaysConflict, sleepy])
        let baseline = try Bench(modules: [Modules.zork, Modules.alwaysConflict])
        defer { bench.remove(); baseline.remove() }
        let (reference, expected) = try await baseline.check()
        let (result, report) = try await bench.check()
        try assertStoppedOnce(result, report, sleepy, reason: "no answer within 2 s", answeredSources: 0, baseline: expected)
        // It waited for the module (2 s), but not for the minute it sleeps...
        #expect(result.elapsed >= .seconds(2), "\(result.summary)")
        #expect(result.elapsed < .seconds(60), "\(result.summary)\nbaseline: \(reference.elapsed)")
        // ...nor for every source in turn: it was asked once, and the other sources were not
        // sent to a stopped module. (Counted, not timed: on two busy cores a time bound measured
        // the machine.)
        let log = try #require(bench.log(of: "sleepy"), "no log of the module")
        let requests = log.split(separator: "\n").filter { $0.contains("\(sleepy.stderrMarker) request ") }
        #expect(requests.count == 1, "\(log)")
        // The module was killed, not left sleeping.
        let pid = try #require(bench.pid(of: "sleepy"))
        #expect(await ends(pid, within: 10), "the hanging module (pid \(pid)) is still running after the run")
    }

    /// Exit 0, exactly one stderr line (the module's tag, "stopped", the reason), one problem in
    /// the report, none of the module's claims but from requests it answered, everything else as
    /// in the run without it.
    func assertStoppedOnce(_ result: RunResult, _ report: Report, _ module: ModuleSpec, reason: String, answeredSources: Int,
                           baseline: Report, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(result.status == 0, "\(result.summary)", sourceLocation: sourceLocation)
        #expect(result.stderrLines.count == 1, "\(result.summary)", sourceLocation: sourceLocation)
        let line = result.stderrLines.first ?? ""
        #expect(line.hasPrefix("claims: warning: "), "\(line)", sourceLocation: sourceLocation)
        #expect(line.contains(module.tag), "\(line)", sourceLocation: sourceLocation)
        #expect(line.contains("stopped"), "\(line)", sourceLocation: sourceLocation)
        #expect(line.contains(reason), "\(line)", sourceLocation: sourceLocation)
        #expect(report.errors.filter { $0.module == module.tag }.count == 1, "\(report.errors)", sourceLocation: sourceLocation)
        #expect(report.errors.count == 1, "\(report.errors)", sourceLocation: sourceLocation)

        let own = report.claims(by: module.tag)
        #expect(Set(own.map(\.source)).count == answeredSources, "\(own)", sourceLocation: sourceLocation)
        #expect(own.count == answeredSources, "\(own)", sourceLocation: sourceLocation)
        for claim in own {
            let text = try #require(Corpus.text(ofSource: claim.source))
            #expect(codePoints(text, claim.start, claim.end) == claim.text, sourceLocation: sourceLocation)
        }
        // The other modules' claims and every finding are those of the run without the module.
        #expect(Set(report.claims(notBy: module.tag)) == Set(baseline.claims), sourceLocation: sourceLocation)
        #expect(Set(report.conflicts) == Set(baseline.conflicts), sourceLocation: sourceLocation)
        #expect(Set(report.findings) == Set(baseline.findings), sourceLocation: sourceLocation)
        #expect(!report.claims(by: "zork-money@2.3.4").isEmpty, sourceLocation: sourceLocation)
        #expect(report.claims.contains { $0.extractor == "quantities@1.0.0" }, sourceLocation: sourceLocation)
        #expect(report.conflicts.contains { $0.checker == "always-conflict@0.9.1" }, sourceLocation: sourceLocation)
    }

    @Test("a module's stderr goes to Claims/logs/NAME.log under the workbench (CLAIMS_HOME), not to claims' stdout or stderr")
    func stderrGoesToTheLog() async throws {
        let chatty = ModuleSpec(name: "chatty-logger", word: "zorkmids")
        let crashy = Modules.failing("chatty-crasher", .crashOnSecond)
        let bench = try Bench(modules: [chatty, crashy])
        defer { bench.remove() }
        let result = try await Claims.run(["check", bench.sources.path, "--modules", bench.modules.path, "--format", "json"],
                                          in: bench.folder.url, environment: ["CLAIMS_HOME": bench.workbench.path])
        #expect(result.status == 0, "\(result.summary)")
        let report = try Report.decode(result)
        #expect(report.claims(by: chatty.tag).count == 3)
        #expect(!result.stdout.contains("STDERR-MARKER"), "\(result.stdout)")
        #expect(!result.stderr.contains("STDERR-MARKER"), "\(result.summary)")

        let log = try #require(bench.log(of: "chatty-logger"), "no log under \(bench.workbench.path)/Claims/logs")
        #expect(log.contains("\(chatty.stderrMarker) started"), "\(log)")
        #expect(log.contains("\(chatty.stderrMarker) request 3"), "\(log)")
        let crashLog = try #require(bench.log(of: "chatty-crasher"))
        #expect(crashLog.contains("\(crashy.stderrMarker) exiting on request 2"), "\(crashLog)")
        // The ledger went to the workbench too, and nothing reached the repository's Claims/.
        #expect(FileManager.default.fileExists(atPath: bench.workbench.appendingPathComponent("Claims/ledger.sqlite").path))
        for name in ["chatty-logger", "chatty-crasher"] {
            #expect(!FileManager.default.fileExists(atPath: Claims.packageRoot.appendingPathComponent("Claims/logs/\(name).log").path))
        }
    }

    @Test("a disabled module is listed as disabled and not run")
    func disabledModule() async throws {
        var off = ModuleSpec(name: "switched-off", behaviour: .marker, word: "zorkmids")
        off.enabled = false
        let bench = try Bench(modules: [off])
        defer { bench.remove() }
        let (result, report) = try await bench.check()
        #expect(result.status == 0, "\(result.summary)")
        #expect(result.stderrLines.isEmpty, "\(result.summary)")
        #expect(!report.modules.contains { $0.name == "switched-off" })
        #expect(report.claims(by: off.tag).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: bench.modules.appendingPathComponent("switched-off/started.marker").path))
        #expect(bench.pid(of: "switched-off") == nil)
        #expect(bench.log(of: "switched-off") == nil)

        let listed = try await Claims.run(["modules", "--modules", bench.modules.path, "--workbench", bench.workbench.path,
                                           "--format", "json"], in: bench.folder.url)
        #expect(listed.status == 0, "\(listed.summary)")
        let entries = try JSONDecoder().decode([ModuleEntry].self, from: listed.stdoutData)
        let entry = try #require(entries.first { $0.name == "switched-off" }, "\(listed.stdout)")
        #expect(entry.state == "disabled")
        #expect(entry.origin == bench.modules.appendingPathComponent("switched-off").path)
        #expect(!FileManager.default.fileExists(atPath: bench.modules.appendingPathComponent("switched-off/started.marker").path))

        // The same module enabled does run: the marker is what shows it.
        var on = off
        on.enabled = true
        try on.write(into: bench.modules)
        let (again, _) = try await bench.check(["--no-ledger"])
        #expect(again.status == 0, "\(again.summary)")
        #expect(FileManager.default.fileExists(atPath: bench.modules.appendingPathComponent("switched-off/started.marker").path))
    }
}

/// An entry of `claims modules --format json`.
struct ModuleEntry: Decodable, Sendable {
    var name: String
    var kind: String
    var version: String
    var state: String
    var origin: String
}
