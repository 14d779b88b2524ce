import FolioModel

/// Lookups several rules need, built once per rule run so that no rule is quadratic
/// in the number of projects, stories or skills.
struct WorkspaceIndex: Sendable {
    /// Stories by the project id they name.
    let storiesByProject: [String: [Story]]
    /// Canonical, lowercased names of the skills in skills.yaml, each entry as written and as every skill it names.
    let skillNames: Set<String>
    /// Canonical, lowercased names used in any project's `stack` or story's `skills`.
    let usedSkillNames: Set<String>
    let projectIDs: Set<String>
    /// What the workspace shows of each skill, through the catalog's implications.
    let holdings: SkillHoldings

    init(_ context: RuleContext) {
        let workspace = context.workspace
        storiesByProject = Dictionary(grouping: workspace.stories.filter { $0.project != nil }) { $0.project!.value }
        // A listed skill counts as each skill it names (`SkillCatalog.names(of:)`): a stack's Hive is listed
        // by `Hadoop 에코시스템(HDFS, Hive, HBase)`.
        skillNames = Set(workspace.skills.flatMap { skill in
            context.catalog.names(of: skill.name.value).map { $0.lowercased() } + [context.canonical(skill.name.value)]
        })
        var used = Set<String>()
        for project in workspace.projects { for name in project.stack { used.insert(context.canonical(name.value)) } }
        for story in workspace.stories { for name in story.skills { used.insert(context.canonical(name.value)) } }
        usedSkillNames = used
        projectIDs = Set(workspace.projects.map(\.id))
        holdings = SkillHoldings(workspace, catalog: context.catalog)
    }
}

extension WorkspaceIndex {
    /// "projects/x.md가 없습니다. `y`를 뜻하셨나요?": what `story.project` and `experience.projects`
    /// say of an id that names no project file, with the nearest id (`Spelling.nearestID`).
    func noSuchProject(_ id: String) -> LocalizedText {
        let nearest = Spelling.nearestID(to: id, in: projectIDs.sorted())
        return LocalizedText(
            ko: "\(Josa.subject.after("projects/\(id).md")) 없습니다.\(nearest.map { " \(Josa.object.after("`\($0)`")) 뜻하셨나요?" } ?? " 프로젝트 파일 이름을 바꿨다면 여기도 고치세요.")",
            en: "there is no projects/\(id).md.\(nearest.map { " Did you mean `\($0)`?" } ?? " If you renamed the project file, update this too.")")
    }
}

extension RuleContext {
    /// The shared lookups: the checker's, or built now when a rule runs on its own.
    var index: WorkspaceIndex {
        sharedIndex ?? WorkspaceIndex(self)
    }

    /// The key a skill is matched by: its catalog name, lowercased (`pyspark` → `apache spark`).
    func canonical(_ name: String) -> String {
        catalog.canonicalName(name).lowercased()
    }

    /// The target role's profile, when `target.role` names a known role.
    var role: RoleProfiles.Role? {
        targetRole.flatMap { profiles.role($0.lowercased()) }
    }

    /// The target company type's profile, when `target.company` names a known one.
    var company: RoleProfiles.Company? {
        profile.target.company.flatMap { profiles.company($0.value.lowercased()) }
    }

    /// Line 1 of a file: where a missing top-level key or section, or a condition of the whole file, is reported.
    func start(of file: String) -> SourceLocation {
        SourceLocation(file: file, line: 1)
    }
}
