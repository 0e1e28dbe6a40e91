import Testing

/// Simplified Chinese. Published dates are those of the demo corpus (2023-06-17, 2023-06,
/// 2025-04-29) and of the Tiananmen case (2013-10-29).
let zhHansCases: [DateCase] = [
    // Ranges: one interval; the second side may leave out what the first says (3月5日至9日).
    DateCase("展会⟦3月5日至9日⟧举行，⟦从2019年3月到5月⟧，⟦2019年3月至2020年5月⟧", published: "2019-06-01",
             .span("2019-03-05 – 2019-03-09", "2019-03-05", "2019-03-10", "day"),
             .span("2019-03 – 2019-05", "2019-03-01", "2019-06-01", "month"), .span("2019-03 – 2020-05", "2019-03-01", "2020-06-01", "month")),
    DateCase("⟦2019年国庆节⟧前后，⟦去年圣诞节⟧", published: "2019-06-01", .day("2019-10-01"), .day("2018-12-25")),
    // Absolute dates
    DateCase("新华社⟦2023年6月17日⟧电", published: "2023-06-17", .day("2023-06-17")),
    // A year by its last two digits, the first a zero; an era's year in a Chinese numeral.
    DateCase("⟦零八年⟧奥运会，⟦08年⟧金融危机，⟦民国三年⟧", published: "2019-06-01", .year(2008), .year(2008), .year(1914)),
    DateCase("⟦2023.06.17⟧\n微软与 OpenAI 之间的密切合作关系备受瞩目", published: "2023-06-17", .day("2023-06-17")),
    DateCase("⟦2023/6/17⟧发布，⟦2023-06-17⟧更新", .day("2023-06-17"), .day("2023-06-17")),
    DateCase("在⟦2019年7月⟧毅然决定给OpenAI投资", published: "2023-08", .month("2019-07")),
    DateCase("OpenAI成立于⟦2015年⟧，当时是一家非营利性研究公司", published: "2023-06", .year(2015)),
    DateCase("⟦二〇二三年⟧是关键的一年，⟦二零一九年⟧也是", .year(2023), .year(2019)),
    DateCase("⟦二〇一三年十月二十八日⟧", .day("2013-10-28")),
    // A weekday after a day of the month is part of it; the digits place the day.
    DateCase("⟦13日周五⟧晚间，巴黎传出枪响。", published: "2015-11-15", .day("2015-11-13")),
    DateCase("⟦4日周五⟧晚间，巴黎传出枪响。", published: "2015-11-15", .day("2015-11-04")),
    DateCase("【新唐人⟦2013年10月29日⟧讯】北京时间⟦10月28日星期一⟧，北京天安门广场发生事故。", published: "2013-10-29",
             .day("2013-10-29"), .span("2013-10-28", "2013-10-28", "2013-10-29", "day")),
    DateCase("事发于⟦2013年10月28日12点05分⟧。", .date(display: "2013-10-28 12:05", from: "2013-10-28 12:05", to: "2013-10-28 12:06", precision: "minute")),
    DateCase("北京时间⟦4月29日⟧，据《华尔街日报》报道", published: "2025-04-29", .span("2025-04-29", "2025-04-29", "2025-04-30", "day")),
    DateCase("⟦2019-2023年⟧间，⟦1990年代⟧以来", .span("2019–2023", "2019-01-01", "2024-01-01", "year"), .span("1990s", "1990-01-01", "2000-01-01", "decade")),
    // Partial dates
    DateCase("其中包括⟦2024年初⟧在瑞士达沃斯举行的一次会议", published: "2025-04-29", .span("2024 (early)", "2024-01-01", "2024-05-01", "year")),
    DateCase("⟦3 月初⟧，就在微软发布新 Bing 的几周之后", published: "2023-06-17", .span("2023-03 (early)", "2023-03-01", "2023-03-11", "month")),
    DateCase("⟦7月下旬⟧和⟦2024年中⟧、⟦2024年底⟧", published: "2023-06-17",
             .span("2023-07 (late)", "2023-07-21", "2023-08-01", "month"), .span("2024 (mid)", "2024-05-01", "2024-09-01", "year"),
             .span("2024 (late)", "2024-09-01", "2025-01-01", "year")),
    DateCase("⟦2023年第二季度⟧财报，⟦上半年⟧营收", published: "2023-06-17",
             .span("2023 Q2", "2023-04-01", "2023-07-01", "quarter"), .span("2023 H1", "2023-01-01", "2023-07-01", "half")),
    DateCase("⟦2023财年第四季度⟧业绩", .date(display: "FY2023 Q4", from: nil, to: nil, precision: "quarter")),
    DateCase("会谈将于⟦周五（10月4日）⟧举行。", published: "2019-10-02", .day("2019-10-04")),
    // Halves of a month, with a month or standing alone (this month's); not every month's.
    DateCase("⟦上半月⟧销量大增，⟦9月下半月⟧将发布，⟦本月上半月⟧完成；每月月底结算。", published: "2019-09-10",
             .span("2019-09 (first half)", "2019-09-01", "2019-09-16", "month"), .span("2019-09 (second half)", "2019-09-16", "2019-10-01", "month"),
             .span("2019-09 (first half)", "2019-09-01", "2019-09-16", "month")),
    // A month of a year by its ordinal; not without the year, not past the twelfth.
    DateCase("⟦明年第九个月⟧开工，⟦2021年最后一个月⟧营收增长；第九个月，⟦今年⟧第13个月", published: "2021-11-29",
             .month("2022-09"), .month("2021-12"), .span("2021", "2021-01-01", "2022-01-01", "year")),
    DateCase("⟦2023年春季⟧发布", .span("2023 spring", "2023-03-01", "2023-06-01", "season")),
    // Relative dates
    DateCase("这些知情人士说，⟦去年秋天⟧，一些微软员工感到惊讶", published: "2023-06", .span("2022 autumn", "2022-09-01", "2022-12-01", "season")),
    DateCase("OpenAI曾在⟦今年年初⟧警告微软", published: "2023-06", .span("2023 (early)", "2023-01-01", "2023-05-01", "year")),
    DateCase("⟦上个月⟧，纳德拉说", published: "2023-06", .month("2023-05")),
    DateCase("如果这一转型无法在⟦今年年底⟧前完成", published: "2025-04-29", .span("2025 (late)", "2025-09-01", "2026-01-01", "year")),
    DateCase("⟦昨天⟧发布，⟦今天⟧上线，⟦上月底⟧决定", published: "2023-06-17",
             .day("2023-06-16"), .day("2023-06-17"), .span("2023-05 (late)", "2023-05-21", "2023-06-01", "month")),
    // A day-level relative date in a source dated to the month: every day it could be.
    DateCase("⟦昨天⟧发布", published: "2023-06", .span("2023-05-31…06-29", "2023-05-31", "2023-06-30", "month")),
    DateCase("⟦昨天⟧发布", .unresolved("yesterday (unresolved)", "day")),
    DateCase("⟦周一⟧晚些时候，事发地点已经被清理", published: "2013-10-29", .day("2013-10-28")),
    // Two years joined by 至 or 到, the mark on the second or on both.
    DateCase("⟦2019至2021年⟧，⟦2019年到2021年⟧", published: "2023-06-17",
             .span("2019–2021", "2019-01-01", "2022-01-01", "year"), .span("2019 – 2021", "2019-01-01", "2022-01-01", "year")),
    // Centuries, and a decade of one: 19世纪70年代 is the 1870s, not the 1970s.
    DateCase("⟦十九世纪七十年代⟧，⟦19世纪70年代⟧，⟦上世纪80年代⟧，⟦本世纪20年代⟧，在⟦19世纪⟧", published: "2023-06-17",
             .span("1870s", "1870-01-01", "1880-01-01", "decade"), .span("1870s", "1870-01-01", "1880-01-01", "decade"),
             .span("1980s", "1980-01-01", "1990-01-01", "decade"), .span("2020s", "2020-01-01", "2030-01-01", "decade"),
             .span("1800–1899", "1800-01-01", "1900-01-01", "century")),
    // 3天后 in a sentence about what will happen is a day from publication; in a past one, a length.
    DateCase("台风预计将于⟦3天后⟧登陆。他⟦3天⟧后回来了。", published: "2018-06-01", .day("2018-06-04"), .lasting("3 days", 3, "day")),
    // A weekday in a sentence about what will happen is the next one; 将其 is no future.
    DateCase("台风预计将于⟦周二⟧登陆。警方⟦周一⟧将其逮捕。", published: "2022-09-28", .day("2022-10-04"), .day("2022-09-26")),
    // A weekday of another week: 下周二 is next week's Tuesday; 上周二十名 is last week and twenty.
    DateCase("我们⟦下周二⟧见面，⟦上星期五⟧发生了事故，⟦上周⟧二十名学生到达。", published: "2018-06-01",
             .day("2018-06-05"), .day("2018-05-25"), .span("week of 2018-05-21", "2018-05-21", "2018-05-28", "week")),
    DateCase("⟦5个月前⟧，⟦三年前⟧", published: "2023-06-17", .month("2023-01"), .year(2020)),
    DateCase("纳德拉也在⟦2月份⟧的一档播客中表示", published: "2025-04-29", .month("2025-02")),
    // Durations
    DateCase("另外，OpenAI 在⟦过去 12 个月⟧中还与搜索引擎建立联系", .lasting("12 months", 12, "month")),
    DateCase("⟦过去六年⟧，微软通过数十亿美元投资推动了OpenAI的成长", .lasting("6 years", 6, "year")),
    // One amount of time in parts, in its largest unit: 两年零六个月, 2年6个月.
    DateCase("被判有期徒刑⟦两年零六个月⟧，另一人⟦2年6个月⟧。", .lasting("2 years 6 months", 2.5, "year"), .lasting("2 years 6 months", 2.5, "year")),
    // And a half, after the unit or between the measure word and the unit.
    DateCase("他被判⟦两年半⟧，调查持续了⟦三个半月⟧。", .lasting("2.5 years", 2.5, "year"), .lasting("3.5 months", 3.5, "month")),
    // The next stretch of time, from the publication day: 未来5年, 今后三年.
    DateCase("微软计划在⟦未来5年⟧投资；⟦今后三年⟧将新建工厂。", published: "2018-06-01",
             .span("2018-06-02…2023-06-01", "2018-06-02", "2023-06-02", "day"), .span("2018-06-02…2021-06-01", "2018-06-02", "2021-06-02", "day")),
    DateCase("⟦两周⟧后，⟦超过10年⟧，⟦约两年⟧，⟦三十多年⟧", .lasting("2 weeks", 2, "week"), .lasting("> 10 years", 10, "year"),
             .lasting("~2 years", 2, "year"), .lasting("> 30 years", 30, "year")),
    DateCase("推出GPT-3⟦不到一年⟧后", .lasting("< 1 year", 1, "year")),
    // Traps
    DateCase("5分钟前\n微软宣布新计划。"),
    DateCase("GPT-4于⟦2023年⟧发布，Office 365和Llama 2 70B也在列。", .year(2023)),
    DateCase("原文 https://www.ntdtv.com/gb/2013/10/29/a992875.html 或 ntdtv.com/gb/2013/10/29/a.html"),
    DateCase("帮助ChatGPT积累了超过5亿周活跃用户，电话13800138000。"),
    DateCase("每周一开会，三年级学生，年薪50万，100日元，第三年。"),
    DateCase("1、⟦2019年⟧的事情\n2. 合作关系", .year(2019)),
    DateCase("⟦2023年⟧中国经济，微软在⟦6月⟧中创下新高", published: "2023-08", .year(2023), .month("2023-06")),
    DateCase("有一天，一天之内，⟦12点05分⟧，⟦当天中午12点左右⟧", .unresolved("today 12:05 (unresolved)", "minute"),
             .unresolved("~today 12:00 (unresolved)", "minute")),
    DateCase("这是关键的一年，这一年也是同一年"),
    DateCase("⟦1200年⟧来，⟦1949年10月1日⟧", .lasting("1200 years", 1200, "year"), .day("1949-10-01")),
    DateCase("须在⟦30日⟧内完成，⟦28日⟧起施行", published: "2023-06-17", .lasting("30 days", 30, "day"), .day("2023-06-28")),
    DateCase("⟦从四月的最后一个星期一到十月一日⟧，⟦五月第二个周日⟧是母亲节。", published: "2019-07-30",
             .span("2019-04-29 – 2019-10-01", "2019-04-29", "2019-10-02", "day"), .day("2019-05-12")),
    // 前天 and 后天, not where they are part of other words (之前, 天津, 天后, 天性).
    DateCase("我们⟦后天⟧见，他⟦前天⟧下午到达，⟦大后天⟧出发。", published: "2018-09-18",
             .day("2018-09-20"), .day("2018-09-16"), .day("2018-09-21")),
    DateCase("之前天气很好，前天津市长被捕，先天后天都重要。", published: "2018-09-18"),
    DateCase("他⟦后天⟧上班，⟦今天⟧上线。", published: "2018-09-18", .day("2018-09-20"), .day("2018-09-18")),
]

@Test("zh-Hans dates and durations", arguments: zhHansCases)
func chineseSimplified(_ c: DateCase) { check(c, language: "zh-Hans") }
