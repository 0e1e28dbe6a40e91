import Testing

/// Vietnamese. The demo corpus's article is dated to the month (2023-06); the Tiananmen case's
/// reports are dated 2013-10-29 and 2013-11-01.
let viCases: [DateCase] = [
    // Absolute dates
    DateCase("⟦Ngày 17/6/2023⟧, ⟦ngày 17 tháng 6 năm 2023⟧", .day("2023-06-17"), .day("2023-06-17")),
    DateCase("Vụ việc xảy ra ⟦ngày 17/6⟧", published: "2023-06", .day("2023-06-17")),
    // After the day's own marker a dot separates day and month; after other cues it is a decimal.
    DateCase("⟦Ngày 28.3⟧, động đất xảy ra; chỉ số tăng 28.3 điểm.", published: "2025-03-29", .day("2025-03-28")),
    DateCase("vào ⟦tháng 7 năm 2019⟧ và ⟦tháng 7/2019⟧", .month("2019-07"), .month("2019-07")),
    // "2 ngày nữa" in a sentence about what will happen is a day from publication.
    DateCase("Bão sẽ đổ bộ ⟦2 ngày nữa⟧. Anh ấy đã về ⟦3 ngày⟧.", published: "2018-06-01", .day("2018-06-03"), .lasting("3 days", 3, "day")),
    // Centuries by number and relative to publication.
    DateCase("Ngôi đền xây từ ⟦thế kỷ 19⟧, trùng tu vào ⟦thế kỷ trước⟧.", published: "2023-06-17",
             .span("1800–1899", "1800-01-01", "1900-01-01", "century"), .span("1900–1999", "1900-01-01", "2000-01-01", "century")),
    // A weekday in a sentence about what will happen is the next one; otherwise the last.
    DateCase("Bão sẽ đổ bộ vào ⟦thứ Ba⟧. Bão quét qua Philippines hôm ⟦Chủ nhật⟧.", published: "2022-09-26", .day("2022-09-27"), .day("2022-09-25")),
    // A weekday with its week after it: thứ Ba tuần sau is next week's Tuesday.
    DateCase("Họ gặp nhau ⟦thứ Ba tuần sau⟧; vụ việc xảy ra ⟦thứ Sáu tuần trước⟧.", published: "2018-06-01", .day("2018-06-05"), .day("2018-05-25")),
    DateCase("OpenAI vẫn tiến hành cải cách cơ cấu vào ⟦năm 2019⟧ - bổ sung tổ chức vì lợi nhuận", .year(2019)),
    DateCase("doanh thu lần lượt là 200 triệu USD và 1 tỷ USD vào ⟦năm 2023⟧ và ⟦2024⟧.", .year(2023), .year(2024)),
    DateCase("Thời Báo Hoàn Cầu: vụ việc xảy ra vào ⟦ngày thứ hai 28/10⟧.", published: "2013-10-29", .day("2013-10-28")),
    DateCase("tại Bắc Kinh chiều ⟦28/10⟧ khiến 5 người chết", published: "2013-10-29", .day("2013-10-28")),
    DateCase("cung cấp danh sách những vị khách từ ⟦ngày 1/10⟧", published: "2013-10-29", .day("2013-10-01")),
    DateCase("Vào lúc ⟦12h05 ngày 28/10 (giờ địa phương)⟧", published: "2013-10-29", .at("2013-10-28 12:05", zone: "local")),
    DateCase("TTO - ⟦Ngày 1-11⟧, chính quyền Trung Quốc cáo buộc", published: "2013-11-01", .day("2013-11-01")),
    DateCase("⟦Thập niên 1990⟧, ⟦những năm 90⟧", published: "2013-11-01",
             .span("1990s", "1990-01-01", "2000-01-01", "decade"), .span("1990s", "1990-01-01", "2000-01-01", "decade")),
    // Partial dates
    DateCase("⟦Đầu năm 2024⟧, ⟦giữa năm 2024⟧", .span("2024 (early)", "2024-01-01", "2024-05-01", "year"),
             .span("2024 (mid)", "2024-05-01", "2024-09-01", "year")),
    DateCase("theo số liệu của Similar Web vào ⟦đầu năm⟧, mỗi ngày có khoảng 13 triệu lượt truy cập", published: "2023-06",
             .span("2023 (early)", "2023-01-01", "2023-05-01", "year")),
    DateCase("⟦cuối tháng 6⟧ và ⟦cuối năm nay⟧", published: "2023-06",
             .span("2023-06 (late)", "2023-06-21", "2023-07-01", "month"), .span("2023 (late)", "2023-09-01", "2024-01-01", "year")),
    DateCase("⟦quý 2/2023⟧, ⟦quý II năm 2023⟧, ⟦quý 3⟧", published: "2023-06",
             .span("2023 Q2", "2023-04-01", "2023-07-01", "quarter"), .span("2023 Q2", "2023-04-01", "2023-07-01", "quarter"),
             .span("2023 Q3", "2023-07-01", "2023-10-01", "quarter")),
    DateCase("⟦Mùa hè năm ngoái⟧ và ⟦mùa thu 2022⟧", published: "2023-06",
             .span("2022 summer", "2022-06-01", "2022-09-01", "season"), .span("2022 autumn", "2022-09-01", "2022-12-01", "season")),
    DateCase("Cuộc họp diễn ra vào ⟦thứ Sáu (4/10)⟧; giá xăng tăng ⟦hôm nay (2.10)⟧.", published: "2019-10-02", .day("2019-10-04"), .day("2019-10-02")),
    // Halves of a month: the first fifteen days, or the sixteenth to the end (not "đầu tháng").
    DateCase("Doanh số tăng trong ⟦nửa đầu tháng 9⟧ và sẽ giảm trong ⟦nửa cuối tháng sau⟧.", published: "2019-09-10",
             .span("2019-09 (first half)", "2019-09-01", "2019-09-16", "month"), .span("2019-10 (second half)", "2019-10-16", "2019-11-01", "month")),
    DateCase("⟦6 tháng đầu năm nay⟧, ⟦nửa đầu năm 2023⟧", published: "2023-06",
             .span("2023 H1", "2023-01-01", "2023-07-01", "half"), .span("2023 H1", "2023-01-01", "2023-07-01", "half")),
    // Relative dates
    DateCase("Ví dụ, vào ⟦tháng 3 năm nay⟧, sau khi OpenAI ký hợp đồng", published: "2023-06", .month("2023-03")),
    DateCase("làm giám đốc tài khoản chiến lược vào ⟦tháng 2⟧ sau khi thuê cựu phó chủ tịch làm giám đốc bán hàng vào ⟦tháng 6 năm ngoái⟧.",
             published: "2023-06", .month("2023-02"), .month("2022-06")),
    DateCase("OpenAI vẫn đang lỗ nặng cho đến ⟦năm ngoái⟧, tại hội nghị ⟦năm nay⟧", published: "2023-06", .year(2022), .year(2023)),
    DateCase("khiến 5 người thiệt mạng vào ⟦ngày hôm qua 28/10⟧, báo chí nhà nước ⟦hôm nay⟧ cho hay", published: "2013-10-29",
             .day("2013-10-28"), .day("2013-10-29")),
    DateCase("⟦hôm qua⟧ và ⟦tháng trước⟧", published: "2023-06",
             .span("2023-05-31…06-29", "2023-05-31", "2023-06-30", "month"), .month("2023-05")),
    DateCase("⟦năm ngoái⟧", .unresolved("last year (unresolved)", "year")),
    DateCase("⟦5 tháng trước⟧, ⟦cách đây 3 năm⟧", published: "2023-06", .month("2023-01"), .year(2020)),
    DateCase("Họ gặp nhau vào ⟦thứ hai⟧.", published: "2013-10-29", .day("2013-10-28")),
    // Durations
    DateCase("Mặt đất rung lắc ⟦trong 40 giây⟧, mạnh nhất ⟦hai thập kỷ⟧ qua", .lasting("40 seconds", 40, "second"), .lasting("2 decades", 2, "decade")),
    DateCase("OpenAI đã tăng 9 bậc chỉ ⟦trong một tháng⟧, trở thành trang web thứ 18", .lasting("1 month", 1, "month")),
    DateCase("sau khoảng thời gian ⟦một tuần⟧; sau khi trả phí", .lasting("1 week", 1, "week")),
    DateCase("bắt giữ được thực hiện chỉ ⟦10 tiếng⟧ sau; bị bắt giữ ⟦khoảng 10 tiếng⟧ sau", .lasting("10 hours", 10, "hour"),
             .lasting("~10 hours", 10, "hour")),
    DateCase("⟦hơn 10 năm⟧, ⟦suốt 6 năm⟧, ⟦5 tháng⟧", .lasting("> 10 years", 10, "year"), .lasting("6 years", 6, "year"),
             .lasting("5 months", 5, "month")),
    DateCase("Bị cáo lĩnh ⟦2 năm rưỡi⟧ tù sau ⟦3 tháng rưỡi⟧ điều tra.", .lasting("2.5 years", 2.5, "year"), .lasting("3.5 months", 3.5, "month")),
    DateCase("Bị cáo lĩnh ⟦2 năm 6 tháng⟧ tù, đồng phạm ⟦3 năm và 9 tháng⟧.", .lasting("2 years 6 months", 2.5, "year"),
             .lasting("3 years 9 months", 3.75, "year")),
    DateCase("⟦5 năm⟧ trước khi sáp nhập", published: "2023-06", .lasting("5 years", 5, "year")),
    // Traps
    DateCase("3 giờ trước\nCảnh sát Bắc Kinh cho hay"),
    DateCase("lần thứ hai, năm nghi can bị bắt, tỷ lệ 1/3 cử tri, tỉ số 2-1"),
    DateCase("Xem https://vnexpress.net/2023/06/17/tin.html hoặc gọi 0912.345.678"),
    DateCase("mỗi tháng 3 lần, hàng năm, năm trước đó, trẻ 10 năm tuổi"),
    // Clock times without a publication date: on the unknown publication day.
    DateCase("lúc ⟦10 giờ⟧, ⟦3 giờ chiều⟧", .unresolved("today 10:00 (unresolved)", "minute"), .unresolved("today 15:00 (unresolved)", "minute")),
    DateCase("1. Giới thiệu ⟦năm 2019⟧\n2. Kết luận", .year(2019)),
    DateCase("Có đến 2000 người tham dự, tăng tới 1900 điểm, ⟦từ năm 2019 đến 2023⟧.", .span("2019 – 2023", "2019-01-01", "2024-01-01", "year")),
    // Ranges: one interval from the first date's start to the second's end.
    DateCase("Giá tăng ⟦từ tháng 3 đến tháng 5 năm 2020⟧; hội nghị ⟦từ ngày 5 đến ngày 9/6⟧", published: "2020-06-10",
             .span("2020-03 – 2020-05", "2020-03-01", "2020-06-01", "month"),
             .span("2020-06-05 – 2020-06-09", "2020-06-05", "2020-06-10", "day")),
    DateCase("từ 2.000 đến 3.000 người; tăng từ 5 đến 7%"),
    DateCase("⟦Cuối tuần qua⟧, mưa lớn gây ngập; ⟦cuối tuần này⟧ trời sẽ mưa.", published: "2018-06-13",
             .span("2018-06-09…06-10", "2018-06-09", "2018-06-11", "day"), .span("2018-06-16…06-17", "2018-06-16", "2018-06-18", "day")),
    DateCase("Lễ hội vào ⟦thứ Hai đầu tiên của tháng 5⟧, kết thúc ⟦Chủ nhật cuối cùng của tháng 4 năm 2020⟧.", published: "2019-07-30",
             .day("2019-05-06"), .day("2020-04-26")),
    // The day after tomorrow; "một ngày kia" is "one day".
    DateCase("⟦Ngày mốt⟧ họ sẽ đi, một ngày kia sẽ về.", published: "2018-09-18", .day("2018-09-20")),
    // Two whole dates joined by a glued dash; a longer code is no date.
    DateCase("Triển lãm ⟦từ 1/10/2018-7/10/2018⟧ tại Hà Nội, mã 1/10/2018-7/10/20185.",
             .span("2018-10-01 – 2018-10-07", "2018-10-01", "2018-10-08", "day")),
]

@Test("vi dates and durations", arguments: viCases)
func vietnamese(_ c: DateCase) { check(c, language: "vi") }
