import ArabicNumeralExtractor
import ClaimsCore
import Foundation
import Testing

// Table-driven tests of the arabic-numerals scanner. Spans are Unicode scalar offsets (the
// offsets Python's str indexing uses), computed independently of the scanner.

/// One mention the scanner must report, in text order.
struct ExpectedMention: Sendable, Equatable, CustomStringConvertible {
    var kind: MentionKind
    var text: String
    var span: Range<Int>
    var number: Double
    var display: String
    var unit: String?

    init(_ kind: MentionKind, _ text: String, _ span: Range<Int>, number: Double, display: String, unit: String?) {
        self.kind = kind
        self.text = text
        self.span = span
        self.number = number
        self.display = display
        self.unit = unit
    }

    init(_ mention: Mention) {
        self.init(mention.kind, mention.text, mention.span.start..<mention.span.end,
                  number: mention.value.number ?? .nan, display: mention.value.display, unit: mention.value.unit)
    }

    var description: String {
        "\(kind.rawValue) \"\(text)\" \(span.lowerBound)..<\(span.upperBound) = \(number) (\(display)\(unit.map { ", " + $0 } ?? ""))"
    }
}

/// A snippet and every mention it must yield.
struct ScanCase: Sendable, CustomTestStringConvertible {
    var name: String
    var language: String
    var text: String
    var expected: [ExpectedMention]

    init(_ name: String, _ language: String, _ text: String, _ expected: [ExpectedMention]) {
        self.name = name
        self.language = language
        self.text = text
        self.expected = expected
    }

    var testDescription: String { "\(name) [\(language)]" }
}

/// A snippet whose digits are identifiers, dates, list numbers or timestamps: no mention at all.
struct TrapCase: Sendable, CustomTestStringConvertible {
    var name: String
    var language: String
    var text: String

    init(_ name: String, _ language: String, _ text: String) {
        self.name = name
        self.language = language
        self.text = text
    }

    var testDescription: String { "\(name) [\(language)]" }
}

