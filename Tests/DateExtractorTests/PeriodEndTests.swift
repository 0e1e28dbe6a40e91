import Testing

/// The first or last months, quarters or days of a year or a month (PeriodEnds.swift): a range
/// of the period, not a duration beside a date, in the four languages; without the period
/// written, a duration as before.
let periodEndCases: [(String, DateCase)] = [
    ("en", DateCase("Exports rose 5% in the ⟦first six months of 2023⟧.", published: "2023-11-01",
                    .span("2023-01 – 2023-06", "2023-01-01", "2023-07-01", "month"))),
    ("en", DateCase("Sales fell in the ⟦last four months of 2021⟧.", published: "2023-11-01",
                    .span("2021-09 – 2021-12", "2021-09-01", "2022-01-01", "month"))),
    ("en", DateCase("Rain fell in the ⟦first 10 days of March 2023⟧ and the ⟦last two days of February 2024⟧.", published: "2023-11-01",
                    .span("2023-03-01 – 2023-03-10", "2023-03-01", "2023-03-11", "day"),
                    .span("2024-02-28 – 2024-02-29", "2024-02-28", "2024-03-01", "day"))),
    ("en", DateCase("In the first ⟦six months⟧ of the war, prices rose.", published: "2023-11-01", .lasting("6 months", 6, "month"))),
    ("vi", DateCase("Xuất khẩu ⟦9 tháng đầu năm nay⟧ tăng 5%.", published: "2023-11-01",
                    .span("2023-01 – 2023-09", "2023-01-01", "2023-10-01", "month"))),
    ("vi", DateCase("Doanh thu ⟦4 tháng cuối năm 2021⟧ giảm, ⟦3 quý đầu năm 2023⟧ tăng.", published: "2023-11-01",
                    .span("2021-09 – 2021-12", "2021-09-01", "2022-01-01", "month"),
                    .span("2023 Q1 – 2023 Q3", "2023-01-01", "2023-10-01", "quarter"))),
    ("vi", DateCase("Mưa lớn trong ⟦10 ngày đầu tháng 3 năm 2023⟧.", published: "2023-11-01",
                    .span("2023-03-01 – 2023-03-10", "2023-03-01", "2023-03-11", "day"))),
    ("vi", DateCase("⟦Trong 5 ngày⟧ đầu tiên của chiến dịch.", published: "2023-11-01", .lasting("5 days", 5, "day"))),
    ("zh-Hans", DateCase("⟦2023年前6个月⟧出口增长5%,⟦今年头三个月⟧增长3%。", published: "2023-11-01",
                         .span("2023-01 – 2023-06", "2023-01-01", "2023-07-01", "month"),
                         .span("2023-01 – 2023-03", "2023-01-01", "2023-04-01", "month"))),
    // 前三季度 is the first three quarters, of the year before it or else of the publication year;
    // 第三季度 is the third.
    ("zh-Hans", DateCase("⟦今年前三季度⟧GDP增长5.2%,⟦第三季度⟧增长4.9%。", published: "2023-11-01",
                         .span("2023 Q1 – 2023 Q3", "2023-01-01", "2023-10-01", "quarter"),
                         .span("2023 Q3", "2023-07-01", "2023-10-01", "quarter"))),
    ("zh-Hans", DateCase("⟦前三季度⟧出口增长。", published: "2023-11-01", .span("2023 Q1 – 2023 Q3", "2023-01-01", "2023-10-01", "quarter"))),
    ("zh-Hant", DateCase("⟦2021 年的最後 4 個月⟧營收下滑。", published: "2023-11-01",
                         .span("2021-09 – 2021-12", "2021-09-01", "2022-01-01", "month"))),
    // Months whose first side is a bare number (1-9月, 1—9月份): of the year written before, else
    // ending at the month nearest publication.
    ("zh-Hans", DateCase("⟦1-9月⟧,利润总额下降9%;⟦1—9月份⟧,投资增长3.1%。⟦2023年1至9月⟧出口增长,3-5人受伤。", published: "2023-10-20",
                         .span("2023-01 – 2023-09", "2023-01-01", "2023-10-01", "month"),
                         .span("2023-01 – 2023-09", "2023-01-01", "2023-10-01", "month"),
                         .span("2023-01 – 2023-09", "2023-01-01", "2023-10-01", "month"))),
    ("zh-Hant", DateCase("⟦11-2月⟧為旱季。", published: "2023-10-20", .span("2023-11 – 2024-02", "2023-11-01", "2024-03-01", "month"))),
    // Both sides marked, no year: the range where it lies nearest publication, not from the
    // January nearest publication (next year's).
    ("zh-Hant", DateCase("⟦1月—9月份⟧利潤總額下降,⟦今年首9個月⟧增長。", published: "2025-10-27",
                         .span("2025-01 – 2025-09", "2025-01-01", "2025-10-01", "month"),
                         .span("2025-01 – 2025-09", "2025-01-01", "2025-10-01", "month"))),
    // Quarters without a year: those begun by publication and the next of the same year are
    // the publication year's, a later one last year's (a report in October lists this year's
    // first three quarters); in a sentence about what will happen, the coming one.
    ("zh-Hans", DateCase("分季度看,⟦一季度⟧同比增长6.7%,⟦二季度⟧增长6.7%,⟦三季度⟧增长6.7%。", published: "2016-10-19",
                         .span("2016 Q1", "2016-01-01", "2016-04-01", "quarter"), .span("2016 Q2", "2016-04-01", "2016-07-01", "quarter"),
                         .span("2016 Q3", "2016-07-01", "2016-10-01", "quarter"))),
    ("vi", DateCase("GDP ⟦quý 1⟧ tăng 6,7%. GDP ⟦quý 1⟧ dự kiến tăng 6%.", published: "2016-12-28",
                    .span("2016 Q1", "2016-01-01", "2016-04-01", "quarter"), .span("2017 Q1", "2017-01-01", "2017-04-01", "quarter"))),
    ("vi", DateCase("Doanh thu ⟦quý 3⟧ tăng, ⟦quý 4⟧ giảm 2%.", published: "2023-06-15",
                    .span("2023 Q3", "2023-07-01", "2023-10-01", "quarter"), .span("2022 Q4", "2022-10-01", "2023-01-01", "quarter"))),
]

@Test("the first or last months, quarters and days of a year or a month; the year of a quarter written alone", arguments: periodEndCases.indices)
func periodEnds(_ index: Int) {
    let (language, c) = periodEndCases[index]
    check(c, language: language)
}
