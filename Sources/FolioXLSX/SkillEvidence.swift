import FolioModel

/// What the workbook shows about each skill of `skills.yaml`, computed once from the
/// workspace: where it is used (project stacks), which stories are about it, how long it
/// has been used. Seed 002: an interviewer asks "which version, and how far did you
/// configure it?", and a project that used it is the answer's evidence.
struct SkillEvidence {
    /// One row of the Skills and Matrix sheets, in the order of `skills.yaml`.
    struct SkillRow {
        var name: String
        /// The catalog's name for it (`pyspark` → `Apache Spark`), used for matching.
        var canonicalName: String
        var category: String
        var level: Int?
        var version: String
        var depth: String
        var since: YearMonth?
        /// Years the skill was actually used, one decimal: the months covered by the periods of
        /// the projects and jobs whose stack names it and the months of the stories about it,
        /// each month counted once (Spark in one 5-month project is 0.4, whatever `since` says);
        /// nil when nothing dated shows it.
        var yearsOfUse: Double?
        /// The months (`year * 12 + month`) behind `yearsOfUse`.
        var monthsUsed: Set<Int> = []
        /// Indices into `projects`: the projects whose stack names this skill.
        var projects: [Int]
        /// Indices into `stories`: the stories whose `skills:` name this skill.
        var stories: [Int]
        /// Indices into `jobTitles`: the jobs of `experience:` that used it (their `stack`, or the
        /// stack of a project done in the job).
        var jobs: [Int] = []

        /// Where the workspace shows the skill only through what something else implies (SQL through
        /// MySQL in a stack, through an SQLD certificate or a `Backend Developer` job title), as shown in the evidence column: filled
        /// when no project, story or job names the skill itself.
        var impliedEvidence: [String] = []
        /// Evidenced as `folio check` counts it (`SkillHoldings`, the `skill.evidence` rule): used in
        /// a project's or a job's stack or a story's skills, directly or through what they imply, or,
        /// for a concept such as SQL, credited by a certificate or degree. Otherwise claimed only.
        var isEvidenced = false
    }

    /// A column of the Matrix sheet.
    struct ProjectColumn {
        var id: String?
        var title: String
        /// The first http(s) link of the project, shown as a hyperlink on its title.
        var link: String?
    }

    /// The two marks of a Matrix cell: the project's stack uses the skill, a story of the project is about it.
    struct Mark: OptionSet, Hashable {
        let rawValue: UInt8
        static let stack = Mark(rawValue: 1)
        static let story = Mark(rawValue: 2)
    }

    var skills: [SkillRow]
    /// Every project, then one extra column for stories without a known project (when there are any).
    var columns: [ProjectColumn]
    /// Titles of the workspace's stories, by index.
    var storyTitles: [String]
    /// "Position · Organization" of each job of `experience:`, by index.
    var jobTitles: [String] = []
    /// Sparse marks: `marks[skillRow][column]`.
    var marks: [[Int: Mark]]
    /// Lowercased canonical names of every skill the workspace shows in a project stack or a story,
    /// whether or not `skills.yaml` lists it (the Target sheet counts these as evidence).
    var evidencedNames: [String: [String]]

    /// How the evidence column introduces a story, a job and a certificate or degree (`사례: `, `경력: `, `자격·학력: `).
    struct EvidencePrefixes {
        var story = ""
        var job = ""
        var credential = ""
    }

    /// How `evidenceText` introduces stories, jobs and credentials.
    var prefixes = EvidencePrefixes()

