/// The two languages folio speaks: in rendered labels and in checker messages.
public enum Language: String, Sendable, Codable, CaseIterable {
    case ko
    case en

    /// Reads `ko`, `en`, `korean`, `english`, `한국어`, `영어` (any case).
    public init?(userValue: String) {
        switch userValue.trimmingHorizontalSpace().lowercased() {
        case "ko", "kr", "ko-kr", "korean", "한국어", "한글": self = .ko
        case "en", "en-us", "en-gb", "english", "영어": self = .en
        default: return nil
        }
    }
}

/// A text in both languages; the reporter or renderer picks one.
public struct LocalizedText: Hashable, Sendable, Codable, ExpressibleByStringLiteral {
    public var ko: String
    public var en: String

    public init(ko: String, en: String) {
        self.ko = ko
        self.en = en
    }

    /// The same text in both languages (a name, a number).
    public init(stringLiteral value: String) {
        self.init(ko: value, en: value)
    }

    public func callAsFunction(_ language: Language) -> String {
        language == .ko ? ko : en
    }
}

import Foundation