enum NumeralCases {
    static let figures: [ScanCase] = [
        ScanCase("en plain integer", "en", "There were 42 people at the meeting.", [
            .init(.number, "42", 11..<13, number: 42, display: "42", unit: nil)]),
        ScanCase("en two integers", "en", "Of 120 staff, 30 left.", [
            .init(.number, "120", 3..<6, number: 120, display: "120", unit: nil),
            .init(.number, "30", 14..<16, number: 30, display: "30", unit: nil)]),
        ScanCase("en decimal", "en", "The index fell by 3.75 points.", [
            .init(.number, "3.75", 18..<22, number: 3.75, display: "3.75", unit: nil)]),
        ScanCase("en thousands separators", "en", "Revenue hit 1,000,000 dollars.", [
            .init(.number, "1,000,000", 12..<21, number: 1000000, display: "1000000", unit: nil)]),
        ScanCase("en grouped with decimals", "en", "They paid 12,345.5 dollars.", [
            .init(.number, "12,345.5", 10..<18, number: 12345.5, display: "12345.5", unit: nil)]),
        ScanCase("en dollar amount", "en", "Microsoft invested $13 billion.", [
            .init(.number, "13", 20..<22, number: 13, display: "13", unit: nil)]),
        ScanCase("en percent sign", "en", "Shares fell 49% on Monday.", [
            .init(.percentage, "49%", 12..<15, number: 49, display: "49%", unit: "percent")]),
        ScanCase("en percent sign after space", "en", "Microsoft owns 49 % of it.", [
            .init(.percentage, "49 %", 15..<19, number: 49, display: "49%", unit: "percent")]),
        ScanCase("en 12.5 percent", "en", "Growth was 12.5 percent last year.", [
            .init(.percentage, "12.5 percent", 11..<23, number: 12.5, display: "12.5%", unit: "percent")]),
        ScanCase("en Percent capitalised", "en", "Growth was 7 Percent.", [
            .init(.percentage, "7 Percent", 11..<20, number: 7, display: "7%", unit: "percent")]),
        ScanCase("en per cent", "en", "Costs rose 3 per cent.", [
            .init(.percentage, "3 per cent", 11..<21, number: 3, display: "3%", unit: "percent")]),
        ScanCase("en sentence-initial capital is not a product", "en", "About 5 people died.", [
            .init(.number, "5", 6..<7, number: 5, display: "5", unit: nil)]),
        ScanCase("en capital after a full stop is not a product", "en", "It rained. About 5 people died.", [
            .init(.number, "5", 17..<18, number: 5, display: "5", unit: nil)]),
        ScanCase("en month name is not a product", "en", "Sales rose in March 40 percent.", [
            .init(.percentage, "40 percent", 20..<30, number: 40, display: "40%", unit: "percent")]),
        ScanCase("en figure beside a model name", "en", "GPT-4 costs 20 dollars a month.", [
            .init(.number, "20", 12..<14, number: 20, display: "20", unit: nil)]),
        ScanCase("en offsets count scalars, not UTF-16", "en", "\u{1F600} Sales rose 7%.", [
            .init(.percentage, "7%", 13..<15, number: 7, display: "7%", unit: "percent")]),
        ScanCase("zh integer", "zh-Hans", "该公司有300名员工。", [
            .init(.number, "300", 4..<7, number: 300, display: "300", unit: nil)]),
        ScanCase("zh thousands separators", "zh-Hans", "微软投资了1,000,000美元。", [
            .init(.number, "1,000,000", 5..<14, number: 1000000, display: "1000000", unit: nil)]),
        ScanCase("zh decimal", "zh-Hans", "营收增长了3.5倍。", [
            .init(.number, "3.5", 5..<8, number: 3.5, display: "3.5", unit: nil)]),
        ScanCase("zh percent", "zh-Hans", "微软只占股 49%。", [
            .init(.percentage, "49%", 6..<9, number: 49, display: "49%", unit: "percent")]),
        ScanCase("zh full-width digits and percent", "zh-Hans", "微软持股４９％。", [
            .init(.percentage, "４９％", 4..<7, number: 49, display: "49%", unit: "percent")]),
        ScanCase("zh full-width digits", "zh-Hans", "共有１２０人。", [
            .init(.number, "１２０", 2..<5, number: 120, display: "120", unit: nil)]),
        ScanCase("zh-Hant percent", "zh-Hant", "微軟持有OpenAI 49%的股份。", [
            .init(.percentage, "49%", 11..<14, number: 49, display: "49%", unit: "percent")]),
        ScanCase("vi integer", "vi", "Công ty có 300 nhân viên.", [
            .init(.number, "300", 11..<14, number: 300, display: "300", unit: nil)]),
        ScanCase("vi thousands separators", "vi", "Công ty có 1.000.000 người dùng.", [
            .init(.number, "1.000.000", 11..<20, number: 1000000, display: "1000000", unit: nil)]),
        ScanCase("vi decimal comma", "vi", "Chỉ số tăng 10,5 điểm.", [
            .init(.number, "10,5", 12..<16, number: 10.5, display: "10.5", unit: nil)]),
        ScanCase("vi grouped with decimal comma", "vi", "Giá là 12.345,5 đồng.", [
            .init(.number, "12.345,5", 7..<15, number: 12345.5, display: "12345.5", unit: nil)]),
        ScanCase("vi 49 phần trăm", "vi", "Microsoft nắm 49 phần trăm cổ phần.", [
            .init(.percentage, "49 phần trăm", 14..<26, number: 49, display: "49%", unit: "percent")]),
        ScanCase("vi 49 phần trăm at text start", "vi", "49 phần trăm cổ phần thuộc về Microsoft.", [
            .init(.percentage, "49 phần trăm", 0..<12, number: 49, display: "49%", unit: "percent")]),
        ScanCase("vi 13,5 phần trăm", "vi", "Lạm phát đạt 13,5 phần trăm.", [
            .init(.percentage, "13,5 phần trăm", 13..<27, number: 13.5, display: "13.5%", unit: "percent")]),
        ScanCase("vi percent sign", "vi", "Microsoft sở hữu 49% cổ phần.", [
            .init(.percentage, "49%", 17..<20, number: 49, display: "49%", unit: "percent")]),
        ScanCase("en Llama 2 70B beside a figure", "en", "Meta released Llama 2 70B with 40% gains.", [
            .init(.percentage, "40%", 31..<34, number: 40, display: "40%", unit: "percent")]),
        ScanCase("en Office 365 beside a figure", "en", "We use Office 365 every day and 8 more apps.", [
            .init(.number, "8", 32..<33, number: 8, display: "8", unit: nil)]),
        ScanCase("en www address beside a figure", "en", "Visit www.x.com/2 now, 5 people did.", [
            .init(.number, "5", 23..<24, number: 5, display: "5", unit: nil)]),
        ScanCase("en phone number beside a figure", "en", "Call 0912345678 about 3 issues.", [
            .init(.number, "3", 22..<23, number: 3, display: "3", unit: nil)]),
        ScanCase("en list marker beside a figure", "en", "1. Revenue rose 12%.", [
            .init(.percentage, "12%", 16..<19, number: 12, display: "12%", unit: "percent")]),
        ScanCase("en relative timestamp line then a figure", "en", "Updated 7 hours ago\nShares fell 3%.", [
            .init(.percentage, "3%", 32..<34, number: 3, display: "3%", unit: "percent")]),
        ScanCase("zh year beside a figure", "zh-Hans", "2019年微软投资了10亿美元。", [
            .init(.number, "10", 10..<12, number: 10, display: "10", unit: nil)]),
        ScanCase("vi năm 2019 beside a figure", "vi", "Từ năm 2019 Microsoft đã đầu tư 13 tỷ đô la.", [
            .init(.number, "13", 32..<34, number: 13, display: "13", unit: nil)]),
        ScanCase("vi full date beside a figure", "vi", "Ngày 17 tháng 6 năm 2023, 5 người bị thương.", [
            .init(.number, "5", 26..<27, number: 5, display: "5", unit: nil)]),
        ScanCase("vi decomposed diacritics keep scalar offsets", "vi", "Doanh thu ta\u{306}ng 5% trong quy\u{301}.", [
            .init(.percentage, "5%", 16..<18, number: 5, display: "5%", unit: "percent")]),
    ]

