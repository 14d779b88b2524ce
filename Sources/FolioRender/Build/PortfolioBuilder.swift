import Foundation
import FolioModel

/// Builds the presentation model from a workspace: ranks skills and projects, picks each
/// project's best story, and (unless `full`) applies the one-page selection.
public struct PortfolioBuilder: Sendable {
    public var options: PortfolioOptions
    public var catalog: SkillCatalog
    public var generator: String

    public init(options: PortfolioOptions = PortfolioOptions(), catalog: SkillCatalog = .shared, generator: String = "folio") {
        self.options = options
        self.catalog = catalog
        self.generator = generator
    }

    /// The portfolio; the one page chosen with `heights` (estimated, or measured in a browser).
    public func build(_ workspace: Workspace, heights: BlockHeights = .estimated) -> Portfolio {
        let content = rank(workspace)
        var portfolio = Portfolio(
            lang: content.language.rawValue, full: options.full, labels: Labels.of(content.language),
            profile: content.profile, skills: SkillSummary(groups: []), projects: [],
            education: content.education, certifications: content.certifications, omissions: [],
            showsBackground: false, showsSkills: false, generator: generator, estimatedHeight: 0)
        portfolio.workFirst = content.workFirst
        if options.full {
            portfolio.skills = Self.group(content.skills, content.language)
            portfolio.projects = Self.pageOrder(content.projects).map(\.card)
            portfolio.experience = content.experience
            portfolio.awards = content.awards
            portfolio.languages = content.languages
            portfolio.openSource = openSourceLines(workspace.profile)
            portfolio.activities = activityLines(workspace.profile, language: content.language)
        } else {
            let selection = OnePageSelection.select(content, heights: heights)
            portfolio.skills = Self.group(selection.skills, content.language)
            portfolio.projects = selection.projects
            portfolio.education = selection.education
            portfolio.certifications = selection.certifications
            portfolio.experience = selection.experience
            portfolio.awards = selection.awards
            portfolio.languages = selection.languages
            portfolio.omissions = selection.omitted
            portfolio.estimatedHeight = selection.estimatedHeight
            portfolio.profile.intro = nil
        }
        portfolio.showsBackground = !portfolio.education.isEmpty || !portfolio.certifications.isEmpty
            || !portfolio.awards.isEmpty || !portfolio.languages.isEmpty || !portfolio.openSource.isEmpty || !portfolio.activities.isEmpty
        portfolio.showsSkills = !portfolio.skills.groups.isEmpty
        return portfolio
    }

    /// The one page with every block the selection may choose from: all skills, every project
    /// card with its best story, education and certifications. What `PageMeasurement` lays out.
    public func candidates(_ workspace: Workspace) -> Portfolio {
        var everything = BlockHeights.estimated
        everything.usable = .infinity
        return build(workspace, heights: everything)
    }

    static func group(_ skills: [SkillChip], _ language: Language) -> SkillSummary {
        let groups = SkillBand.allCases.compactMap { band -> SkillGroup? in
            let members = skills.filter { SkillBand(level: $0.level) == band }
            guard !members.isEmpty else { return nil }
            return SkillGroup(label: Labels.skillBand(band, language, onlyGroup: members.count == skills.count), skills: members)
        }
        return SkillSummary(groups: groups)
    }

    // MARK: Ranking

    /// Everything that could be shown, most important first. Skills: emphasised, then by level
    /// band, evidenced before claimed-only, higher level, used in more projects and stories,
    /// used for longer. Projects: more emphasised skills in the stack, featured, impact score.
    struct RankedContent {
        var language: Language
        var profile: ProfileBlock
        var skills: [SkillChip]
        var projects: [RankedProject]
        var education: [EducationLine]
        var certifications: [CertificationLine]
        /// Where the profile's education / certifications are written, for omissions.
        var backgroundLocation: SourceLocation
        var experience: [ExperienceCard] = []
        /// Where each job is written, by card id, for omissions.
        var experienceLocations: [String: SourceLocation] = [:]
        /// The project ids of each job, by card id.
        var experienceProjects: [String: [String]] = [:]
        var workFirst = false
        var awards: [AwardLine] = []
        var languages: [LanguageLine] = []
    }

