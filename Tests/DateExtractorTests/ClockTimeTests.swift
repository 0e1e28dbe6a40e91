import ClaimsCore
import Testing

// Times of day to the minute, per language. Most cases are dated Thursday 2013-10-17, the day
// after the Lao Airlines crash of 16 October 2013; the Tiananmen cases 2013-10-29.

let viClockCases: [DateCase] = [
    // A clock time alone: on the publication day.
    DateCase("Máy bay đã cất cánh từ thủ đô Vientiane lúc ⟦14 giờ 50 phút⟧.", published: "2013-10-17", .at("2013-10-17 14:50")),
    DateCase("Máy bay gặp nạn lúc ⟦khoảng 16 giờ cùng ngày⟧.", published: "2013-10-17", .at("2013-10-17 16:00", hedge: "about")),
    DateCase("Vụ nổ xảy ra vào lúc ⟦21h15⟧.", published: "2013-10-17", .at("2013-10-17 21:15")),
    DateCase("⟦Khoảng 16 giờ⟧, máy bay mất liên lạc.", published: "2013-10-17", .at("2013-10-17 16:00", hedge: "about")),
    // After its day, or before it.
    DateCase("Máy bay rơi ⟦chiều ngày 16/10 lúc 15 giờ⟧.", published: "2013-10-17", .at("2013-10-16 15:00")),
    DateCase("Máy bay rơi ⟦chiều ngày 16/10 lúc 3 giờ⟧.", published: "2013-10-17", .at("2013-10-16 15:00")),
    DateCase("Máy bay cất cánh ⟦ngày 16/10 lúc 14 giờ 50⟧.", published: "2013-10-17", .at("2013-10-16 14:50")),
    DateCase("Máy bay cất cánh lúc ⟦14 giờ 50 phút hôm 16/10⟧.", published: "2013-10-17", .at("2013-10-16 14:50")),
    DateCase("⟦Hôm qua lúc 9 giờ sáng⟧, họ họp; ⟦khoảng 11 giờ đêm hôm qua⟧, cảnh sát đến.", published: "2013-10-17",
             .at("2013-10-16 09:00"), .at("2013-10-16 23:00", hedge: "about")),
    // Parts of the day.
    DateCase("Máy bay rơi lúc ⟦2 giờ chiều⟧, lúc ⟦2 giờ rưỡi chiều⟧, lúc ⟦11 giờ trưa⟧, lúc ⟦1 giờ trưa⟧, lúc ⟦2 giờ đêm⟧.",
             published: "2013-10-17", .at("2013-10-17 14:00"), .at("2013-10-17 14:30"), .at("2013-10-17 11:00"),
             .at("2013-10-17 13:00"), .at("2013-10-17 02:00")),
    // On the day named in the sentence, before or after; else on the day named last before it,
    // in its paragraph or in an earlier one; else on the publication day.
    DateCase("⟦Ngày 16/10⟧, máy bay cất cánh lúc ⟦14 giờ 50 phút⟧. Lúc ⟦16 giờ⟧, máy bay mất liên lạc.\nLúc ⟦17 giờ⟧, cứu hộ đến.",
             published: "2013-10-17", .day("2013-10-16"), .at("2013-10-16 14:50"), .at("2013-10-16 16:00"), .at("2013-10-16 17:00")),
    DateCase("Lúc ⟦17 giờ⟧, cứu hộ đến.\nMáy bay rơi ⟦ngày 16/10⟧.", published: "2013-10-17", .at("2013-10-17 17:00"), .day("2013-10-16")),
    DateCase("Lúc ⟦14 giờ⟧, máy bay cất cánh từ Vientiane hôm ⟦16/10⟧.", published: "2013-10-17", .at("2013-10-16 14:00"), .day("2013-10-16")),
    DateCase("⟦Ngày 16/10⟧, máy bay cất cánh.\nMáy bay gặp nạn lúc ⟦khoảng 16 giờ cùng ngày⟧.", published: "2013-10-17",
             .day("2013-10-16"), .at("2013-10-16 16:00", hedge: "about")),
    // Zones.
    DateCase("Lúc ⟦14 giờ (giờ Hà Nội)⟧, lúc ⟦21h15 giờ GMT+7⟧, lúc ⟦9 giờ giờ địa phương⟧.", published: "2013-10-17",
             .at("2013-10-17 14:00", zone: "+07:00"), .at("2013-10-17 21:15", zone: "+07:00"), .at("2013-10-17 09:00", zone: "local")),
    DateCase("Lúc ⟦14 giờ 50 phút (giờ Hà Nội) ngày 16/10⟧, máy bay cất cánh.", published: "2013-10-17",
             .at("2013-10-16 14:50", zone: "+07:00")),
    // Amounts of time stay amounts of time.
    DateCase("bị bắt giữ chỉ ⟦10 tiếng⟧ sau; ⟦10 giờ⟧ sau, máy bay hạ cánh", .lasting("10 hours", 10, "hour"), .lasting("10 hours", 10, "hour")),
    DateCase("⟦Trong 3 giờ⟧, họ đi; cuộc họp kéo dài ⟦khoảng 2 giờ⟧, ⟦trong khoảng 2 giờ⟧", .lasting("3 hours", 3, "hour"),
             .lasting("~2 hours", 2, "hour"), .lasting("~2 hours", 2, "hour")),
    // Not a clock time after "sau" (after): an amount of time, one in two parts.
    DateCase("Sau ⟦2 giờ 30 phút⟧ đàm phán", .lasting("2 hours 30 minutes", 2.5, "hour")),
    DateCase("Lúc ⟦14 giờ⟧ trước khi cất cánh, ⟦3 giờ⟧ sau khi hạ cánh", published: "2013-10-17", .at("2013-10-17 14:00"),
             .lasting("3 hours", 3, "hour")),
    DateCase("3 giờ trước\nCảnh sát cho hay"),
    // Scores, ratios.
    DateCase("Tỷ số 3:1, tỷ lệ 1:30, 2:0.", published: "2013-10-17"),
    // A span of hours: both ends, on the day named before it.
    DateCase("⟦Ngày 20/10⟧, chợ mở cửa lúc ⟦14:00⟧-⟦19:00⟧.", published: "2013-10-17", .day("2013-10-20"),
             .at("2013-10-20 14:00"), .at("2013-10-20 19:00")),
    // A span in words: from, a clock time, to, a clock time that is one by its own marks.
    DateCase("Việc bỏ phiếu bắt đầu từ ⟦7h⟧ đến ⟦19h cùng ngày⟧; chợ mở từ ⟦7h30⟧ đến ⟦19h30⟧.", published: "2013-10-17",
             .at("2013-10-17 07:00"), .at("2013-10-17 19:00"), .at("2013-10-17 07:30"), .at("2013-10-17 19:30")),
]

