import Foundation

/// A date as precise as the person wrote it: a year (`2022`), a month (`2024-07`,
/// `2024년 7월`, `October 2022`) or a day (`2016-11-07`). Years stay years on the page:
/// folio never invents a month that was not written.
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    /// 1–12, or nil when only the year was written.
    public var month: Int?
    /// 1–31, or nil when no day was written.
    public var day: Int?

    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1900...2200).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day, month == nil || !(1...31).contains(day) { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public init(_ month: YearMonth) {
        year = month.year
        self.month = month.month
        day = nil
    }

    /// The month used for arithmetic: January when only the year was written.
    public var yearMonth: YearMonth { YearMonth(year: year, month: month ?? 1)! }

    /// `2022`, `2024-07`: what the page shows (a day is not shown).
    public var description: String {
        month.map { year.zeroPadded(4) + "-" + $0.zeroPadded(2) } ?? year.zeroPadded(4)
    }

    /// `2022`, `2024-07`, `2016-11-07`: ISO 8601 at the precision written (JSON Resume's date format).
    public var iso8601: String {
        guard let month else { return year.zeroPadded(4) }
        guard let day else { return year.zeroPadded(4) + "-" + month.zeroPadded(2) }
        return year.zeroPadded(4) + "-" + month.zeroPadded(2) + "-" + day.zeroPadded(2)
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    static let monthNames: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    /// Reads a date as people write it: `2024-07`, `2024.07`, `2024. 7.`, `2024/7`, `2024-07-15`,
    /// `2024년 7월`, `2024년`, `2022`, `24.07` (a two-digit year with a month: 2000s), `October 2022`,
    /// `Oct. 2022`, `2022 Oct`. Nil for anything else.
    public init?(_ text: String) {
        let lowered = text.trimmingHorizontalSpace().lowercased()
        guard !lowered.isEmpty else { return nil }
        var numbers: [String] = []
        var words: [String] = []
        var current = ""
        var currentIsDigit = false
        func flush() {
            guard !current.isEmpty else { return }
            if currentIsDigit { numbers.append(current) } else { words.append(current) }
            current = ""
        }
        for character in lowered {
            if character.isASCII, character.isNumber {
                if !currentIsDigit { flush() }
                currentIsDigit = true
                current.append(character)
            } else if character.isLetter {
                if currentIsDigit { flush() }
                currentIsDigit = false
                current.append(character)
            } else {
                flush()
            }
        }
        flush()
        // Korean unit words are fine; an English month name gives the month; anything else is not a date.
        var namedMonth: Int?
        for word in words {
            if ["년", "월", "일"].contains(word) { continue }
            guard let month = Self.monthNames[word.hasSuffix(".") ? String(word.dropLast()) : word], namedMonth == nil else { return nil }
            namedMonth = month
        }
        guard let first = numbers.first, numbers.count <= 3 else { return nil }
        let year: Int
        switch first.count {
        case 4: year = Int(first)!
        case 2 where numbers.count >= 2 && namedMonth == nil: year = 2000 + Int(first)!
        default: return nil
        }
        if let namedMonth {
            guard numbers.count == 1 || (numbers.count == 2 && numbers[1].count <= 2) else { return nil }
            let day = numbers.count == 2 ? Int(numbers[1]) : nil
            self.init(year: year, month: namedMonth, day: day)
            return
        }
        let month = numbers.count >= 2 ? (numbers[1].count <= 2 ? Int(numbers[1]) : nil) : nil
        if numbers.count >= 2, month == nil { return nil }
        let day = numbers.count == 3 ? (numbers[2].count <= 2 ? Int(numbers[2]) : nil) : nil
        if numbers.count == 3, day == nil { return nil }
        self.init(year: year, month: month, day: day)
    }
}

/// A span from a start to an end, or ongoing (`현재`, `present`), at the precision written.
public struct Period: Hashable, Sendable, CustomStringConvertible {
    public var from: PartialDate
    /// The end, or nil when the period is ongoing or a single date.
    public var to: PartialDate?
    public var ongoing: Bool

    public init(from: PartialDate, to: PartialDate?, ongoing: Bool = false) {
        self.from = from
        self.to = to
        self.ongoing = ongoing
    }

    /// A period of whole months.
    public init(start: YearMonth, end: YearMonth?, ongoing: Bool = false) {
        self.init(from: PartialDate(start), to: end.map(PartialDate.init), ongoing: ongoing)
    }

    /// The first month (January when only the year is written).
    public var start: YearMonth { from.yearMonth }
    /// The last month (January of the year when only the year is written: `2022 – 2024` is two years).
    public var end: YearMonth? { to?.yearMonth }

    /// `2024-07 – present`: the English text.
    public var description: String { text(.en) }

    /// `2024-07 – 현재` / `2024-07 – present`, `2022 – 2024`: in the output's language.
    public func text(_ language: Language) -> String {
        if ongoing { return "\(from) – \(language == .ko ? "현재" : "present")" }
        guard let to, to != from else { return from.description }
        return "\(from) – \(to)"
    }

    static let ongoingWords: Set<String> = [
        "현재", "진행중", "진행 중", "재직중", "재직 중", "재학중", "재학 중", "present", "now", "current", "ongoing", "today", "",
    ]

    /// Whether a piece of text means "until now" (`현재`, `Present`, `재직 중`).
    public static func isOngoing(_ text: String) -> Bool {
        let word = text.trimmingHorizontalSpace().lowercased()
        return !word.isEmpty && ongoingWords.contains(word)
    }

    /// Why a period could not be read.
    public enum Problem: Error, Sendable, Equatable {
        /// This part is not a date.
        case unreadable(String)
        /// The end comes before the start.
        case reversed(start: String, end: String)
    }

    /// Reads a period as people write it: `2024-07 – 현재`, `2022 – 2024`, `2024.07 ~ 2025.02`,
    /// `24.07–25.02`, `2024년 7월 – 현재`, `2022-2024`, `October 2022 to Present`, or a single date.
    public static func parse(_ text: String) -> Result<Period, Problem> {
        let written = text.trimmingHorizontalSpace()
        guard let (left, right) = split(written) else {
            guard let date = PartialDate(written.replacingOccurrences(of: "부터", with: "")) else {
                return .failure(.unreadable(written))
            }
            return .success(Period(from: date, to: nil))
        }
        guard let start = PartialDate(left) else { return .failure(.unreadable(left)) }
        let end = right.replacingOccurrences(of: "까지", with: "").trimmingHorizontalSpace()
        if end.isEmpty || isOngoing(end) { return .success(Period(from: start, to: nil, ongoing: true)) }
        guard let finish = PartialDate(end) else { return .failure(.unreadable(end)) }
        // Compare at the coarser precision: `2024 – 2024-03` is fine, `2024-07 – 2024-03` is not.
        let comparable = finish.month == nil || start.month == nil ? finish.year < start.year
            : finish.day == nil || start.day == nil ? finish.yearMonth < start.yearMonth : finish < start
        if comparable { return .failure(.reversed(start: start.description, end: finish.description)) }
        return .success(Period(from: start, to: finish))
    }

    /// The two sides of a range, or nil for a single date.
    static func split(_ text: String) -> (String, String)? {
        for separator in ["–", "—", "~", "〜", "∼", " - ", " to ", " until ", "부터"] {
            if let range = text.range(of: separator) {
                return (String(text[..<range.lowerBound]).trimmingHorizontalSpace(),
                        String(text[range.upperBound...]).trimmingHorizontalSpace())
            }
        }
        // A bare hyphen between two dates (`2022-2024`, `2024-09-2024-11`, `2024-07-present`):
        // the first hyphen whose both sides read as a date and an end.
        for index in text.indices where text[index] == "-" {
            let left = String(text[..<index]), right = String(text[text.index(after: index)...])
            if PartialDate(left) != nil, PartialDate(right) != nil || isOngoing(right) {
                return (left, right)
            }
        }
        return nil
    }

    /// Months covered, counting both ends (a one-month project is 1).
    public func months(asOf today: YearMonth) -> Int {
        let last = ongoing ? today : (end ?? start)
        return max(1, start.months(until: last) + 1)
    }
}
