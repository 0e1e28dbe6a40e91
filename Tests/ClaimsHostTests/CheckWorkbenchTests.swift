import Foundation
import ClaimsTestSupport
import Testing

/// `claims check` over the repository's own workbench (Claims/sources), run from the package
/// root with no arguments. These runs only read.
@Suite("claims check on the shipped sources")
struct CheckWorkbenchTests {
    struct ExpectedSource: Sendable {
        var id: String
        var language: String
        var published: String
        var precision: String
    }

    static let shippedSources: [ExpectedSource] = [
        ExpectedSource(id: "000_45c7622f861a0cf2", language: "zh-Hans", published: "2023-06-17", precision: "day"),
        ExpectedSource(id: "001_59d5675ab259f8be", language: "zh-Hans", published: "2023-06", precision: "month"),
        ExpectedSource(id: "002_2148537bf86bee6f", language: "zh-Hant", published: "2023-08", precision: "month"),
        ExpectedSource(id: "003_122b33ad68ad62ca", language: "vi", published: "2023-06", precision: "month"),
        ExpectedSource(id: "004_d3eff461d5ab2064", language: "zh-Hans", published: "2025-04-29", precision: "day"),
    ]

    /// The shipped sources file, read as code points.
    static func sourceText(_ source: Report.Source) throws -> CodePoints {
        let file = try #require(source.file, "source \(source.id) has no file")
        let url = file.hasPrefix("/") ? URL(fileURLWithPath: file) : Claims.packageRoot.appendingPathComponent(file)
        return try CodePoints(contentsOf: url)
    }

    @Test("--format json with no arguments reads the five shipped sources with their metadata")
    func jsonSources() async throws {
        let result = try await Claims.run(["check", "--format", "json"], in: Claims.packageRoot)
        #expect(result.status == 0, "\(result.summary)")
        #expect(result.errorLines.isEmpty, "\(result.summary)")
        let report = try Report.decode(result)

        #expect(report.sources.map(\.id) == Self.shippedSources.map(\.id))
        #expect(report.sources.map(\.language) == Self.shippedSources.map(\.language))
        #expect(report.sources.map(\.published) == Self.shippedSources.map(\.published))
        #expect(report.sources.map(\.publishedPrecision) == Self.shippedSources.map(\.precision))
        for source in report.sources {
            let file = try #require(source.file)
            #expect(file.hasSuffix("Claims/sources/\(source.id).txt"), "\(file)")
            #expect(source.url == nil)
            let text = try Self.sourceText(source)
            #expect(source.characters == text.scalars.count, "\(source.id)")
            #expect(source.sentences > 0)
        }
        #expect(report.errors.isEmpty)
        #expect(report.summary.sources == 5)
        #expect(report.summary.sourcesFailed == 0)
        #expect(report.summary.claims == report.claims.count)
    }

    @Test("every claim's text and quote are the exact code-point slices of its source file")
    func claimOffsets() async throws {
        let result = try await Claims.run(["check", "--format", "json"], in: Claims.packageRoot)
        #expect(result.status == 0, "\(result.summary)")
        let report = try Report.decode(result)
        #expect(report.claims.count >= 5)

        let sources = Dictionary(uniqueKeysWithValues: report.sources.map { ($0.id, $0) })
        var ids: Set<String> = []
        for source in report.sources {
            let text = try Self.sourceText(source)
            let claims = report.claims(of: source.id)
            #expect(claims.map(\.start) == claims.map(\.start).sorted(), "claims of \(source.id) are not in text order")
            for claim in claims {
                #expect(ids.insert(claim.id).inserted, "duplicate claim id \(claim.id)")
                #expect(claim.id.wholeMatch(of: /c-[0-9a-f]{12}/) != nil, "\(claim.id)")
                #expect(!claim.text.isEmpty)
                #expect(claim.quote.contains(claim.text), "\(claim.id): quote does not contain \"\(claim.text)\"")
                #expect(claim.quoteStart <= claim.start && claim.end <= claim.quoteEnd, "\(claim.id)")
                #expect(text[claim.start..<claim.end] == claim.text, "\(claim.id) \(claim.start)..<\(claim.end)")
                #expect(text[claim.quoteStart..<claim.quoteEnd] == claim.quote, "\(claim.id) quote \(claim.quoteStart)..<\(claim.quoteEnd)")
                #expect(["quantities@", "multipliers-ranks@", "dates@", "identifiers@"].contains { claim.extractor.hasPrefix($0) }, "\(claim.extractor)")
                #expect(!claim.value.display.isEmpty)
            }
        }
        #expect(report.claims.allSatisfy { sources[$0.source] != nil }, "a claim names a source that is not in sources")
    }