let zhClockCases: [DateCase] = [
    DateCase("老挝航空QV301航班于⟦16日下午2时45分⟧从万象瓦岱国际机场起飞。", published: "2013-10-17", .at("2013-10-16 14:45")),
    // A span of hours after its day: the day and its first hour, then the last hour on that day.
    DateCase("活动定于⟦10月20日14:00⟧-⟦19:00⟧在广场举行。", published: "2013-10-17", .at("2013-10-20 14:00"), .at("2013-10-20 19:00")),
    DateCase("投票时间为⟦10月20日07:30⟧～⟦18:00⟧，⟦10月21日 08:00⟧ ~ ⟦16:00⟧。", published: "2013-10-17", .at("2013-10-20 07:30"),
             .at("2013-10-20 18:00"), .at("2013-10-21 08:00"), .at("2013-10-21 16:00")),
    DateCase("⟦当天12点05分左右⟧，一辆吉普车冲入人群。", published: "2013-10-29", .at("2013-10-29 12:05", hedge: "about")),
    DateCase("⟦10月28日⟧，天安门发生事故。\n⟦当天12点05分左右⟧，一辆吉普车冲入人群。", published: "2013-10-29",
             .day("2013-10-28"), .at("2013-10-28 12:05", hedge: "about")),
    DateCase("⟦北京时间10月28日星期一中午12点05分⟧，一辆汽车起火。", published: "2013-10-29", .at("2013-10-28 12:05", zone: "+08:00")),
    DateCase("事故发生在⟦晚上9点40分⟧。", published: "2013-10-17", .at("2013-10-17 21:40")),
    // 晚 alone is evening, and a day word may end with it.
    DateCase("截至⟦3日晚10時⟧，⟦昨晚8時40分⟧，⟦今晚8时⟧。", published: "2024-04-04", .at("2024-04-03 22:00"),
             .at("2024-04-03 20:40"), .at("2024-04-04 20:00")),
    DateCase("⟦28日12时许⟧，一辆吉普车冲入人群。", published: "2013-10-29", .at("2013-10-28 12:00", hedge: "about")),
    // In a report dated only to its month, a day of the month is that month's.
    DateCase("災害應變中心統計，截至⟦3日晚10時⟧，", published: "2024-04", .at("2024-04-03 22:00")),
    DateCase("⟦10月16日⟧，飞机于⟦下午两点四十五分⟧起飞。⟦晚上9点40分⟧，飞机坠毁。", published: "2013-10-17",
             .day("2013-10-16"), .at("2013-10-16 14:45"), .at("2013-10-16 21:40")),
    DateCase("⟦中午12点⟧，⟦中午1点⟧，⟦深夜11点⟧，⟦凌晨2点⟧，⟦12点半⟧", published: "2013-10-17", .at("2013-10-17 12:00"),
             .at("2013-10-17 13:00"), .at("2013-10-17 23:00"), .at("2013-10-17 02:00"), .at("2013-10-17 12:30")),
    DateCase("⟦昨天下午3点半⟧，⟦当地时间16日下午2时45分⟧，⟦北京时间12点05分⟧", published: "2013-10-17", .at("2013-10-16 15:30"),
             .at("2013-10-16 14:45", zone: "local"), .at("2013-10-16 12:05", zone: "+08:00")),
    // Not clock times: amounts of time, index points, "a little", scores.
    DateCase("飞行了⟦3小时⟧，上证指数上涨12点，有一点不同，两点意见，比分3:1。", published: "2013-10-17", .lasting("3 hours", 3, "hour")),
]

