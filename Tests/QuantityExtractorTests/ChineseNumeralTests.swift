import ClaimsCore
import Testing

/// The Chinese numeral grammar: groups under the large units, 零 holding a place, the last unit
/// left out as said, formal characters, minus, fractions and a hedge before a large unit.
@Suite("Chinese numerals")
struct ChineseNumeralTests {
    static let values: [(text: String, language: String, surface: String, number: Double, kind: MentionKind)] = [
        ("共有四万五千六百二十二人", "zh-Hans", "四万五千六百二十二", 45622, .count),
        // Denominators of one large unit or one formal unit; two-digit discounts; tenths of 十; k.
        ("违约率为万分之三", "zh-Hans", "万分之三", 0.03, .percentage),
        ("比例为仟分之贰", "zh-Hant", "仟分之贰", 0.2, .percentage),
        ("全场75折", "zh-Hans", "75折", 75, .percentage),
        ("把握有十成", "zh-Hans", "十成", 100, .percentage),
        ("上涨12k个百分点", "zh-Hans", "12k个百分点", 12000, .percentage),
        // A whole number and a fraction; a formal digit as a numerator; full-width points; powers of ten.
        ("长度为三百五十又3分之1米", "zh-Hans", "三百五十又3分之1", 350 + 1.0 / 3, .number),
        ("比值为十一又十四分之一", "zh-Hans", "十一又十四分之一", 11 + 1.0 / 14, .number),
        ("占五分之壹的份额", "zh-Hant", "五分之壹", 0.2, .number),
        ("汇率为１．０７５３美元", "zh-Hans", "１．０７５３美元", 1.0753, .money),
        ("误差为２.７８９０e－１", "zh-Hans", "２.７８９０e－１", 0.2789, .number),
        // Spaces inside a numeral where the grammar goes on after them.
        ("共有一百 五 十 二人", "zh-Hans", "一百 五 十 二", 152, .count),
        ("共 三千 八百 九十六 万 四千 九百 六十五 人", "zh-Hans", "三千 八百 九十六 万 四千 九百 六十五", 38_964_965, .count),
        ("有7 萬5 千4 百人", "zh-Hant", "7 萬5 千4 百", 75400, .count),
        ("水位四百 点 五米", "zh-Hans", "四百 点 五", 400.5, .number),
        ("五兆六十二亿四万五千二元", "zh-Hans", "五兆六十二亿四万五千二元", 5_006_200_045_200, .money),
        ("一万零二百五十名观众", "zh-Hans", "一万零二百五十", 10250, .count),
        ("九百万零四百人受影响", "zh-Hans", "九百万零四百", 9_000_400, .count),
        ("一百零五名乘客", "zh-Hans", "一百零五", 105, .count),
        ("一百五十名乘客", "zh-Hans", "一百五十", 150, .count),
        ("据说有一百五个人", "zh-Hans", "一百五", 150, .count),
        ("两千三百五个座位", "zh-Hans", "两千三百五", 2350, .count),
        ("两万五名士兵", "zh-Hans", "两万五", 25000, .count),
        ("九十二万四名选民", "zh-Hant", "九十二万四", 924_000, .count),
        ("七十八万五佰零六位居民", "zh-Hant", "七十八万五佰零六", 780_506, .count),
        ("捐款壹佰伍拾元", "zh-Hant", "壹佰伍拾元", 150, .money),
        ("气温降到负三十二度。", "zh-Hans", "负三十二", -32, .number),
        ("三分之一的选民", "zh-Hans", "三分之一", 1.0 / 3, .number),
        ("千分之五的概率", "zh-Hans", "千分之五", 0.5, .percentage),
        ("一千多万人参加", "zh-Hans", "一千多万", 10_000_000, .count),
        ("500余万人受灾", "zh-Hans", "500余万", 5_000_000, .count),
        ("比赛得分是九百九十九。", "zh-Hans", "九百九十九", 999, .number),
        ("七成受访者支持", "zh-Hans", "七成", 70, .percentage),
        ("三成半的人反对", "zh-Hans", "三成半", 35, .percentage),
        ("全场商品打九五折", "zh-Hans", "九五折", 95, .percentage),
        ("9.5成的選民", "zh-Hant", "9.5成", 95, .percentage),
        ("共有5万4千6百人", "zh-Hans", "5万4千6百", 54600, .count),
        ("3万4000名观众", "zh-Hans", "3万4000", 34000, .count),
        ("1千零20辆车", "zh-Hans", "1千零20", 1020, .count),
        // Spaces around the fraction and tenths marks, as around units; a tenth after 成; 万万.
        ("约占 五 分之 一 的份额", "zh-Hans", "五 分之 一", 0.2, .number),
        ("长度为三百 五 又 三分  之一米", "zh-Hans", "三百 五 又 三分  之一", 350 + 1.0 / 3, .number),
        ("結果是 ３ 分  之 一百五十七", "zh-Hant", "３ 分  之 一百五十七", 157.0 / 3, .number),
        ("負壹又二分之壹", "zh-Hant", "負壹又二分之壹", -1.5, .number),
        ("有七成六的受访者支持", "zh-Hans", "七成六", 76, .percentage),
        ("支持者有七成 六", "zh-Hant", "七成 六", 76, .percentage),
        ("全场 九 五 折", "zh-Hans", "九 五 折", 95, .percentage),
        ("六 点 五 成的人同意", "zh-Hans", "六 点 五 成", 65, .percentage),
        ("人口达10万万人", "zh-Hans", "10万万", 1e9, .count),
        // A digit alone that makes no dictionary word with its neighbours.
        ("这是五那是四", "zh-Hans", "五", 5, .number),
        ("答案不是四而是五", "zh-Hans", "四", 4, .number),
        // 打 is a dozen after a numeral where it begins no word; a spaced hedge and large unit.
        ("买了一打鸡蛋", "zh-Hans", "一打", 12, .count),
        ("库存共五十打", "zh-Hans", "五十打", 600, .number),
        ("壹打，共十二個", "zh-Hant", "壹打", 12, .number),
        ("捐款者有十 余 萬", "zh-Hant", "十 余 萬", 100_000, .number),
        // A unit alone before a decimal part is a number (十点二三三), not before a clock's (十点开会).
        ("数值为十点二三三", "zh-Hans", "十点二三三", 10.233, .number),
    ]

