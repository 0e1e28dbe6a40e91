import Foundation
import Testing
@testable import ClaimsCore

@Suite("CheckReport")
struct CheckReportTests {
    /// A run over two readable sources (one of them Chinese, so offsets are exercised beyond ASCII),
    /// one unreadable source and a misbehaving extractor.
    static func run(in dir: TemporaryDirectory) async throws -> (CheckResult, [String: String]) {
        let texts = [
            "a": "微软🎉向OpenAI投资了100亿美元。\n双方持股49%。",
            "b": "Microsoft put 13 billion dollars into OpenAI in 2023.",
        ]
        let a = try dir.write("a.txt", text: texts["a"]!)
        let b = try dir.write("b.txt", text: texts["b"]!)
        var requests = [fileRequest(a, displayName: "in/a.txt", language: "zh-Hans"), fileRequest(b, displayName: "in/b.txt")]
        requests[0].info.published = PartialDate(year: 2023, month: 6)
        requests[0].info.publisher = "Báo A"
        requests.insert(fileRequest(dir.url.appendingPathComponent("gone.txt"), displayName: "in/gone.txt"), at: 1)
        let pipeline = CheckPipeline(loaders: CheckPipeline.standardLoaders(),
                                     extractors: [TopicClaimExtractor(), SloppyExtractor()],
                                     checkers: [DifferentNumbersChecker()])
        return (await pipeline.run(requests), texts)
    }