    static let traps: [TrapCase] = [
        TrapCase("GPT-4", "en", "OpenAI released GPT-4 today."),
        TrapCase("GPT-3.5", "en", "The GPT-3.5 model is cheaper."),
        TrapCase("GPT-4 in Chinese", "zh-Hans", "OpenAI发布了GPT-4模型。"),
        TrapCase("GPT-3.5 in Vietnamese", "vi", "Mô hình GPT-3.5 rẻ hơn."),
        TrapCase("Llama 2 70B", "en", "Meta released Llama 2 70B yesterday."),
        TrapCase("Office 365 mid-sentence", "en", "We use Office 365 every day."),
        TrapCase("A320", "en", "Airbus delivered the A320 last week."),
        TrapCase("URL", "en", "See https://example.com/img/2023/06/photo123.jpg for details."),
        TrapCase("URL in Chinese", "zh-Hans", "图片来源：https://example.com/img/2023/06/photo123.jpg"),
        TrapCase("www address", "en", "Visit www.x.com/2 now."),
        TrapCase("hash", "en", "The file 45c7622f861a0cf2 was saved."),
        TrapCase("hash as file name", "zh-Hans", "文件000_45c7622f861a0cf2.txt已保存"),
        TrapCase("phone number vi", "vi", "Gọi 0912345678 để biết thêm."),
        TrapCase("phone number zh", "zh-Hans", "请拨打13800138000咨询。"),
        TrapCase("dotted date", "en", "Posted 2023.06.17 by staff."),
        TrapCase("dotted date vi", "vi", "Đăng ngày 2023.06.17 bởi ban biên tập."),
        TrapCase("slashed date", "vi", "Cập nhật 17/6/2023 lúc sáng."),
        TrapCase("ISO date", "en", "Released 2023-06-17 worldwide."),
        TrapCase("clock time", "en", "At 10:39 the news broke."),
        TrapCase("year with 年", "zh-Hans", "2019年微软投资了OpenAI。"),
        TrapCase("month with 月", "zh-Hans", "7月，双方签署了协议。"),
        TrapCase("tháng 7", "vi", "Vào tháng 7 hai bên ký thỏa thuận."),
        TrapCase("năm 2019", "vi", "Từ năm 2019 Microsoft đã đầu tư."),
        TrapCase("năm 2023 và 2024", "vi", "Trong năm 2023 và 2024 công ty tăng trưởng."),
        TrapCase("in 2019 and 2020", "en", "The deal was signed in 2019 and 2020 too."),
        TrapCase("list marker vi", "vi", "1. Tin tức\n2. Thể thao"),
        TrapCase("list marker zh", "zh-Hans", "2、标题\n3、新闻"),
        TrapCase("navigation line of bare numbers", "zh-Hans", "Most Discussed\n\n  1. 1\n    \u{A0}\n  5. 5\n    \u{A0}\n  10. 10\n"),
        TrapCase("caption index", "en", "See figure (1) below."),
        TrapCase("full-width caption index", "zh-Hans", "如图（1）所示。"),
        TrapCase("7 hours ago", "en", "Updated 7 hours ago"),
        TrapCase("3 giờ trước", "vi", "Cập nhật 3 giờ trước"),
        TrapCase("5分钟前", "zh-Hans", "5分钟前"),
        TrapCase("2 days ago", "en", "Posted 2 days ago by the editor."),
        TrapCase("3小时前", "zh-Hans", "3小时前"),
        TrapCase("3 ngày trước", "vi", "Cập nhật 3 ngày trước"),
        TrapCase("full-width two-digit caption index", "zh-Hans", "如图（12）所示。"),
    ]
}

func scan(_ text: String, _ language: String) -> [Mention] {
    var scanner = NumeralScanner(text: text, language: language)
    return scanner.scan()
}

