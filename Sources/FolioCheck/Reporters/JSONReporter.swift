import Foundation
import FolioModel

/// `--format json`: `{"findings": [{file, line, column, severity, rule, message, help}], "summary": {…}}`
/// with `file` relative to the workspace and keys sorted, so the output diffs cleanly.
public struct JSONReporter: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    struct Document: Encodable {
        var findings: [Item]
        var summary: CheckSummary
    }

    struct Item: Encodable {
        var file: String
        var line: Int
        var column: Int
        var severity: Severity
        var rule: String
        var message: String
        var help: String
    }

    public func report(_ findings: [Finding], summary: CheckSummary) -> String {
        let document = Document(
            findings: findings.map { finding in
                Item(file: finding.location.file, line: finding.location.line, column: finding.location.column,
                     severity: finding.severity, rule: finding.rule,
                     message: finding.message(language), help: finding.help(language))
            },
            summary: summary)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
