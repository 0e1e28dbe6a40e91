import ClaimsCore
import Foundation
import Testing

@Test("calendar arithmetic round-trips and knows its weekdays")
func calendarDays() {
    #expect(CalendarDays.from(year: 1970, month: 1, day: 1) == 0)
    #expect(CalendarDays.from(year: 2000, month: 3, day: 1) == 11017)
    #expect(CalendarDays.from(year: 2023, month: 6, day: 17) == 19525)
    #expect(CalendarDays.weekday(19525) == 6) // a Saturday
    #expect(CalendarDays.weekday(CalendarDays.from(year: 2013, month: 10, day: 28)) == 1) // a Monday
    for days in stride(from: -800_000, through: 800_000, by: 997) {
        let (y, m, d) = CalendarDays.civil(days)
        #expect(CalendarDays.from(year: y, month: m, day: d) == days)
    }
}

@Test("relative dates against a day, a month, a year and no publication date")
func relativePrecision() {
    let day = DateResolver(published: PartialDate(year: 2023, month: 6, day: 17))
    let month = DateResolver(published: PartialDate(year: 2023, month: 6))
    let year = DateResolver(published: PartialDate(year: 2023))
    let none = DateResolver(published: nil)

    let yesterday = DateExpression.dayOffset(-1)
    #expect(day.value(yesterday).display == "2023-06-16")
    #expect(day.value(yesterday).precision == "day")
    #expect(day.value(yesterday).anchor == "2023-06-17")
    // Known to the month: every day it could be, at the month's precision.
    #expect(month.value(yesterday).low == Double(CalendarDays.from(year: 2023, month: 5, day: 31)))
    #expect(month.value(yesterday).high == Double(CalendarDays.from(year: 2023, month: 6, day: 30)))
    #expect(month.value(yesterday).precision == "month")
    #expect(year.value(yesterday).display == "2022-12-31…2023-12-30")
    #expect(year.value(yesterday).precision == "year")
    #expect(none.value(yesterday).low == nil)
    #expect(none.value(yesterday).display == "yesterday (unresolved)")
    #expect(none.value(yesterday).anchor == "unknown")

    // Last month is exact whenever the month is known.
    #expect(month.value(.monthOffset(-1, nil, nil)).display == "2023-05")
    #expect(year.value(.monthOffset(-1, nil, nil)).display == "2022-12…2023-11")
    // Last year needs only the year.
    #expect(year.value(.calendar(.relative(-1), .year)).display == "2022")
}

@Test("months without a year go to the occurrence nearest the publication date")
func impliedYears() {
    let january = DateResolver(published: PartialDate(year: 2024, month: 1, day: 10))
    #expect(january.value(.calendar(.implied, .month(12))).display == "2023-12")
    #expect(january.value(.calendar(.implied, .month(3))).display == "2024-03")
    let june = DateResolver(published: PartialDate(year: 2023, month: 6))
    #expect(june.value(.calendar(.implied, .day(2, 29))).display == "2024-02-29") // the nearest 29 February
    #expect(june.value(.calendar(.implied, .quarter(4))).display == "2023 Q4")
    #expect(DateResolver(published: PartialDate(year: 2023)).value(.calendar(.implied, .month(11))).display == "2023-11")
}

@Test("weekdays, named months and seasons relative to the publication day")
func namedRelatives() {
    let tuesday = DateResolver(published: PartialDate(year: 2013, month: 10, day: 29))
    #expect(tuesday.value(.weekday(1, relation: 0)).display == "2013-10-28")
    #expect(tuesday.value(.weekday(2, relation: 0)).display == "2013-10-29")
    #expect(tuesday.value(.weekday(2, relation: -1)).display == "2013-10-22")
    #expect(tuesday.value(.weekday(2, relation: 1)).display == "2013-10-29")
    #expect(tuesday.value(.weekday(4, relation: 1)).display == "2013-10-31")
    #expect(tuesday.value(.namedMonth(10, relation: -1)).display == "2012-10")
    #expect(tuesday.value(.namedSeason(.summer, relation: -1)).display == "2013 summer")
    #expect(tuesday.value(.namedSeason(.winter, relation: 1)).display == "2013 winter")
    #expect(tuesday.value(.ago(5, unit: "month")).display == "2013-05")
    #expect(tuesday.value(.ago(7, unit: "hour")).display == "2013-10-28…10-29")
}

@Test("absolute periods as intervals of days")
func periods() {
    let none = DateResolver(published: nil)
    let winter = none.value(.calendar(.absolute(2023), .season(.winter)))
    #expect(winter.low == Double(CalendarDays.from(year: 2023, month: 12, day: 1)))
    #expect(winter.high == Double(CalendarDays.from(year: 2024, month: 3, day: 1)))
    let mid = none.value(.calendar(.absolute(2023), .monthPart(2, .late)))
    #expect(mid.low == Double(CalendarDays.from(year: 2023, month: 2, day: 21)))
    #expect(mid.high == Double(CalendarDays.from(year: 2023, month: 3, day: 1)))
    #expect(none.value(.calendar(.absolute(2023), .minute(10, 28, 725))).display == "2023-10-28 12:05")
    #expect(none.value(.fiscal(2023, quarter: 4)).low == nil)
    #expect(none.value(.ambiguous(7, 6, year: 2023)).display == "2023-06-07 or 2023-07-06")
}

