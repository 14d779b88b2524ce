import FolioModel
import FolioMatch

/// The Target sheet's content: for the workspace's target role and company type, what the
/// seeds expect (RoleProfiles, the same data the checker reads) set against the user's skills.
struct TargetComparison {
    enum Status {
        /// Listed or used, and a project or story shows it.
        case evidenced
        /// Listed in `skills.yaml` but no project or story shows it.
        case claimedOnly
        case missing
        /// Missing, but only preferred (company preferred): worth having, not a gap (`없음 (우대)`).
        case missingPreferred
    }

    struct Row {
        /// Where the expectation comes from: role core, role expected, company required… (several when shared).
        var sources: [LocalizedText]
        /// The skill, the competency, or the "one of" group as shown.
        var expectation: String
        /// The user's skills that meet it, as the user spelled them.
        var userSkills: [String]
        var level: Int?
        var status: Status
        var evidence: [String]
        var seed: String
    }

    /// "데이터 엔지니어 · 대기업 플랫폼" or nil when neither is known.
    var heading: String?
    /// Why the sheet is (partly) empty: no or unknown `target.role` / `target.company`.
    var notes: [String]
    var rows: [Row]

    /// `index` is the workspace's `WorkspaceEvidence` (built by the caller, on another thread while
    /// `evidence` is gathered).
    init(workspace: Workspace, evidence: SkillEvidence, index: WorkspaceEvidence, catalog: SkillCatalog, profiles: RoleProfiles, language: Language) {
        let target = workspace.profile.target
        let role = target.role.flatMap { profiles.role(TargetComparison.identifier($0.value)) }
        let company = target.company.flatMap { profiles.company(TargetComparison.identifier($0.value)) }
        notes = []
        if role == nil {
            notes.append(TargetComparison.missingNote(
                key: "target.role", value: target.role?.value, known: RoleProfiles.knownRoles, language: language))
        }
        if company == nil {
            notes.append(TargetComparison.missingNote(
                key: "target.company", value: target.company?.value, known: RoleProfiles.knownCompanies, language: language))
        }
        // The company type as roles.json describes it (seed 001, 002): what it is and what it looks for.
        if let company {
            // The type by its short name, as the page calls it; the summary describes it.
            notes.append(LocalizedText(ko: "회사 유형 \(company.name.ko): ", en: "Company type \(company.name.en): ")(language) + company.summary(language))
            let traits = company.traits.map { $0(language) }.joined(separator: " · ")
            if !traits.isEmpty { notes.append(LocalizedText(ko: "이 유형이 보는 것: ", en: "What this type looks for: ")(language) + traits) }
        }
        let labels = [role?.label(language), company?.name(language)].compactMap { $0 }
        heading = labels.isEmpty ? nil : labels.joined(separator: " · ")
        rows = []

        // What the workspace holds, by catalog name in the order of skills.yaml, then what projects and
        // stories show without a skills.yaml entry, then what the catalog's implications add (PostgreSQL
        // in a stack → SQL, a statistics degree → Statistics; SkillHoldings, as `folio check` counts
        // them): the candidates for a core competency, each matched by its catalog name and category.
        struct Held {
            /// The catalog's name, or the user's spelling for a skill the catalog does not know.
            var catalogName: String
            var category: String
        }
        var held: [String: Held] = [:]
        var heldOrder: [String] = []
        func hold(_ name: String, category: String?) {
            let key = name.lowercased()
            guard held[key] == nil else { return }
            held[key] = Held(catalogName: name, category: category ?? catalog.lookup(name)?.category ?? "")
            heldOrder.append(key)
        }
        for row in evidence.skills { hold(row.canonicalName, category: row.category) }
        for key in evidence.evidencedNames.keys.sorted() { hold(catalog.lookup(key)?.name ?? key, category: nil) }
        // How `folio match` judges a skill (see below); its holdings are the workspace's, read once.
        let holdings = index.holdings
        for name in holdings.used.union(holdings.credited).sorted() { hold(catalog.canonicalName(name), category: nil) }
        var titles: [String: String] = [:]
        for project in workspace.projects { titles[project.id] = project.displayTitle }
        for story in workspace.stories { titles[story.id] = story.displayTitle }
        // A job is named as on the Skills sheet (`경력: 백엔드 개발자 · 주식회사 …`), not by its bare organisation.
        for job in workspace.profile.experience where !job.displayTitle.isEmpty {
            titles[job.organization?.value ?? "experience"] = Labels.jobPrefix(language) + job.displayTitle
        }

        // `index` is how `folio match` judges a skill (WorkspaceEvidence: the stacks, stories and jobs with what
        // they imply; a kind of tool shown by any tool of the kind, Stream Processing by Kafka; the
        // files whose text names it, `품질 검증` or `S3` in an architecture section, or describes it,
        // extract, transform and load for ETL: named, so claimed until a stack lists it), and, as the
        // Skills sheet and `skill.evidence` count it, a concept credited by a degree, a certificate or
        // a job title is evidence (CS Fundamentals by 컴퓨터공학 학사).
        let prefixes = evidence.prefixes
        // The user's spellings by canonical name, looked up once (every judgement asks for them).
        let listedByCanonical = Dictionary(grouping: workspace.skills.map(\.name.value), by: catalog.canonicalName)
        func listedNames(_ skill: String) -> [String] { listedByCanonical[skill] ?? [] }
        let credentials = CredentialEvidence(workspace: workspace, catalog: catalog, prefixes: prefixes)
        // A skill is judged once however many rows name it (a competency's skills, the groups).
        var judged: [String: Judgement] = [:]
        func judge(_ name: String) -> Judgement {
            if let known = judged[name] { return known }
            let judgement = judgeOnce(name)
            judged[name] = judgement
            return judgement
        }
        func judgeOnce(_ name: String) -> Judgement {
            let skill = catalog.canonicalName(name)
            let found = index.evidence(for: skill)
            let shownBy = found.via ?? skill
            // The user's own spelling of what meets it: the skill as listed, else the tool that shows it.
            let listed = listedNames(skill)
            let names = !listed.isEmpty ? listed : found.via.map { listedNames($0).isEmpty ? [$0] : listedNames($0) } ?? [skill]
            let level = found.level ?? workspace.skill(named: shownBy, catalog: catalog)?.level?.value
            switch found.status {
            case .evidenced:
                let items = found.projects.map { titles[$0] ?? $0 } + found.stories.map { prefixes.story + (titles[$0] ?? $0) }
                    + found.jobs.map { titles[$0] ?? $0 }
                // Shown through another tool (Stream Processing by Kafka): said once, before where it is used.
                var shown = items
                if let via = found.via, !shown.isEmpty { shown[0] = LocalizedText(ko: "\(via) 사용: ", en: "through \(via): ")(language) + shown[0] }
                return Judgement(status: .evidenced, userSkills: names, level: level, evidence: shown)
            case .claimed, .missing:
                let isConcept = catalog.lookup(skill).map { $0.kind == .concept || $0.name == "SQL" } ?? false
                if isConcept, holdings.credited.contains(skill) {
                    let items = credentials.labels(implying: skill)
                    return Judgement(status: .evidenced, userSkills: names, level: level, evidence: items)
                }
                guard found.status == .claimed else { return Judgement(status: .missing, userSkills: [], level: nil, evidence: []) }
                let mentioned = found.mentionedIn.filter { $0 != (workspace.skillsFile ?? "skills.yaml") }
                    .map { LocalizedText(ko: "\($0) 본문에 있음 (stack에 없음)", en: "in the text of \($0) (not in its stack)")(language) }
                return Judgement(status: .claimedOnly, userSkills: names, level: level, evidence: credentials.labels(implying: skill) + mentioned)
            }
        }
        /// The strongest of several judgements (an any-of group, a competency's skills), with every member shown.
        func best(_ judgements: [Judgement]) -> Judgement {
            let rank: (Status) -> Int = { [.evidenced: 0, .claimedOnly: 1][$0] ?? 2 }
            guard let top = judgements.min(by: { rank($0.status) != rank($1.status) ? rank($0.status) < rank($1.status) : ($0.level ?? 0) > ($1.level ?? 0) })
            else { return Judgement(status: .missing, userSkills: [], level: nil, evidence: []) }
            let shown = judgements.filter { $0.status != .missing }
            return Judgement(
                status: top.status, userSkills: TargetComparison.unique(shown.flatMap(\.userSkills)),
                level: shown.compactMap(\.level).max(),
                evidence: TargetComparison.unique(judgements.filter { $0.status == top.status }.flatMap(\.evidence)))
        }
        func row(sources: [LocalizedText], expectation: String, names: [String], seed: String) -> Row {
            let judged = best(names.map(judge))
            return Row(
                sources: sources, expectation: expectation, userSkills: judged.userSkills, level: judged.level,
                status: judged.status, evidence: judged.evidence, seed: seed)
        }
        func key(_ name: String) -> String { catalog.canonicalName(name).lowercased() }

        // Single skills, each shown once with every source that expects it.
        var skillRow: [String: Int] = [:]
        func expect(_ name: String, source: LocalizedText, seed: String) {
            let skillKey = key(name)
            if let existing = skillRow[skillKey] {
                if !rows[existing].sources.contains(source) { rows[existing].sources.append(source) }
                return
            }
            skillRow[skillKey] = rows.count
            rows.append(row(sources: [source], expectation: catalog.canonicalName(name), names: [name], seed: seed))
        }
        func oneOf(_ group: [String]) -> String {
            group.map(catalog.canonicalName).joined(separator: " / ") + Labels.oneOf(language)
        }
        // What the target asks first comes first: the company's must-haves, then the role's core
        // competencies and expected skills, then what the company prefers.
        if let company {
            for name in company.required { expect(name, source: Labels.companyRequired, seed: company.seed) }
            for group in company.requiredAnyOf ?? [] {
                rows.append(row(sources: [Labels.companyOneOf], expectation: oneOf(group), names: group, seed: company.seed))
            }
        }
        if let role {
            for competency in role.core {
                let names = heldOrder.compactMap { held[$0] }.filter { skill in
                    if competency.excludeSkills?.contains(skill.catalogName) == true { return false }
                    return competency.skills.contains(skill.catalogName) || competency.categories.contains(skill.category)
                }.map(\.catalogName)
                rows.append(row(sources: [Labels.roleCore], expectation: competency.label(language), names: names, seed: competency.seed))
            }
            // A group of alternatives is one row, met by any of its skills (a junior needs one
            // language, not Java and Scala and R), shown where its first skill stands in the list.
            let groups = role.expectedAnyOf ?? []
            var shownGroups = Set<Int>()
            for name in role.expected {
                guard let position = groups.firstIndex(where: { $0.skills.contains(name) }) else {
                    expect(name, source: Labels.roleExpected, seed: "")
                    continue
                }
                guard shownGroups.insert(position).inserted else { continue }
                let group = groups[position]
                rows.append(row(sources: [Labels.roleExpectedOneOf], expectation: oneOf(group.skills), names: group.skills, seed: group.seed))
            }
        }
        if let company {
            for name in company.preferred { expect(name, source: Labels.companyPreferred, seed: company.seed) }
        }
        // What only the company prefers is not a gap: a row no one requires reads "없음 (우대)", not red.
        for position in rows.indices where rows[position].status == .missing && rows[position].sources == [Labels.companyPreferred] {
            rows[position].status = .missingPreferred
        }
    }

    /// One expectation judged: its status, the user's skills that meet it, the best level, the evidence.
    struct Judgement {
        var status: Status
        var userSkills: [String]
        var level: Int?
        var evidence: [String]
    }

    /// `Data Engineer` → `data-engineer`, so a near spelling of a known id still finds its profile.
    static func identifier(_ value: String) -> String {
        value.trimmingHorizontalSpace().lowercased().replacingOccurrences(of: " ", with: "-")
            .replacingOccurrences(of: "_", with: "-")
    }

    static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }

    static func missingNote(key: String, value: String?, known: [String], language: Language) -> String {
        let list = known.joined(separator: ", ")
        if let value {
            return language == .ko
                ? "folio.yaml의 \(key) 값 \(Josa.object.after("'\(value)'")) 알 수 없습니다. 가능한 값: \(list)"
                : "folio.yaml: unknown \(key) '\(value)'. Known values: \(list)"
        }
        return language == .ko
            ? "folio.yaml에 \(Josa.subject.after(key)) 없어 이 기준은 비교하지 않았습니다. 가능한 값: \(list)"
            : "folio.yaml has no \(key), so this part was not compared. Known values: \(list)"
    }
}
