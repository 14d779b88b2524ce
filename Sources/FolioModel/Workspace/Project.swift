/// One `projects/<id>.md` file.
public struct Project: Sendable {
    /// The file name without `.md`.
    public var id: String
    public var file: String
    public var title: Located<String>?
    public var period: Located<Period>?
    public var team: Located<Int>?
    public var role: Located<String>?
    public var stack: [Located<String>]
    public var data: DataDescription?
    public var links: [Link]
    public var impact: [Located<String>]
    public var featured: Bool
    public var body: MarkdownBody
    /// The closing `---` of the front matter: where a missing key belongs.
    public var frontMatterEnd: SourceLocation
    /// Keys written with no value, by dotted path (`contact.email`): where a finding about a
    /// missing value points, since that is the line the user fills in.
    public var blankKeys: [String: SourceLocation] = [:]

    public init(id: String, file: String) {
        self.id = id
        self.file = file
        stack = []
        links = []
        impact = []
        featured = false
        body = MarkdownBody(sections: [], lines: [], disabledRules: [])
        frontMatterEnd = SourceLocation(file: file, line: 1)
    }

    /// The title, or the id when there is none.
    public var displayTitle: String { title?.value ?? id }

    /// `data:` of a project: what the data is, so an interviewer sees you understood it (seed 000).
    public struct DataDescription: Sendable {
        public var source: Located<String>?
        public var volume: Located<String>?
        public var format: Located<String>?
        public var domain: Located<String>?
        public var location: SourceLocation
        public init(location: SourceLocation) { self.location = location }
    }

    public struct Link: Sendable {
        public var name: String
        public var url: Located<String>
        public init(name: String, url: Located<String>) {
            self.name = name
            self.url = url
        }
    }
}
