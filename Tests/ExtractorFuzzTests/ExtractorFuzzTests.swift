import ClaimsCore
import ClaimsTestSupport
import Foundation
import MultiplierRankExtractor
import QuantityExtractor
import Testing

/// Random and adversarial text for the value extractors: they must never crash or hang, and
/// every span they report must lie inside the text and hold exactly the surface they claim.
/// The generator is seeded, so a failure names a seed that reproduces it.
@Suite("Value extractors under random and adversarial text")
struct ExtractorFuzzTests {
    static let languages: ValueLanguages = {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Claims/lexicon/values")
        return ValueLanguages(try! ValueLexicons.load(from: folder))
    }()

    static var extractors: [any ClaimExtractor] {
        [QuantityExtractor(languages: languages), MultiplierRankExtractor(languages: languages)]
    }

    /// Pieces that sit on the scanners' decision points: digits, separators, numerals, scale
    /// and currency words, hedges, percent signs, ranks, idioms, combining marks, line breaks.
    static let pieces: [String] = [
        "0", "1", "9", "12", "2023", "0912", "１２", "３", ".", ",", "，", "。", "-", "/", ":", "%", "％", " ", "  ", "\n", "\r\n", "\t",
        "一", "两", "兩", "十", "百", "千", "万", "萬", "亿", "億", "兆", "〇", "零", "数", "數", "几", "幾", "第", "倍", "多", "左右",
        "美元", "元", "人民币", "港元", "百分之", "个百分点", "个", "家", "名", "人", "年", "月", "日", "周", "号", "财年", "十分", "第三方",
        "triệu", "tỷ", "tỉ", "nghìn", "trăm", "hàng", "hai", "một", "năm", "thứ", "lần", "gấp đôi", "hơn", "khoảng", "ít nhất",
        "dưới", "đô la Mỹ", "USD", "US$", "$", "€", "£", "phần trăm", "điểm phần trăm", "người", "tháng",
        "million", "billion", "bn", "B", "k", "m", "percent", "percentage points", "more than", "about", "at least", "twice",
        "threefold", "times", "th", "st", "No.", "users", "GPT-", "Llama ", "Office ", "http://", "https://x.y/", "www.",
        "e\u{301}", "\u{301}", "\u{300}", "a", "Z", "😀", "\u{200B}", "\u{FEFF}", "\u{A0}", "(", ")", "（", "）",
    ]

    struct Generator {
        var random: SplitMix64

        init(state: UInt64) { random = SplitMix64(state: state) }

        mutating func below(_ bound: Int) -> Int { random.below(bound) }

        /// Mostly pieces from the list, sometimes any scalar at all.
        mutating func text(length: Int) -> String {
            var out = ""
            for _ in 0..<length {
                if below(8) == 0 {
                    var value = UInt32(below(0x2FFFF))
                    if (0xD800...0xDFFF).contains(value) { value = 0x4E00 }
                    out.unicodeScalars.append(Unicode.Scalar(value) ?? "x")
                } else {
                    out += ExtractorFuzzTests.pieces[below(ExtractorFuzzTests.pieces.count)]
                }
            }
            return out
        }
    }

    static func check(_ text: String, language: String) -> [String] {
        let document = Document(source: SourceInfo(id: "fuzz", location: .file(URL(fileURLWithPath: "/dev/null")),
                                                   displayName: "fuzz", language: language), text: text)
        var failures: [String] = []
        for extractor in extractors {
            for mention in extractor.extract(from: document).mentions {
                let span = mention.span
                guard span.start >= 0, span.end <= document.scalars.count, span.start < span.end else {
                    failures.append("\(extractor.moduleDescription.name): span \(span.start)..<\(span.end) outside 0..<\(document.scalars.count)")
                    continue
                }
                let surface = document.text(in: span) ?? ""
                if !surface.unicodeScalars.elementsEqual(mention.text.unicodeScalars) {
                    failures.append("\(extractor.moduleDescription.name): span holds \"\(surface)\", mention says \"\(mention.text)\"")
                }
                if let number = mention.value.number, !number.isFinite {
                    failures.append("\(extractor.moduleDescription.name): non-finite value for \"\(mention.text)\"")
                }
                if let low = mention.value.low, let high = mention.value.high, low > high {
                    failures.append("\(extractor.moduleDescription.name): interval \(low)...\(high) for \"\(mention.text)\"")
                }
            }
        }
        return failures
    }

    @Test(arguments: ["zh-Hans", "zh-Hant", "vi", "en", "und"])
    func randomTextKeepsSpansExact(_ language: String) {
        var generator = Generator(state: UInt64(language.unicodeScalars.reduce(17) { $0 &* 31 &+ Int($1.value) }))
        for round in 0..<400 {
            let text = generator.text(length: 1 + generator.below(60))
            let failures = Self.check(text, language: language)
            #expect(failures.isEmpty, "round \(round), text \(text.debugDescription): \(failures)")
            if !failures.isEmpty { return }
        }
    }

    /// Long runs that stress loops: 100k digits, endless separators, nested numerals, a long line.
    @Test(arguments: ["zh-Hans", "vi", "en"])
    func adversarialRunsFinishAndStayExact(_ language: String) {
        let cases = [
            String(repeating: "9", count: 100_000),
            String(repeating: "1,000", count: 20_000),
            String(repeating: "1.000.", count: 20_000),
            String(repeating: "十百千万亿", count: 20_000),
            String(repeating: "数", count: 50_000) + "十亿美元",
            String(repeating: "hơn ", count: 20_000) + "10 tỷ USD",
            String(repeating: "\u{301}", count: 50_000) + "5%",
            String(repeating: "$", count: 50_000) + "10B",
            String(repeating: "第", count: 50_000) + "18",
            String(repeating: "http://", count: 10_000),
            String(repeating: "12 ", count: 30_000),
            "",
        ]
        for text in cases {
            let failures = Self.check(text, language: language)
            #expect(failures.isEmpty, "\(text.prefix(40).debugDescription)…: \(failures.prefix(3))")
        }
    }

    @Test func theShippedCorpusYieldsOnlyExactSpans() throws {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Claims/sources")
        let manifest = try SourceManifest.load(from: folder.appendingPathComponent("sources.json"))
        for entry in manifest.entries {
            let text = try String(contentsOf: folder.appendingPathComponent(entry.file ?? ""), encoding: .utf8)
            #expect(Self.check(text, language: entry.language ?? "und").isEmpty)
        }
    }
}
