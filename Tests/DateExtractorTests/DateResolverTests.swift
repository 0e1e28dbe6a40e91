import ClaimsCore
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
    #expect(tuesday.value(.weekday(2, relation: 1)).display == "2013-11-05")
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
