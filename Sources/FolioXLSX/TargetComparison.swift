import FolioModel

/// The Target sheet's content: for the workspace's target role and company type, what the
/// seeds expect (RoleProfiles, the same data the checker reads) set against the user's skills.
struct TargetComparison {
    enum Status {
        /// Listed or used, and a project or story shows it.
        case evidenced
        /// Listed in `skills.yaml` but no project or story shows it.
        case claimedOnly
        case missing
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

    init(workspace: Workspace, evidence: SkillEvidence, catalog: SkillCatalog, profiles: RoleProfiles, language: Language) {
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

        // The user's skills by catalog name, with their catalog category for competencies.
        struct Held {
            /// The catalog's name, or the user's spelling for a skill the catalog does not know.
            var catalogName: String
            var names: [String]
            var level: Int?
            var category: String
            var evidence: [String]
        }
        var held: [String: Held] = [:]
        var heldOrder: [String] = []
        for row in evidence.skills {
            let key = row.canonicalName.lowercased()
            if held[key] == nil {
                held[key] = Held(
                    catalogName: row.canonicalName, names: [], level: nil, category: row.category,
                    evidence: evidence.evidencedNames[key] ?? [])
                heldOrder.append(key)
            }
            held[key]?.names.append(row.name)
            // Shown only through a job or an implication (Redis in a job's stack, AWS through Amazon S3):
            // evidence all the same, as on the Skills sheet and in `folio check`.
            if held[key]?.evidence.isEmpty == true, row.isEvidenced { held[key]?.evidence = evidence.evidenceItems(for: row) }
            if let level = row.level {
                let previous = held[key]?.level ?? 0
                held[key]?.level = max(previous, level)
            }
        }
        // Skills a project or story shows without a skills.yaml entry still count as evidence.
        for (key, titles) in evidence.evidencedNames.sorted(by: { $0.key < $1.key }) where held[key] == nil {
            let entry = catalog.lookup(key)
            let name = entry?.name ?? key
            held[key] = Held(catalogName: name, names: [name], level: nil, category: entry?.category ?? "", evidence: titles)
            heldOrder.append(key)
        }

        // What the workspace shows through the catalog's implications (PostgreSQL in a stack → SQL,
        // BigQuery → GCP, an SQLD certificate → SQL, a statistics degree → Statistics): the same answer
        // `folio check` gives (SkillHoldings), so the sheet and skill.core-coverage agree.
        let holdings = SkillHoldings(workspace, catalog: catalog)
        var titles: [String: String] = [:]
        for project in workspace.projects { titles[project.id] = project.displayTitle }
        for story in workspace.stories { titles[story.id] = story.displayTitle }
        // A job is named as on the Skills sheet (`경력: 백엔드 개발자 · 주식회사 …`), not by its bare organisation.
        for job in workspace.profile.experience where !job.displayTitle.isEmpty {
            titles[job.organization?.value ?? "experience"] = Labels.jobPrefix(language) + job.displayTitle
        }
        for name in holdings.used.union(holdings.credited).sorted() where held[name.lowercased()] == nil {
            let entry = catalog.lookup(name)
            held[name.lowercased()] = Held(
                catalogName: entry?.name ?? name, names: [entry?.name ?? name], level: nil, category: entry?.category ?? "",
                evidence: (holdings.usedIn[name] ?? []).compactMap { titles[$0] ?? $0 })
            heldOrder.append(name.lowercased())
        }

        func status(_ keys: [String]) -> Status {
            let found = keys.compactMap { held[$0] }
            if found.contains(where: { !$0.evidence.isEmpty }) { return .evidenced }
            return found.isEmpty ? .missing : .claimedOnly
        }
        func row(sources: [LocalizedText], expectation: String, keys: [String], seed: String) -> Row {
            let found = keys.compactMap { held[$0] }
            return Row(
                sources: sources, expectation: expectation,
                userSkills: found.flatMap(\.names),
                level: found.compactMap(\.level).max(),
                status: status(keys),
                evidence: TargetComparison.unique(found.flatMap(\.evidence)),
                seed: seed)
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
            rows.append(row(sources: [source], expectation: catalog.canonicalName(name), keys: [skillKey], seed: seed))
        }
        // What the target asks first comes first: the company's must-haves, then the role's core
        // competencies and expected skills, then what the company prefers.
        if let company {
            for name in company.required { expect(name, source: Labels.companyRequired, seed: company.seed) }
            for group in company.requiredAnyOf ?? [] {
                let expectation = group.map(catalog.canonicalName).joined(separator: " / ") + Labels.oneOf(language)
                rows.append(row(sources: [Labels.companyOneOf], expectation: expectation, keys: group.map(key), seed: company.seed))
            }
        }
        if let role {
            for competency in role.core {
                let keys = heldOrder.filter { heldKey in
                    guard let skill = held[heldKey] else { return false }
                    if competency.excludeSkills?.contains(skill.catalogName) == true { return false }
                    return competency.skills.contains(skill.catalogName) || competency.categories.contains(skill.category)
                }
                rows.append(row(sources: [Labels.roleCore], expectation: competency.label(language), keys: keys, seed: competency.seed))
            }
        }
        if let role {
            for name in role.expected { expect(name, source: Labels.roleExpected, seed: "") }
        }
        if let company {
            for name in company.preferred { expect(name, source: Labels.companyPreferred, seed: company.seed) }
        }
    }

    /// `Data Engineer` → `data-engineer`, so a near spelling of a known id still finds its profile.
    static func identifier(_ value: String) -> String {
        value.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: " ", with: "-")
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