    @Test("a digit after a tenths mark that starts a count is the count's: 三成六个月 is 30% and six months")
    func tenthThenCount() throws {
        let mentions = try Module.quantities.extract("三成六个月", language: "zh-Hans")
        #expect(mentions.first?.value.number == 30, "\(mentions.map(\.summary))")
    }

    @Test("a formal digit after another Han character is part of its word: 大陸又三分之一 is a third")
    func formalInWord() throws {
        let mentions = try Module.quantities.extract("大陸又三分之一的人", language: "zh-Hant")
        #expect(mentions.map(\.text) == ["三分之一"], "\(mentions.map(\.summary))")
    }

    @Test("a numeral is read whole, in its own grammar", arguments: values)
    func numeral(_ value: (text: String, language: String, surface: String, number: Double, kind: MentionKind)) throws {
        let mentions = try Module.quantities.extract(value.text, language: value.language)
        let found = try #require(mentions.first { $0.text.hasPrefix(value.surface) || value.surface.hasPrefix($0.text) }, "\(mentions.map(\.summary))")
        #expect(found.kind == value.kind, "\(found.summary)")
        #expect(Expected.same(found.value.number, value.number), "\(found.summary)")
    }

    @Test("not numbers: a formal digit alone, units out of order, a numeral inside a word", arguments: [
        ("中国大陆", "zh-Hans"), ("陆军部队", "zh-Hans"), ("參加會議", "zh-Hant"), ("队伍很长", "zh-Hans"),
        ("七点二十分开会", "zh-Hans"), ("十四五规划", "zh-Hans"), ("一成不变的规则", "zh-Hans"), ("过程一波三折", "zh-Hans"),
        // A digit in a word of the dictionary, or beside another numeral, is no number alone.
        ("我家在四川", "zh-Hans"), ("他三思而后行", "zh-Hans"), ("陽光九九是食物品牌", "zh-Hant"), ("大家七嘴八舌", "zh-Hans"), ("他一打开门就笑了", "zh-Hans"), ("大陸打擊走私", "zh-Hant"), ("十点开会", "zh-Hans"),
    ])
    func notNumbers(_ text: String, _ language: String) throws {
        let mentions = try Module.quantities.extract(text, language: language)
        #expect(mentions.isEmpty, "\(mentions.map(\.summary))")
    }

    @Test("digits before a unit that begins a word stay digits: 3千米 is three kilometres")
    func unitWord() throws {
        let mentions = try Module.quantities.extract("跑了3千米", language: "zh-Hans")
        #expect(mentions.first?.value.number == 3, "\(mentions.map(\.summary))")
        #expect(mentions.first?.value.unit == "千米", "\(mentions.map(\.summary))")
    }

    @Test("units fall within a group: 七十百分位 is seventy and a percentile, not 170")
    func descendingUnits() throws {
        let mentions = try Module.quantities.extract("收盘价的百分之七十百分位", language: "zh-Hans")
        #expect(mentions.first?.value.number == 70, "\(mentions.map(\.summary))")
    }
}
