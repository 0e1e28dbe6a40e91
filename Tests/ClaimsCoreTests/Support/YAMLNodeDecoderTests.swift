import ClaimsTestSupport
import Foundation
import Testing
import Yams
@testable import ClaimsCore

/// The lexicons' YAML decoder: values as Yams reads them, keys nothing read named by their path.
@Suite("YAML node decoder")
struct YAMLNodeDecoderTests {
    struct Sample: Codable, Equatable {
        enum Colour: String, Codable { case red, green }
        struct Inner: Codable, Equatable {
            var name: String
            var weight: Double?
        }
        var count: Int
        var ratio: Double
        var flag: Bool
        var label: String
        var digits: String
        var missing: String?
        var nothing: Int?
        var colour: Colour
        var words: [String: [String]]
        var table: [String: Double]
        var items: [Inner]
        var nested: [[Int]]
    }

    static let sample = """
        count: 12
        ratio: 1e-05
        flag: yes
        label: 'quoted: text'
        digits: 0042
        nothing: ~
        colour: green
        words: {en: [one, two], vi: [một]}
        table: {"1": 2.5, km: 1, mile: 1.609344}
        items:
          - {name: a}
          - {name: b, weight: 3}
        nested: [[1, 2], [], [3]]
        """

    @Test("reads every kind of value as Yams' own decoder does")
    func sameAsYams() throws {
        let ours = try YAMLNodeDecoder.decode(Sample.self, from: Self.sample)
        let theirs = try YAMLDecoder().decode(Sample.self, from: Self.sample)
        #expect(ours.value == theirs)
        #expect(ours.unread.isEmpty)
        #expect(ours.value.digits == "0042")
        #expect(ours.value.nothing == nil)
    }

    @Test("the shipped value lexicons decode as Yams decodes them")
    func shippedValueLexicons() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Claims/lexicon/values").standardizedFileURL
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(names.count >= 5)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let ours = try YAMLNodeDecoder.decode(ValueLexicons.File.self, from: text)
            let theirs = try YAMLDecoder().decode(ValueLexicons.File.self, from: text)
            #expect(try encoder.encode(ours.value) == encoder.encode(theirs), "\(name)")
            #expect(ours.unread.isEmpty, "\(name): \(ours.unread)")
        }
    }

    @Test("keys nothing read are named by their path; null values and read keys are not")
    func unreadKeys() throws {
        let text = """
            count: 1
            ratio: 2
            flag: no
            label: x
            digits: "7"
            colour: red
            colur: blue
            extra: ~
            words: {}
            table: {}
            items: [{name: a, wieght: 2}, {name: b}]
            nested: []
            """
        let (value, unread) = try YAMLNodeDecoder.decode(Sample.self, from: text)
        #expect(value.items.map(\.name) == ["a", "b"])
        #expect(unread == ["colur", "items[0].wieght"])
    }

    @Test("a wrong type names the path and the line")
    func typeErrors() {
        #expect {
            _ = try YAMLNodeDecoder.decode(Sample.Inner.self, from: "name: [a, b]")
        } throws: { error in
            String(describing: error).contains("name (line 1): expected String")
        }
    }

    @Test("a concept or topic lexicon with a misspelt key is an error naming the file and the key")
    func strictConceptAndTopicLexicons() throws {
        let folder = try TemporaryFolder("yaml-strict")
        defer { folder.remove() }
        try folder.write("concepts/core.yaml", "concepts:\n  - {id: people, role: measure, wrods: {en: [people]}, words: {en: [people]}}\n")
        #expect {
            _ = try ConceptLexicon.load(from: [folder.path("concepts")])
        } throws: { error in
            let text = String(describing: error)
            return text.contains("core.yaml") && text.contains("concepts[0].wrods")
        }
        try folder.write("topics/entities.yaml", "entities:\n  - {id: acme, nmes: {en: [Acme]}, names: {en: [Acme]}}\n")
        #expect {
            _ = try TopicLexicon.load(from: [folder.path("topics")])
        } throws: { error in
            let text = String(describing: error)
            return text.contains("entities.yaml") && text.contains("entities[0].nmes: unknown key")
        }
    }
}
