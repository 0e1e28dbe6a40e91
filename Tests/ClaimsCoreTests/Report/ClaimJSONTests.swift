import Foundation
import Testing
@testable import ClaimsCore

@Suite("ClaimJSON: claims written by hand, the bytes of JSONEncoder")
struct ClaimJSONTests {
    /// Claims as `check --format json` would hold them, every optional field present or absent,
    /// with the strings and numbers an encoder treats specially.
    static let entries: [String] = [
        #"""
        {"id": "c-1", "source": "a/b\\c", "kind": "count", "text": "5 \"quoted\" people", "quote": "line\nbreak\ttab \u0001 \u001f \u007f 🎉 微软 / slash",
         "start": 3, "end": 11, "quote_start": 0, "quote_end": 40, "topic": "deaths · toll",
         "value": {"display": "5 people", "number": 5, "low": 4.5, "high": 1e23, "unit": "people", "hedge": "about", "zone": "+08:00"},
         "about": {"attribute": "deaths", "entities": ["openai", "微软"], "period": "2023", "counted": "people", "subset": true, "reference": "as of Friday"},
         "description": {"measure": {"key": "people", "text": "people", "start": 5, "end": 11, "role": "measure", "weight": 1},
                         "predicate": {"key": "killed", "text": "killed", "start": 12, "end": 18, "weight": 0.87},
                         "terms": [{"key": "a", "text": "x", "start": 0, "end": 1, "weight": 0.1}, {"key": "b", "text": "y", "start": 2, "end": 3, "role": "place", "weight": 2.5e-7}],
                         "names": [], "scope": ["foreign"], "attribution": "theo \"Bộ\"", "attribution_keys": ["ministry"], "update": true, "grows": false,
                         "changes": true, "unit": "distance", "scale": 1.609344, "offset": -17.77777777777778, "repeated": false,
                         "co_values": [{"kind": "count", "value": 38, "measure": "injured", "display": "38 injured"}, {"kind": "date", "value": -0.5, "display": "x"}],
                         "clause_names": ["pakse"], "utc_offset": 480, "zone": "Asia/Taipei"},
         "extractor": "quantities@1.0.0"}
        """#,
        #"""
        {"id": "c-2", "source": "s", "kind": "date", "text": "2019 Q3", "quote": "In 2019 Q3.", "start": 3, "end": 10, "quote_start": 0, "quote_end": 11,
         "value": {"display": "2019 Q3", "low": 18078, "high": 18170, "precision": "quarter", "unit": "date", "anchor": "2019-06-01"}, "extractor": "dates@1.0.0"}
        """#,
        #"""
        {"id": "c-3", "source": "s", "kind": "number", "text": "0", "quote": "", "start": 0, "end": 1, "quote_start": 0, "quote_end": 1,
         "value": {"display": "0", "number": -3}, "description": {"terms": [], "names": [], "scope": [], "attribution_keys": [], "update": false,
         "grows": false, "changes": false, "repeated": false, "co_values": [], "clause_names": []}, "extractor": "e"}
        """#,
    ]

    @Test("each claim, alone and in a list, is written byte for byte as JSONEncoder writes it", arguments: 0..<3)
    func sameBytes(index: Int) throws {
        let entry = try JSONDecoder().decode(CheckReport.ClaimEntry.self, from: Data(Self.entries[index].utf8))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var out: [UInt8] = []
        ClaimJSON.write(entry, indent: 0, into: &out)
        #expect(String(decoding: out, as: UTF8.self) == String(decoding: try encoder.encode(entry), as: UTF8.self))
        struct Frame: Encodable { var claims = SplicedJSON.marker }
        let spliced = try SplicedJSON.encode(Frame(), list: [entry, entry], write: { ClaimJSON.write($0, indent: $1, into: &$2) })
        struct Plain: Encodable { var claims: [CheckReport.ClaimEntry] }
        #expect(spliced == String(decoding: try encoder.encode(Plain(claims: [entry, entry])), as: UTF8.self))
    }
}
