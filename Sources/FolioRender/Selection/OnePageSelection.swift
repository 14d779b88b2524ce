import FolioModel

/// Something the one-page portfolio left out to fit an A4 page, and where it is written.
public struct Omission: Sendable, Hashable {
    /// What kind of item was left out.
    public enum Kind: String, Sendable {
        case project, story, skills, background, experience
    }

    public var kind: Kind
    /// "프로젝트 '…'" / "project '…'".
    public var description: LocalizedText
    /// The project's or story's `title:` line; the first skill or education line.
    public var location: SourceLocation
    /// Content the user marked as featured (or, when nothing is marked, any project and its
    /// story): what `portfolio.one-page` warns about.
    public var featured: Bool
}

/// Which items fit on one A4 page, chosen in order of importance (seed 002: the portfolio
/// shows the skill set at a glance). The profile header, target and strengths always stay.
/// Then, as long as they fit (`PageBudget`):
///
/// 1. the strong skills (level 3 and up), 2. each featured project, 3. each featured project's
/// best story, 4. the working skills (level 2), 5. education and certifications (a junior's
/// degree and the AWS or Kubernetes certificate seed 002 recommends outweigh a further project),
/// 6. the other projects by rank, each followed by its best story, 7. the basic skills.
///
/// An item that does not fit is left out and the next, smaller one is tried, so the page drops
/// the least important items rather than squeezing the layout.
public struct OnePageSelection: Sendable {
    public var skills: [SkillChip]
    public var projects: [ProjectCard]
    public var education: [EducationLine]
    public var certifications: [CertificationLine]
    public var omitted: [Omission]
    /// The estimated height used, in points, of `PageBudget.usable`.
    public var estimatedHeight: Double
    /// The jobs that fit, most recent first, each with at most `highlightsPerJob` highlights.
    public var experience: [ExperienceCard] = []
    /// A junior's jobs, shown as one line each in the background section.
    public var backgroundExperience: [ExperienceCard] = []
    public var awards: [AwardLine] = []
    public var languages: [LanguageLine] = []

    /// Highlights a job shows on the one page; the full portfolio shows all.
    public static let highlightsPerJob = 3

    /// The selection for a workspace, as `folio build` would print it.
    public static func select(
        _ workspace: Workspace, emphasis: [String] = [], language: Language? = nil, catalog: SkillCatalog = .shared
    ) -> OnePageSelection {
        let builder = PortfolioBuilder(options: PortfolioOptions(language: language, emphasis: emphasis), catalog: catalog)
        return select(builder.rank(workspace))
    }

    /// The selection as `folio build --pdf` prints it: the estimate, and when it leaves featured
    /// content out and `browser` is given, the choice made again from the heights the browser
    /// measures (what `portfolio.one-page` reports, so the check and the printed page agree).
    /// The most featured items a browser measurement can bring back onto the page.
    static let measuredRescue = 3
    /// The most projects and stories a workspace may have for its page to be measured in the browser.
    static let measuredBlocks = 60

    public static func selectAsPrinted(
        _ workspace: Workspace, emphasis: [String] = [], language: Language? = nil, catalog: SkillCatalog = .shared,
        templates: TemplateSet = TemplateSet(locator: TemplateLocator()), browser: PDFPrinter?
    ) -> OnePageSelection {
        let builder = PortfolioBuilder(options: PortfolioOptions(language: language, emphasis: emphasis), catalog: catalog)
        let content = builder.rank(workspace)
        let estimated = select(content)
        // Measuring costs a browser start: worth it when the estimate is borderline (the estimate is
        // at most 30 % over a block's measured height, so it can keep a few more items, not dozens).
        let droppedFeatured = estimated.omitted.filter(\.featured).count
        // The measurement lays out every candidate block: for a workspace of hundreds of projects that
        // costs seconds and can change nothing a page of five projects shows.
        let blocks = workspace.projects.count + workspace.stories.count
        guard let browser, droppedFeatured > 0, droppedFeatured <= Self.measuredRescue, blocks <= Self.measuredBlocks else { return estimated }
        let candidates = builder.candidates(workspace)
        guard let measured = try? PageMeasurement.measure(candidates, renderer: HTMLRenderer(templates: templates), printer: browser) else {
            return estimated
        }
        return select(content, heights: measured.heights(for: candidates))
    }