@Test("a minute of a relative day, of a calendar day, and of the publication day")
func timesOfDay() {
    let thursday = DateResolver(published: PartialDate(year: 2013, month: 10, day: 17))
    let month = DateResolver(published: PartialDate(year: 2013, month: 10))
    let none = DateResolver(published: nil)
    let day = Double(CalendarDays.from(year: 2013, month: 10, day: 16))

    // 16日下午2时45分: a day of the month at 14:45, exactly that minute.
    let quarterToThree = thursday.value(.timeOfDay(.dayOfMonth(16), minute: 14 * 60 + 45))
    #expect(quarterToThree.display == "2013-10-16 14:45")
    #expect(quarterToThree.precision == "minute")
    #expect(quarterToThree.anchor == "2013-10-17")
    #expect(abs(quarterToThree.low! - (day + 885.0 / 1440)) < 1e-9)
    #expect(abs(quarterToThree.high! - (day + 886.0 / 1440)) < 1e-9)
    #expect(quarterToThree.zone == nil)
    // On Monday at 9:40 p.m.; a clock time alone is on the publication day.
    #expect(thursday.value(.timeOfDay(.weekday(1, relation: 0), minute: 21 * 60 + 40)).display == "2013-10-14 21:40")
    #expect(thursday.value(.timeOfDay(.dayOffset(0), minute: 16 * 60)).display == "2013-10-17 16:00")
    // A calendar day's minute is the calendar minute, absolute or not.
    let calendar = thursday.value(.timeOfDay(.calendar(.absolute(2013), .day(10, 28)), minute: 725))
    #expect(calendar.display == "2013-10-28 12:05")
    #expect(calendar.anchor == nil)
    // Dated to the month: the days it may be, each at that minute.
    let yesterday = month.value(.timeOfDay(.dayOffset(-1), minute: 60))
    #expect(yesterday.precision == "month")
    #expect(abs(yesterday.low! - (Double(CalendarDays.from(year: 2013, month: 9, day: 30)) + 60.0 / 1440)) < 1e-9)
    #expect(abs(yesterday.high! - (Double(CalendarDays.from(year: 2013, month: 10, day: 30)) + 61.0 / 1440)) < 1e-9)
    // No publication date: unresolved, and saying which minute.
    let unresolved = none.value(.timeOfDay(.dayOffset(0), minute: 600))
    #expect(unresolved.display == "today 10:00 (unresolved)")
    #expect(unresolved.precision == "minute")
    #expect(unresolved.anchor == "unknown")
    #expect(unresolved.low == nil)
}

@Test("parts of the day on a 12-hour dial, and offsets from UTC")
func dayPartsAndOffsets() {
    #expect(DayPart.pm.hour(2) == 14)
    #expect(DayPart.pm.hour(12) == 12)
    #expect(DayPart.pm.hour(15) == 15)
    #expect(DayPart.am.hour(12) == 0)
    #expect(DayPart.am.hour(9) == 9)
    #expect(DayPart.noon.hour(12) == 12)
    #expect(DayPart.noon.hour(1) == 13)
    #expect(DayPart.noon.hour(11) == 11)
    #expect(DayPart.night.hour(11) == 23)
    #expect(DayPart.night.hour(2) == 2)
    #expect(DayPart.night.hour(12) == 0)
    #expect(UTCOffset("+08:00")?.minutes == 480)
    #expect(UTCOffset("-05:30")?.minutes == -330)
    #expect(UTCOffset("+8") == nil)
    #expect(UTCOffset("+08:60") == nil)
    #expect(UTCOffset(minutes: 420)?.description == "+07:00")
    #expect(UTCOffset(minutes: -300)?.description == "-05:00")
    #expect(UTCOffset(minutes: 15 * 60) == nil)
}

@Test("a time zone is an optional value field, left out of JSON when absent")
func zoneField() throws {
    let plain = NormalizedValue(display: "2013-10-28 12:05", unit: "date", precision: "minute")
    #expect(plain.zone == nil)
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    #expect(!String(decoding: try encoder.encode(plain), as: UTF8.self).contains("zone"))
    let beijing = NormalizedValue(display: "2013-10-28 12:05", unit: "date", precision: "minute", zone: "+08:00")
    let json = String(decoding: try encoder.encode(beijing), as: UTF8.self)
    #expect(json.contains("\"zone\":\"+08:00\""))
    #expect(try JSONDecoder().decode(NormalizedValue.self, from: Data(json.utf8)) == beijing)
}

@Test("a date's interval is written as ISO days too, and read back without them")
func isoDays() throws {
    let q3 = DateResolver(published: nil).value(.calendar(.absolute(2019), .quarter(3)))
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let json = String(decoding: try encoder.encode(q3), as: UTF8.self)
    #expect(json.contains("\"first_day\":\"2019-07-01\""), "\(json)")
    #expect(json.contains("\"last_day\":\"2019-09-30\""), "\(json)")
    #expect(try JSONDecoder().decode(NormalizedValue.self, from: Data(json.utf8)) == q3)
    let count = NormalizedValue(display: "5", number: 5)
    #expect(!String(decoding: try encoder.encode(count), as: UTF8.self).contains("first_day"))
}
