import Foundation
import Testing
@testable import ClaimsCore

@Suite("LanguageGuesser")
struct LanguageGuesserTests {
    /// The guesser over the shipped lexicons (the script characters from CC-CEDICT and vi.yaml).
    static let guesser: LanguageGuesser = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Claims/lexicon/values").standardizedFileURL
        do { return try ValueLexicons.load(from: folder).guesser } catch { fatalError("lexicons do not load: \(error)") }
    }()

    @Test(arguments: [
        ("微软向OpenAI投资了100亿美元，双方关系出现裂痕。", "zh-Hans"),
        ("据报道，这家公司去年的营收增长了两倍。", "zh-Hans"),
        ("微軟向OpenAI投資了100億美元，雙方關係出現裂痕。", "zh-Hant"),
        ("據報導，這家公司去年的營收增長了兩倍。", "zh-Hant"),
        ("Microsoft đã đầu tư 10 tỷ USD vào OpenAI trong năm 2023.", "vi"),
        ("Theo báo cáo, doanh thu của công ty tăng gấp ba lần.", "vi"),
        ("Microsoft invested 10 billion dollars in OpenAI in 2023.", "en"),
        ("The partnership between the two companies is under strain.", "en"),
    ])
    func guessesTheLanguageOfShortSentences(_ text: String, _ expected: String) {
        #expect(Self.guesser.guess(text) == expected)
    }

    @Test func chineseWithEnglishNamesIsStillChinese() {
        #expect(Self.guesser.guess("OpenAI CEO Sam Altman 表示，微软是最好的合作伙伴。") == "zh-Hans")
    }

    @Test func decomposedVietnameseIsStillVietnamese() {
        // The same sentence as above in NFD ("Unicode tổ hợp"): base letters plus combining marks.
        let nfd = "Theo ba\u{301}o ca\u{301}o, doanh thu cu\u{309}a co\u{302}ng ty ta\u{306}ng ga\u{302}\u{301}p ba la\u{302}\u{300}n."
        #expect(nfd == "Theo báo cáo, doanh thu của công ty tăng gấp ba lần.", "canonically the same text")
        #expect(Self.guesser.guess(nfd) == "vi")
    }

    @Test("Traditional text written with characters outside any short hand-made list")
    func rareTraditionalCharacters() {
        // 鬱 (depressed), 讞 (verdict), 龜 (turtle): each only in Traditional headwords.
        #expect(Self.guesser.guess("法院終審定讞，憂鬱的龜") == "zh-Hant")
        #expect(Self.guesser.guess("法院终审定谳，忧郁的龟") == "zh-Hans")
    }

    @Test("with no script data, Han text is Simplified Chinese and Latin text English")
    func noData() {
        #expect(LanguageGuesser().guess("據報導") == "zh-Hans")
        #expect(LanguageGuesser().guess("Theo báo cáo") == "en")
    }

    @Test func textWithoutLettersHasNoGuess() {
        #expect(Self.guesser.guess("") == nil)
        #expect(Self.guesser.guess("2023-06-17 10:30 — 100%") == nil)
    }

    @Test(arguments: [
        ("zh-CN", "zh-Hans"), ("zh", "zh-Hans"), ("zh-Hans", "zh-Hans"), ("zh_SG", "zh-Hans"), ("ZH-cn", "zh-Hans"),
        ("zh-TW", "zh-Hant"), ("zh-HK", "zh-Hant"), ("zh-MO", "zh-Hant"), ("zh-Hant", "zh-Hant"), ("zh-Hant-TW", "zh-Hant"),
        ("zh_TW", "zh-Hant"), ("vi-VN", "vi"), ("vi", "vi"), ("en-US", "en"), ("EN-gb", "en"), ("fr", "fr"),
    ])
    func normalizesTags(_ tag: String, _ expected: String) {
        #expect(LanguageGuesser.normalize(tag: tag) == expected)
    }
}
