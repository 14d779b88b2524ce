import Foundation
import FolioModel

/// How well the workspace backs a skill up.
public enum MatchStatus: String, Sendable, Codable, Comparable {
    /// In a project's `stack` or a story's `skills`: something an interviewer can ask about.
    case evidenced
    /// In skills.yaml, or only named in some text: claimed, with nothing to point to.
    case claimed
    /// Nowhere in the workspace.
    case missing

    /// What the status earns in the fit score: evidenced 1, claimed 0.5, missing 0.
    public var credit: Double {
        switch self {
        case .evidenced: 1
        case .claimed: 0.5
        case .missing: 0
        }
    }

    var rank: Int { self == .evidenced ? 0 : self == .claimed ? 1 : 2 }
    public static func < (lhs: MatchStatus, rhs: MatchStatus) -> Bool { lhs.rank < rhs.rank }

    public var label: LocalizedText {
        switch self {
        case .evidenced: LocalizedText(ko: "근거 있음", en: "evidenced")
        case .claimed: LocalizedText(ko: "주장만", en: "claimed only")
        case .missing: LocalizedText(ko: "없음", en: "missing")
        }
    }
}

/// What the workspace shows for one skill: the skills.yaml entry, the projects and stories
/// that use it, and the files that only name it in their text.
public struct SkillEvidence: Sendable, Codable, Hashable {
    /// Canonical name.
    public var skill: String
    public var status: MatchStatus
    public var level: Int?
    public var version: String?
    /// Projects with the skill in `stack`, or with a story that lists it.
    public var projects: [String]
    public var stories: [String]
    /// Workspace files whose text names the skill where no structured field does
    /// (`projects/sensor-pipeline.md`, `skills.yaml`).
    public var mentionedIn: [String]
    /// Whether skills.yaml lists it.
    public var listed: Bool
    /// For a kind of tool ("Data Quality", "Stream Processing"), the tool of that kind the
    /// workspace shows best ("Great Expectations").
    public var via: String?
    /// For a skill shown through tools that imply it (SQL through MySQL and PostgreSQL): each tool
    /// with the projects, stories and jobs that use it, `MySQL (settlement-batch, 주식회사 쇼핑메이트)`;
    /// tools skills.yaml lists first. Empty when the skill itself is used.
    public var viaUses: [String] = []
    /// Jobs (`experience:` organisations) whose stack uses the skill or something implying it.
    public var jobs: [String] = []
    /// Certificates, degrees and job titles that imply the skill (`SQL 개발자 (SQLD)` → SQL, `컴퓨터공학 학사` → CS Fundamentals).
    public var credentials: [String] = []
}

/// An index of the workspace by canonical skill name, built once per match: how `folio match`
/// judges a skill, and how the workbook's Target sheet judges what the role expects.
public struct WorkspaceEvidence: Sendable {
    let workspace: Workspace
    let catalog: SkillCatalog
    /// What the workspace shows through the catalog's implications (MySQL → SQL, BigQuery → GCP).
    public let holdings: SkillHoldings
    private var stackByProject: [String: Set<String>] = [:]
    private var skillsByStory: [String: Set<String>] = [:]
    private var mentionsByFile: [(file: String, skills: Set<String>)] = []
    /// Each certificate's name and the skills it implies, read once (the catalog's credential words
    /// are searched in every name: 160 M instructions when done again for every skill judged).
    private var certificateSkills: [(source: String, implied: Set<String>)] = []
    /// Each degree (school and programme) and job title with the skills it implies, read once.
    private var degreeAndTitleSkills: [(source: String, implied: Set<String>)] = []
    /// skills.yaml's entries by canonical name, lowercased (the first of each), for
    /// `Workspace.skill(named:)`'s answer without a scan of every skill per look-up.
    private var listedSkills: [String: Skill] = [:]
    /// Every canonical name a stack, a story, a text, a credential or the holdings name: a skill
    /// outside it (and outside skills.yaml) is missing without a look at any source (most of the
    /// tools of a kind `evidence(for:)` tries for an umbrella, 106 a build of the Korean example).
    private var named: Set<String> = []

