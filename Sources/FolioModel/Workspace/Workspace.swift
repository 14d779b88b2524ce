import Foundation

/// A job seeker's folder of plain-text files, read into a typed model (FORMAT.md).
///
/// Problems found while reading are kept in `diagnostics` so that one broken file does
/// not hide what could be read from the others; only an unreadable workspace throws.
public struct Workspace: Sendable {
    /// The folder holding `folio.yaml`.
    public var root: URL
    public var profile: Profile
    public var skills: [Skill]
    /// `skills.yaml` when it exists.
    public var skillsFile: String?
    public var projects: [Project]
    public var stories: [Story]
    /// `postings/*.txt`, relative paths.
    public var postings: [String]
    /// Parse problems, located.
    public var diagnostics: [Finding]
    /// Every workspace file that was read, relative paths.
    public var files: [String]

    public init(root: URL, profile: Profile = Profile()) {
        self.root = root
        self.profile = profile
        skills = []
        projects = []
        stories = []
        postings = []
        diagnostics = []
        files = []
    }

    public var language: Language { profile.language }

    public func project(_ id: String) -> Project? { projects.first { $0.id == id } }

    /// The stories told about a project.
    public func stories(of projectID: String) -> [Story] {
        stories.filter { $0.project?.value == projectID }
    }

    /// The skill entry whose name (through the catalog) is `name`.
    public func skill(named name: String, catalog: SkillCatalog = .shared) -> Skill? {
        let canonical = catalog.canonicalName(name).lowercased()
        return skills.first { catalog.canonicalName($0.name.value).lowercased() == canonical }
    }
}
