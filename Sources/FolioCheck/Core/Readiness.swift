import FolioModel

/// How ready a workspace is to send, 0–100, overall and per project: a number a user can
/// watch go up as they fix findings.
///
/// Each score starts at 100 and loses `weights[severity]` per finding, floored at 0. A project's
/// score counts the findings in its file and in its stories' files; the profile score counts
/// everything else (folio.yaml, skills.yaml, stories of no known project). The overall score is
/// the mean of the profile score and the mean project score (0 when there is no project yet).
public struct Readiness: Sendable, Codable, Equatable {
    public static let weights: [Severity: Int] = [.error: 20, .warning: 5, .suggestion: 1]

    /// One project's readiness.
    public struct ProjectScore: Sendable, Codable, Equatable {
        public var id: String
        public var file: String
        public var title: String
        public var score: Int
    }

    public var score: Int
    /// folio.yaml, skills.yaml and files outside any project.
    public var profile: Int
    public var projects: [ProjectScore]

    public init(findings: [Finding], workspace: Workspace) {
        var owner: [String: String] = [:]
        for project in workspace.projects { owner[project.file] = project.id }
        let projectIDs = Set(workspace.projects.map(\.id))
        for story in workspace.stories {
            if let id = story.project?.value, projectIDs.contains(id) { owner[story.file] = id }
        }
        var penalties: [String: Int] = [:]
        var profilePenalty = 0
        for finding in findings {
            let weight = Self.weights[finding.severity] ?? 0
            if let id = owner[finding.location.file] {
                penalties[id, default: 0] += weight
            } else {
                profilePenalty += weight
            }
        }
        profile = max(0, 100 - profilePenalty)
        projects = workspace.projects.map { project in
            ProjectScore(id: project.id, file: project.file, title: project.displayTitle,
                         score: max(0, 100 - (penalties[project.id] ?? 0)))
        }
        let projectMean = projects.isEmpty ? 0 : Double(projects.map(\.score).reduce(0, +)) / Double(projects.count)
        score = Int(((Double(profile) + projectMean) / 2).rounded())
    }
}

/// Counts of a check run, as the text and JSON reports print them.
public struct CheckSummary: Sendable, Codable, Equatable {
    public var errors: Int
    public var warnings: Int
    public var suggestions: Int
    public var files: Int
    /// Overall readiness, 0–100.
    public var score: Int
    /// Readiness of folio.yaml, skills.yaml and files outside projects.
    public var profileScore: Int
    public var projects: [Readiness.ProjectScore]

    public init(findings: [Finding], workspace: Workspace) {
        errors = findings.count { $0.severity == .error }
        warnings = findings.count { $0.severity == .warning }
        suggestions = findings.count { $0.severity == .suggestion }
        files = workspace.files.count
        let readiness = Readiness(findings: findings, workspace: workspace)
        score = readiness.score
        profileScore = readiness.profile
        projects = readiness.projects
    }

    /// The process exit code RULES.md gives: 1 when there are errors, or warnings with `strict`.
    public func exitCode(strict: Bool) -> Int32 {
        errors > 0 || (strict && warnings > 0) ? 1 : 0
    }
}