    init(workspace: Workspace, catalog: SkillCatalog, today: YearMonth, noProjectTitle: String, prefixes: EvidencePrefixes = EvidencePrefixes()) {
        self.prefixes = prefixes
        var canonicalCache: [String: String] = [:]
        func key(_ name: String) -> String {
            if let cached = canonicalCache[name] { return cached }
            let value = catalog.canonicalName(name.trimmingHorizontalSpace()).lowercased()
            canonicalCache[name] = value
            return value
        }

        skills = workspace.distinctSkills(catalog: catalog).map { skill in
            let name = skill.name.value
            let since = skill.since?.value
            let entry = catalog.lookup(name.trimmingHorizontalSpace())
            return SkillRow(
                name: name,
                canonicalName: entry?.name ?? name,
                category: skill.category?.value ?? entry?.category ?? "",
                level: skill.level?.value,
                version: skill.version?.value ?? "",
                depth: skill.depth?.value ?? "",
                since: since,
                yearsOfUse: nil,
                projects: [], stories: [])
        }
        var rowsByKey: [String: [Int]] = [:]
        for (index, row) in skills.enumerated() {
            canonicalCache[row.name] = row.canonicalName.lowercased()
            rowsByKey[key(row.name), default: []].append(index)
        }

        columns = workspace.projects.map { project in
            ProjectColumn(
                id: project.id, title: project.displayTitle,
                link: project.links.map(\.url.value).first(where: XLSXSheet.isWebLink))
        }
        var columnByID: [String: Int] = [:]
        for (index, project) in workspace.projects.enumerated() where columnByID[project.id] == nil {
            columnByID[project.id] = index
        }
        marks = Array(repeating: [:], count: skills.count)
        evidencedNames = [:]
        storyTitles = workspace.stories.map(\.displayTitle)

        for (column, project) in workspace.projects.enumerated() {
            var seen = Set<String>()
            let months = SkillEvidence.months(project.period?.value, today: today)
            for item in project.stack {
                let skillKey = key(item.value)
                guard seen.insert(skillKey).inserted else { continue }
                evidencedNames[skillKey, default: []].append(project.displayTitle)
                for row in rowsByKey[skillKey] ?? [] {
                    skills[row].projects.append(column)
                    skills[row].monthsUsed.formUnion(months)
                    marks[row][column, default: []].insert(.stack)
                }
            }
        }
        // Jobs: the skills of their stack, over the job's period.
        for job in workspace.profile.experience {
            let months = SkillEvidence.months(job.period?.value, today: today)
            for item in job.stack {
                for row in rowsByKey[key(item.value)] ?? [] { skills[row].monthsUsed.formUnion(months) }
            }
        }

        // Which job used which skill: the job's own stack and the stacks of its projects.
        jobTitles = workspace.profile.experience.map { $0.displayTitle.isEmpty ? "-" : $0.displayTitle }
        for (jobIndex, job) in workspace.profile.experience.enumerated() {
            let projectStacks = job.projects.flatMap { id in workspace.project(id.value)?.stack ?? [] }
            var seen = Set<String>()
            for item in job.stack + projectStacks {
                let skillKey = key(item.value)
                guard seen.insert(skillKey).inserted else { continue }
                for row in rowsByKey[skillKey] ?? [] { skills[row].jobs.append(jobIndex) }
            }
        }

        var noProjectColumn: Int?
        for (storyIndex, story) in workspace.stories.enumerated() {
            var seen = Set<String>()
            for item in story.skills {
                let skillKey = key(item.value)
                guard seen.insert(skillKey).inserted else { continue }
                evidencedNames[skillKey, default: []].append(story.displayTitle)
                guard let rows = rowsByKey[skillKey] else { continue }
                let column: Int
                if let id = story.project?.value, let known = columnByID[id] {
                    column = known
                } else if let existing = noProjectColumn {
                    column = existing
                } else {
                    column = columns.count
                    columns.append(ProjectColumn(id: nil, title: noProjectTitle, link: nil))
                    noProjectColumn = column
                }
                for row in rows {
                    if let date = story.date?.value.yearMonth { skills[row].monthsUsed.insert(date.year * 12 + date.month) }
                    skills[row].stories.append(storyIndex)
                    marks[row][column, default: []].insert(.story)
                }
            }
        }
        for index in skills.indices where !skills[index].monthsUsed.isEmpty {
            skills[index].yearsOfUse = SkillEvidence.years(months: skills[index].monthsUsed.count)
        }
        SkillEvidence.markEvidence(&skills, workspace: workspace, catalog: catalog, prefixes: prefixes)
    }