    @Test("finds Microsoft's 49% stake in 000_45c7622f861a0cf2")
    func findsTheStake() async throws {
        let result = try await Claims.run(["check", "--format", "json"], in: Claims.packageRoot)
        let report = try Report.decode(result)
        let stake = report.claims(of: "000_45c7622f861a0cf2").filter { $0.text == "49%" }
        #expect(stake.count == 1)
        let claim = try #require(stake.first)
        #expect(claim.kind == "percentage")
        #expect(claim.value.number == 49)
        #expect(claim.value.unit == "percent")
        #expect(claim.value.display == "49%")
        #expect(claim.quote.contains("微软只占股 49%"))
    }

    @Test("nothing is reported from 004's navigation list (\"  5. 5\") or its \"7 hours ago\" stamp")
    func navigationIsIgnored() async throws {
        let result = try await Claims.run(["check", "--format", "json"], in: Claims.packageRoot)
        let report = try Report.decode(result)
        let source = try #require(report.sources.first { $0.id == "004_d3eff461d5ab2064" })
        let text = try Self.sourceText(source)
        let navigation = text.lineRanges { $0.wholeMatch(of: /\s*\d+\.\s*\d+\s*/) != nil }
        #expect(navigation.count >= 10, "the navigation lines of 004 were not found: \(navigation)")
        #expect(navigation.contains { text[$0] == "  5. 5" })
        let stamps = text.lineRanges { $0 == "7 hours ago" }
        #expect(stamps.count == 1)
        for claim in report.claims(of: source.id) {
            for line in navigation + stamps {
                #expect(!line.overlaps(claim.start..<claim.end), "claim \(claim.id) \"\(claim.text)\" lies on the line \"\(text[line] ?? "")\"")
            }
        }
    }

    @Test("the default table output names every source and exits 0")
    func table() async throws {
        let result = try await Claims.run(["check", "--no-ledger", "--claims"], in: Claims.packageRoot, environment: ["COLUMNS": "200"])
        #expect(result.status == 0, "\(result.summary)")
        for source in Self.shippedSources {
            #expect(result.stdout.contains(source.id), "table lacks \(source.id)")
        }
        #expect(result.stdout.contains("49%"))
        // A table is not JSON.
        #expect((try? JSONSerialization.jsonObject(with: result.stdoutData)) == nil)
    }

