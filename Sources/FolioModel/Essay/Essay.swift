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
        /// The answer's lines exactly as they will be pasted (blank lines kept), with their file lines.
        public var lines: [Located<String>] = []

        /// The answer as it is pasted into the form: its lines joined with line breaks.
        public var answer: String { lines.map(\.value).joined(separator: "\n") }

        /// The answer's length under `rule`.
        public func count(_ rule: CountingRule, lineBreaks: LineBreaks) -> Int {
            EssayCount.count(answer, rule, lineBreaks: lineBreaks)
        }

        /// Where the answer starts: its first line, or the heading when it is empty.
        public var answerStart: SourceLocation { lines.first?.location ?? heading.location }

        /// The file place of a character offset into `answer`.
        public func location(ofCharacter offset: Int) -> SourceLocation {
            var remaining = offset
            for line in lines {
                let length = line.value.count
                if remaining <= length {
                    let column = line.value.prefix(remaining).unicodeScalars.count + line.location.column
                    return SourceLocation(file: line.location.file, line: line.location.line, column: column)
                }
                remaining -= length + 1
            }
            return lines.last?.location ?? heading.location
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
