/// One `stories/<id>.md` file: a troubleshooting story (situation, cause, alternatives, action, result).
public struct Story: Sendable {
    public var id: String
    public var file: String
    public var title: Located<String>?
    /// The id of the project it happened in.
    public var project: Located<String>?
    public var skills: [Located<String>]
    /// When it happened, at the precision written (`2024-08`, `2024`, `October 2024`).
    public var date: Located<PartialDate>?
    public var body: MarkdownBody
    public var frontMatterEnd: SourceLocation
    /// Keys written with no value, by dotted path (`contact.email`): where a finding about a
    /// missing value points, since that is the line the user fills in.
    public var blankKeys: [String: SourceLocation] = [:]

    public init(id: String, file: String) {
        self.id = id
        self.file = file
        skills = []
        body = MarkdownBody(sections: [], lines: [], disabledRules: [])
        frontMatterEnd = SourceLocation(file: file, line: 1)
    }

    public var displayTitle: String { title?.value ?? id }
}

extension Story {
    /// The section of a kind, reading the headings as a story's: `## 배경` / `## Background` is the
    /// situation, and `## What I did` the action.
    public func section(_ kind: SectionKind) -> MarkdownBody.Section? {
        if let section = body.section(kind) { return section }
        switch kind {
        case .situation: return body.section(.overview)
        case .action: return body.section(.role)
        default: return nil
        }
    }
}
