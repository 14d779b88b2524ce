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
    /// `essays/*.md`: the 자기소개서 answers of each application.
    public var essays: [Essay] = []
    /// The company each posting names (`PostingCompany.name(in:)`), by relative path.
    public var postingCompanies: [String: String] = [:]
    /// Parse problems, located.
    public var diagnostics: [Finding]
    /// Every workspace file that was read, relative paths.
    public var files: [String]
    /// What the recovering reader had to leave out of each file with a YAML error (lines,
    /// keys), so that checks do not report as missing what was only unreadable.
    public var readingLosses: [String: ReadingLoss] = [:]

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

extension Workspace {
    /// The parse errors: files, or parts of files, folio could not read (`parse.*` findings
    /// of severity error). `build`, `interview` and `match` refuse to write while there are any.
    public var parseErrors: [Finding] {
        diagnostics.filter { $0.severity == .error && $0.rule.hasPrefix("parse.") }
    }

    /// A file with parse errors and what of it the model lacks.
    public struct ReadingGap: Sendable, Equatable {
        /// Workspace-relative path.
        public var file: String
        /// True when nothing of the file is in the model (a project or story left out, the
        /// profile or skills empty); false when the rest of the file was read around the error.
        public var wholeFileMissing: Bool
        /// The first parse error in the file.
        public var firstError: SourceLocation
    }

    /// One gap per file with parse errors, in file order: what a build from this workspace lacks.
    public var readingGaps: [ReadingGap] {
        var firsts: [String: SourceLocation] = [:]
        for finding in parseErrors {
            let known = firsts[finding.location.file]
            if known == nil || finding.location < known! { firsts[finding.location.file] = finding.location }
        }
        return firsts.keys.sorted().map { file in
            let inModel: Bool
            if file == "folio.yaml" {
                // An empty `name:` (the init scaffold's) is an error of its own, not a file that could
                // not be read: the rest of the profile is checked (new-user trial: it hid "no email",
                // "no target role" and the score fell as the user filled the name in).
                let onlyMissingValues = parseErrors.filter { $0.location.file == file }.allSatisfy { $0.rule == "parse.missing" }
                inModel = files.contains(file) && readingLosses[file]?.wholeFile != true && (profile.name != nil || onlyMissingValues)
            } else if file == skillsFile {
                inModel = files.contains(file) && !skills.isEmpty
            } else if file.hasPrefix("projects/") {
                inModel = projects.contains { $0.file == file }
            } else if file.hasPrefix("stories/") {
                inModel = stories.contains { $0.file == file }
            } else if file.hasPrefix("essays/") {
                inModel = essays.contains { $0.file == file }
            } else {
                inModel = false
            }
            return ReadingGap(file: file, wholeFileMissing: !inModel, firstError: firsts[file]!)
        }
    }
}
