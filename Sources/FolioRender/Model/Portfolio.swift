import FolioModel

/// The presentation model: everything a portfolio template shows, built once from a
/// `Workspace` by `PortfolioBuilder`. Every string is the user's raw text; the templates'
/// content type escapes it (HTML, or Markdown for the `.md` templates).
///
/// Templates read these stored properties by name (Mustache reflects them), so renaming a
/// property is a change for every user who copied a template.
public struct Portfolio: Sendable {
    /// `ko` or `en`, for `<html lang>`.
    public var lang: String
    /// Every project and story (`--full`), or the one-page selection.
    public var full: Bool
    public var labels: Labels
    public var profile: ProfileBlock
    public var skills: SkillSummary
    public var projects: [ProjectCard]
    public var education: [EducationLine]
    public var certifications: [CertificationLine]
    /// What the one-page selection left out (empty for `--full`).
    public var omissions: [Omission]
    /// Whether the education / certification section is shown (templates cannot test an array's emptiness
    /// around a wrapper element, so the builder says it).
    public var showsBackground: Bool
    public var showsSkills: Bool
    /// "folio 0.1.0": the generator line in the footer.
    public var generator: String
    /// The one page's estimated height in points (`PageBudget`); 0 for the full portfolio.
    public var estimatedHeight: Double
    /// The work history, most recent first (`experience:` in folio.yaml).
    public var experience: [ExperienceCard] = []
    /// Whether the work history comes before the projects: for a mid-level or more senior target
    /// (seed 001: "경력자라면 … 자신있는 경험을 강조"); a junior leads with projects and has the
    /// work history, its own section too, after them.
    public var workFirst: Bool = false
    public var awards: [AwardLine] = []
    public var languages: [LanguageLine] = []
    /// Open-source contributions and activities: the full portfolio only.
    public var openSource: [OpenSourceLine] = []
    public var activities: [ActivityLine] = []
}

extension Portfolio {
    /// The PDF's title (name — headline, as in `<title>`), author and subject (the target line),
    /// and the skills on the page as keywords.
    public var pdfMetadata: PDFMetadata {
        let title = [profile.name, profile.headline].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " — ")
        return PDFMetadata(
            title: title, author: profile.name, subject: profile.target,
            keywords: skills.groups.flatMap { $0.skills.map(\.name) })
    }
}

/// Name, headline, contact, target and strengths: the top of the page.
public struct ProfileBlock: Sendable {
    public var name: String
    public var headline: String?
    public var contacts: [ContactLink]
    /// "데이터 엔지니어 · 엔터프라이즈 플랫폼 · 신입", in the portfolio's language.
    public var target: String?
    public var strengthBase: String?
    public var strengthAlpha: String?
    public var hasStrengths: Bool
    /// The one-minute introduction; shown in the full portfolio only.
    public var intro: String?
}

/// One way to reach the job seeker. `href` is nil when the scheme is not http, https or mailto.
public struct ContactLink: Sendable {
    public var label: String
    public var text: String
    public var href: String?
}

/// The skills at a glance: groups by level, strongest and evidenced skills first.
public struct SkillSummary: Sendable {
    public var groups: [SkillGroup]
}

/// Skills of one level band (주력 / 사용 경험 / 기초).
public struct SkillGroup: Sendable {
    public var label: String
    public var skills: [SkillChip]
}

/// One skill as shown: name, the version used, level, and whether a project or story backs it.
public struct SkillChip: Sendable {
    public var name: String
    public var version: String?
    public var level: Int
    /// "●●●○○"
    public var levelDots: String
    /// Used in a project's stack or a story's skills (seed 002: "어느 정도로 사용해보셨나요?").
    public var evidenced: Bool
    /// Named in the posting folio builds for (`PortfolioOptions.emphasis`).
    public var emphasized: Bool
    /// How deeply it was used; shown in the full portfolio.
    public var depth: String?
}

/// A project as a card: role, stack, data, impact and its best troubleshooting story.
public struct ProjectCard: Sendable {
    public var id: String
    public var title: String
    public var period: String?
    public var team: String?
    public var role: String?
    public var stack: [String]
    public var stackLine: String?
    /// "source · volume · format"
    public var dataLine: String?
    public var impact: [String]
    public var links: [ContactLink]
    public var featured: Bool
    /// The best story, in two lines (one page) or in full (`--full`).
    public var story: StoryCard?
    /// Every story of the project (full portfolio only).
    public var stories: [StoryCard]
    /// The Markdown body by section (full portfolio only).
    public var sections: [BodySection]
}

/// A troubleshooting story: its title and two lines (cause; action → result), and in the full
/// portfolio every section.
public struct StoryCard: Sendable {
    public var id: String
    public var title: String
    public var date: String?
    public var skills: [String]
    /// Line 1: what went wrong and why.
    public var problemLine: String?
    /// Line 2: what was done, and the measured result.
    public var fixLine: String?
    public var sections: [BodySection]
}

/// One `##` section of a project or story body: the heading, and the body both as the user's
/// Markdown (for the `.md` output) and as sanitised HTML (for the `.html` output).
public struct BodySection: Sendable {
    public var heading: String
    public var markdown: String
    public var html: String
}

/// `school · program · period`
public struct EducationLine: Sendable {
    public var school: String
    public var program: String?
    public var period: String?
}

/// `name (date)`
public struct CertificationLine: Sendable {
    public var name: String
    public var date: String?
}
