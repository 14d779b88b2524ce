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

extension OnePageSelection {
    /// How many skill names an omission names before it counts the rest.
    static let namedSkills = 10

    /// "스킬 3개 (Java, Go, Rust)" / "3 skills (Java, Go, Rust)"; past `namedSkills` names the rest
    /// are counted: "스킬 4990개 (A, B, … J 외 4980개)" / "4990 skills (A, B, … J … and 4980 more)",
    /// so a workspace of thousands of skills is told in one short line.
    static func skillsLeftOut(_ names: [String]) -> LocalizedText {
        let shown = names.prefix(namedSkills).joined(separator: ", ")
        let more = names.count - min(names.count, namedSkills)
        return LocalizedText(
            ko: "스킬 \(names.count)개 (\(shown)\(more > 0 ? " 외 \(more)개" : ""))",
            en: "\(names.count) skill\(names.count == 1 ? "" : "s") (\(shown)\(more > 0 ? " … and \(more) more" : ""))")
    }
}

/// Which items fit on one A4 page, chosen in order of importance (seed 002: the portfolio
/// shows the skill set at a glance). The profile header, target and strengths always stay.
/// Then, as long as they fit (`PageBudget`):
///
/// 1. the strong skills (level 3 and up); for a mid-level or more senior target the work history
/// next, each job with all its highlights (seed 001: an experienced hire leads with the experience),
/// 2. each featured project, 3. each featured project's best story, 4. the working skills (level 2),
/// 5. for a junior, the work history: each job's title, period, part and stack, then the skills
/// listed without a level, 6. education and
/// certifications (a junior's degree and the AWS or Kubernetes certificate seed 002 recommends
/// outweigh a further project), 7. for a junior, the jobs' highlights (at most `highlightsPerJob`
/// each), most recent job first,
/// 8. the other projects by rank, each followed by its best story, 9. the basic skills.
///
/// An item that does not fit is left out and the next, smaller one is tried, so the page drops
/// the least important items rather than squeezing the layout. Everything not on the page is in
/// `omitted` (a job's highlights past the junior's three included), so "everything fits" is true.
public struct OnePageSelection: Sendable {
    public var skills: [SkillChip]
    public var projects: [ProjectCard]
    public var education: [EducationLine]
    public var certifications: [CertificationLine]
    public var omitted: [Omission]
    /// The estimated height used, in points, of `PageBudget.usable`.
    public var estimatedHeight: Double
    /// The jobs that fit, most recent first, each with the highlights that fit (a junior's at most `highlightsPerJob`).
    public var experience: [ExperienceCard] = []
    public var awards: [AwardLine] = []
    public var languages: [LanguageLine] = []

    /// Highlights a junior's job shows on the one page (a mid-level or more senior page shows all
    /// that fit); the full portfolio shows all.
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
                omitted.append(Omission(
                    kind: .skills, description: Self.skillsLeftOut(members.dropFirst(count).map(\.name)),
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

        // The work history: right after the strong skills, highlights and all, for mid-level and up;
        // for a junior each job's card after the featured projects and the working skills, and its
        // highlights (at most `highlightsPerJob`) once education and certificates are placed (seed
        // 001: an experienced hire leads with the experience; a junior with projects). A highlight
        // that is not on the page is always told as left out, so the verdict matches the page.
        var jobs: [ExperienceCard] = []
        var experienceHeadingPaid = false
        /// Places a job's card without its highlights; false when even that does not fit.
        func addJob(_ job: ExperienceCard) -> Bool {
            var card = job
            card.highlights = []
            let heading = experienceHeadingPaid ? 0 : heights.sectionHeading
            guard fits(heading + heights.experienceCard(card)) else {
                omitted.append(Omission(
                    kind: .experience,
                    description: LocalizedText(ko: "경력 '\(card.title)'", en: "job '\(card.title)'"),
                    location: content.experienceLocations[card.id] ?? content.backgroundLocation, featured: false))
                return false
            }
            experienceHeadingPaid = true
            jobs.append(card)
            return true
        }
        /// Adds the highlights of the placed job at `index`, one line at a time while they fit, at
        /// most `limit`; the ones left off the page are reported with the job's line.
        func addHighlights(_ index: Int, limit: Int?) {
            guard let job = content.experience.first(where: { $0.id == jobs[index].id }) else { return }
            var card = jobs[index]
            for highlight in job.highlights.prefix(limit ?? job.highlights.count) {
                var longer = card
                longer.highlights.append(highlight)
                let extra = heights.experienceCard(longer) - heights.experienceCard(card)
                guard fits(extra) else { break }
                card = longer
            }
            jobs[index] = card
            let left = job.highlights.count - card.highlights.count
            if left > 0 {
                omitted.append(Omission(
                    kind: .experience,
                    description: LocalizedText(ko: "경력 '\(card.title)'의 성과 \(left)개", en: "\(left) highlight\(left == 1 ? "" : "s") of job '\(card.title)'"),
                    location: content.experienceLocations[card.id] ?? content.backgroundLocation, featured: false))
            }
        }

        addSkills(.strong)
        if content.workFirst {
            for job in content.experience {
                if addJob(job) { addHighlights(jobs.count - 1, limit: nil) }
            }
        }
        let featured = content.projects.filter { $0.card.featured }
        let others = content.projects.filter { !$0.card.featured }
        for project in featured { addProject(project, withStory: false) }
        for project in featured { addStory(project) }
        addSkills(.working)
        // A junior's jobs outrank the skills listed without a level.
        if !content.workFirst { for job in content.experience { _ = addJob(job) } }
        addSkills(.listed)
        var education: [EducationLine] = []
        var certifications: [CertificationLine] = []
        var awards: [AwardLine] = []
        var languages: [LanguageLine] = []
        if !content.education.isEmpty || !content.certifications.isEmpty || !content.awards.isEmpty || !content.languages.isEmpty {
            // A measured background section already holds the awards and languages.
            let extra = heights.measured ? 0 : PageBudget.honours(awards: content.awards, languages: content.languages)
            if fits(heights.sectionHeading + heights.background(content.education, content.certifications) + extra) {
                education = content.education
                certifications = content.certifications
                awards = content.awards
                languages = content.languages
            } else {
                omitted.append(Omission(
                    kind: .background,
                    description: LocalizedText(ko: "학력·자격증", en: "education and certifications"),
                    location: content.backgroundLocation, featured: false))
            }
        }
        if !content.workFirst { for index in jobs.indices { addHighlights(index, limit: Self.highlightsPerJob) } }
        for project in others { addProject(project, withStory: true) }
        addSkills(.basic)

        // Kept projects featured first, then most recent first (skills stay in rank order: each band is taken in order).
        let projects = PortfolioBuilder.pageOrder(content.projects).compactMap { kept[$0.card.id] }
        var selection = OnePageSelection(
            skills: keptSkills, projects: projects, education: education, certifications: certifications,
            omitted: omitted, estimatedHeight: used)
        selection.experience = jobs
        selection.awards = awards
        selection.languages = languages
        return selection
    }
}