    static func json(_ report: CheckReport) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: report.jsonData())
        return try #require(object as? [String: Any])
    }

    @Test func topLevelShape() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let (result, _) = try await Self.run(in: dir)
        let top = try Self.json(CheckReport(result))
        for key in ["schema", "tool", "modules", "sources", "claims", "conflicts", "findings", "errors", "summary"] {
            #expect(top[key] != nil, "missing top-level key \(key)")
        }
        #expect(top["schema"] as? String == "claims.check/1")
        let tool = try #require(top["tool"] as? [String: Any])
        #expect(tool["name"] as? String == "claims")
        #expect(tool["version"] as? String == ClaimsVersion.current)
        let modules = try #require(top["modules"] as? [[String: Any]])
        #expect(modules.map { $0["name"] as? String } == ["test-topic", "test-sloppy", "test-checker"])
        #expect(modules.map { $0["kind"] as? String } == ["extractor", "extractor", "checker"])
        #expect(modules.first?["languages"] as? [String] == ["*"])
    }

    @Test func claimsCarryOffsetsThatSliceTheSourceText() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let (result, texts) = try await Self.run(in: dir)
        let top = try Self.json(CheckReport(result))
        let claims = try #require(top["claims"] as? [[String: Any]])
        #expect(claims.count == 4)
        for claim in claims {
            for key in ["id", "source", "kind", "text", "quote", "start", "end", "quote_start", "quote_end", "value", "extractor"] {
                #expect(claim[key] != nil, "claim is missing \(key)")
            }
            let source = try #require(claim["source"] as? String)
            let text = try #require(texts[source])
            let start = try #require(claim["start"] as? Int)
            let end = try #require(claim["end"] as? Int)
            let quoteStart = try #require(claim["quote_start"] as? Int)
            let quoteEnd = try #require(claim["quote_end"] as? Int)
            // The contract: text[start:end] == claim["text"], in code points.
            #expect(scalarSlice(text, start, end) == claim["text"] as? String)
            #expect(scalarSlice(text, quoteStart, quoteEnd) == claim["quote"] as? String)
            #expect((claim["quote"] as? String)?.contains(claim["text"] as? String ?? "\u{0}") == true)
            #expect((claim["id"] as? String)?.hasPrefix("c-") == true)
            let value = try #require(claim["value"] as? [String: Any])
            #expect(value["display"] is String)
        }
        let hundred = try #require(claims.first { $0["text"] as? String == "100" })
        #expect(hundred["start"] as? Int == 13, "微软🎉向OpenAI投资了 is 13 code points")
        #expect(hundred["end"] as? Int == 16)
        #expect(hundred["quote"] as? String == "微软🎉向OpenAI投资了100亿美元。")
        #expect(hundred["topic"] as? String == "Microsoft's investment in OpenAI")
        #expect(hundred["extractor"] as? String == "test-topic@2.0")
        #expect((hundred["value"] as? [String: Any])?["number"] as? Double == 100)
    }

    @Test func sourcesErrorsFindingsAndSummary() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let (result, texts) = try await Self.run(in: dir)
        let report = CheckReport(result)
        let top = try Self.json(report)

        let sources = try #require(top["sources"] as? [[String: Any]])
        #expect(sources.map { $0["id"] as? String } == ["a", "b"])
        let a = sources[0]
        #expect(a["file"] as? String == "in/a.txt")
        #expect(a["url"] == nil)
        #expect(a["language"] as? String == "zh-Hans")
        #expect(a["publisher"] as? String == "Báo A")
        #expect(a["published"] as? String == "2023-06")
        #expect(a["published_precision"] as? String == "month")
        #expect(a["characters"] as? Int == texts["a"]!.unicodeScalars.count)
        #expect(a["sentences"] as? Int == 2)
        #expect((a["content_hash"] as? String)?.count == 16)
        #expect(sources[1]["language"] as? String == "en")

        let errors = try #require(top["errors"] as? [[String: Any]])
        let messages = errors.compactMap { $0["message"] as? String }
        #expect(messages.first == "in/gone.txt: no such file")
        #expect(errors.first?["source"] as? String == "in/gone.txt")
        #expect(errors.first?["module"] == nil)
        // The sloppy extractor misbehaved on both readable sources.
        #expect(errors.filter { $0["module"] as? String == "test-sloppy@0.1" }.count == 2)
        #expect(messages.allSatisfy { !$0.contains("\n") })

        let conflicts = try #require(top["conflicts"] as? [[String: Any]])
        let findings = try #require(top["findings"] as? [[String: Any]])
        #expect(conflicts.count == 1)
        #expect(findings.isEmpty)
        let conflict = try #require(conflicts.first)
        #expect(conflict["verdict"] as? String == "conflict")
        #expect(conflict["status"] as? String == "open")
        #expect(conflict["checker"] as? String == "test-checker@1.0")
        let statements = try #require(conflict["statements"] as? [[String: Any]])
        #expect(statements.count == 4)
        for statement in statements {
            for key in ["source", "claim", "text", "quote", "start", "end", "value"] {
                #expect(statement[key] != nil, "statement is missing \(key)")
            }
        }

        let summary = try #require(top["summary"] as? [String: Any])
        #expect(summary["sources"] as? Int == 3)
        #expect(summary["sources_failed"] as? Int == 1)
        #expect(summary["claims"] as? Int == 4)
        #expect(summary["conflicts"] as? Int == 1)
        #expect(summary["open_conflicts"] as? Int == 1)
        #expect(summary["module_problems"] as? Int == 2)
    }

    @Test func reportDecodesBackAndPrintsSortedKeys() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let (result, _) = try await Self.run(in: dir)
        let data = try CheckReport(result).jsonData()
        let decoded = try JSONDecoder().decode(CheckReport.self, from: data)
        #expect(decoded.claims.map(\.id) == result.claims.map(\.id))
        #expect(decoded.summary.sourcesFailed == 1)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("微软🎉向OpenAI投资了100亿美元。"), "non-ASCII is written as is")
        #expect(!text.contains("\\/"), "slashes are not escaped")
        let schema = try #require(text.range(of: "\"schema\""))
        let claims = try #require(text.range(of: "\"claims\""))
        #expect(claims.lowerBound < schema.lowerBound, "keys are sorted")
    }

    @Test("the claims, encoded on every core and spliced in, give the bytes of one encoder pass")
    func splicedClaimsMatchOnePass() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let (result, _) = try await Self.run(in: dir)
        let report = CheckReport(result)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        #expect(!report.claims.isEmpty)
        #expect(try report.jsonData() == encoder.encode(report))
        let empty = CheckReport(CheckResult(documents: [], claims: [], findings: []))
        #expect(try empty.jsonData() == encoder.encode(empty))
    }

    @Test func emptyRun() throws {
        let result = CheckResult(documents: [], sourceErrors: [], moduleProblems: [], claims: [], findings: [], extractors: [], checkers: [])
        let top = try Self.json(CheckReport(result))
        #expect((top["claims"] as? [Any])?.isEmpty == true)
        #expect((top["errors"] as? [Any])?.isEmpty == true)
        #expect((top["summary"] as? [String: Any])?["sources"] as? Int == 0)
    }
}