    struct RankedProject {
        var card: ProjectCard
        var featured: Bool
        var location: SourceLocation
        var storyLocation: SourceLocation?
        /// When the project ended (ongoing: latest of all), for "most recent first" on the page.
        var recency: PartialDate?
        /// How many of the emphasised skills (`--for POSTING`) its stack shows.
        var matches = 0
    }

    /// Cards in page order: those showing more of the posting's skills first (`--for`), then the
    /// projects the user marked `featured: true` (the ones they chose to lead with: a newer project
    /// must not push them down), then most recent first (an ongoing project first of all; undated
    /// ones last), ties in rank order.
    static func pageOrder(_ projects: [RankedProject]) -> [RankedProject] {
        projects.enumerated().sorted { lhs, rhs in
            if lhs.element.matches != rhs.element.matches { return lhs.element.matches > rhs.element.matches }
            if lhs.element.card.featured != rhs.element.card.featured { return lhs.element.card.featured }
            let a = lhs.element.recency, b = rhs.element.recency
            if a != b {
                guard let a else { return false }
                guard let b else { return true }
                return a > b
            }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    func rank(_ workspace: Workspace) -> RankedContent {
        let language = options.language ?? workspace.language
        let emphasis = Set(options.emphasis.map(key))
        // How many projects and stories use each skill: the evidence behind a claimed level.
        var uses: [String: Int] = [:]
        for name in workspace.projects.flatMap({ Set($0.stack.map { key($0.value) }) })
            + workspace.stories.flatMap({ Set($0.skills.map { key($0.value) }) }) {
            uses[name, default: 0] += 1
        }

        // Each skill's catalog key looked up once, not at every comparison of the sort.
        let skills = workspace.distinctSkills(catalog: catalog).enumerated().map { offset, skill in
            let used = uses[key(skill.name.value), default: 0]
            return (offset, skill, chip(skill, evidenced: used > 0, emphasized: emphasis.contains(key(skill.name.value))), used)
        }.sorted { lhs, rhs in
            let usesA = lhs.3, usesB = rhs.3
            let (a, b) = (lhs.2, rhs.2)
            if a.emphasized != b.emphasized { return a.emphasized }
            let bandA = SkillBand(level: a.level), bandB = SkillBand(level: b.level)
            if bandA != bandB { return bandA.rawValue < bandB.rawValue }
            if a.evidenced != b.evidenced { return a.evidenced }
            if a.level != b.level { return a.level > b.level }
            if usesA != usesB { return usesA > usesB }
            let sinceA = lhs.1.since?.value, sinceB = rhs.1.since?.value
            if sinceA != sinceB, let sinceA, let sinceB { return sinceA < sinceB }
            return lhs.0 < rhs.0
        }.map(\.2)

        let anyFeatured = workspace.projects.contains { $0.featured }
        let projects = workspace.projects.enumerated().map { offset, project -> (Int, Int, Int, RankedProject) in
            let stories = rankStories(workspace.stories(of: project.id), emphasis: emphasis)
            let matches = project.stack.filter { emphasis.contains(key($0.value)) }.count
            let ranked = RankedProject(
                card: card(project, stories: stories, language: language),
                featured: anyFeatured ? project.featured : true,
                location: project.title?.location ?? SourceLocation(file: project.file, line: 1),
                storyLocation: stories.first.map { $0.title?.location ?? SourceLocation(file: $0.file, line: 1) },
                recency: project.period.map { $0.value.ongoing ? PartialDate(year: 2200)! : ($0.value.to ?? $0.value.from) },
                matches: matches)
            return (offset, matches, impactScore(project, hasStory: !stories.isEmpty), ranked)
        }.sorted { lhs, rhs in
            if lhs.1 != rhs.1 { return lhs.1 > rhs.1 }
            if lhs.3.card.featured != rhs.3.card.featured { return lhs.3.card.featured }
            if lhs.2 != rhs.2 { return lhs.2 > rhs.2 }
            return lhs.0 < rhs.0
        }.map(\.3)

        let profile = workspace.profile
        var content = RankedContent(
            language: language, profile: profileBlock(profile, language), skills: skills, projects: projects,
            education: profile.education.compactMap { entry in
                entry.school.map { EducationLine(school: $0.value, program: entry.program?.value, period: entry.period?.value.text(language)) }
            },
            certifications: profile.certifications.map { CertificationLine(name: $0.name.value, date: $0.date?.value.description) },
            backgroundLocation: profile.education.first?.school?.location
                ?? profile.certifications.first?.name.location ?? SourceLocation(file: profile.file, line: 1))
        content.experience = experienceCards(workspace, language: language)
        for (offset, job) in profile.experience.enumerated() {
            content.experienceLocations["job-\(offset + 1)"] = job.entryLocation
            content.experienceProjects["job-\(offset + 1)"] = job.projects.map(\.value)
        }
        content.workFirst = Self.leadsWithWork(workspace, today: .of(Date()))
        content.awards = awardLines(profile)
        content.languages = languageLines(profile)
        return content
    }

    /// The catalog's name, lowercased: how skills, stacks and postings are compared.
    func key(_ name: String) -> String { catalog.canonicalName(name).lowercased() }

    /// Numbers in impact lines count most (seed 000: what the work earned); a story and a
    /// described data set add to it.
    func impactScore(_ project: Project, hasStory: Bool) -> Int {
        let measured = project.impact.filter { $0.value.contains(where: \.isNumber) }.count
        return 3 * measured + project.impact.count + (hasStory ? 2 : 0) + (project.data == nil ? 0 : 1)
    }

    /// Stories best first: complete (cause, action, result), with alternatives, with a
    /// measured result, on emphasised skills, then the most recent.
    func rankStories(_ stories: [Story], emphasis: Set<String>) -> [Story] {
        func score(_ story: Story) -> Int {
            let body = story.body
            var total = 0
            for kind in [SectionKind.cause, .action, .result, .alternatives] where !(body.section(kind)?.isEmpty ?? true) {
                total += 2
            }
            if body.section(.situation) != nil { total += 1 }
            if body.section(.result)?.plainText.contains(where: \.isNumber) == true { total += 2 }
            total += 3 * story.skills.filter { emphasis.contains(key($0.value)) }.count
            return total
        }
        return stories.enumerated().sorted { lhs, rhs in
            let (a, b) = (score(lhs.1), score(rhs.1))
            if a != b { return a > b }
            let dateA = lhs.1.date?.value, dateB = rhs.1.date?.value
            if dateA != dateB, let dateA, let dateB { return dateA > dateB }
            return lhs.0 < rhs.0
        }.map(\.1)
    }

    // MARK: Cards

    func profileBlock(_ profile: Profile, _ language: Language) -> ProfileBlock {
        var contacts: [ContactLink] = []
        if let email = profile.contact.email?.value {
            contacts.append(ContactLink(label: Labels.contact("Email", language), text: email, href: LinkPolicy.mailto(email)))
        }
        if let phone = profile.contact.phone?.value {
            contacts.append(ContactLink(label: Labels.contact("Phone", language), text: phone, href: nil))
        }
        for (label, url) in profile.contact.urls {
            contacts.append(ContactLink(label: Labels.contact(label, language), text: Self.displayURL(url.value), href: LinkPolicy.safeHref(url.value)))
        }
        let target = [
            profile.target.role.map { Labels.roleNames[$0.value]?(language) ?? $0.value },
            profile.target.company.map { RoleProfiles.shared.company($0.value)?.name(language) ?? $0.value },
            Labels.targetLevel(profile, language, today: .of(Date())),
        ].compactMap { $0 }.joined(separator: " · ")
        return ProfileBlock(
            name: profile.name?.value ?? (language == .ko ? "이름 없음" : "Unnamed"),
            headline: profile.headline?.value, contacts: contacts, target: target.isEmpty ? nil : target,
            strengthBase: profile.strengths.base?.value, strengthAlpha: profile.strengths.alpha?.value,
            hasStrengths: profile.strengths.base != nil || profile.strengths.alpha != nil,
            intro: profile.intro?.value.trimmedWhitespace())
    }

    /// `https://github.com/kim` → `github.com/kim`: what a reader of a printed page types.
    static func displayURL(_ url: String) -> String {
        var text = url
        for prefix in ["https://", "http://"] where text.hasPrefix(prefix) { text = String(text.dropFirst(prefix.count)) }
        if text.hasSuffix("/") { text.removeLast() }
        return text
    }

    func chip(_ skill: Skill, evidenced: Bool, emphasized: Bool) -> SkillChip {
        let level = skill.level?.value ?? 0
        // No level given: no dots, rather than five empty ones that read as "level 0".
        let dots = skill.level == nil ? ""
            : String(repeating: "●", count: max(0, min(5, level))) + String(repeating: "○", count: max(0, 5 - min(5, level)))
        // A tool shows its own name (`스파크` → Apache Spark, as recruiters search it); a concept the
        // user named in Hangul keeps their words (`데이터 모델링`, `CS 기초`): the catalog's English name
        // is for matching, and on the page it reads as a translation.
        let entry = catalog.lookup(skill.name.value)
        let ownWords = entry == nil
            || (entry?.kind == .concept && skill.name.value.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) })
        // A skill with its components in brackets is one chip: `Apache Hadoop (HDFS, Apache Hive, Apache HBase)`.
        let shown = catalog.bracketedComponents(of: skill.name.value).map { "\($0.head.name) (\($0.components.map(\.entry.name).joined(separator: ", ")))" }
        return SkillChip(
            name: ownWords ? skill.name.value : shown ?? catalog.canonicalName(skill.name.value),
            version: skill.version?.value, level: level, levelDots: dots, evidenced: evidenced,
            emphasized: emphasized, depth: skill.depth?.value)
    }

