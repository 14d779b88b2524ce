import Foundation
import Testing
import FolioModel

@Suite struct YearMonthTests {
    /// `YearMonth.of` computes the month from the day number; `Calendar` (Gregorian, UTC) is the oracle.
    @Test func theMonthOfADateAgreesWithFoundationsGregorianCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = calendar.date(from: DateComponents(year: 1900, month: 1, day: 1))!.timeIntervalSince1970
        let end = calendar.date(from: DateComponents(year: 2200, month: 12, day: 31))!.timeIntervalSince1970
        var checked = 0
        // Every 7 days and 13 hours: every month of the three centuries, at varied times of day.
        for seconds in stride(from: start, through: end, by: 7 * 86_400 + 13 * 3_600) {
            let date = Date(timeIntervalSince1970: seconds)
            let parts = calendar.dateComponents([.year, .month], from: date)
            #expect(YearMonth.of(date) == YearMonth(year: parts.year!, month: parts.month!), "\(date)")
            checked += 1
        }
        #expect(checked > 14_000)
    }

    /// `firstDay` is midnight UTC of the month's first day, as `Calendar` (Gregorian, UTC) gives it.
    @Test func theFirstDayOfAMonthAgreesWithFoundationsGregorianCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for year in [1900, 1901, 1969, 1970, 1999, 2000, 2023, 2024, 2026, 2099, 2100, 2199, 2200] {
            for month in 1...12 {
                let expected = calendar.date(from: DateComponents(year: year, month: month, day: 1))!
                #expect(YearMonth(year: year, month: month)!.firstDay == expected, "\(year)-\(month)")
                #expect(YearMonth.of(YearMonth(year: year, month: month)!.firstDay) == YearMonth(year: year, month: month))
            }
        }
    }

    @Test func theLastSecondOfAMonthAndTheFirstOfTheNext() {
        // 2024-02-29T23:59:59Z (a leap day) and 2024-03-01T00:00:00Z; 1969-12-31T23:59:59Z before the epoch.
        #expect(YearMonth.of(Date(timeIntervalSince1970: 1_709_251_199)) == YearMonth(year: 2024, month: 2))
        #expect(YearMonth.of(Date(timeIntervalSince1970: 1_709_251_200)) == YearMonth(year: 2024, month: 3))
        #expect(YearMonth.of(Date(timeIntervalSince1970: -1)) == YearMonth(year: 1969, month: 12))
    }
}