    /// Evidence and status as `folio check` reads them (`SkillHoldings`), so a skill the check
    /// counts as used is never "claimed only" here.
    private static func markEvidence(_ skills: inout [SkillRow], workspace: Workspace, catalog: SkillCatalog, prefixes: EvidencePrefixes) {
        let holdings = SkillHoldings(workspace, catalog: catalog)
        var titles: [String: String] = [:]
        for job in workspace.profile.experience {
            let title = job.displayTitle.isEmpty ? "-" : job.displayTitle
            titles[job.organization?.value ?? "experience"] = prefixes.job + title
        }
        for story in workspace.stories { titles[story.id] = prefixes.story + story.displayTitle }
        for project in workspace.projects { titles[project.id] = project.displayTitle }
        let credentials = CredentialEvidence(workspace: workspace, catalog: catalog, prefixes: prefixes)
        for index in skills.indices {
            let name = skills[index].name
            let entry = catalog.lookup(name)
            let isConcept = entry.map { $0.kind == .concept || $0.name == "SQL" } ?? false
            let used = holdings.isUsed(name)
            let credited = isConcept && holdings.credited.contains(holdings.key(name))
            skills[index].isEvidenced = used || credited
            guard skills[index].projects.isEmpty, skills[index].stories.isEmpty, skills[index].jobs.isEmpty else { continue }
            var implied = used ? (holdings.usedIn[holdings.key(name)] ?? []).map { titles[$0] ?? $0 } : []
            if credited { implied += credentials.labels(implying: holdings.key(name)) }
            var seen = Set<String>()
            skills[index].impliedEvidence = implied.filter { seen.insert($0).inserted }
        }
    }

    /// The months a period covers, both ends counted (an ongoing one up to `today`); none without a period.
    static func months(_ period: Period?, today: YearMonth) -> Set<Int> {
        guard let period else { return [] }
        let first = period.start.year * 12 + period.start.month
        let count = min(period.months(asOf: today), 600)
        return Set(first..<(first + count))
    }

    /// Months in years, one decimal.
    static func years(months: Int) -> Double {
        (Double(months) / 12 * 10).rounded() / 10
    }

    /// The project titles that back a skill, then its story titles, then the jobs that used it;
    /// without any of those, what shows it through an implication (`impliedEvidence`).
    func evidenceText(for row: SkillRow) -> String {
        evidenceItems(for: row).joined(separator: "; ")
    }

    /// The items of `evidenceText`, one title each.
    func evidenceItems(for row: SkillRow) -> [String] {
        let projectTitles = row.projects.map { columns[$0].title }
        let storyTitles = row.stories.map { prefixes.story + self.storyTitles[$0] }
        let jobTitles = row.jobs.map { prefixes.job + self.jobTitles[$0] }
        return projectTitles + storyTitles + jobTitles + row.impliedEvidence
    }
}

/// A workspace's certificates, job titles and education entries, each with its label for the
/// evidence column and the catalog names it implies: read once per workspace, where asking per
/// skill searched every credential again for every skill.
struct CredentialEvidence {
    private var entries: [(label: String, implied: Set<String>)] = []

    init(workspace: Workspace, catalog: SkillCatalog, prefixes: SkillEvidence.EvidencePrefixes) {
        for certification in workspace.profile.certifications {
            let implied = catalog.implications(of: catalog.skills(impliedByCertificate: certification.name.value))
            entries.append((prefixes.credential + certification.name.value, Set(implied)))
        }
        for job in workspace.profile.experience {
            guard let position = job.position?.value else { continue }
            let implied = catalog.implications(of: catalog.concepts(namedIn: position))
            entries.append((prefixes.job + (job.displayTitle.isEmpty ? position : job.displayTitle), Set(implied)))
        }
        for education in workspace.profile.education {
            let text = [education.school?.value, education.program?.value].compactMap { $0 }.joined(separator: " ")
            entries.append((prefixes.credential + text, Set(catalog.implications(of: catalog.skills(impliedByDegree: text)))))
        }
    }

    /// The labels of the credentials that imply `key`, certificates first, then jobs, then education.
    func labels(implying key: String) -> [String] {
        entries.filter { $0.implied.contains(key) }.map(\.label)
    }
}
