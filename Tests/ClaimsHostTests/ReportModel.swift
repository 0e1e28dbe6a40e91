import Foundation
import ClaimsTestSupport
import Testing

/// The `claims check --format json` contract (docs/json-contract.md), decoded independently of the
/// implementation's own types.
struct Report: Decodable, Sendable {
    struct Tool: Decodable, Sendable {
        var name: String
        var version: String
    }

    struct Module: Decodable, Sendable {
        var name: String
        var kind: String
        var version: String
        var languages: [String]
    }

    struct Source: Decodable, Sendable {
        var id: String
        var file: String?
        var url: String?
        var language: String?
        var title: String?
        var published: String?
        var publishedPrecision: String?
        var contentHash: String
        var characters: Int
        var sentences: Int
    }

    struct Problem: Decodable, Sendable {
        var source: String?
        var module: String?
        var message: String
    }

    struct Value: Decodable, Sendable {
        var display: String
        var number: Double?
        var unit: String?
    }

    struct Claim: Decodable, Sendable {
        var id: String
        var source: String
        var kind: String
        var text: String
        var quote: String
        var start: Int
        var end: Int
        var quoteStart: Int
        var quoteEnd: Int
        var value: Value
        var extractor: String
    }

    struct Finding: Decodable, Sendable {
        var id: String
        var verdict: String
    }

    struct Summary: Decodable, Sendable {
        var sources: Int
        var sourcesFailed: Int
        var claims: Int
        var conflicts: Int
        var openConflicts: Int
        var moduleProblems: Int
    }

    var schema: String
    var tool: Tool
    var modules: [Module]
    var sources: [Source]
    var errors: [Problem]
    var claims: [Claim]
    var conflicts: [Finding]
    var findings: [Finding]
    var summary: Summary

    static func decode(_ result: RunResult) throws -> Report {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            return try decoder.decode(Report.self, from: result.stdoutData)
        } catch {
            throw ClaimsRunError(description: "stdout is not a claims.check report (\(error)):\n\(result.stdout.prefix(2000))\n\(result.summary)")
        }
    }

    func claims(of source: String) -> [Claim] { claims.filter { $0.source == source } }
}

/// A text file read the way the contract counts offsets: UTF-8, a leading BOM removed, indexed by
/// Unicode scalar (as Python's `str` is).
struct CodePoints {
    let scalars: [Unicode.Scalar]

    init(contentsOf url: URL) throws {
        var data = try Data(contentsOf: url)
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data = data.dropFirst(3) }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ClaimsRunError(description: "\(url.path) is not UTF-8")
        }
        scalars = Array(text.unicodeScalars)
    }

    subscript(range: Range<Int>) -> String? {
        guard range.lowerBound >= 0, range.upperBound <= scalars.count else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// The scalar ranges of the lines (without their line break) for which `matches` holds.
    func lineRanges(where matches: (String) -> Bool) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" {
            if let line = self[start..<index], matches(line) { ranges.append(start..<index) }
            start = index + 1
        }
        return ranges
    }
}
