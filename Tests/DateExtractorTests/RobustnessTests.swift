import ClaimsCore
import ClaimsTestSupport
import Testing


/// Pieces of dates, numbers and punctuation in every language, glued at random and cut anywhere:
/// the scanner must never read past the text, and what it reports must be well formed.
let fuzzPieces = [
    "2023", "年", "月", "日", "号", "6", "17", "31", "12", "0", "二〇二三", "十", "二十八", "一", "两", "个", "周", "星期", "上", "去年",
    "今年", "初", "中", "底", "旬", "季度", "第", "财年", "年代", "前", "后", "过去", "民國", "点", "分", "下午", "ngày", "tháng", "năm",
    "quý", "hôm", "qua", "nay", "ngoái", "trước", "đầu", "cuối", "giữa", "mùa", "hè", "thứ", "hai", "một", "tiếng", "giờ", "h", "lúc",
    "cách", "đây", "June", "May", "Monday", "last", "early", "mid-", "Q2", "the", "of", "in", "on", "a", "an", "hour", "years", "ago",
    "for", "over", "past", "FY", "s", "th", "pm", " ", " ", " ", "\n", ",", ".", "/", "-", "–", ":", "(", "（", "）", "、", "，", "。",
    "https://x.com/2023/06/", "GPT-4", "0912345678", "%",
]

@Test("never traps, and reports only well-formed spans", arguments: ["zh-Hans", "zh-Hant", "vi", "en"])
func robustness(_ language: String) {
    var random = SplitMix64(state: UInt64(language.unicodeScalars.reduce(0) { $0 &* 31 &+ UInt64($1.value) }))
    for round in 0..<1500 {
        var text = ""
        for _ in 0..<Int.random(in: 1...14, using: &random) { text += fuzzPieces.randomElement(using: &random)! }
        let published = ["2023-06-17", "2023-06", "2023", nil][round % 4]
        let (document, mentions) = fixture.mentions(in: text, language: language, published: published)
        var previousEnd = 0
        for mention in mentions {
            #expect(mention.span.start >= previousEnd && mention.span.end <= document.scalars.count, "\(text)")
            #expect(document.text(in: mention.span) == mention.text, "\(text)")
            if let low = mention.value.low, let high = mention.value.high { #expect(low < high, "\(text)") }
            previousEnd = mention.span.end
        }
    }
}
