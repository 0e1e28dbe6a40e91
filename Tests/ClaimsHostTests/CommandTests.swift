import Foundation
import ClaimsTestSupport
import Testing

@Suite("claims command line")
struct CommandTests {
    struct UsageError: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        /// Words the error must contain, where the message matters.
        var says: String?
        var testDescription: String { "claims " + arguments.joined(separator: " ") }
    }

    static let usageErrors: [UsageError] = [
        UsageError(arguments: ["check", "--no-such-option"]),
        UsageError(arguments: ["check", "--format", "xml"]),
        UsageError(arguments: ["check", "--published", "2023-13"]),
        UsageError(arguments: ["check", "--published", "yesterday"]),
        UsageError(arguments: ["check", "--max-source-mb", "0"]),
        // A negative value is refused as negative, not taken for a missing one.
        UsageError(arguments: ["check", "--max-source-mb", "-1"], says: "--max-source-mb must be a positive number"),
        UsageError(arguments: ["add", "x.txt", "--timeout", "-3"], says: "--timeout must be a positive number"),
        UsageError(arguments: ["add"]),
        UsageError(arguments: ["frobnicate"]),
    ]

    @Test("usage errors exit 2 with a message on stderr", arguments: usageErrors)
    func usageError(_ usage: UsageError) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try await Claims.run(usage.arguments, in: folder.url, environment: ["CLAIMS_HOME": folder.url.path])
        #expect(result.status == 2, "\(result.summary)")
        #expect(!result.stderrLines.isEmpty, "\(result.summary)")
        #expect(result.stdout.isEmpty, "\(result.summary)")
        if let says = usage.says { #expect(result.stderr.contains(says), "\(result.summary)") }
        // Nothing was written to the workbench.
        #expect(!FileManager.default.fileExists(atPath: folder.path("Claims").path))
    }

    @Test("--ledger is one option: the same help in every command that takes it")
    func oneLedgerOption() async throws {
        var helps: [String: String] = [:]
        for command in [["check"], ["report"], ["serve"], ["conflicts"], ["show"], ["review"], ["verdict"], ["ledger", "verify"], ["ledger", "log"]] {
            let result = try await Claims.run(command + ["--help"], in: Claims.packageRoot)
            #expect(result.status == 0, "\(result.summary)")
            let lines = result.stdout.split(separator: "\n")
            let start = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("--ledger <path-or-url>") }, "\(command)")
            var text = [String(lines[start])]
            var k = start + 1
            while k < lines.count, lines[k].hasPrefix("                     ") { text.append(String(lines[k])); k += 1 }
            helps[command.joined(separator: " ")] = text.joined(separator: " ").split(separator: " ").joined(separator: " ")
        }
        #expect(Set(helps.values).count == 1, "\(helps)")
    }

    @Test("check --help exits 0 and documents --fail-on-conflict")
    func checkHelp() async throws {
        let result = try await Claims.run(["check", "--help"], in: Claims.packageRoot)
        #expect(result.status == 0, "\(result.summary)")
        #expect(result.stdout.contains("--fail-on-conflict"), "\(result.stdout)")
        #expect(result.stdout.contains("--format"))
    }

    @Test("--fail-on-conflict exits 0 when there is no conflict")
    func failOnConflictWithoutConflicts() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("good.txt", Samples.goodText)
        let result = try await Claims.run(["check", "good.txt", "--fail-on-conflict", "--format", "json"], in: folder.url,
                                          environment: ["CLAIMS_HOME": folder.url.path])
        #expect(result.status == 0, "\(result.summary)")
        let report = try Report.decode(result)
        #expect(report.conflicts.isEmpty)
        #expect(report.summary.openConflicts == 0)
        #expect(!report.claims.isEmpty)
    }

    @Test("modules lists quantities")
    func modulesTable() async throws {
        let result = try await Claims.run(["modules"], in: Claims.packageRoot)
        #expect(result.status == 0, "\(result.summary)")
        let line = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("quantities") })
        #expect(line.contains("extractor"))
    }

    @Test("modules --format json parses and describes quantities")
    func modulesJSON() async throws {
        struct Module: Decodable {
            var name: String
            var kind: String
            var version: String
            var languages: [String]
            var summary: String
        }
        let result = try await Claims.run(["modules", "--format", "json"], in: Claims.packageRoot)
        #expect(result.status == 0, "\(result.summary)")
        let modules = try JSONDecoder().decode([Module].self, from: result.stdoutData)
        let module = try #require(modules.first { $0.name == "quantities" })
        #expect(module.kind == "extractor")
        #expect(module.languages == ["*"])
        #expect(!module.version.isEmpty)
    }
}

