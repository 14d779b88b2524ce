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

    public var description: String { String(format: "%04d-%02d", year, month) }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }

    /// Whole months from `self` to `other` (negative when `other` is earlier).
    public func months(until other: YearMonth) -> Int {
        (other.year - year) * 12 + (other.month - month)
    }

    /// The month of a date, in the Gregorian calendar, UTC.
    public static func of(_ date: Date) -> YearMonth {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month], from: date)
        return YearMonth(year: parts.year ?? 2000, month: parts.month ?? 1)!
    }
}

/// A span of months; `end == nil` means ongoing (현재, present).
public struct Period: Hashable, Sendable, CustomStringConvertible {
    public var start: YearMonth
    public var end: YearMonth?
    public var ongoing: Bool

    public init(start: YearMonth, end: YearMonth?, ongoing: Bool = false) {
        self.start = start
        self.end = end
        self.ongoing = ongoing
    }

    public var description: String {
        if ongoing { return "\(start) – present" }
        guard let end, end != start else { return start.description }
        return "\(start) – \(end)"
    }

    static let ongoingWords: Set<String> = ["현재", "진행중", "진행 중", "재직중", "재직 중", "present", "now", "current", "ongoing", "today"]

    /// Parses a period; on failure returns the part that could not be read.
    public static func parse(_ text: String) -> Result<Period, UnreadableDate> {
        let separators = ["–", "—", "~", "〜", " - ", " to ", "부터"]
        var pieces = [text]
        for separator in separators where text.contains(separator) {
            pieces = text.components(separatedBy: separator)
            break
        }
        if pieces.count == 1, text.filter({ $0 == "-" }).count == 3 {
            // "2024-09-2024-11"
            let parts = text.split(separator: "-")
            pieces = [parts[0...1].joined(separator: "-"), parts[2...3].joined(separator: "-")]
        }
        let trimmed = pieces.map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "까지", with: "") }
        guard let first = trimmed.first, let start = YearMonth(first) else {
            return .failure(UnreadableDate(text: trimmed.first ?? text))
        }
        guard trimmed.count >= 2, !trimmed[1].isEmpty else {
            return .success(Period(start: start, end: nil, ongoing: false))
        }
        if ongoingWords.contains(trimmed[1].lowercased()) {
            return .success(Period(start: start, end: nil, ongoing: true))
        }
        guard let end = YearMonth(trimmed[1]) else { return .failure(UnreadableDate(text: trimmed[1])) }
        guard start <= end else { return .failure(UnreadableDate(text: text)) }
        return .success(Period(start: start, end: end))
    }

    /// Months covered, counting both ends (a one-month project is 1).
    public func months(asOf today: YearMonth) -> Int {
        let last = ongoing ? today : (end ?? start)
        return max(1, start.months(until: last) + 1)
    }
}

/// The part of a date or period that could not be read.
public struct UnreadableDate: Error, Sendable {
    public var text: String
}
