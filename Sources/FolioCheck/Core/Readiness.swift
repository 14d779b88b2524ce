import FolioModel

/// How ready a workspace is to send, 0–100, overall and per project: a number a user can
/// watch go up as they write and fix.
///
/// A project's score credits what is there and subtracts what a reviewer would flag:
/// `0.6 × credit + 0.4 × (100 − penalty)`. The credit (`ProjectCredit`, 0–100) counts a measured
/// result in `impact` (25; 10 for unmeasured impact), a story for the project (20, and 5 more when
/// its result is measured), the data described (source, volume with a size or count, format: 5
/// each), the own part stated (10), the team and, for a team, how it worked together (10), a stack
/// (10) and an architecture or overview section (5). The penalty counts each rule once per file,
/// `weights[severity]` each, in the project's file and its stories' files, so a long story is not
/// charged for its length. The profile score is `100 − penalty` over folio.yaml, skills.yaml and
/// files outside any project, each rule once per file. The overall score is the mean of the profile
/// score and the mean project score (0 when there is no project yet).
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
        // Each rule once per file, at its most severe.
        var worst: [String: Severity] = [:]
        for finding in findings {
            let key = finding.location.file + "\u{0}" + finding.rule
            if let seen = worst[key], (Self.weights[seen] ?? 0) >= (Self.weights[finding.severity] ?? 0) { continue }
            worst[key] = finding.severity
        }
        var penalties: [String: Int] = [:]
        var profilePenalty = 0
        for (key, severity) in worst {
            let file = String(key.split(separator: "\u{0}", maxSplits: 1).first ?? "")
            let weight = Self.weights[severity] ?? 0
            if let id = owner[file] {
                penalties[id, default: 0] += weight
            } else {
                profilePenalty += weight
            }
        }
        profile = max(0, 100 - profilePenalty)
        let storiesByProject = Dictionary(grouping: workspace.stories) { $0.project?.value ?? "" }
        projects = workspace.projects.map { project in
            let credit = ProjectCredit(project, stories: storiesByProject[project.id] ?? []).points
            let checked = max(0, 100 - (penalties[project.id] ?? 0))
            let score = Int((0.6 * Double(credit) + 0.4 * Double(checked)).rounded())
            return ProjectScore(id: project.id, file: project.file, title: project.displayTitle, score: score)
        }
        let projectMean = projects.isEmpty ? 0 : Double(projects.map(\.score).reduce(0, +)) / Double(projects.count)
        score = Int(((Double(profile) + projectMean) / 2).rounded())
    }
}

/// What a project shows, 0–100 (see `Readiness`): the part of its score that grows as it is written.
public struct ProjectCredit: Sendable, Equatable {
    public var points: Int

    public init(_ project: Project, stories: [Story]) {
        var points = 0
        if project.impact.contains(where: { Measurement.scan($0.value).hasResult }) {
            points += 25
        } else if !project.impact.isEmpty {
            points += 10
        }
        if !stories.isEmpty {
            points += 20
            if stories.contains(where: { story in story.section(.result).map { Measurement.scan($0.plainText).hasResult } ?? false }) {
                points += 5
            }
        }
        if let data = project.data {
            if data.source != nil { points += 5 }
            if let volume = data.volume, Measurement.scan(volume.value).measurements.contains(where: \.isVolume) { points += 5 }
            if data.format != nil { points += 5 }
        }
        // A solo project (`team: 1`) is all the writer's own part: nothing to separate.
        if project.role != nil || !(project.body.section(.role)?.isEmpty ?? true) || project.team?.value == 1 { points += 10 }
        if let team = project.team {
            points += team.value < 2 || !(project.body.section(.collaboration)?.isEmpty ?? true) ? 10 : 5
        }
        if !project.stack.isEmpty { points += 10 }
        if project.body.section(.architecture) != nil || project.body.section(.overview) != nil { points += 5 }
        self.points = min(100, points)
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
    /// True when only some rules ran (`folio check --rule`): the score then measures nothing and the
    /// text report leaves it out.
    public var partial = false

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
