import Foundation
import FolioModel

/// The result of `folio match`: what a posting asks for against what the workspace shows.
///
/// Codable, so `folio match --format json` prints it as is; `rows(_:)` gives the flat rows
/// of the skill matrix's "Posting" sheet.
public struct MatchReport: Sendable, Codable {
    public var posting: PostingSummary
    /// The workspace folder's name.
    public var workspace: String
    /// 0–100, or nil when the posting names no skill folio knows.
    public var score: Int?
    /// Points earned and possible: required weighs 2, preferred 1; evidenced earns the full
    /// weight, claimed only half, missing nothing.
    public var earned: Double
    public var possible: Double
    public var required: [RequirementMatch]
    public var preferred: [RequirementMatch]
    public var conditions: [ConditionMatch]
    /// The projects to put first for this posting, best first.
    public var projects: [ProjectFit]
    /// The (at most three) fixes that would raise the score most, required first.
    public var gaps: [Gap]
    /// Skill names to emphasise in the one-page portfolio built for this posting
    /// (`folio build --for POSTING` hands them to the renderer).
    public var emphasis: [String]
    /// Things the user should know about how the posting was read.
    public var notes: [LocalizedText]
    /// The hiring steps the posting names, each with the interview sheet's part that prepares for it.
    public var hiringSteps: [Posting.HiringStep] = []
    /// The workspace's `target.company` type as roles.json describes it (seed 001, 002).
    public var companyType: CompanyType?

    /// A company type: what it is, what it looks for, and seed 002's question to prepare.
    public struct CompanyType: Sendable, Codable {
        public var id: String
        public var label: LocalizedText
        public var summary: LocalizedText
        public var traits: [LocalizedText]
        /// Seed 002: look at the company's business process and where its data comes from.
        public var question: LocalizedText
    }

    public static let formula = LocalizedText(
        ko: "적합도 = 얻은 점수 ÷ 만점 × 100. 필수 2점, 우대 1점; 프로젝트·사례 근거가 있으면 전부, skills.yaml이나 본문에만 있으면 절반, 없으면 0.",
        en: "Fit = points earned ÷ points possible × 100. Required weighs 2, preferred 1; evidenced by a project or story earns the full weight, claimed only (skills.yaml or text) half, missing nothing.")

    /// The posting in brief.
    public struct PostingSummary: Sendable, Codable {
        public var file: String
        public var title: String
        public var hasHeadings: Bool
        /// The headings as written, by the kind of part they start (`duties`: "주요업무"); in JSON an
        /// object keyed by the kind (`Posting.SectionKind: CodingKeyRepresentable`), so that
        /// `--format json` prints its keys sorted, the same on every run.
        public var headings: [Posting.SectionKind: String] = [:]
    }

    /// Every requirement, required first.
    public var requirements: [RequirementMatch] { required + preferred }

    /// One row of the xlsx "Posting" sheet.
    public struct Row: Sendable, Hashable {
        public var kind: RequirementKind
        public var skill: String
        public var status: MatchStatus
        public var evidence: String
        public var line: Int
    }

    /// The requirements as flat rows, in the given language.
    public func rows(_ language: Language) -> [Row] {
        requirements.map {
            Row(kind: $0.requirement.kind, skill: $0.label, status: $0.status,
                evidence: $0.evidence(language), line: $0.requirement.line)
        }
    }
}

/// One requirement with what the workspace shows for it.
public struct RequirementMatch: Sendable, Codable {
    public var requirement: Requirement
    public var status: MatchStatus
    /// For a "one of" group, the member that satisfies it best; otherwise the skill itself.
    public var best: SkillEvidence
    public var members: [SkillEvidence]
    public var evidenceText: LocalizedText
    /// For a tool asked for as the means of a kind of work ("dbt를 활용한 데이터 모델링",
    /// `ToolForWork`), what the workspace shows of the work; the requirement is then the tool's,
    /// judged once for both.
    public var purpose: SkillEvidence?

    public func evidence(_ language: Language) -> String { evidenceText(language) }

    /// "dbt (Data Modeling)" for a tool with its purpose; otherwise the requirement's label.
    public var label: String {
        requirement.label + (purpose.map { " (\($0.skill))" } ?? "")
    }

    /// Takes `work` as the purpose of this tool: evidenced when the tool is and the work is shown
    /// at least in text; missing when neither is; claimed (half) when only one side shows.
    mutating func purpose(_ work: SkillEvidence) {
        purpose = work
        let tool = status
        status = tool == .evidenced && work.status != .missing ? .evidenced
            : tool == .missing && work.status == .missing ? .missing : .claimed
        guard status != .evidenced else { return }
        let workText = work.status == .missing
            ? LocalizedText(ko: "\(work.skill) 없음", en: "no \(work.skill)")
            : LocalizedText(ko: "\(work.skill) 근거 있음", en: "\(work.skill) shown")
        if tool == .missing && status == .missing { return }
        let toolText = tool == .missing ? LocalizedText(ko: "\(best.skill) 없음", en: "no \(best.skill)") : evidenceText
        evidenceText = LocalizedText(ko: "\(toolText.ko) · \(workText.ko)", en: "\(toolText.en) · \(workText.en)")
    }
}

/// A condition (experience, degree, scale, cloud, open source) and whether the workspace shows it.
public struct ConditionMatch: Sendable, Codable {
    /// Shown by the workspace, partly shown, or for the user to address.
    public enum Status: String, Sendable, Codable {
        case shown, partial, address

        public var label: LocalizedText {
            switch self {
            case .shown: LocalizedText(ko: "보여 줌", en: "shown")
            case .partial: LocalizedText(ko: "일부", en: "partly")
            case .address: LocalizedText(ko: "준비 필요", en: "to address")
            }
        }
    }

    public var condition: Condition
    public var status: Status
    public var evidence: LocalizedText
}

/// A project and how much of the posting it covers.
public struct ProjectFit: Sendable, Codable {
    public var id: String
    public var title: String
    /// Sum of the weights of the requirements its stack and stories cover.
    public var points: Double
    public var skills: [String]
}

/// A fix that would raise the fit score.
public struct Gap: Sendable, Codable {
    public var requirement: Requirement
    public var status: MatchStatus
    /// Score points (0–100 scale) gained when the requirement becomes evidenced.
    public var gain: Double
    public var advice: LocalizedText
    /// The requirement as the report names it: "dbt (Data Modeling)" for a tool with its purpose.
    public var label: String = ""
}
