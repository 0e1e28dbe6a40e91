import Testing

/// Traditional Chinese. Most cases follow the demo corpus's zh-Hant article, dated only to the
/// month (2023-08); some are dated to the day (2023-08-16, a Wednesday).
let zhHantCases: [DateCase] = [
    // Absolute dates
    // A range with no year: both sides in the year the first falls in.
    DateCase("展覽⟦自10月16日至12月10日⟧舉行", published: "2018-06-01", .span("2018-10-16 – 2018-12-10", "2018-10-16", "2018-12-11", "day")),
    DateCase("從⟦2018年⟧微軟向OpenAI投資10億美元", published: "2023-08", .year(2018)),
    DateCase("在⟦2019年7月⟧毅然決定給OpenAI戰略投資10億美元", published: "2023-08", .month("2019-07")),
    DateCase("微軟早先在⟦2017年⟧開始研發大模型，Azure自⟦2017年⟧以來一直提供", published: "2023-08", .year(2017), .year(2017)),
    DateCase("⟦2023年⟧以來，微軟的AI全宇宙宏圖全面鋪開", published: "2023-08", .year(2023)),
    DateCase("⟦民國112年⟧，⟦民國112年3月⟧", .year(2023), .month("2023-03")),
    DateCase("⟦二〇二三年十二月⟧", .month("2023-12")),
    DateCase("⟦2023年10月28日（星期一）⟧", .day("2023-10-28")),
    // Partial dates
    DateCase("當⟦7月中旬⟧微軟作為首發合作夥伴出現", published: "2023-08", .span("2023-07 (mid)", "2023-07-11", "2023-07-21", "month")),
    DateCase("從微軟剛剛公布的⟦2023財年第四季度⟧(自然年⟦2023年第二季度⟧)財報來看", published: "2023-08",
             .date(display: "FY2023 Q4", from: nil, to: nil, precision: "quarter"), .span("2023 Q2", "2023-04-01", "2023-07-01", "quarter")),
    DateCase("⟦2023年第四季度⟧", .span("2023 Q4", "2023-10-01", "2024-01-01", "quarter")),
    DateCase("⟦明年第九個月⟧開工，⟦2021年最後一個月⟧營收增長", published: "2021-11-29", .month("2022-09"), .month("2021-12")),
    DateCase("微軟在⟦6月⟧中創下了2.6萬億美元市值新高", published: "2023-08", .month("2023-06")),
    DateCase("比如AWS在⟦4月⟧推出了Bedrock服務", published: "2023-08", .month("2023-04")),
    DateCase("⟦明年上半年⟧推出", published: "2023-08", .span("2024 H1", "2024-01-01", "2024-07-01", "half")),
    // Relative dates
    DateCase("⟦去年⟧ChatGPT的爆火，將這段姻緣推向巔峰", published: "2023-08", .year(2022)),
    DateCase("據⟦今年3月⟧的一份微軟內部文件", published: "2023-08", .month("2023-03")),
    DateCase("就在⟦上個月⟧Meta重磅發布開源大語言模型", published: "2023-08", .month("2023-07")),
    DateCase("比如從⟦今年3月1日⟧，企業可以從OpenAI獲得權限", published: "2023-08", .day("2023-03-01")),
    DateCase("⟦5個月前⟧，微軟還是唯一一家云提供商", published: "2023-08", .month("2023-03")),
    DateCase("⟦去年秋天⟧，⟦今年年底⟧", published: "2023-08",
             .span("2022 autumn", "2022-09-01", "2022-12-01", "season"), .span("2023 (late)", "2023-09-01", "2024-01-01", "year")),
    DateCase("⟦上週⟧宣布，⟦禮拜五⟧上線，⟦昨日⟧確認", published: "2023-08-16",
             .span("week of 2023-08-07", "2023-08-07", "2023-08-14", "week"), .day("2023-08-11"), .day("2023-08-15")),
    DateCase("⟦週一⟧發布", published: "2023-08", .span("2023-07-31…08-28", "2023-07-31", "2023-08-29", "month")),
    DateCase("⟦十二月⟧與⟦十月二十八日⟧", published: "2023-08", .month("2023-12"), .day("2023-10-28")),
    // Durations
    DateCase("走過⟦四年⟧蜜月期，微軟與OpenAI的天作之合正在出現裂痕", .lasting("4 years", 4, "year")),
    // Tens written as one character: 廿 (20), 卅 (30).
    DateCase("花蓮地震是台灣⟦廿五年⟧來最強地震", .lasting("25 years", 25, "year")),
    DateCase("⟦卅日⟧上午", published: "2024-04-03", .day("2024-03-30")),
    DateCase("三、⟦四年⟧蜜月，微軟OpenAI的天作之合暗藏摩擦", .lasting("4 years", 4, "year")),
    DateCase("⟦5個月⟧後，包括AWS在內的雲廠商都有了大模型", .lasting("5 months", 5, "month")),
    DateCase("⟦過去12個月⟧，⟦兩週⟧，⟦三個月⟧", .lasting("12 months", 12, "month"), .lasting("2 weeks", 2, "week"), .lasting("3 months", 3, "month")),
    DateCase("⟦2021年⟧，OpenAI推出GPT-3⟦不到一年⟧後", published: "2023-08", .year(2021), .lasting("< 1 year", 1, "year")),
    // A day of the month in a report dated only to its month is that month's day.
    DateCase("災害應變中心統計，截至⟦3日⟧，花蓮地震已造成9人死亡", published: "2024-04", .day("2024-04-03")),
    // Traps
    DateCase("GPT-3.5、GPT-4與Office 365，Upstage用Llama 270B訓練的模型"),
    DateCase("微軟OpenAI聯盟的裂痕(1) OpenAI CEO薩姆·阿爾特曼"),
    DateCase("5分鐘前\n微軟宣布新計劃"),
    DateCase("動輒需要等待幾天甚至幾週，未來幾個月將進行官宣"),
    DateCase("每週一開會，年紀輕輕，以上月薪"),
    // Weekends, not "every weekend".
    DateCase("你⟦上上個週末⟧幹嘛了？⟦週末⟧期間發生事故，每個週末都下雨。", published: "2024-11-15",
             .span("2024-11-02…11-03", "2024-11-02", "2024-11-04", "day"), .span("2024-11-09…11-10", "2024-11-09", "2024-11-11", "day")),
]

@Test("zh-Hant dates and durations", arguments: zhHantCases)
func chineseTraditional(_ c: DateCase) { check(c, language: "zh-Hant") }
