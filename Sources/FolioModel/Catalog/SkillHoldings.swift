/// What a workspace shows of each skill, through the catalog's implications: the one answer
/// `folio check`, the xlsx and `folio match` share to "does this person have SQL?".
///
/// - *used*: in a project's `stack` or a story's `skills` (seed 002 "이력서에 ~ 는 써 봤는데 어느 정도로
///   사용해보셨나요?"), with what they imply (PostgreSQL in a stack shows SQL).
/// - *credited*: implied by a certificate (`SQLD` → SQL), a degree (`통계학과` → Statistics) or a
///   job title (`Backend Developer` → Backend Development).
/// - *claimed*: listed in skills.yaml, with what the listed skills imply.
/// A combined entry (`Docker/Kubernetes`) counts as each of its skills, and a skill written with its
/// components (`Hadoop 에코시스템(HDFS, Hive, HBase)`) as the skill and each component (`SkillCatalog.names(of:)`).
public struct SkillHoldings: Sendable {
    public let catalog: SkillCatalog
    /// Catalog names used in projects and stories, implications included.
    public let used: Set<String>
    /// Catalog names implied by certificates and education.
    public let credited: Set<String>
    /// Catalog names listed in skills.yaml, implications included.
    public let claimed: Set<String>
    /// Project and story ids that use each catalog name (directly or through an implication).
    public let usedIn: [String: [String]]

    public init(_ workspace: Workspace, catalog: SkillCatalog = .shared) {
        self.catalog = catalog
        func expand(_ name: String) -> [String] { catalog.names(of: name) }
        var usedIn: [String: [String]] = [:]
        var used = Set<String>()
        let sources = workspace.projects.map { ($0.id, $0.stack.map(\.value)) } + workspace.stories.map { ($0.id, $0.skills.map(\.value)) }
            + workspace.profile.experience.map { ($0.organization?.value ?? "experience", $0.stack.map(\.value)) }
        for (id, names) in sources {
            let implied = catalog.implications(of: names.flatMap(expand))
            for name in implied where usedIn[name]?.last != id { usedIn[name, default: []].append(id) }
            used.formUnion(implied)
        }
        self.used = used
        self.usedIn = usedIn
        var credited: [String] = workspace.profile.certifications.flatMap { catalog.skills(impliedByCertificate: $0.name.value) }
        for education in workspace.profile.education {
            let text = [education.school?.value, education.program?.value].compactMap { $0 }.joined(separator: " ")
            credited += catalog.skills(impliedByDegree: text)
        }
        for job in workspace.profile.experience {
            if let title = job.position?.value { credited += catalog.concepts(namedIn: title) }
        }
        self.credited = catalog.implications(of: credited)
        claimed = catalog.implications(of: workspace.skills.map(\.name.value).flatMap(expand))
    }

    /// The catalog name a user's spelling stands for.
    public func key(_ name: String) -> String { catalog.canonicalName(name) }

    /// Whether a project or story uses the skill, directly or through what it implies.
    public func isUsed(_ name: String) -> Bool {
        used.contains(key(name))
    }

    /// Whether the workspace shows the skill in any way: used, credited or claimed.
    public func holds(_ name: String) -> Bool {
        let name = key(name)
        return used.contains(name) || credited.contains(name) || claimed.contains(name)
    }

    /// Whether any held skill satisfies `test` (a role's competency, a posting's kind of tool).
    public func holdsAny(where test: (String, SkillCatalog.Entry?) -> Bool) -> Bool {
        used.union(credited).union(claimed).contains { test($0, catalog.lookup($0)) }
    }
}
