import FolioModel

/// How tall each block of the one page is, in points, and how much of the A4 content area the
/// selection may fill. Two sources: `estimated` (from the text, `PageBudget`, when no browser is
/// at hand) and `PageMeasurement` (the blocks laid out by Chromium in the page's own CSS).
public struct BlockHeights: Sendable {
    /// Name, headline, contacts, and the target and strengths rows.
    var header: @Sendable (ProfileBlock) -> Double
    /// A section's `h2` with its margins.
    var sectionHeading: Double
    /// A skill band with these chips (their rows as the flex layout wraps them).
    var skillGroup: @Sendable ([SkillChip]) -> Double
    /// A project card without its story.
    var projectCard: @Sendable (ProjectCard) -> Double
    /// A project's story summary box.
    var storySummary: @Sendable (StoryCard) -> Double
    /// Education and certifications, without the section heading.
    var background: @Sendable ([EducationLine], [CertificationLine]) -> Double
    /// The part of `PageBudget.pageHeight` the selection fills.
    public var usable: Double
    /// Whether a browser measured the blocks.
    public var measured: Bool
    /// A job of the work history section (`article.job`).
    var experienceCard: @Sendable (ExperienceCard) -> Double = { PageBudget.experienceCard($0) }

    /// From the text: per-character widths and the stylesheet's line heights, erring towards
    /// "does not fit" (96 % of the page).
    public static let estimated = BlockHeights(
        header: { profile in
            PageBudget.header(profile) + (profile.target != nil || profile.hasStrengths ? PageBudget.targetAndStrengths(profile) : 0)
        },
        sectionHeading: PageBudget.sectionHeading,
        skillGroup: { PageBudget.skillGroup($0) },
        projectCard: { PageBudget.projectCard($0) },
        storySummary: { PageBudget.storySummary($0) },
        background: { PageBudget.background(education: $0, certifications: $1) },
        usable: PageBudget.usable, measured: false)
}
