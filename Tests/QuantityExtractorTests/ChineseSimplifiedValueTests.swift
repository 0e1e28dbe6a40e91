import ClaimsCore
import Testing

// Expected spans are Unicode scalar offsets computed outside Swift (Python code points).
// Counts quote the number and its hedge; the counted noun is the unit.

@Suite("Chinese (Simplified) values")
struct ChineseSimplifiedValueTests {
    static let quantities: [Case] = [
        Case(language: "zh-Hans", module: .quantities, text: "邮票涨到五十美分。", expected: [
            Expected(kind: .money, text: "五十美分", start: 4, end: 8, number: 0.5, unit: "USD", display: "USD 0.5"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "营收增长49%。", expected: [
            Expected(kind: .percentage, text: "49%", start: 4, end: 7, number: 49.0, unit: "percent", display: "49%"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "占比为４９％。", expected: [
            Expected(kind: .percentage, text: "４９％", start: 3, end: 6, number: 49.0, unit: "percent", display: "49%"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "利润率为１２％", expected: [
            Expected(kind: .percentage, text: "１２％", start: 4, end: 7, number: 12.0, unit: "percent", display: "12%"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "增速放缓至3.5%", expected: [
            Expected(kind: .percentage, text: "3.5%", start: 5, end: 9, number: 3.5, unit: "percent", display: "3.5%"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "支持率为百分之四十九。", expected: [
            Expected(kind: .percentage, text: "百分之四十九", start: 4, end: 10, number: 49.0, unit: "percent", display: "49%"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "失业率上升3个百分点", expected: [
            Expected(kind: .percentage, text: "3个百分点", start: 5, end: 10, number: 3.0, unit: "percentage points", display: "3 percentage points"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "利率下调0.5个百分点。", expected: [
            Expected(kind: .percentage, text: "0.5个百分点", start: 4, end: 11, number: 0.5, unit: "percentage points", display: "0.5 percentage points"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "共筹集1,234,567元", expected: [
            Expected(kind: .money, text: "1,234,567元", start: 3, end: 13, number: 1234567.0, unit: "CNY", display: "CNY 1.235 million"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "公司市值为2.6万亿美元", expected: [
            Expected(kind: .money, text: "2.6万亿美元", start: 5, end: 12, number: 2600000000000.0, unit: "USD", display: "USD 2.6 trillion"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "该项目投资6.5亿元。", expected: [
            Expected(kind: .money, text: "6.5亿元", start: 5, end: 10, number: 650000000.0, unit: "CNY", display: "CNY 650 million"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "计划投入5000亿元人民币", expected: [
            Expected(kind: .money, text: "5000亿元人民币", start: 4, end: 13, number: 500000000000.0, unit: "CNY", display: "CNY 500 billion"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "微软向OpenAI投资100亿美元", expected: [
            Expected(kind: .money, text: "100亿美元", start: 11, end: 17, number: 10000000000.0, unit: "USD", display: "USD 10 billion"),
        ]),
        // Arabic digits set apart from the characters around them, as Chinese typesetting does:
        // the scale and the currency after the space are the amount's.
        Case(language: "zh-Hans", module: .quantities, text: "微软投资 290 亿美元。", expected: [
            Expected(kind: .money, text: "290 亿美元", start: 5, end: 12, number: 29000000000.0, unit: "USD", display: "USD 29 billion"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "裁员 1.2 万人", expected: [
            Expected(kind: .count, text: "1.2 万", start: 3, end: 8, number: 12000.0, unit: "人", display: "12000 人"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "罚款两千万元", expected: [
            Expected(kind: .money, text: "两千万元", start: 2, end: 6, number: 20000000.0, unit: "CNY", display: "CNY 20 million"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "售价为1200港元", expected: [
            Expected(kind: .money, text: "1200港元", start: 3, end: 9, number: 1200.0, unit: "HKD", display: "HKD 1200"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "融资US$5亿", expected: [
            Expected(kind: .money, text: "US$5亿", start: 2, end: 7, number: 500000000.0, unit: "USD", display: "USD 500 million"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "损失3000万左右", expected: [
            Expected(kind: .number, text: "3000万左右", start: 2, end: 9, number: 30000000.0, low: 27000000.0, high: 33000000.0, hedge: "about", display: "~30 million"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "该应用拥有2亿月度用户", expected: [
            Expected(kind: .count, text: "2亿", start: 5, end: 7, number: 200000000.0, unit: "月度用户", display: "200 million 月度用户"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "他们收购了三家公司", expected: [
            Expected(kind: .count, text: "三", start: 5, end: 6, number: 3.0, unit: "公司", display: "3 公司"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "公司共有三千五百名员工", expected: [
            Expected(kind: .count, text: "三千五百", start: 4, end: 8, number: 3500.0, unit: "员工", display: "3500 员工"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "有十二名乘客", expected: [
            Expected(kind: .count, text: "十二", start: 1, end: 3, number: 12.0, unit: "乘客", display: "12 乘客"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "警方逮捕了两名嫌疑人", expected: [
            Expected(kind: .count, text: "两", start: 5, end: 6, number: 2.0, unit: "嫌疑人", display: "2 嫌疑人"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "现场有数百人", expected: [
            Expected(kind: .count, text: "数百", start: 3, end: 5, number: nil, low: 200.0, high: 900.0, unit: "人", hedge: "vague", display: "200–900 人"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "该市有两百万人", expected: [
            Expected(kind: .count, text: "两百万", start: 3, end: 6, number: 2000000.0, unit: "人", display: "2 million 人"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "微信拥有超过2亿月度用户", expected: [
            Expected(kind: .count, text: "超过2亿", start: 4, end: 8, number: 200000000.0, low: 200000000.0, high: 400000000.0, unit: "月度用户", hedge: "more than", display: "> 200 million 月度用户"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "吸引约300万人", expected: [
            Expected(kind: .count, text: "约300万", start: 2, end: 7, number: 3000000.0, low: 2700000.0, high: 3300000.0, unit: "人", hedge: "about", display: "~3 million 人"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "共有逾1.2万人。", expected: [
            Expected(kind: .count, text: "逾1.2万", start: 2, end: 7, number: 12000.0, low: 12000.0, high: 24000.0, unit: "人", hedge: "more than", display: "> 12000 人"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "近200家企业", expected: [
            Expected(kind: .count, text: "近200", start: 0, end: 4, number: 200.0, low: 180.0, high: 220.0, unit: "企业", hedge: "about", display: "~200 企业"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "市场份额几乎90%", expected: [
            Expected(kind: .percentage, text: "几乎90%", start: 4, end: 9, number: 90.0, low: 81.0, high: 99.0, unit: "percent", hedge: "about", display: "~90%"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "至少10人", expected: [
            Expected(kind: .count, text: "至少10", start: 0, end: 4, number: 10.0, low: 10.0, high: 20.0, unit: "人", hedge: "at least", display: "≥ 10 人"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "售价不到1000元", expected: [
            Expected(kind: .money, text: "不到1000元", start: 2, end: 9, number: 1000.0, low: 500.0, high: 1000.0, unit: "CNY", hedge: "less than", display: "< CNY 1000"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "超过100亿美元", expected: [
            Expected(kind: .money, text: "超过100亿美元", start: 0, end: 8, number: 10000000000.0, low: 10000000000.0, high: 20000000000.0, unit: "USD", hedge: "more than", display: "> USD 10 billion"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "有1000多人", expected: [
            Expected(kind: .count, text: "1000多", start: 1, end: 6, number: 1000.0, low: 1000.0, high: 2000.0, unit: "人", hedge: "more than", display: "> 1000 人"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "估值高达1000亿美元", expected: [
            Expected(kind: .money, text: "高达1000亿美元", start: 2, end: 11, number: 100000000000.0, low: 50000000000.0, high: 100000000000.0, unit: "USD", hedge: "up to", display: "≤ USD 100 billion"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "年收入100万以下", expected: [
            Expected(kind: .number, text: "100万以下", start: 3, end: 9, number: 1000000.0, low: 500000.0, high: 1000000.0, hedge: "less than", display: "< 1 million"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "订单1000万以上", expected: [
            Expected(kind: .number, text: "1000万以上", start: 2, end: 9, number: 10000000.0, low: 10000000.0, high: 20000000.0, hedge: "more than", display: "> 10 million"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "共有10余家企业", expected: [
            Expected(kind: .count, text: "10余", start: 2, end: 5, number: 10.0, low: 10.0, high: 20.0, unit: "企业", hedge: "more than", display: "> 10 企业"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "利率为百分之0.5", expected: [
            Expected(kind: .percentage, text: "百分之0.5", start: 3, end: 9, number: 0.5, unit: "percent", display: "0.5%"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "融资１０亿美元", expected: [
            Expected(kind: .money, text: "１０亿美元", start: 2, end: 7, number: 1000000000.0, unit: "USD", display: "USD 1 billion"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "来了几千人", expected: [
            Expected(kind: .count, text: "几千", start: 2, end: 4, number: nil, low: 2000.0, high: 9000.0, unit: "人", hedge: "vague", display: "2000–9000 人"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "投资数十亿美元", expected: [
            Expected(kind: .money, text: "数十亿美元", start: 2, end: 7, number: nil, low: 2000000000.0, high: 9000000000.0, unit: "USD", hedge: "vague", display: "USD 2–9 billion"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "市场规模有数百亿", expected: [
            Expected(kind: .number, text: "数百亿", start: 5, end: 8, number: nil, low: 20000000000.0, high: 90000000000.0, hedge: "vague", display: "20–90 billion"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "损失几十亿元", expected: [
            Expected(kind: .money, text: "几十亿元", start: 2, end: 6, number: nil, low: 2000000000.0, high: 9000000000.0, unit: "CNY", hedge: "vague", display: "CNY 2–9 billion"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "营收增长了两倍", expected: []),
        Case(language: "zh-Hans", module: .quantities, text: "利润翻了一番", expected: []),
        Case(language: "zh-Hans", module: .quantities, text: "据路透社报道，微软2023年向OpenAI投资100亿美元，持股49%，ChatGPT每周用户超过1亿。", expected: [
            Expected(kind: .money, text: "100亿美元", start: 23, end: 29, number: 10000000000.0, unit: "USD", display: "USD 10 billion"),
            Expected(kind: .percentage, text: "49%", start: 32, end: 35, number: 49.0, unit: "percent", display: "49%"),
            Expected(kind: .number, text: "超过1亿", start: 47, end: 51, number: 100000000.0, low: 100000000.0, high: 200000000.0, hedge: "more than", display: "> 100 million"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "国家统计局数据显示，2023年全国居民人均可支配收入39218元，比上年增长6.3%，扣除价格因素实际增长6.1%。", expected: [
            Expected(kind: .money, text: "39218元", start: 26, end: 32, number: 39218.0, unit: "CNY", display: "CNY 39218"),
            Expected(kind: .percentage, text: "6.3%", start: 38, end: 42, number: 6.3, unit: "percent", display: "6.3%"),
            Expected(kind: .percentage, text: "6.1%", start: 53, end: 57, number: 6.1, unit: "percent", display: "6.1%"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "截至6月底，该平台注册用户突破5亿，同比增长约20%，日均订单量为1200万单。", expected: [
            Expected(kind: .number, text: "突破5亿", start: 13, end: 17, number: 500000000.0, low: 500000000.0, high: 1000000000.0, hedge: "more than", display: "> 500 million"),
            Expected(kind: .percentage, text: "约20%", start: 22, end: 26, number: 20.0, low: 18.0, high: 22.0, unit: "percent", hedge: "about", display: "~20%"),
            Expected(kind: .number, text: "1200万", start: 33, end: 38, number: 12000000.0, display: "12 million"),
        ]),
        Case(language: "zh-Hans", module: .quantities, text: "该公司营收同比增长两倍，排名升至全球第18位，第二季度利润翻了一番。", expected: []),
        Case(language: "zh-Hans", module: .quantities, text: "排名第18位", expected: []),
        Case(language: "zh-Hans", module: .quantities, text: "位列第十八", expected: []),
    ]

    static let multipliersRanks: [Case] = [
        Case(language: "zh-Hans", module: .multipliersRanks, text: "营收增长了两倍", expected: [
            Expected(kind: .multiplier, text: "两倍", start: 5, end: 7, number: 2.0, unit: "times", display: "×2"),
        ]),
        Case(language: "zh-Hans", module: .multipliersRanks, text: "出口增长3倍", expected: [
            Expected(kind: .multiplier, text: "3倍", start: 4, end: 6, number: 3.0, unit: "times", display: "×3"),
        ]),
        Case(language: "zh-Hans", module: .multipliersRanks, text: "股价上涨1.5倍", expected: [
            Expected(kind: .multiplier, text: "1.5倍", start: 4, end: 8, number: 1.5, unit: "times", display: "×1.5"),
        ]),
        Case(language: "zh-Hans", module: .multipliersRanks, text: "利润翻了一番", expected: [
            Expected(kind: .multiplier, text: "翻了一番", start: 2, end: 6, number: 2.0, unit: "times", display: "×2"),
        ]),
        Case(language: "zh-Hans", module: .multipliersRanks, text: "十年间翻两番", expected: [
            Expected(kind: .multiplier, text: "翻两番", start: 3, end: 6, number: 4.0, unit: "times", display: "×4"),
        ]),
        Case(language: "zh-Hans", module: .multipliersRanks, text: "产量增加一倍", expected: [
            Expected(kind: .multiplier, text: "增加一倍", start: 2, end: 6, number: 2.0, unit: "times", display: "×2"),
        ]),
        Case(language: "zh-Hans", module: .multipliersRanks, text: "用户数是去年的100倍", expected: [
            Expected(kind: .multiplier, text: "100倍", start: 7, end: 11, number: 100.0, unit: "times", display: "×100"),
        ]),
        Case(language: "zh-Hans", module: .multipliersRanks, text: "排名第18位", expected: [
            Expected(kind: .rank, text: "第18", start: 2, end: 5, number: 18.0, unit: "rank", display: "#18"),
        ]),
        Case(language: "zh-Hans", module: .multipliersRanks, text: "位列第十八", expected: [
            Expected(kind: .rank, text: "第十八", start: 2, end: 5, number: 18.0, unit: "rank", display: "#18"),
        ]),
        Case(language: "zh-Hans", module: .multipliersRanks, text: "中国是世界第二大经济体", expected: [
            Expected(kind: .rank, text: "第二", start: 5, end: 7, number: 2.0, unit: "rank", display: "#2"),
        ]),
        Case(language: "zh-Hans", module: .multipliersRanks, text: "他获得第一名", expected: [
            Expected(kind: .rank, text: "第一", start: 3, end: 5, number: 1.0, unit: "rank", display: "#1"),
        ]),
        Case(language: "zh-Hans", module: .multipliersRanks, text: "夺得第1名", expected: [
            Expected(kind: .rank, text: "第1", start: 2, end: 4, number: 1.0, unit: "rank", display: "#1"),
        ]),
        Case(language: "zh-Hans", module: .multipliersRanks, text: "委托第三方机构", expected: []),
        Case(language: "zh-Hans", module: .multipliersRanks, text: "第三者插足", expected: []),
        Case(language: "zh-Hans", module: .multipliersRanks, text: "第二季度营收增长", expected: []),
        Case(language: "zh-Hans", module: .multipliersRanks, text: "第3季", expected: []),
        Case(language: "zh-Hans", module: .multipliersRanks, text: "第一时间赶到现场", expected: []),
        Case(language: "zh-Hans", module: .multipliersRanks, text: "营收增长49%", expected: []),
        Case(language: "zh-Hans", module: .multipliersRanks, text: "投资100亿美元", expected: []),
        Case(language: "zh-Hans", module: .multipliersRanks, text: "该公司营收同比增长两倍，排名升至全球第18位，第二季度利润翻了一番。", expected: [
            Expected(kind: .multiplier, text: "两倍", start: 9, end: 11, number: 2.0, unit: "times", display: "×2"),
            Expected(kind: .rank, text: "第18", start: 18, end: 21, number: 18.0, unit: "rank", display: "#18"),
            Expected(kind: .multiplier, text: "翻了一番", start: 29, end: 33, number: 2.0, unit: "times", display: "×2"),
        ]),
    ]

    /// Identifiers, dates, times, durations, page furniture, idioms and lone "one": no value from either module.
    static let notFigures: [String] = [
        "OpenAI发布了GPT-4模型",
        "升级到GPT-3.5版本",
        "Meta开源了Llama 2 70B模型",
        "空客A320客机",
        "图片 https://example.com/img/2023/06/photo123.jpg 来源",
        "访问www.x.com/2查看",
        "提交45c7622f861a0cf2已合并",
        "联系电话13800138000",
        "日期2023.06.17",
        "日期2023-06-17",
        "时间10:39",
        "于16日下午2时45分起飞",
        "晚上9点40分",
        "下午两点四十五分",
        "2019年",
        "7月",
        "2023年6月17日",
        "持续4年",
        "过去12个月",
        "2、标题",
        "1. 新闻\n2. 体育",
        "  5. 5",
        "（1）图片说明",
        "5分钟前",
        "他十分高兴",
        "万一失败",
        "一些公司",
        "唯一一家",
        "百度搜索",
        "一起出发",
        "他是一名记者",
        "一个人",
        "二〇二三年",
        "两会召开",
        "十四五规划",
    ]

    @Test("quantities", arguments: quantities)
    func quantity(_ testCase: Case) throws { try check(testCase) }

    @Test("multipliers and ranks", arguments: multipliersRanks)
    func multiplierOrRank(_ testCase: Case) throws { try check(testCase) }

    @Test("not figures", arguments: notFigures)
    func notFigure(_ text: String) throws { try checkNothing(text, language: "zh-Hans") }
}