    static func select(_ content: PortfolioBuilder.RankedContent, heights: BlockHeights = .estimated) -> OnePageSelection {
        var used = heights.header(content.profile)
        var omitted: [Omission] = []
        func fits(_ height: Double) -> Bool {
            guard used + height <= heights.usable else { return false }
            used += height
            return true
        }

        // Skills: one section heading, then the bands in turn.
        var keptSkills: [SkillChip] = []
        var skillsHeadingPaid = false
        func addSkills(_ band: SkillBand) {
            let members = content.skills.filter { SkillBand(level: $0.level) == band }
            guard !members.isEmpty else { return }
            let heading = skillsHeadingPaid ? 0 : heights.sectionHeading
            // Keep as many of the band as fit, strongest first.
            // A group of more chips is never shorter, so the largest count that fits is found by
            // bisection: measuring every prefix from the longest down was quadratic in the skills.
            func fitsWith(_ count: Int) -> Bool { used + heading + heights.skillGroup(Array(members.prefix(count))) <= heights.usable }
            var count = members.count
            if !fitsWith(count) {
                var low = 0, high = count  // fitsWith(low) holds (or low is 0), fitsWith(high) does not
                while high - low > 1 {
                    let middle = (low + high) / 2
                    if fitsWith(middle) { low = middle } else { high = middle }
                }
                count = low
            }
            if count > 0 {
                used += heading + heights.skillGroup(Array(members.prefix(count)))
                skillsHeadingPaid = true
                keptSkills += members.prefix(count)
            }
            if count < members.count {
                let names = members.dropFirst(count).map(\.name).joined(separator: ", ")
                omitted.append(Omission(
                    kind: .skills,
                    description: LocalizedText(ko: "기술 \(members.count - count)개 (\(names))", en: "\(members.count - count) skills (\(names))"),
                    location: SourceLocation(file: "skills.yaml", line: 1), featured: false))
            }
        }

        var kept: [String: ProjectCard] = [:]
        var projectsHeadingPaid = false
        func addProject(_ project: PortfolioBuilder.RankedProject, withStory: Bool) {
            var card = project.card
            card.story = nil
            let heading = projectsHeadingPaid ? 0 : heights.sectionHeading
            if fits(heading + heights.projectCard(card)) {
                projectsHeadingPaid = true
                kept[card.id] = card
                if withStory { addStory(project) }
            } else {
                omitted.append(Omission(
                    kind: .project,
                    description: LocalizedText(ko: "프로젝트 '\(card.title)'", en: "project '\(card.title)'"),
                    location: project.location, featured: project.featured))
            }
        }
        func addStory(_ project: PortfolioBuilder.RankedProject) {
            guard let story = project.card.story, var card = kept[project.card.id] else { return }
            if fits(heights.storySummary(story)) {
                card.story = story
                kept[card.id] = card
            } else {
                omitted.append(Omission(
                    kind: .story,
                    description: LocalizedText(ko: "트러블슈팅 사례 '\(story.title)'", en: "troubleshooting story '\(story.title)'"),
                    location: project.storyLocation ?? project.location, featured: project.featured))
            }
        }

        // The work history: right after the strong skills for mid-level and up, after the projects
        // for a junior (seed 001: an experienced hire leads with the experience).
        var jobs: [ExperienceCard] = []
        var experienceHeadingPaid = false
        func addExperience() {
            for job in content.experience {
                var card = job
                card.highlights = Array(card.highlights.prefix(Self.highlightsPerJob))
                let heading = experienceHeadingPaid ? 0 : heights.sectionHeading
                if fits(heading + heights.experienceCard(card)) {
                    experienceHeadingPaid = true
                    jobs.append(card)
                } else {
                    omitted.append(Omission(
                        kind: .experience,
                        description: LocalizedText(ko: "경력 '\(card.title)'", en: "job '\(card.title)'"),
                        location: content.experienceLocations[card.id] ?? content.backgroundLocation, featured: false))
                }
            }
        }

        addSkills(.strong)
        if content.workFirst { addExperience() }
        let featured = content.projects.filter { $0.card.featured }
        let others = content.projects.filter { !$0.card.featured }
        for project in featured { addProject(project, withStory: false) }
        for project in featured { addStory(project) }
        addSkills(.working)
        addSkills(.listed)
        var education: [EducationLine] = []
        var certifications: [CertificationLine] = []
        var awards: [AwardLine] = []
        var languages: [LanguageLine] = []
        // A junior's jobs (internships) are one line each beside the education, as a junior's résumé
        // lists them; their projects tell the rest.
        let rows = content.workFirst ? [] : content.experience
        var backgroundExperience: [ExperienceCard] = []
        if !content.education.isEmpty || !content.certifications.isEmpty || !content.awards.isEmpty || !content.languages.isEmpty || !rows.isEmpty {
            // A measured background section already holds the awards, languages and job rows.
            let extra = heights.measured ? 0 : PageBudget.honours(awards: content.awards, languages: content.languages) + PageBudget.experienceRows(rows)
            if fits(heights.sectionHeading + heights.background(content.education, content.certifications) + extra) {
                education = content.education
                certifications = content.certifications
                awards = content.awards
                languages = content.languages
                backgroundExperience = rows
            } else {
                omitted.append(Omission(
                    kind: .background,
                    description: rows.isEmpty ? LocalizedText(ko: "학력·자격증", en: "education and certifications")
                        : LocalizedText(ko: "경력·학력·자격증", en: "experience, education and certifications"),
                    location: content.backgroundLocation, featured: false))
            }
        }
        for project in others { addProject(project, withStory: true) }
        addSkills(.basic)

        // Kept projects most recent first (skills stay in rank order: each band is taken in order).
        let projects = PortfolioBuilder.mostRecentFirst(content.projects).compactMap { kept[$0.card.id] }
        var selection = OnePageSelection(
            skills: keptSkills, projects: projects, education: education, certifications: certifications,
            omitted: omitted, estimatedHeight: used)
        selection.experience = jobs
        selection.backgroundExperience = backgroundExperience
        selection.awards = awards
        selection.languages = languages
        return selection
    }
}
