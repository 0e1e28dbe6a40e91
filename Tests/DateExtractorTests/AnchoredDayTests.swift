import Testing

/// A day counted from the day the text named last ("the day before", "Trước đó một ngày", "次日"),
/// not from the publication date; with no day named before it, it is no date.
let anchoredCases: [(DateCase, String)] = [
    (DateCase("Thi thể cô Trinh được tìm thấy hôm ⟦17/10⟧. ⟦Trước đó một ngày⟧, thi thể cô Kaysorn cũng được tìm thấy.",
              published: "2013-10-19", .day("2013-10-17"), .day("2013-10-16")), "vi"),
    (DateCase("Tàu cập cảng ⟦ngày 3/5/2024⟧, và ⟦ngày hôm sau⟧ hàng được dỡ xuống.", published: "2024-05-10",
              .day("2024-05-03"), .day("2024-05-04")), "vi"),
    (DateCase("He was arrested on ⟦November 18⟧. ⟦The day before⟧, police raided a flat.", published: "2015-11-20",
              .day("2015-11-18"), .day("2015-11-17")), "en"),
    (DateCase("The quake struck on ⟦March 31, 2024⟧; ⟦the next day⟧ rescuers found 12 bodies.", published: "2024-04-05",
              .day("2024-03-31"), .day("2024-04-01")), "en"),
    (DateCase("⟦The day before yesterday⟧, police raided a flat.", published: "2015-11-20", .day("2015-11-18")), "en"),
    (DateCase("Nothing was found the day before.", published: "2015-11-20"), "en"),
    (DateCase("He was arrested on ⟦May 3⟧ and charged ⟦the day after⟧.", published: "2018-07-31", .day("2018-05-03"), .day("2018-05-04")), "en"),
    // Counted from an event the words after it name, which is no date of the text.
    (DateCase("He was arrested on ⟦May 3⟧; the day before the attack he fled, the day after his arrest he spoke.",
              published: "2018-07-31", .day("2018-05-03")), "en"),
    // A week: from the day named last, else from publication; with its weekday.
    (DateCase("He was arrested on ⟦Friday, May 4⟧, and charged ⟦the following week⟧, on ⟦Tuesday of the following week⟧.",
              published: "2018-07-31", .day("2018-05-04"), .span("2018-05-07 – 2018-05-13", "2018-05-07", "2018-05-14", "day"),
              .day("2018-05-08")), "en"),
    (DateCase("Please schedule it for ⟦the following week⟧, or ⟦monday of the following week⟧.", published: "2018-07-31",
              .span("week of 2018-08-06", "2018-08-06", "2018-08-13", "week"), .day("2018-08-06")), "en"),
    (DateCase("He was arrested on ⟦May 3⟧; ⟦the next day⟧ the police searched his flat.", published: "2018-07-31",
              .day("2018-05-03"), .day("2018-05-04")), "en"),
    (DateCase("⟦The following week⟧ the vote failed.", published: "2018-07-31",
              .span("week of 2018-08-06", "2018-08-06", "2018-08-13", "week")), "en"),
    (DateCase("地震于⟦4月3日⟧发生。⟦次日⟧，救援人员找到12具遗体。", published: "2024-04-05", .day("2024-04-03"), .day("2024-04-04")), "zh-Hans"),
    (DateCase("颱風於⟦9月30日⟧登陸，⟦隔天⟧仍有3萬戶停電。", published: "2024-10-03", .day("2024-09-30"), .day("2024-10-01")), "zh-Hant"),
]

@Test("a day counted from the day the text named last", arguments: anchoredCases)
func anchoredDay(_ c: DateCase, language: String) { check(c, language: language) }
