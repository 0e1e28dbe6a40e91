import Foundation

/// The `claims check --format json` contract (docs/json-contract.md), decoded independently of the
/// implementation's own types: the command-line tests check the contract, not the Swift model.
/// Shared by the test targets that read reports.
public struct Report: Decodable, Sendable {
    public struct Tool: Decodable, Sendable {
        public var name: String
        public var version: String
    }

    public struct Module: Decodable, Sendable {
        public var name: String
        public var kind: String
        public var version: String
        public var languages: [String]
    }

    public struct Source: Decodable, Sendable {
        public var id: String
        public var file: String?
        public var url: String?
        public var language: String?
        public var title: String?
        public var published: String?
        public var publishedPrecision: String?
        public var contentHash: String
        public var characters: Int
        public var sentences: Int
    }

    public struct Problem: Decodable, Sendable {
        public var source: String?
        public var module: String?
        public var message: String
    }

    public struct Value: Decodable, Sendable, Hashable {
        public var display: String
        public var number: Double?
        public var unit: String?
    }

    public struct Claim: Decodable, Sendable, Hashable {
        public var id: String
        public var source: String
        public var kind: String
        public var text: String
        public var quote: String
        public var start: Int
        public var end: Int
        public var quoteStart: Int
        public var quoteEnd: Int
        public var value: Value
        public var topic: String?
        public var extractor: String
    }

    public struct Statement: Decodable, Sendable, Hashable {
        public var source: String
        public var claim: String
        public var text: String
        public var start: Int
        public var end: Int
    }

    public struct Finding: Decodable, Sendable, Hashable {
        public var id: String
        public var verdict: String
        public var checker: String
        public var topic: String
        public var statements: [Statement]
    }

    public struct Summary: Decodable, Sendable {
        public var sources: Int
        public var sourcesFailed: Int
        public var claims: Int
        public var conflicts: Int
        public var openConflicts: Int
        public var moduleProblems: Int
    }

    public var schema: String
    public var tool: Tool
    public var modules: [Module]
    public var sources: [Source]
    public var errors: [Problem]
    public var claims: [Claim]
    public var conflicts: [Finding]
    public var findings: [Finding]
    public var summary: Summary

    /// The report a run printed on stdout; an error quoting the output when it is not one.
    public static func decode(_ result: RunResult) throws -> Report {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            return try decoder.decode(Report.self, from: result.stdoutData)
        } catch {
            throw ClaimsRunError(description: "stdout is not a claims.check report (\(error)):\n\(result.stdout.prefix(2000))\n\(result.summary)")
        }
    }

    public func claims(of source: String) -> [Claim] { claims.filter { $0.source == source } }
    public func claims(by tag: String) -> [Claim] { claims.filter { $0.extractor == tag } }
    public func claims(notBy tag: String) -> [Claim] { claims.filter { $0.extractor != tag } }
}
