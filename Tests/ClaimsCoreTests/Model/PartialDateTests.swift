import Foundation
import Testing
@testable import ClaimsCore

@Suite("PartialDate")
struct PartialDateTests {
    @Test func parsesYearMonthAndDay() throws {
        let year = try #require(PartialDate(parsing: "2023"))
        #expect(year.year == 2023 && year.month == nil && year.day == nil)
        #expect(year.precision == .year)
        #expect(year.description == "2023")

        let month = try #require(PartialDate(parsing: "2023-06"))
        #expect(month.year == 2023 && month.month == 6 && month.day == nil)
        #expect(month.precision == .month)
        #expect(month.description == "2023-06")

        let day = try #require(PartialDate(parsing: "2023-06-17"))
        #expect(day.year == 2023 && day.month == 6 && day.day == 17)
        #expect(day.precision == .day)
        #expect(day.description == "2023-06-17")

        #expect(PartialDate(parsing: " 2023-06 ") == PartialDate(year: 2023, month: 6))
        #expect(PartialDate(parsing: "0999")?.description == "0999")
    }

    @Test(arguments: [
        "", "23", "202", "20234", "2023-6", "2023-006", "2023-06-7", "2023-00", "2023-13", "2023-06-00", "2023-06-31",
        "2023-04-31", "2023-02-29", "1900-02-29", "2100-02-29", "0000", "2023-06-17-01", "2023-", "2023--01", "2023/06",
        "June", "2023-ab", "2023-06-1x", "-2023",
    ])
    func rejectsInvalidDates(_ text: String) {
        #expect(PartialDate(parsing: text) == nil)
    }

    @Test(arguments: ["+023", "2023-+6", "2023-06-+1", "2023-06- 1"])
    func rejectsSignsAndSpacesInsideFields(_ text: String) {
        #expect(PartialDate(parsing: text) == nil)
    }

    @Test(arguments: [
        (2024, true), (2000, true), (2023, false), (1900, false), (2100, false), (2400, true), (4, true),
    ])
    func februaryTwentyNinthOnlyInLeapYears(_ year: Int, _ leap: Bool) {
        #expect((PartialDate(year: year, month: 2, day: 29) != nil) == leap)
        #expect(PartialDate(year: year, month: 2, day: 28) != nil)
        #expect(PartialDate(year: year, month: 2, day: 30) == nil)
    }

    @Test func daysPerMonth() {
        for month in 1...12 {
            let last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            #expect(PartialDate(year: 2023, month: month, day: last) != nil, "month \(month)")
            #expect(PartialDate(year: 2023, month: month, day: last + 1) == nil, "month \(month)")
        }
    }

    @Test func memberwiseValidation() {
        #expect(PartialDate(year: 0) == nil)
        #expect(PartialDate(year: 10_000) == nil)
        #expect(PartialDate(year: 2023, month: 0) == nil)
        #expect(PartialDate(year: 2023, month: 13) == nil)
        #expect(PartialDate(year: 2023, day: 5) == nil, "a day without a month is meaningless")
        #expect(PartialDate(year: 2023, month: 6, day: 0) == nil)
    }

    @Test func precisionCutsAFinerDate() {
        #expect(PartialDate(parsing: "2023-06-17", precision: .month) == PartialDate(year: 2023, month: 6))
        #expect(PartialDate(parsing: "2023-06-17", precision: .year) == PartialDate(year: 2023))
        #expect(PartialDate(parsing: "2023-06-17", precision: .day) == PartialDate(year: 2023, month: 6, day: 17))
        #expect(PartialDate(parsing: "2023-06", precision: .day)?.precision == .month, "precision never invents a day")
        #expect(PartialDate(parsing: "2023-6-17", precision: .year) == nil)
    }

    @Test(arguments: ["2023-13-45", "2023-02-30", "2023-00"])
    func precisionDoesNotHideAnInvalidDate(_ text: String) {
        #expect(PartialDate(parsing: text) == nil)
        #expect(PartialDate(parsing: text, precision: .year) == nil)
    }

    @Test func precisionOrder() {
        #expect(DatePrecision.year < .month && DatePrecision.month < .day)
        #expect(DatePrecision.allCases.sorted() == [.year, .month, .day])
    }

    @Test func codableAsAString() throws {
        let date = try #require(PartialDate(parsing: "2023-06"))
        let data = try JSONEncoder().encode([date])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2023-06\"]")
        #expect(try JSONDecoder().decode([PartialDate].self, from: data) == [date])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([PartialDate].self, from: Data("[\"2023-13\"]".utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([PartialDate].self, from: Data("[2023]".utf8)) }
    }
}
