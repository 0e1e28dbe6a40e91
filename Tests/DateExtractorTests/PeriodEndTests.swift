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
]

@Test("the first or last months, quarters and days of a year or a month", arguments: periodEndCases.indices)
func periodEnds(_ index: Int) {
    let (language, c) = periodEndCases[index]
    check(c, language: language)
}
