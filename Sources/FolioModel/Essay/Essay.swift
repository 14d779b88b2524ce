import Foundation

/// One `essays/<company-or-posting>.md` file: the 자기소개서 questions of one application, each
/// with its length limit and the answer (docs/format.md, "Essays").
public struct Essay: Sendable {
    /// The file name without `.md`.
    public var id: String
    public var file: String
    /// `company:` — the company the answers are written for.
    public var company: Located<String>?
    /// `posting:` — a file in `postings/` (relative to it, or with the folder).
    public var posting: Located<String>?
    /// `deadline:` as written (`2025-03-14`, `2025-03-14 18:00`).
    public var deadline: Located<String>?
    /// `count:` — the counting rule of a limit that names none (default: with spaces).
    public var defaultRule: CountingRule = .withSpaces
    /// `line-breaks: 1 | 2` — how many characters the form counts a line break as.
    public var lineBreaks: LineBreaks = .one
    /// `encoding: cp949` (or `euc-kr`): the form's encoding holds only CP949, whatever its limit counts.
    public var legacyEncoding = false
    public var questions: [Question] = []
    public var frontMatterEnd: SourceLocation
    /// Rule ids turned off by `<!-- folio-disable rule.id -->` in the file.
    public var disabledRules: Set<String> = []

    public init(id: String, file: String) {
        self.id = id
        self.file = file
        frontMatterEnd = SourceLocation(file: file, line: 1)
    }

    /// The company's name: `company:`, else the file's id.
    public var companyName: String { company?.value ?? id }

    /// One `## ` section: a question, its limit and the answer under it.
    public struct Question: Sendable {
        /// The heading as written, limit included.
        public var heading: Located<String>
        /// The question without its limit: `지원 동기`.
        public var title: String
        public var limit: Limit?
        /// `uses: [story-id, project-id]` under the heading.
        public var uses: [Located<String>] = []
        /// The answer's non-blank lines as written (indentation trimmed), with their file places.
        public var lines: [Located<String>] = []
        /// What joins each line to the one before it in the pasted answer, parallel to `lines`: `""` for
        /// the first, `" "` inside a paragraph (as Markdown joins a wrapped line), `"\n"` before a list
        /// item, `"\n\n"` after one or more blank lines (a new paragraph).
        public var separators: [String] = []

        /// The answer as it is pasted into the form (and counted).
        public var answer: String {
            zip(separators, lines).map { $0 + $1.value }.joined()
        }

        /// The answer's length under `rule`.
        public func count(_ rule: CountingRule, lineBreaks: LineBreaks) -> Int {
            EssayCount.count(answer, rule, lineBreaks: lineBreaks)
        }

        /// Where the answer starts: its first line, or the heading when it is empty.
        public var answerStart: SourceLocation { lines.first?.location ?? heading.location }

        /// The file place of a character offset into `answer` (a separator maps to the end of the line before it).
        public func location(ofCharacter offset: Int) -> SourceLocation {
            var remaining = offset
            for index in lines.indices {
                let separator = separators[index].count
                if remaining < separator, index > 0 {
                    let previous = lines[index - 1]
                    return SourceLocation(file: previous.location.file, line: previous.location.line,
                                          column: previous.location.column + previous.value.unicodeScalars.count)
                }
                remaining -= separator
                let line = lines[index]
                if remaining < line.value.count || index == lines.count - 1 {
                    let column = line.value.prefix(max(remaining, 0)).unicodeScalars.count + line.location.column
                    return SourceLocation(file: line.location.file, line: line.location.line, column: column)
                }
                remaining -= line.value.count
            }
            return heading.location
        }
    }

    /// A length limit: `1000자, 공백 포함`.
    public struct Limit: Sendable, Equatable {
        public var value: Int
        public var rule: CountingRule
        public var location: SourceLocation

        public init(value: Int, rule: CountingRule, location: SourceLocation) {
            self.value = value
            self.rule = rule
            self.location = location
        }
    }
}