/// `claims add` into a temporary workbench given with --workbench; CLAIMS_HOME points at a
/// different, empty folder that must stay untouched.
@Suite("claims add")
struct AddCommandTests {
    @Test("adding a source twice says it is already there; adding it with a new date says updated")
    func addTwice() async throws {
        let workbench = try TemporaryFolder("claims-workbench")
        defer { workbench.remove() }
        let file = try workbench.write("a.txt", Samples.goodText)
        let arguments = ["add", file.path, "--language", "en", "--workbench", workbench.url.path]
        let first = try await Claims.run(arguments, in: workbench.url, environment: ["CLAIMS_HOME": workbench.url.path])
        #expect(first.status == 0, "\(first.summary)")
        #expect(first.stdout.hasPrefix("added a.txt"), "\(first.stdout)")
        let again = try await Claims.run(arguments, in: workbench.url, environment: ["CLAIMS_HOME": workbench.url.path])
        #expect(again.status == 0, "\(again.summary)")
        #expect(!again.stdout.contains("added"), "\(again.stdout)")
        #expect(again.stdout.contains("already in"), "\(again.stdout)")
        let dated = try await Claims.run(arguments + ["--published", "2024-05-01"], in: workbench.url,
                                         environment: ["CLAIMS_HOME": workbench.url.path])
        #expect(dated.stdout.hasPrefix("updated a.txt"), "\(dated.stdout)")
        let manifest = try String(contentsOf: workbench.path("Claims/sources/sources.json"), encoding: .utf8)
        #expect(manifest.components(separatedBy: "\"a.txt\"").count == 2, "one entry: \(manifest)")
    }

    @Test("add records language and month precision, copies the file, and check sees it")
    func addThenCheck() async throws {
        let workbench = try TemporaryFolder("claims-workbench")
        let elsewhere = try TemporaryFolder("claims-elsewhere")
        let decoy = try TemporaryFolder("claims-decoy")
        defer {
            workbench.remove()
            elsewhere.remove()
            decoy.remove()
        }
        let original = try elsewhere.write("bai-viet.txt", Samples.vietnameseText)
        let environment = ["CLAIMS_HOME": decoy.url.path]

        let added = try await Claims.run(["add", original.path, "--language", "vi", "--published", "2024-03",
                                          "--workbench", workbench.url.path],
                                         in: elsewhere.url, environment: environment)
        #expect(added.status == 0, "\(added.summary)")
        #expect(added.errorLines.isEmpty, "\(added.summary)")

        let manifestURL = workbench.path("Claims/sources/sources.json")
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: manifestURL)) as? [String: Any])
        let entries = try #require(manifest["sources"] as? [[String: Any]])
        #expect(entries.count == 1)
        let entry = try #require(entries.first)
        #expect(entry["file"] as? String == "bai-viet.txt")
        #expect(entry["language"] as? String == "vi")
        #expect(entry["published"] as? String == "2024-03")
        #expect(entry["published_precision"] as? String == "month")
        let copy = workbench.path("Claims/sources/bai-viet.txt")
        #expect(try Data(contentsOf: copy) == Data(contentsOf: original))
        #expect(try FileManager.default.contentsOfDirectory(atPath: decoy.url.path).isEmpty)

        let checked = try await Claims.run(["check", "--workbench", workbench.url.path, "--format", "json"],
                                           in: elsewhere.url, environment: environment)
        #expect(checked.status == 0, "\(checked.summary)")
        let report = try Report.decode(checked)
        #expect(report.sources.map(\.id) == ["bai-viet"])
        let source = try #require(report.sources.first)
        #expect(source.language == "vi")
        #expect(source.published == "2024-03")
        #expect(source.publishedPrecision == "month")
        // Vietnamese separators were used: 1.000.000 is a million, 10,5 is ten and a half.
        let claims = report.claims(of: "bai-viet")
        #expect(claims.map(\.text) == ["49%", "1.000.000", "10,5 phần trăm"])
        #expect(claims.map(\.value.number) == [49, 1_000_000, 10.5])
        let text = try CodePoints(contentsOf: copy)
        for claim in claims {
            #expect(text[claim.start..<claim.end] == claim.text)
            #expect(text[claim.quoteStart..<claim.quoteEnd] == claim.quote)
        }
    }

    @Test("adding a binary file is refused with exit 2 and leaves the manifest as it was")
    func addBinaryRefused() async throws {
        let workbench = try TemporaryFolder("claims-workbench")
        let elsewhere = try TemporaryFolder("claims-elsewhere")
        defer {
            workbench.remove()
            elsewhere.remove()
        }
        let environment = ["CLAIMS_HOME": workbench.url.path]
        let good = try elsewhere.write("story.txt", Samples.goodText)
        let first = try await Claims.run(["add", good.path, "--language", "en", "--published", "2023"],
                                         in: elsewhere.url, environment: environment)
        #expect(first.status == 0, "\(first.summary)")
        let manifestURL = workbench.path("Claims/sources/sources.json")
        let before = try Data(contentsOf: manifestURL)
        let listing = try FileManager.default.contentsOfDirectory(atPath: workbench.path("Claims/sources").path).sorted()
        #expect(listing == ["sources.json", "story.txt"])

        let picture = try elsewhere.write("picture.png", Samples.png)
        let refused = try await Claims.run(["add", picture.path, "--workbench", workbench.url.path],
                                           in: elsewhere.url, environment: environment)
        #expect(refused.status == 2, "\(refused.summary)")
        #expect(refused.stderrLines.count == 1, "\(refused.summary)")
        #expect(refused.errorLines.first?.contains("picture.png") == true, "\(refused.summary)")
        #expect(try Data(contentsOf: manifestURL) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: workbench.path("Claims/sources").path).sorted() == listing)
    }
}
