import FolioModel

/// What `folio explain` prints: the table of rules, or one rule's advice with a good and a bad example.
public enum Explanation {
    /// Every rule: id, default severity and summary, one a line.
    public static func table(_ rules: [any Rule] = RuleRegistry.all, language: Language) -> String {
        let descriptions = rules.map { type(of: $0).description }
        let idWidth = descriptions.map(\.id.count).max() ?? 0
        var lines = [language == .ko
            ? "규칙 \(descriptions.count)개. 자세히 보려면: folio explain <규칙>"
            : "\(descriptions.count) rules. For details: folio explain <rule>", ""]
        for description in descriptions {
            let id = description.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
            let severity = description.severity.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
            lines.append("\(id)  \(severity)  \(description.summary(language))")
        }
        return lines.joined(separator: "\n")
    }

    /// One rule: summary, the seed passage, why it matters, how to fix it, a good and a bad example.
    public static func details(_ description: RuleDescription, language: Language) -> String {
        let ko = language == .ko
        func indent(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
        }
        var parts = ["\(description.id) (\(description.severity.rawValue))", indent(description.summary(language))]
        if let seed = description.seed {
            parts.append((ko ? "근거 (" : "Source (") + seed.files.joined(separator: ", ") + ")\n" + indent("“\(seed.passage)”"))
        } else {
            parts.append(ko ? "근거: 시드 문서가 아니라 folio의 파일 사이 참조를 위한 규칙입니다." : "Source: no seed passage; the rule keeps folio's files consistent with each other.")
        }
        parts.append((ko ? "왜 중요한가\n" : "Why it matters\n") + indent(description.rationale(language)))
        parts.append((ko ? "고치는 법\n" : "How to fix it\n") + indent(description.help(language)))
        if let good = description.nonTriggering.first {
            parts.append((ko ? "좋은 예\n" : "Good\n") + indent(good.excerpt))
        }
        if let bad = description.triggering.first {
            parts.append((ko ? "나쁜 예 (↓: folio가 가리키는 곳)\n" : "Bad (↓ marks where folio points)\n") + indent(bad.excerpt))
        }
        return parts.joined(separator: "\n\n")
    }
}