    func card(_ project: Project, stories: [Story], language: Language) -> ProjectCard {
        let body = BodyHTML()
        let data = project.data.map { data in
            [data.source, data.volume, data.format].compactMap { $0?.value }.joined(separator: " · ")
        }
        // The one page shows a project's best story only (stories come ranked): summarise just that.
        let storyCards = (options.full ? stories : Array(stories.prefix(1))).map { storyCard($0, language: language, body: body) }
        return ProjectCard(
            id: project.id, title: project.displayTitle, period: project.period?.value.text(language),
            team: project.team.flatMap { Self.teamLabel($0.value, role: project.role?.value, language) }, role: project.role?.value,
            stack: project.stack.map(\.value),
            stackLine: project.stack.isEmpty ? nil : project.stack.map(\.value).joined(separator: " · "),
            dataLine: data?.isEmpty == false ? data : nil,
            impact: project.impact.map(\.value),
            links: project.links.map { ContactLink(label: $0.name, text: Self.displayURL($0.url.value), href: LinkPolicy.safeHref($0.url.value)) },
            featured: project.featured, story: storyCards.first, stories: options.full ? storyCards : [],
            sections: options.full ? sections(project.body, body) : [])
    }

    /// The team size as the card shows it after the role ("5명", "개인 프로젝트"), or nil when the
    /// role already says it: "개인 프로젝트 (설계·구현 전부)" is not followed by "· 개인 프로젝트", nor
    /// "(5명 중 데이터 엔지니어 2명)" by "· 5명".
    static func teamLabel(_ size: Int, role: String?, _ language: Language) -> String? {
        let label = Labels.team(size, language)
        guard let role = role?.lowercased() else { return label }
        let sayings = size <= 1
            ? [label.lowercased(), "개인", "1인", "혼자", "solo", "alone", "one-person", "individual", "personal project"]
            : [label.lowercased(), "\(size)명", "\(size)인", "\(size) people", "\(size) engineers", "team of \(size)", "of \(size)"]
        // "5명" in "15명" is not the team: a number counts only where no digit touches it.
        func says(_ phrase: String) -> Bool {
            var rest = role[...]
            while let found = rest.range(of: phrase) {
                let before = found.lowerBound == role.startIndex ? nil : role[role.index(before: found.lowerBound)]
                let after = found.upperBound == role.endIndex ? nil : role[found.upperBound]
                if !(before?.isNumber ?? false), !(after?.isNumber ?? false) { return true }
                rest = role[found.upperBound...]
            }
            return false
        }
        return sayings.contains(where: says) ? nil : label
    }

    func storyCard(_ story: Story, language: Language, body: BodyHTML) -> StoryCard {
        StoryCard(
            id: story.id, title: story.displayTitle, date: story.date?.value.description,
            skills: story.skills.map(\.value),
            problemLine: StorySummary.problem(story.body),
            fixLine: StorySummary.fix(story.body),
            sections: options.full ? sections(story.body, BodyHTML(headingOffset: 3)) : [])
    }

    func sections(_ markdown: MarkdownBody, _ body: BodyHTML) -> [BodySection] {
        markdown.sections.filter { !$0.markdown.isEmpty }.map { section in
            BodySection(
                heading: section.heading.value,
                markdown: CommonMark(headingOffset: body.headingOffset + 2).commonMark(section.markdown),
                html: body.render(section.markdown))
        }
    }
}
