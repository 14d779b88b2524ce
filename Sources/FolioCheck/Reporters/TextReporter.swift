import FolioModel

/// `path:line:col: severity: message [rule]`, grouped by file, then a summary line and the
/// readiness score (per project and overall). Colour only when asked (the CLI decides: a
/// terminal and no NO_COLOR).
public struct TextReporter: Sendable {
    public var language: Language
    public var color: Bool
    /// Projects listed under the score; the lowest scores first.
    public var projectLimit = 10

    public init(language: Language, color: Bool) {
        self.language = language
        self.color = color
    }

    public func report(_ findings: [Finding], summary: CheckSummary) -> String {
        var lines = findingLines(findings)
        lines.append(counts(errors: summary.errors, warnings: summary.warnings, suggestions: summary.suggestions, files: summary.files))
        lines.append(contentsOf: readiness(summary))
        return lines.joined(separator: "\n")
    }

    /// The findings as `path:line:col: severity: message [rule]` lines, each followed by its
    /// indented help, grouped by file. User text (file names, quoted values) is printed through
    /// `TerminalText`, so no escape sequence or line break of the workspace reaches the terminal.
    public func findingLines(_ findings: [Finding]) -> [String] {
        var lines: [String] = []
        var currentFile: String?
        for finding in findings {
            if finding.location.file != currentFile {
                if currentFile != nil { lines.append("") }
                currentFile = finding.location.file
            }
            let severity = paint(finding.severity)
            lines.append("\(TerminalText.line(finding.location.description)): \(severity): \(TerminalText.line(finding.message(language))) [\(TerminalText.line(finding.rule))]")
            let help = TerminalText.lines(finding.help(language))
            if !help.isEmpty { lines.append("    " + help.replacingOccurrences(of: "\n", with: "\n    ")) }
        }
        if !findings.isEmpty { lines.append("") }
        return lines
    }

    /// `3 errors, 5 warnings, 2 suggestions in 14 files`.
    func counts(errors: Int, warnings: Int, suggestions: Int, files: Int) -> String {
        switch language {
        case .ko:
            return "오류 \(errors)개, 경고 \(warnings)개, 제안 \(suggestions)개 (파일 \(files)개)"
        case .en:
            func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
            return "\(plural(errors, "error")), \(plural(warnings, "warning")), \(plural(suggestions, "suggestion")) in \(plural(files, "file"))"
        }
    }

    /// The per-project scores (lowest first) and, last, the overall score.
    func readiness(_ summary: CheckSummary) -> [String] {
        guard !summary.partial else {
            return [language == .ko ? "준비도는 모든 규칙을 검사할 때만 계산합니다 (`--rule` 없이 실행하세요)."
                                    : "Readiness is scored only when every rule runs (run without `--rule`)."]
        }
        var lines: [String] = []
        let projects = summary.projects.sorted { ($0.score, $0.file) < ($1.score, $1.file) }
        for project in projects.prefix(projectLimit) {
            lines.append("  \(TerminalText.line(project.file)): \(project.score)/100")
        }
        if projects.count > projectLimit {
            let more = projects.count - projectLimit
            lines.append(language == .ko ? "  … 프로젝트 \(more)개 더" : "  … \(more) more projects")
        }
        let score = paintScore(summary.score)
        lines.append(language == .ko
            ? "준비도 \(score)/100 (프로필·스킬 \(summary.profileScore), 프로젝트 \(summary.projects.count)개 평균 반영)"
            : "Readiness \(score)/100 (profile and skills \(summary.profileScore), averaged with \(summary.projects.count) project\(summary.projects.count == 1 ? "" : "s"))")
        return lines
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

    func paintScore(_ score: Int) -> String {
        guard color else { return "\(score)" }
        let code = score >= 90 ? "32" : score >= 60 ? "33" : "31"
        return "\u{1B}[1;\(code)m\(score)\u{1B}[0m"
    }
}