func document(_ text: String, language: String) -> Document {
    let info = SourceInfo(id: "snippet", location: .file(URL(fileURLWithPath: "/tmp/snippet.txt")),
                          displayName: "snippet.txt", language: language)
    return Document(source: info, text: text)
}

/// The text under a scalar range, or nil when the range lies outside the text.
func scalarSlice(_ text: String, _ range: Range<Int>) -> String? {
    let scalars = Array(text.unicodeScalars)
    guard range.lowerBound >= 0, range.upperBound <= scalars.count else { return nil }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    return String(view)
}

@Suite("NumeralScanner")
struct NumeralScannerTests {
    @Test("the case table's spans point at the surfaces they name", arguments: NumeralCases.figures)
    func tableIsConsistent(_ c: ScanCase) {
        #expect(!c.expected.isEmpty)
        for expected in c.expected {
            #expect(scalarSlice(c.text, expected.span) == expected.text, "\(expected)")
        }
    }

    @Test("figures: exact kind, surface, scalar span and normalized value", arguments: NumeralCases.figures)
    func figures(_ c: ScanCase) {
        let mentions = scan(c.text, c.language)
        #expect(mentions.map(ExpectedMention.init) == c.expected)
        for mention in mentions {
            #expect(scalarSlice(c.text, mention.span.start..<mention.span.end) == mention.text)
        }
    }

    @Test("traps: identifiers, dates, list markers and timestamps yield no mention", arguments: NumeralCases.traps)
    func traps(_ c: TrapCase) {
        let mentions = scan(c.text, c.language)
        #expect(mentions.map(ExpectedMention.init) == [])
    }

    @Test("the separators follow the language: 1.000.000 is a figure in Vietnamese only")
    func separatorsFollowLanguage() {
        let text = "Công ty có 1.000.000 người dùng."
        #expect(scan(text, "vi").map(ExpectedMention.init) == [
            ExpectedMention(.number, "1.000.000", 11..<20, number: 1_000_000, display: "1000000", unit: nil),
        ])
        // Outside Vietnamese a dot followed by more digits makes a version- or date-like identifier.
        #expect(scan(text, "en").isEmpty)
        #expect(scan("Tăng 10,5 điểm.", "vi").map(\.text) == ["10,5"])
    }

    @Test("scanning twice gives the same mentions")
    func scanIsRepeatable() {
        let text = "Microsoft owns 49% of OpenAI; 1,000,000 users, GPT-4, 2019年."
        var scanner = NumeralScanner(text: text, language: "en")
        let first = scanner.scan()
        #expect(first.map(\.text) == ["49%", "1,000,000"])
        #expect(scan(text, "en") == first)
    }

    @Test("display rendering of values", arguments: [
        (42.0, "42"), (3.75, "3.75"), (0.5, "0.5"), (1_000_000.0, "1000000"), (12.5, "12.5"), (0.0, "0"), (10.25, "10.25"),
    ])
    func format(_ value: Double, _ expected: String) {
        #expect(NumeralScanner.format(value) == expected)
    }
}

@Suite("ArabicNumeralExtractor")
struct ArabicNumeralExtractorModuleTests {
    @Test("describes itself as the arabic-numerals extractor for every language")
    func moduleDescription() {
        let description = ArabicNumeralExtractor.description
        #expect(description.name == "arabic-numerals")
        #expect(description.kind == .extractor)
        #expect(description.languages == ["*"])
        #expect(!description.version.isEmpty)
    }

    @Test("extracting from a document gives the scanner's mentions", arguments: NumeralCases.figures)
    func extractorMatchesTable(_ c: ScanCase) {
        let doc = document(c.text, language: c.language)
        let mentions = ArabicNumeralExtractor().extract(from: doc).mentions
        #expect(mentions.map(ExpectedMention.init) == c.expected)
        for mention in mentions {
            #expect(doc.text(in: mention.span) == mention.text)
        }
    }

    @Test("traps stay silent through the extractor", arguments: NumeralCases.traps)
    func extractorTraps(_ c: TrapCase) {
        let doc = document(c.text, language: c.language)
        #expect(ArabicNumeralExtractor().extract(from: doc).mentions.map(ExpectedMention.init) == [])
    }

    @Test("the document's language picks the separators")
    func documentLanguage() {
        let text = "Giá là 12.345,5 đồng."
        let vi = ArabicNumeralExtractor().extract(from: document(text, language: "vi")).mentions
        #expect(vi.map(ExpectedMention.init) == [
            ExpectedMention(.number, "12.345,5", 7..<15, number: 12_345.5, display: "12345.5", unit: nil),
        ])
        let en = ArabicNumeralExtractor().extract(from: document(text, language: "en")).mentions
        #expect(!en.contains { $0.value.number == 12_345.5 })
    }
}
