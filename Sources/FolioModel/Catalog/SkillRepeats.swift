/// One skill written twice in skills.yaml, in two spellings or two groups: `Apache Hadoop` under
/// one heading and `Hadoop 에코시스템(HDFS, Hive, HBase)` under another, `PostgreSQL` and `Postgres`.
/// The catalog says they are one skill; the page and the xlsx show it once, and `folio check`
/// points at the second entry (seed 002 "구구절절 적지 말고, 한 눈에 잘 들어올 수 있도록").
public struct RepeatedSkill: Sendable {
    /// The later entry, the one to merge away.
    public var skill: Skill
    /// The earlier entry that lists the same skill.
    public var first: Skill
    /// The catalog's name of the skill both list (`Apache Hadoop`), or the name as written when unknown
    /// or a concept (normalised).
    public var name: String
}

extension SkillCatalog {
    /// The skills a skills.yaml entry lists as itself, by catalog name: each skill of a list
    /// (`Docker/Kubernetes` → Docker, Kubernetes), the head of a skill written with its components in
    /// brackets (`Hadoop 에코시스템(HDFS, Hive, HBase)` → Apache Hadoop; the components are what it
    /// was used through, not entries of their own), else the one skill (as written when unknown).
    /// Two entries that share one of these list one skill twice. A concept's spellings are a family
    /// of practices a résumé lists apart (`Agile`: Scrum, Kanban; `CI/CD`: continuous integration,
    /// continuous deployment), so a concept is named by its spelling, normalised (`SkillCatalog.normalize`).
    public func listedNames(of name: String) -> [String] {
        func named(_ entry: Entry, _ written: String) -> String {
            entry.kind == .concept ? SkillCatalog.normalize(written) : entry.name
        }
        if let parts = parts(of: name) { return parts.map { named($0.entry, $0.written) } }
        if let written = bracketedComponents(of: name) { return [named(written.head, name)] }
        let trimmed = name.trimmingHorizontalSpace()
        return [lookup(trimmed).map { named($0, trimmed) } ?? trimmed]
    }
}

extension Workspace {
    /// Each skills.yaml entry that lists a skill an earlier entry lists already (`SkillCatalog.listedNames`,
    /// compared without case), with that earlier entry, in file order; one per entry.
    public func repeatedSkills(catalog: SkillCatalog) -> [RepeatedSkill] {
        var firstByName: [String: Skill] = [:]
        var repeated: [RepeatedSkill] = []
        for skill in skills {
            let names = catalog.listedNames(of: skill.name.value)
            if let name = names.first(where: { firstByName[$0.lowercased()] != nil }), let first = firstByName[name.lowercased()] {
                repeated.append(RepeatedSkill(skill: skill, first: first, name: name))
            }
            for name in names where firstByName[name.lowercased()] == nil { firstByName[name.lowercased()] = skill }
        }
        return repeated
    }

    /// skills.yaml's skills with each skill once, for the page and the xlsx: an entry every one of whose
    /// listed skills an earlier entry lists is left out, and what the earlier entry leaves blank
    /// (level, version, depth, since) is taken from it.
    public func distinctSkills(catalog: SkillCatalog) -> [Skill] {
        var kept: [Skill] = []
        var keptIndexByName: [String: Int] = [:]
        for skill in skills {
            let names = catalog.listedNames(of: skill.name.value).map { $0.lowercased() }
            let earlier = names.compactMap { keptIndexByName[$0] }
            if !names.isEmpty, earlier.count == names.count, let index = earlier.first {
                kept[index].level = kept[index].level ?? skill.level
                kept[index].version = kept[index].version ?? skill.version
                kept[index].depth = kept[index].depth ?? skill.depth
                kept[index].since = kept[index].since ?? skill.since
                continue
            }
            kept.append(skill)
            for name in names where keptIndexByName[name] == nil { keptIndexByName[name] = kept.count - 1 }
        }
        return kept
    }
}
