import FolioModel

/// Runs the rules over a workspace and applies the user's settings:
/// `check.disable` and `check.severity` in folio.yaml, `<!-- folio-disable rule.id -->` in
/// a Markdown file, and a rule filter. Never prints: the caller decides what to show.
public struct Checker: Sendable {
    public var rules: [any Rule]
    public var catalog: SkillCatalog
    public var profiles: RoleProfiles
    public var today: YearMonth

    public init(
        rules: [any Rule] = RuleRegistry.all, catalog: SkillCatalog = .shared,
        profiles: RoleProfiles = .shared, today: YearMonth
    ) {
        self.rules = rules
        self.catalog = catalog
        self.profiles = profiles
        self.today = today
    }

    /// Parse diagnostics plus every enabled rule's findings, sorted by file, line and column.
    public func check(_ workspace: Workspace, only ruleIDs: Set<String>? = nil) -> [Finding] {
        let settings = workspace.profile.check
        let disabled = Set(settings.disable.map(\.value))
        let inlineDisabled = Self.inlineDisabled(in: workspace)
        var findings = ruleIDs == nil ? workspace.diagnostics : []
        for rule in rules {
            let description = type(of: rule).description
            if let ruleIDs, !ruleIDs.contains(description.id) { continue }
            if ruleIDs == nil, disabled.contains(description.id) { continue }
            var context = RuleContext(workspace: workspace, catalog: catalog, profiles: profiles, today: today)
            context.rule = description
            for var finding in rule.check(context) {
                if inlineDisabled[finding.location.file]?.contains(finding.rule) == true { continue }
                if let severity = settings.severity[finding.rule] { finding.severity = severity.value }
                findings.append(finding)
            }
        }
        return findings.sorted { ($0.location, $0.rule) < ($1.location, $1.rule) }
    }

    /// Rule ids turned off inside each Markdown file.
    static func inlineDisabled(in workspace: Workspace) -> [String: Set<String>] {
        var table: [String: Set<String>] = [:]
        for project in workspace.projects where !project.body.disabledRules.isEmpty {
            table[project.file] = project.body.disabledRules
        }
        for story in workspace.stories where !story.body.disabledRules.isEmpty {
            table[story.file] = story.body.disabledRules
        }
        return table
    }
}
