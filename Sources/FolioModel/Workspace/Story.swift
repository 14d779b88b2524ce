/// One `stories/<id>.md` file: a troubleshooting story (situation, cause, alternatives, action, result).
public struct Story: Sendable {
    public var id: String
    public var file: String
    public var title: Located<String>?
    /// The id of the project it happened in.
    public var project: Located<String>?
    public var skills: [Located<String>]
    public var date: Located<YearMonth>?
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
