import Foundation

/// A year and a month, the precision résumés use (`2024-07`).
public struct YearMonth: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public var year: Int
    public var month: Int

    public init?(year: Int, month: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Reads `2024-07`, `2024.07`, `2024/7`, `2024-07-15`, `2024년 7월`, or a bare year `2024` (January).
    public init?(_ text: String) {
        let parts = text.split { !$0.isNumber }.map(String.init)
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
        let month: Int
        if parts.count >= 2 {
            guard let value = Int(parts[1]), parts[1].count <= 2 else { return nil }
            month = value
        } else {
            month = 1
        }
        if parts.count >= 3 {
            guard let day = Int(parts[2]), (1...31).contains(day) else { return nil }
        }
        // Reject trailing text that is not a date ("2024-07 ish" is fine to drop; letters are not).
        let letters = text.unicodeScalars.filter { CharacterSet.letters.contains($0) && !"년월일".unicodeScalars.contains($0) }
        guard letters.isEmpty else { return nil }
        self.init(year: year, month: month)
    }

    public var description: String { year.zeroPadded(4) + "-" + month.zeroPadded(2) }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }

    /// Whole months from `self` to `other` (negative when `other` is earlier).
    public func months(until other: YearMonth) -> Int {
        (other.year - year) * 12 + (other.month - month)
    }

    /// The month of a date, in the proleptic Gregorian calendar, UTC. Computed from the day
    /// number (Howard Hinnant's `civil_from_days`) rather than through `Calendar`, whose first
    /// use loads ICU's calendar and time-zone data: a millisecond of every folio run.
    public static func of(_ date: Date) -> YearMonth {
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down)) + 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return YearMonth(year: year, month: month) ?? YearMonth(year: 2000, month: 1)!
    }

    /// Midnight UTC of the month's first day, in the proleptic Gregorian calendar: the inverse of
    /// `of(_:)` (Howard Hinnant's `days_from_civil`), without `Calendar` and its ICU data.
    public var firstDay: Date {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return Date(timeIntervalSince1970: TimeInterval(days) * 86_400)
    }
}

