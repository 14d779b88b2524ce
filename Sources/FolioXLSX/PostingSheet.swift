import FolioModel

/// An optional extra sheet "Posting" (공고) for `folio match --xlsx`: each requirement of one
/// job posting with whether the workspace meets it, and the evidence.
public struct PostingSheet: Sendable {
    /// The posting's title as shown at the top of the sheet (company and position).
    public var title: String
    public var rows: [Row]

    public init(title: String, rows: [Row]) {
        self.title = title
        self.rows = rows
    }

    /// One requirement of the posting.
    public struct Row: Sendable {
        public var kind: Kind
        /// The skill as the posting names it (or its catalog name).
        public var skill: String
        public var status: Status
        /// The projects and stories that show it, as text.
        public var evidence: String

        public init(kind: Kind, skill: String, status: Status, evidence: String = "") {
            self.kind = kind
            self.skill = skill
            self.status = status
            self.evidence = evidence
        }
    }

    /// Whether the posting requires the skill or only prefers it.
    public enum Kind: String, Sendable, CaseIterable {
        case required
        case preferred
    }

    /// How the workspace meets a requirement.
    public enum Status: String, Sendable, CaseIterable {
        /// A project or story shows the skill.
        case matched
        /// `skills.yaml` lists it, nothing shows it.
        case claimedOnly
        case missing
    }

    func table(language: Language) -> StatusTable {
        let statusText: (Status) -> String = { status in
            switch status {
            case .matched: Labels.matched(language)
            case .claimedOnly: Labels.postingClaimed(language)
            case .missing: Labels.missing(language)
            }
        }
        let statusStyle: (Status) -> CellStyle = { status in
            switch status {
            case .matched: .evidencedStatus
            case .claimedOnly: .claimedStatus
            case .missing: .missingStatus
            }
        }
        let cells = rows.map { row -> [StatusTable.Cell] in
            [
                .text(row.kind == .required ? Labels.required(language) : Labels.preferred(language)),
                .text(row.skill),
                .text(statusText(row.status), statusStyle(row.status)),
                .text(row.evidence, .text),
            ]
        }
        return StatusTable(
            title: title,
            header: [Labels.requirement, Labels.skill, Labels.status, Labels.evidence].map { $0(language) },
            statusColumn: 2,
            statuses: [Labels.matched(language), Labels.postingClaimed(language), Labels.missing(language)],
            rows: cells, wideColumns: [3])
    }
}