    public init(_ workspace: Workspace, catalog: SkillCatalog = .shared, extractor: SkillExtractor = .shared) {
        self.workspace = workspace
        self.catalog = catalog
        holdings = SkillHoldings(workspace, catalog: catalog)
        for skill in workspace.skills {
            let key = catalog.canonicalName(skill.name.value).lowercased()
            if listedSkills[key] == nil { listedSkills[key] = skill }
        }
        for project in workspace.projects {
            stackByProject[project.id] = Set(project.stack.map { catalog.canonicalName($0.value) })
            let text = ([project.title?.value, project.role?.value].compactMap { $0 }
                + project.impact.map(\.value) + project.body.lines.map(\.value)).joined(separator: "\n")
            var mentioned = Set(extractor.skills(in: text))
            // A project that says how it extracts, transforms and loads (as `project.pipeline` reads it)
            // describes an ETL pipeline without naming it.
            if PipelineStage.etl.isSubset(of: PipelineStage.described(by: project, catalog: catalog)) { mentioned.insert("ETL") }
            mentionsByFile.append((project.file, mentioned))
        }
        for story in workspace.stories {
            skillsByStory[story.id] = Set(story.skills.map { catalog.canonicalName($0.value) })
            let text = ([story.title?.value].compactMap { $0 } + story.body.lines.map(\.value)).joined(separator: "\n")
            mentionsByFile.append((story.file, Set(extractor.skills(in: text))))
        }
        certificateSkills = workspace.profile.certifications.map { certification in
            (certification.name.value, Set(catalog.implications(of: catalog.skills(impliedByCertificate: certification.name.value))))
        }
        for education in workspace.profile.education {
            let text = [education.school?.value, education.program?.value].compactMap { $0 }.joined(separator: " ")
            degreeAndTitleSkills.append((text, Set(catalog.implications(of: catalog.skills(impliedByDegree: text)))))
        }
        for job in workspace.profile.experience {
            if let title = job.position?.value { degreeAndTitleSkills.append((title, Set(catalog.implications(of: catalog.concepts(namedIn: title))))) }
        }
        let skillText = workspace.skills.flatMap { [$0.depth?.value, $0.version?.value].compactMap { $0 } }.joined(separator: "\n")
        mentionsByFile.append((workspace.skillsFile ?? "skills.yaml", Set(extractor.skills(in: skillText))))
        named = holdings.claimed.union(holdings.usedIn.keys)
        for skills in stackByProject.values { named.formUnion(skills) }
        for skills in skillsByStory.values { named.formUnion(skills) }
        for file in mentionsByFile { named.formUnion(file.skills) }
        for credential in certificateSkills + degreeAndTitleSkills { named.formUnion(credential.implied) }
    }

    /// Kinds of tool a posting asks for ("데이터 품질 모니터링", "stream processing"): any tool of
    /// the kind shows it. By catalog category, or by a list of names.
    static let umbrellas: [String: (categories: Set<String>, names: Set<String>)] = [
        "Data Quality": (["data-quality"], []),
        "Stream Processing": (["streaming"], []),
        "Message Queue": ([], ["Apache Kafka", "RabbitMQ", "Apache Pulsar", "Amazon Kinesis", "Google Cloud Pub/Sub"]),
        "Cloud Computing": (["cloud"], []),
        "Relational Databases": ([], ["PostgreSQL", "MySQL", "MariaDB", "Oracle Database", "SQL Server", "SQLite", "Tibero", "CUBRID"]),
        "NoSQL": (["nosql"], []),
        "Data Warehouse": (["data-warehouse"], []),
        "Data Lake": ([], ["Amazon S3", "HDFS", "Delta Lake", "Apache Iceberg", "Apache Hudi", "Azure Data Lake Storage", "Google Cloud Storage"]),
        "Machine Learning": (["ml"], []),
        "Deep Learning": ([], ["PyTorch", "TensorFlow", "Keras"]),
        "Tree-based Models": ([], ["XGBoost", "LightGBM", "CatBoost"]),
        "ETL": (["etl", "orchestration"], []),
        "Distributed Systems": (["distributed-processing"], []),
        "Data Visualization": (["bi"], []),
    ]

    /// The evidence for a canonical skill name; for a kind of tool (`umbrellas`), the best tool of that kind when stronger.
    public func evidence(for skill: String) -> SkillEvidence {
        let direct = directEvidence(for: skill)
        guard direct.status != .evidenced, let umbrella = Self.umbrellas[skill] else { return direct }
        let members = catalog.entries.filter { entry in
            entry.name != skill && Self.umbrellas[entry.name] == nil
                && (umbrella.categories.contains(entry.category) || umbrella.names.contains(entry.name))
        }
        let shown: [SkillEvidence] = members.map { directEvidence(for: $0.name) }.filter { $0.status != .missing }
        let best = shown.min(by: Self.isStronger)
        guard let best, best.status < direct.status else { return direct }
        var result = best
        result.skill = skill
        result.via = best.skill
        result.listed = direct.listed || best.listed
        return result
    }

    /// Evidenced before claimed; at the same status, the higher level.
    static func isStronger(_ lhs: SkillEvidence, _ rhs: SkillEvidence) -> Bool {
        if lhs.status != rhs.status { return lhs.status < rhs.status }
        return (lhs.level ?? 0) > (rhs.level ?? 0)
    }

    func directEvidence(for skill: String) -> SkillEvidence {
        guard skill == "Communication" || named.contains(skill) || listedSkill(skill) != nil else {
            return SkillEvidence(
                skill: skill, status: .missing, level: nil, version: nil, projects: [], stories: [], mentionedIn: [],
                listed: false, via: nil, viaUses: [], jobs: [], credentials: [])
        }
        return evidenceFromEverySource(for: skill)
    }

