import ClaimsCore
import Testing

// Expected spans are Unicode scalar offsets computed outside Swift (Python code points).
// Counts quote the number and its hedge; the counted noun is the unit.

@Suite("Chinese (Traditional) values")
struct ChineseTraditionalValueTests {
    static let quantities: [Case] = [
        // A decimal word between Han digits: 七點二 is 7.2 and a figure on its own; 七點二十分 is a time.
        // Things are counted whole: a figure with a fraction before a noun measures it (a number).
        Case(language: "zh-Hant", module: .quantities, text: "花蓮發生規模七點二強震。", expected: [
            Expected(kind: .number, text: "七點二", start: 6, end: 9, number: 7.2, unit: "強震", display: "7.2 強震"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "在花蓮海域發生7.3地震，造成9人死亡。", expected: [
            Expected(kind: .number, text: "7.3", start: 7, end: 10, number: 7.3, unit: "地震", display: "7.3 地震"),
            Expected(kind: .count, text: "9", start: 15, end: 16, number: 9, unit: "人", display: "9 人"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "地震規模為芮氏規模M7.7。", expected: [
            Expected(kind: .number, text: "7.7", start: 10, end: 13, number: 7.7, unit: nil, display: "7.7"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "廿五人受傷", expected: [
            Expected(kind: .count, text: "廿五", start: 0, end: 2, number: 25, unit: "人", display: "25 人"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "募資100億美元", expected: [
            Expected(kind: .money, text: "100億美元", start: 2, end: 8, number: 10000000000.0, unit: "USD", display: "USD 10 billion"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "投資10億美元", expected: [
            Expected(kind: .money, text: "10億美元", start: 2, end: 7, number: 1000000000.0, unit: "USD", display: "USD 1 billion"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "市值達到2.6萬億港元", expected: [
            Expected(kind: .money, text: "2.6萬億港元", start: 4, end: 11, number: 2600000000000.0, unit: "HKD", display: "HKD 2.6 trillion"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "年增３６％", expected: [
            Expected(kind: .percentage, text: "３６％", start: 2, end: 5, number: 36.0, unit: "percent", display: "36%"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "毛利率為54.3%", expected: [
            Expected(kind: .percentage, text: "54.3%", start: 4, end: 9, number: 54.3, unit: "percent", display: "54.3%"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "支持度為百分之三十", expected: [
            Expected(kind: .percentage, text: "百分之三十", start: 4, end: 9, number: 30.0, unit: "percent", display: "30%"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "失業率下降2個百分點", expected: [
            Expected(kind: .percentage, text: "2個百分點", start: 5, end: 10, number: 2.0, unit: "percentage points", display: "2 percentage points"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "罰款兩千萬美元", expected: [
            Expected(kind: .money, text: "兩千萬美元", start: 2, end: 7, number: 20000000.0, unit: "USD", display: "USD 20 million"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "售價為8,800港幣", expected: [
            Expected(kind: .money, text: "8,800港幣", start: 3, end: 10, number: 8800.0, unit: "HKD", display: "HKD 8800"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "營收1,500萬新台幣", expected: [
            Expected(kind: .money, text: "1,500萬新台幣", start: 2, end: 11, number: 15000000.0, unit: "TWD", display: "TWD 15 million"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "損失300萬歐元", expected: [
            Expected(kind: .money, text: "300萬歐元", start: 2, end: 8, number: 3000000.0, unit: "EUR", display: "EUR 3 million"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "約5000萬人", expected: [
            Expected(kind: .count, text: "約5000萬", start: 0, end: 6, number: 50000000.0, low: 45000000.0, high: 55000000.0, unit: "人", hedge: "about", display: "~50 million 人"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "逾百萬人", expected: [
            Expected(kind: .count, text: "逾百萬", start: 0, end: 3, number: 1000000.0, low: 1000000.0, high: 2000000.0, unit: "人", hedge: "more than", display: "> 1 million 人"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "超過2億用戶", expected: [
            Expected(kind: .count, text: "超過2億", start: 0, end: 4, number: 200000000.0, low: 200000000.0, high: 400000000.0, unit: "用戶", hedge: "more than", display: "> 200 million 用戶"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "有1萬餘人", expected: [
            Expected(kind: .count, text: "1萬餘", start: 1, end: 4, number: 10000.0, low: 10000.0, high: 20000.0, unit: "人", hedge: "more than", display: "> 10000 人"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "至少5000名員工", expected: [
            Expected(kind: .count, text: "至少5000", start: 0, end: 6, number: 5000.0, low: 5000.0, high: 10000.0, unit: "員工", hedge: "at least", display: "≥ 5000 員工"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "不足100萬", expected: [
            Expected(kind: .number, text: "不足100萬", start: 0, end: 6, number: 1000000.0, low: 500000.0, high: 1000000.0, hedge: "less than", display: "< 1 million"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "收購三家銀行", expected: [
            Expected(kind: .count, text: "三", start: 2, end: 3, number: 3.0, unit: "銀行", display: "3 銀行"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "逮捕兩名嫌犯", expected: [
            Expected(kind: .count, text: "兩", start: 2, end: 3, number: 2.0, unit: "嫌犯", display: "2 嫌犯"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "有數百人", expected: [
            Expected(kind: .count, text: "數百", start: 1, end: 3, number: nil, low: 200.0, high: 900.0, unit: "人", hedge: "vague", display: "200–900 人"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "投入幾十億美元", expected: [
            Expected(kind: .money, text: "幾十億美元", start: 2, end: 7, number: nil, low: 2000000000.0, high: 9000000000.0, unit: "USD", hedge: "vague", display: "USD 2–9 billion"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "市場規模有數百億", expected: [
            Expected(kind: .number, text: "數百億", start: 5, end: 8, number: nil, low: 20000000000.0, high: 90000000000.0, hedge: "vague", display: "20–90 billion"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "數以萬計", expected: [
            Expected(kind: .number, text: "數以萬", start: 0, end: 3, number: nil, low: 10000.0, high: 90000.0, hedge: "vague", display: "10000–90000"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "成長兩倍", expected: []),
        Case(language: "zh-Hant", module: .quantities, text: "台積電去年營收2.16兆新台幣，年增逾33%，員工人數約7.3萬人。", expected: [
            Expected(kind: .money, text: "2.16兆新台幣", start: 7, end: 15, number: 2160000000000.0, unit: "TWD", display: "TWD 2.16 trillion"),
            Expected(kind: .percentage, text: "逾33%", start: 18, end: 22, number: 33.0, low: 33.0, high: 66.0, unit: "percent", hedge: "more than", display: "> 33%"),
            Expected(kind: .count, text: "約7.3萬", start: 27, end: 32, number: 73000.0, low: 65700.0, high: 80300.0, unit: "人", hedge: "about", display: "~73000 人"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "美國聯準會宣布升息0.25個百分點，市場預期年底前通膨降至3%。", expected: [
            Expected(kind: .percentage, text: "0.25個百分點", start: 9, end: 17, number: 0.25, unit: "percentage points", display: "0.25 percentage points"),
            Expected(kind: .percentage, text: "3%", start: 29, end: 31, number: 3.0, unit: "percent", display: "3%"),
        ]),
        Case(language: "zh-Hant", module: .quantities, text: "第十八屆", expected: []),
    ]

    static let multipliersRanks: [Case] = [
        Case(language: "zh-Hant", module: .multipliersRanks, text: "營收成長兩倍", expected: [
            Expected(kind: .multiplier, text: "兩倍", start: 4, end: 6, number: 2.0, unit: "times", display: "×2"),
        ]),
        Case(language: "zh-Hant", module: .multipliersRanks, text: "利潤翻了兩番", expected: [
            Expected(kind: .multiplier, text: "翻了兩番", start: 2, end: 6, number: 4.0, unit: "times", display: "×4"),
        ]),
        Case(language: "zh-Hant", module: .multipliersRanks, text: "產能翻一番", expected: [
            Expected(kind: .multiplier, text: "翻一番", start: 2, end: 5, number: 2.0, unit: "times", display: "×2"),
        ]),
        Case(language: "zh-Hant", module: .multipliersRanks, text: "股價漲了10倍", expected: [
            Expected(kind: .multiplier, text: "10倍", start: 4, end: 7, number: 10.0, unit: "times", display: "×10"),
        ]),
        Case(language: "zh-Hant", module: .multipliersRanks, text: "營收翻番", expected: [
            Expected(kind: .multiplier, text: "翻番", start: 2, end: 4, number: 2.0, unit: "times", display: "×2"),
        ]),
        Case(language: "zh-Hant", module: .multipliersRanks, text: "第十八屆大會", expected: [
            Expected(kind: .rank, text: "第十八", start: 0, end: 3, number: 18.0, unit: "rank", display: "#18"),
        ]),
        Case(language: "zh-Hant", module: .multipliersRanks, text: "排名第18", expected: [
            Expected(kind: .rank, text: "第18", start: 2, end: 5, number: 18.0, unit: "rank", display: "#18"),
        ]),
        Case(language: "zh-Hant", module: .multipliersRanks, text: "全球第三大", expected: [
            Expected(kind: .rank, text: "第三", start: 2, end: 4, number: 3.0, unit: "rank", display: "#3"),
        ]),
        Case(language: "zh-Hant", module: .multipliersRanks, text: "第三者介入", expected: []),
        Case(language: "zh-Hant", module: .multipliersRanks, text: "委託第三方", expected: []),
        Case(language: "zh-Hant", module: .multipliersRanks, text: "第二季營收", expected: []),
        Case(language: "zh-Hant", module: .multipliersRanks, text: "第二季度", expected: []),
        Case(language: "zh-Hant", module: .multipliersRanks, text: "第一時間", expected: []),
        Case(language: "zh-Hant", module: .multipliersRanks, text: "第5天", expected: []),
        Case(language: "zh-Hant", module: .multipliersRanks, text: "台積電第三季營收成長兩倍，全球排名第一。", expected: [
            Expected(kind: .multiplier, text: "兩倍", start: 10, end: 12, number: 2.0, unit: "times", display: "×2"),
            Expected(kind: .rank, text: "第一", start: 17, end: 19, number: 1.0, unit: "rank", display: "#1"),
        ]),
    ]

    /// Identifiers, dates, times, durations, page furniture, idioms and lone "one": no value from either module.
    static let notFigures: [String] = [
        "推出GPT-4",
        "華航A320班機",
        "會議在七點二十分開始",
        "聯絡電話0912345678",
        "日期2023-06-17",
        "17/6/2023",
        "2023年",
        "7月",
        "12個月",
        "4年",
        "5分鐘前",
        "萬一下雨",
        "十分重要",
        "一樣好",
        "統一企業",
        "唯一的",
        "一直",
        "2、標題",
        "（1）",
        "他是一位老師",
        "2023年6月17日",
        "二〇二三年",
    ]

    @Test("quantities", arguments: quantities)
    func quantity(_ testCase: Case) throws { try check(testCase) }

    @Test("multipliers and ranks", arguments: multipliersRanks)
    func multiplierOrRank(_ testCase: Case) throws { try check(testCase) }

    @Test("not figures", arguments: notFigures)
    func notFigure(_ text: String) throws { try checkNothing(text, language: "zh-Hant") }
}
