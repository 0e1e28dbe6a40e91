import Foundation
import Testing
@testable import ClaimsCore

@Suite("SplicedJSON")
struct SplicedJSONTests {
    struct Item: Codable, Sendable {
        var text: String
        var start: Int
        var nested: [String: [Int]]
    }

    struct Whole: Encodable {
        var schema = "x/1"
        var errors: [String]
        var mentions: [Item]
        var sources: [String: String]
    }

    struct Head: Encodable {
        var schema = "x/1"
        var errors: [String]
        var mentions = SplicedJSON.marker
        var sources: [String: String]
    }

    static func items(_ count: Int) -> [Item] {
        (0..<count).map { index in
            // Quotes, new lines, slashes and scalars beyond ASCII inside strings must survive.
            Item(text: "“\(index)”\n\"q\" / 微软 🎉", start: index, nested: ["b": [index, 2], "a": []])
        }
    }

    @Test("the spliced text is the bytes one JSONEncoder pass gives", arguments: [0, 1, 2, 255, 256, 257, 2000])
    func sameBytes(count: Int) throws {
        let list = Self.items(count)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let expected = String(decoding: try encoder.encode(Whole(errors: ["e"], mentions: list, sources: ["s": "t"])), as: UTF8.self)
        let spliced = try SplicedJSON.encode(Head(errors: ["e"], sources: ["s": "t"]), list: list)
        #expect(spliced == expected)
    }

    @Test("an object without the marker is an error, not a silent loss of the list")
    func noMarker() {
        #expect(throws: (any Error).self) { try SplicedJSON.encode(["a": 1], list: Self.items(3)) }
    }
}