    /// Terminal cells of a line, wide characters counted twice.
    static func cells(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { total, scalar in
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v)
            let zero = (0x0300...0x036F).contains(v)
            return total + (zero ? 0 : wide ? 2 : 1)
        }
    }

    @Test("the table answers first: summary, conflicts, findings, sources; claims on --claims; 100 columns; values whole")
    func answerFirst() async throws {
        let plain = try await Claims.run(["check", "--no-ledger"], in: Claims.packageRoot)
        #expect(plain.status == 0, "\(plain.summary)")
        let lines = plain.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix("5 sources read, ") == true, "\(lines.first ?? "")")
        #expect(lines.first?.contains("1 conflict (1 open)") == true, "\(lines.first ?? "")")
        let conflicts = try #require(lines.firstIndex { $0.hasPrefix("Conflicts (") })
        let sources = try #require(lines.firstIndex { $0.hasPrefix("Sources (") })
        #expect(conflicts < 4 && conflicts < sources, "conflicts come first")
        #expect(!lines.contains { $0.hasPrefix("Claims (") }, "claims are listed only on --claims")
        #expect(plain.stdout.contains("--claims lists each in its sentence"))
        // 100 columns when stdout is not a terminal and COLUMNS is unset.
        for line in lines { #expect(Self.cells(line) <= 100, "too wide (\(Self.cells(line))): \(line)") }

        let listed = try await Claims.run(["check", "--no-ledger", "--claims"], in: Claims.packageRoot)
        let rows = listed.stdout.split(separator: "\n")
        let claimsAt = try #require(rows.firstIndex { $0.hasPrefix("Claims (") })
        #expect(claimsAt > (rows.firstIndex { $0.hasPrefix("Sources (") } ?? .max))
        for line in rows { #expect(Self.cells(line) <= 100, "too wide: \(line)") }
        // Values are printed whole, never cut with "…" ...
        let report = try Report.decode(try await Claims.run(["check", "--no-ledger", "--format", "json"], in: Claims.packageRoot))
        for claim in report.claims where claim.kind != "count" {
            #expect(listed.stdout.contains(" " + claim.value.display + "  "), "value cut or missing: \(claim.value.display)")
        }
        // ... and a count's label only when its description read it as the counted noun.
        let countRows = rows[claimsAt...].filter { $0.hasPrefix("    count ") }
        #expect(!countRows.isEmpty)
        #expect(!countRows.contains { $0.contains("2 chắc chắn") || $0.contains("2 公司合作关系") }, "\(countRows)")
        #expect(countRows.contains { $0.contains("2 公司  ") }, "\(countRows)")
    }

    @Test("the JSON contract: top-level fields, sources' fields, arrays")
    func contract() async throws {
        let result = try await Claims.run(["check", "--format", "json"], in: Claims.packageRoot)
        #expect(result.status == 0, "\(result.summary)")
        let top = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let required: Set<String> = ["schema", "tool", "modules", "sources", "errors", "claims", "conflicts", "findings", "summary"]
        #expect(required.isSubset(of: Set(top.keys)), "missing: \(required.subtracting(top.keys))")
        #expect(top["schema"] as? String == "claims.check/1")
        let tool = try #require(top["tool"] as? [String: Any])
        #expect(tool["name"] as? String == "claims")
        #expect(tool["version"] is String)
        let modules = try #require(top["modules"] as? [[String: Any]])
        #expect(modules.contains { $0["name"] as? String == "quantities" && $0["kind"] as? String == "extractor" })
        let sources = try #require(top["sources"] as? [[String: Any]])
        #expect(sources.count == 5)
        for source in sources {
            for key in ["id", "file", "language", "published", "published_precision", "content_hash", "characters", "sentences"] {
                #expect(source[key] != nil, "source \(source["id"] ?? "?") lacks \(key)")
            }
            #expect((source["content_hash"] as? String)?.wholeMatch(of: /[0-9a-f]{16}/) != nil)
        }
        #expect(top["errors"] is [Any])
        #expect(top["claims"] is [Any])
        #expect(top["conflicts"] is [Any])
        #expect(top["findings"] is [Any])
        let claims = try #require(top["claims"] as? [[String: Any]])
        for claim in claims {
            for key in ["id", "source", "kind", "text", "quote", "start", "end", "quote_start", "quote_end", "value", "extractor"] {
                #expect(claim[key] != nil, "claim \(claim["id"] ?? "?") lacks \(key)")
            }
        }
        let summary = try #require(top["summary"] as? [String: Any])
        for key in ["sources", "sources_failed", "claims", "conflicts", "open_conflicts", "module_problems"] {
            #expect(summary[key] is Int, "summary lacks \(key)")
        }
    }
}
