import FolioModel

/// `--format github`: one GitHub Actions workflow command per finding,
/// `::error file=…,line=…,col=…,title=rule::message`, so findings show on the pull request.
public struct GitHubReporter: Sendable {
    public var language: Language
    /// Prepended to workspace-relative paths so they are relative to the repository root.
    public var pathPrefix: String

    public init(language: Language, pathPrefix: String = "") {
        self.language = language
        self.pathPrefix = pathPrefix
    }

    public func report(_ findings: [Finding]) -> String {
        findings.map { finding in
            let command = switch finding.severity {
            case .error: "error"
            case .warning: "warning"
            case .suggestion: "notice"
            }
            let file = TerminalText.line(finding.location.file)
            let path = pathPrefix.isEmpty ? file : pathPrefix + "/" + file
            let properties = [
                "file=" + Self.escapeProperty(path),
                "line=\(finding.location.line)",
                "col=\(finding.location.column)",
                "title=" + Self.escapeProperty(finding.rule),
            ].joined(separator: ",")
            var message = TerminalText.line(finding.message(language))
            let help = TerminalText.lines(finding.help(language))
            if !help.isEmpty { message += "\n" + help }
            return "::\(command) \(properties)::\(Self.escapeData(message))"
        }.joined(separator: "\n")
    }

    /// Escaping of a workflow command's message (GitHub's toolkit `escapeData`).
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escaping of a property value (`escapeProperty`): also `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
