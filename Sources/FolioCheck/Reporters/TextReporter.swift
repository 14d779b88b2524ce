import FolioModel

/// `path:line:col: severity: message [rule]`, grouped by file, with a summary line.
public struct TextReporter: Sendable {
    public var language: Language
    public var color: Bool

    public init(language: Language, color: Bool) {
        self.language = language
        self.color = color
    }

    public func report(_ findings: [Finding], fileCount: Int) -> String {
        var lines: [String] = []
        var currentFile: String?
        for finding in findings {
            if finding.location.file != currentFile {
                if currentFile != nil { lines.append("") }
                currentFile = finding.location.file
            }
            let severity = paint(finding.severity)
            lines.append("\(finding.location): \(severity): \(finding.message(language)) [\(finding.rule)]")
            let help = finding.help(language)
            if !help.isEmpty { lines.append("    " + help.replacingOccurrences(of: "\n", with: "\n    ")) }
        }
        if !findings.isEmpty { lines.append("") }
        lines.append(summary(findings, fileCount: fileCount))
        return lines.joined(separator: "\n")
    }

    func summary(_ findings: [Finding], fileCount: Int) -> String {
        let errors = findings.count { $0.severity == .error }
        let warnings = findings.count { $0.severity == .warning }
        let suggestions = findings.count { $0.severity == .suggestion }
        switch language {
        case .ko:
            return "오류 \(errors)개, 경고 \(warnings)개, 제안 \(suggestions)개 (파일 \(fileCount)개)"
        case .en:
            func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
            return "\(plural(errors, "error")), \(plural(warnings, "warning")), \(plural(suggestions, "suggestion")) in \(plural(fileCount, "file"))"
        }
    }

    func paint(_ severity: Severity) -> String {
        guard color else { return severity.rawValue }
        let code = switch severity {
        case .error: "31"
        case .warning: "33"
        case .suggestion: "36"
        }
        return "\u{1B}[\(code)m\(severity.rawValue)\u{1B}[0m"
    }
}