let zhHantClockCases: [DateCase] = [
    DateCase("寮國航空班機於⟦16日下午2時45分⟧起飛，⟦當天晚上9點40分⟧墜毀。", published: "2013-10-17",
             .at("2013-10-16 14:45"), .at("2013-10-16 21:40")),
    DateCase("⟦北京時間10月28日中午12點05分⟧", published: "2013-10-29", .at("2013-10-28 12:05", zone: "+08:00")),
    DateCase("飛行了⟦3小時⟧。", .lasting("3 hours", 3, "hour")),
    // A day of the month with no month is in the month of the full day the text named before
    // it, not the one nearest a publication date weeks later; with none, nearest publication.
    DateCase("⟦2024年12月29日上午9時07分⟧，客機失事。該客機于⟦29日凌晨1時30分⟧起飛。", published: "2025-01-15",
             .at("2024-12-29 09:07"), .at("2024-12-29 01:30")),
    DateCase("該客機于⟦10日凌晨1時30分⟧起飛。", published: "2025-01-15", .at("2025-01-10 01:30")),
]

let enClockCases: [DateCase] = [
    DateCase("The car crashed, bursting into flames at ⟦12:05 pm on Monday⟧.", published: "2013-10-17", .at("2013-10-14 12:05")),
    DateCase("It ended at ⟦12:20 a.m. Saturday⟧.", published: "2013-10-17", .at("2013-10-12 00:20")),
    DateCase("The plane crashed at ⟦9:40 p.m. local time⟧.", published: "2013-10-17", .at("2013-10-17 21:40", zone: "local")),
    DateCase("The blast happened at ⟦21:15 GMT⟧, or at ⟦21:15 UTC+8⟧.", published: "2013-10-17",
             .at("2013-10-17 21:15", zone: "+00:00"), .at("2013-10-17 21:15", zone: "+08:00")),
    DateCase("The plane took off on ⟦Monday at 9:40 p.m.⟧ and landed ⟦yesterday at about 3:30 pm⟧.", published: "2013-10-17",
             .at("2013-10-14 21:40"), .at("2013-10-16 15:30", hedge: "about")),
    DateCase("It happened on ⟦June 17 at 3 pm⟧, at ⟦12 a.m.⟧ and at ⟦12 p.m.⟧ that year.", published: "2023-06-20",
             .at("2023-06-17 15:00"), .at("2023-06-17 00:00"), .at("2023-06-17 12:00")),
    DateCase("On ⟦Tuesday⟧, it left at ⟦9 o'clock⟧. It happened at ⟦12 a.m.⟧ ⟦Later that day at 3:30 pm⟧, police came.",
             published: "2013-10-17", .day("2013-10-15"), .at("2013-10-15 09:00"), .at("2013-10-15 00:00"), .at("2013-10-15 15:30")),
    // A part of the day glued to the minutes; not a word that only starts like one.
    DateCase("The center said at ⟦8:40pm yesterday⟧. Version 8:40pmx shipped.", published: "2024-04-05", .at("2024-04-04 20:40")),
    DateCase("Polls are open from ⟦7:00⟧ to ⟦19:00⟧.", published: "2013-10-17", .at("2013-10-17 07:00"), .at("2013-10-17 19:00")),
    // A span of hours after a timed day: its second end on that day. Not a score or a version.
    DateCase("Polls opened on ⟦October 20 at 07:00⟧–⟦19:00⟧. The score was 3:10-2; build 2:1.14-3:2 shipped.", published: "2013-10-17",
             .at("2013-10-20 07:00"), .at("2013-10-20 19:00")),
    // Not clock times: amounts of time, scores, ratios, verses, addresses.
    DateCase("It lasted ⟦for 3 hours⟧. The score was 3:1 and the ratio 1:30. See John 3:16 and https://example.com/12:05/x.",
             published: "2013-10-17", .lasting("3 hours", 3, "hour")),
]

