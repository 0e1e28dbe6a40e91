import ClaimsCore
import IdentifierExtractor
import Testing

@Suite("Codes: flight numbers, models, registrations")
struct IdentifierScannerTests {
    static func codes(_ text: String) -> [String] {
        IdentifierScanner.scan(Array(text.unicodeScalars)) { $0 == "USD" }.map(\.text)
    }

    @Test("codes in every script, standing alone or against Han characters", arguments: [
        ("Flight QV301 crashed into the Mekong", ["QV301"]),
        ("chuyến bay QV301 hôm 16/10", ["QV301"]),
        ("航班号为QV301,机上", ["QV301"]),
        ("ATR-72涡轮螺旋桨飞机", ["ATR-72"]),
        ("các máy bay ATR-72, Airbus A320 và MA60.", ["ATR-72", "A320", "MA60"]),
        ("MH17 was shot down; registration VN-A322.", ["MH17"]),
        ("Jeju Air flight 7C2216 and 濟州航空7C2216航班", ["7C2216", "7C2216"]),
    ])
    func found(text: String, expected: [String]) {
        #expect(Self.codes(text) == expected)
    }

    @Test("not codes: short series, long words, numbers, paths and money", arguments: [
        "the G20 summit and the U23 team",
        "COVID-19 and SARS-CoV-2 and H5N1",
        "GPT-4 and Windows 10 and Boeing 737",
        "PM2.5 levels and AB12.5 and AB12,5",
        "see example.com/QV301 or a_QV301 or QV301x",
        "it cost USD500 in the end",
        "QV3 and QV123456",
        "a 3D model, 4K video at 5G speeds, 2A12 and 7C-2216",
    ])
    func notFound(text: String) {
        #expect(Self.codes(text).isEmpty, "\(Self.codes(text))")
    }

    @Test("a code's value drops its hyphens; its series is its letters")
    func value() throws {
        let mention = try #require(IdentifierScanner.scan(Array("the ATR-72 landed".unicodeScalars)) { _ in false }.first)
        #expect(mention.kind == .identifier)
        #expect(mention.value.display == "ATR72")
        #expect(mention.value.unit == "ATR")
        #expect(mention.span == TextSpan(start: 4, end: 10))
    }
}
