/// How much a finding matters. `error` blocks (`folio check` exits 1).
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case error
    case warning
    case suggestion

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .suggestion: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// The severity's word in `language`: `error`/`warning`/`suggestion`, or 오류/경고/제안 (the words
    /// `folio check`'s summary counts; `check.severity` in folio.yaml accepts both).
    public func label(_ language: Language) -> String {
        guard language == .ko else { return rawValue }
        switch self {
        case .error: return "오류"
        case .warning: return "경고"
        case .suggestion: return "제안"
        }
    }

    public init?(userValue: String) {
        switch userValue.lowercased() {
        case "error", "오류", "에러": self = .error
        case "warning", "warn", "경고": self = .warning
        case "suggestion", "info", "note", "제안": self = .suggestion
        default: return nil
        }
    }
}

/// One thing a user should change, at the place they must edit.
///
/// Parse problems and advice-rule findings share this shape, so one reporter prints both.
public struct Finding: Hashable, Sendable, Error {
    public var location: SourceLocation
    public var severity: Severity
    /// `area.what`, e.g. `story.alternatives` or `parse.yaml`.
    public var rule: String
    public var message: LocalizedText
    public var help: LocalizedText

    public init(
        _ rule: String, _ severity: Severity, at location: SourceLocation,
        message: LocalizedText, help: LocalizedText = ""
    ) {
        self.rule = rule
        self.severity = severity
        self.location = location
        self.message = message
        self.help = help
    }
}
