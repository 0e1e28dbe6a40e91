import ClaimsCore
import Foundation
import Testing

/// The entity and attribute lexicons as shipped, and extended by a user's own YAML folder.
@Suite("Topic lexicon: shipped files plus a user's folder")
struct TopicLexiconTests {
    @Test("a second folder adds entities without code; the shipped ones stay")
    func extraFolderAddsEntities() throws {
        let shipped = try TopicLexicon.load(from: [Stage.lexiconDirectory])
        let extended = try Stage.shared().topics
        for id in ["acme", "beta", "gamma", "delta"] {
            #expect(!shipped.entities.contains { $0.id == id }, "\(id) should not be shipped")
            #expect(extended.entities.contains { $0.id == id }, "\(id) missing from the extended lexicon")
        }
        #expect(extended.entities.first { $0.id == "beta" }?.label == "Beta")
        #expect(extended.entities.first { $0.id == "acme" }?.type == "organization")
        // Nothing shipped is lost, and the attributes are the shipped ones.
        #expect(Set(shipped.entities.map(\.id)).isSubset(of: Set(extended.entities.map(\.id))))
        #expect(extended.entities.count == shipped.entities.count + 4)
        #expect(extended.attributes.map(\.id) == shipped.attributes.map(\.id))
    }

    @Test("the shipped attributes carry their kinds and flags from attributes.yaml")
    func shippedAttributeFlags() throws {
        let topics = try Stage.shared().topics
        func attribute(_ id: String) throws -> Attribute { try #require(topics.attributes.first { $0.id == id }) }
        #expect(try attribute("invested").kinds == [.money])
        #expect(try attribute("stake").kinds == [.percentage])
        #expect(try attribute("founded").kinds == [.date])
        #expect(try attribute("deaths").grows)
        #expect(try !attribute("deaths").perEntity)
        #expect(try attribute("users").isNoun)
        #expect(try !attribute("invested").grows)
        #expect(try attribute("invested").perEntity)
    }

    struct Naming: Sendable, CustomTestStringConvertible {
        var language: String
        var text: String
        var value: String
        var testDescription: String { "\(language): \(text)" }
    }

    @Test("one entity under its name in each language: the claims get the same topic key", arguments: [
        Naming(language: "en", text: "Acme invested $2 billion in Beta.", value: "$2 billion"),
        Naming(language: "vi", text: "Acme đầu tư 2 tỷ USD vào Beta.", value: "2 tỷ USD"),
        Naming(language: "zh-Hans", text: "阿克米向贝塔投资20亿美元。", value: "20亿美元"),
        Naming(language: "zh-Hant", text: "阿克米向貝塔投資20億美元。", value: "20億美元"),
        // Latin names are read in Chinese text too.
        Naming(language: "zh-Hant", text: "Acme向Beta投資20億美元。", value: "20億美元"),
    ])
    func namesInEachLanguage(_ naming: Naming) throws {
        let claims = try Stage.shared().claims(naming.text, language: naming.language)
        let claim = try #require(claims.first { $0.text == naming.value }, "\(claims.map(\.text))")
        #expect(claim.topic?.key == "invested|acme|beta")
        #expect(claim.context?.attribute == "invested")
        #expect(Set(claim.context?.entities ?? []) == ["acme", "beta"])
        #expect(claim.value.number == 2e9)
        #expect(claim.value.unit == "USD")
    }

    @Test("without the user's folder the made-up companies are unknown: the claim is about no entity")
    func withoutExtraFolder() throws {
        let stage = try Stage.shared()
        let shippedOnly = ClaimBuilder(lexicon: try TopicLexicon.load(from: [Stage.lexiconDirectory]))
        let claims = stage.claims("Acme invested $2 billion in Beta.", language: "en", builder: shippedOnly)
        let claim = try #require(claims.first { $0.text == "$2 billion" })
        #expect(claim.topic?.key == "invested")
        #expect(claim.context?.entities == [])
    }

    @Test("a broken YAML file in the user's folder is an error naming that file")
    func brokenExtraFile() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("checking-tests-broken-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("mine.yaml")
        try Data("entities:\n  - id: acme\n    names: [not, a, map]\n".utf8).write(to: file)
        #expect {
            _ = try TopicLexicon.load(from: [Stage.lexiconDirectory, folder])
        } throws: { error in
            guard let error = error as? SourceError else { return false }
            return error.source.hasSuffix("mine.yaml") && error.problem.contains("lexicon")
        }
    }
}