    /// `directEvidence` with every source looked at.
    func evidenceFromEverySource(for skill: String) -> SkillEvidence {
        let entry = listedSkill(skill)
        let stories = workspace.stories.filter { skillsByStory[$0.id]?.contains(skill) == true }
        var projects = workspace.projects.filter { stackByProject[$0.id]?.contains(skill) == true }.map(\.id)
        for story in stories {
            if let project = story.project?.value, workspace.project(project) != nil, !projects.contains(project) {
                projects.append(project)
            }
        }
        // Seed 000 §1.1–1.2 and 002 "협업 경험": a project's collaboration section is the evidence
        // of communication an interviewer asks for.
        if skill == "Communication", projects.isEmpty {
            projects = workspace.projects.filter { $0.body.section(.collaboration).map { !$0.isEmpty } ?? false }.map(\.id)
        }
        // Through what the stack implies: MySQL in a stack shows SQL, BigQuery shows GCP, Jenkins CI/CD.
        var storyIDs = stories.map(\.id)
        var via: String?
        var viaUses: [String] = []
        var jobs: [String] = []
        if projects.isEmpty, storyIDs.isEmpty, let users = holdings.usedIn[skill] {
            projects = users.filter { workspace.project($0) != nil }
            storyIDs = users.filter { id in workspace.stories.contains { $0.id == id } }
            jobs = users.filter { id in workspace.profile.experience.contains { $0.organization?.value == id } }
            // In the order the user wrote them: the first tool that implies the skill.
            var names: [String] = projects.flatMap { workspace.project($0)?.stack.map { catalog.canonicalName($0.value) } ?? [] }
            for story in workspace.stories where storyIDs.contains(story.id) { names += story.skills.map { catalog.canonicalName($0.value) } }
            for job in workspace.profile.experience { names += job.stack.map { catalog.canonicalName($0.value) } }
            var tools: [(name: String, sources: [String])] = []
            func add(_ name: String, _ source: String) {
                guard name != skill, catalog.implications(of: [name]).contains(skill) else { return }
                if let index = tools.firstIndex(where: { $0.name == name }) {
                    if !tools[index].sources.contains(source) { tools[index].sources.append(source) }
                } else {
                    tools.append((name, [source]))
                }
            }
            for id in projects { for item in workspace.project(id)?.stack ?? [] { add(catalog.canonicalName(item.value), id) } }
            for story in workspace.stories where storyIDs.contains(story.id) { for item in story.skills { add(catalog.canonicalName(item.value), story.id) } }
            for job in workspace.profile.experience where jobs.contains(job.organization?.value ?? "") {
                for item in job.stack { add(catalog.canonicalName(item.value), job.organization?.value ?? "") }
            }
            // The tool the user lists in skills.yaml first: that is the one they can talk about.
            let listed = tools.enumerated().sorted { lhs, rhs in
                let left = listedSkill(lhs.element.name) != nil
                let right = listedSkill(rhs.element.name) != nil
                return left != right ? left : lhs.offset < rhs.offset
            }.map(\.element)
            via = listed.first?.name ?? names.first { $0 != skill && catalog.implications(of: [$0]).contains(skill) }
            viaUses = listed.map { "\($0.name) (\($0.sources.joined(separator: ", ")))" }
        }
        // Certificates, then degrees and job titles (SkillHoldings.credited): `컴퓨터공학 학사` shows CS Fundamentals.
        var credentials = certificateSkills.filter { $0.implied.contains(skill) }.map(\.source)
        if holdings.credited.contains(skill) {
            credentials += degreeAndTitleSkills.filter { $0.implied.contains(skill) }.map(\.source)
        }
        let counted = Set(projects.compactMap { workspace.project($0)?.file } + workspace.stories.filter { storyIDs.contains($0.id) }.map(\.file))
        let mentioned = mentionsByFile.filter { $0.skills.contains(skill) && !counted.contains($0.file) }.map(\.file)
        let used = !projects.isEmpty || !storyIDs.isEmpty || !jobs.isEmpty
        let claimed = entry != nil || !mentioned.isEmpty || !credentials.isEmpty || holdings.claimed.contains(skill)
        let status: MatchStatus = used ? .evidenced : claimed ? .claimed : .missing
        return SkillEvidence(
            skill: skill, status: status, level: entry?.level?.value, version: entry?.version?.value,
            projects: projects, stories: storyIDs, mentionedIn: mentioned, listed: entry != nil, via: via,
            viaUses: viaUses, jobs: jobs, credentials: credentials)
    }

    /// The skills.yaml entry for `name`, as `Workspace.skill(named:catalog:)` finds it.
    func listedSkill(_ name: String) -> Skill? {
        listedSkills[catalog.canonicalName(name).lowercased()]
    }

    /// Whether a project's skills cover `skill`, directly or, for a kind of tool, by one of its tools.
    func covers(_ skills: Set<String>, _ skill: String) -> Bool {
        if skills.contains(skill) { return true }
        guard let umbrella = Self.umbrellas[skill] else { return false }
        return skills.contains { name in
            umbrella.names.contains(name) || catalog.lookup(name).map { umbrella.categories.contains($0.category) } == true
        }
    }

    /// The skills a project covers: its stack and the skills of its stories.
    func skills(of project: Project) -> Set<String> {
        var skills = stackByProject[project.id] ?? []
        for story in workspace.stories(of: project.id) { skills.formUnion(skillsByStory[story.id] ?? []) }
        return skills
    }
}