@Test("vi clock times", arguments: viClockCases)
func vietnameseClock(_ c: DateCase) { check(c, language: "vi") }

@Test("zh-Hans clock times", arguments: zhClockCases)
func chineseClock(_ c: DateCase) { check(c, language: "zh-Hans") }

@Test("zh-Hant clock times", arguments: zhHantClockCases)
func chineseTraditionalClock(_ c: DateCase) { check(c, language: "zh-Hant") }

@Test("en clock times", arguments: enClockCases)
func englishClock(_ c: DateCase) { check(c, language: "en") }

@Test("a time placed on the publication day is anchored to it; one on a written date is not")
func clockAnchors() {
    let (_, alone) = fixture.mentions(in: "Máy bay cất cánh lúc 14 giờ 50 phút.", language: "vi", published: "2013-10-17")
    #expect(alone.map(\.value.anchor) == ["2013-10-17"])
    let (_, dated) = fixture.mentions(in: "Vào lúc 12h05 ngày 28/10/2013.", language: "vi", published: "2013-10-29")
    #expect(dated.map(\.value.anchor) == [nil])
    let (_, month) = fixture.mentions(in: "lúc 14 giờ 50 phút", language: "vi", published: "2013-10")
    #expect(month.first?.value.precision == "month")
    #expect(month.first?.value.anchor == "2013-10")
}
