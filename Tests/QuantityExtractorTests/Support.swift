import ClaimsCore
import Foundation
import MultiplierRankExtractor
import QuantityExtractor
import Testing

/// The shipped value lexicons (Claims/lexicon/values), found from this file's own path.
enum ShippedLexicons {
    static let directory: URL = URL(fileURLWithPath: #filePath) // Tests/QuantityExtractorTests/Support.swift
        .deletingLastPathComponent() // Tests/QuantityExtractorTests
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent() // package root
        .appendingPathComponent("Claims/lexicon/values", isDirectory: true)

    /// Loaded once; a loading error is reported by every test that needs the lexicons.
    static let languages: Result<ValueLanguages, SourceError> = Result { () throws(SourceError) -> ValueLanguages in
        ValueLanguages(try ValueLexicons.load(from: directory))
    }
}

/// Which extractor a case runs through.
enum Module: String, Sendable {
    case quantities, multipliersRanks

    func extract(_ text: String, language: String) throws -> [Mention] {
        let languages = try ShippedLexicons.languages.get()
        let document = Document(
            source: SourceInfo(id: "t", location: .file(URL(fileURLWithPath: "/dev/null")), displayName: "t", language: language),
            text: text, abbreviations: languages.abbreviations
        )
        switch self {
        case .quantities: return QuantityExtractor(languages: languages).extract(from: document).mentions
        case .multipliersRanks: return MultiplierRankExtractor(languages: languages).extract(from: document).mentions
        }
    }
}

/// One expected mention: kind, surface, span in Unicode scalars and the normalized value.
struct Expected: Sendable, CustomStringConvertible {
    var kind: MentionKind
    var text: String
    var start: Int
    var end: Int
    var number: Double?
    var low: Double? = nil
    var high: Double? = nil
    var unit: String? = nil
    var hedge: String? = nil
    var display: String

    var description: String {
        "\(kind.rawValue) \"\(text)\" [\(start),\(end)) number=\(Self.show(number)) low=\(Self.show(low)) high=\(Self.show(high)) "
            + "unit=\(unit ?? "nil") hedge=\(hedge ?? "nil") display=\"\(display)\""
    }

    static func show(_ value: Double?) -> String { value.map { "\($0)" } ?? "nil" }

    /// The quantity mention that holds `surface` in `text`, with `number` as its value.
    static func readWhole(_ text: String, language: String, surface: String, number: Double) throws {
        let mentions = try Module.quantities.extract(text, language: language)
        let found = try #require(mentions.first { $0.text.contains(surface) }, "\(mentions.map(\.summary))")
        #expect(same(found.value.number, number), "\(found.summary)")
    }

    /// Values computed as products (0.9 × 2e8) may differ from the literal in the last bit.
    static func same(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case let (a?, b?): a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b))
        default: false
        }
    }

    func matches(_ mention: Mention) -> Bool {
        mention.kind == kind && mention.text == text && mention.span.start == start && mention.span.end == end
            && Self.same(mention.value.number, number) && Self.same(mention.value.low, low) && Self.same(mention.value.high, high)
            && mention.value.unit == unit && mention.value.hedge == hedge && mention.value.display == display
    }
}

extension Mention {
    var summary: String {
        Expected(kind: kind, text: text, start: span.start, end: span.end, number: value.number, low: value.low, high: value.high,
                 unit: value.unit, hedge: value.hedge, display: value.display).description
    }
}

/// A text in one language and everything one module must find in it, in order.
struct Case: Sendable, CustomTestStringConvertible {
    var language: String
    var module: Module
    var text: String
    var expected: [Expected]

    var testDescription: String { "[\(language) \(module.rawValue)] \(text.debugDescription)" }
}

/// Runs a case and compares the exact list of mentions.
func check(_ testCase: Case, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let mentions = try testCase.module.extract(testCase.text, language: testCase.language)
    let agrees = mentions.count == testCase.expected.count && zip(testCase.expected, mentions).allSatisfy { $0.matches($1) }
    #expect(agrees, """

        text:     \(testCase.text.debugDescription)
        expected: \(testCase.expected.map(\.description))
        actual:   \(mentions.map(\.summary))
        """, sourceLocation: sourceLocation)
    // Every span must quote its own surface.
    let scalars = Array(testCase.text.unicodeScalars)
    for mention in mentions {
        #expect(mention.span.end <= scalars.count && String(String.UnicodeScalarView(scalars[mention.span.start..<mention.span.end])) == mention.text,
                sourceLocation: sourceLocation)
    }
}

/// A text neither module may take a value from.
func checkNothing(_ text: String, language: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    for module in [Module.quantities, .multipliersRanks] {
        let mentions = try module.extract(text, language: language)
        #expect(mentions.isEmpty, "\(module.rawValue) found \(mentions.map(\.summary)) in \(text.debugDescription)",
                sourceLocation: sourceLocation)
    }
}
