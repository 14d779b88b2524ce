import Foundation
import FolioModel
import FolioRender

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

    /// Starts reading, on another thread, what every check needs and no workspace changes: the
    /// skill catalog, the role profiles and the installed fonts' coverage. Call it before loading
    /// the workspace, so the two overlap; a rule that needs one before it is ready waits for it.
    public static func warmUp() {
        SkillCatalog.warmUp()
        BackgroundThread.detach(warmUp: true) { _ = GlyphCoverage.installed }
    }

    /// Parse diagnostics plus every enabled rule's findings, sorted by file, line and column.
    ///
    /// Rules are independent of each other, so they run on all cores; the result is sorted,
    /// so it does not depend on which rule finishes first.
    public func check(_ workspace: Workspace, only ruleIDs: Set<String>? = nil) -> [Finding] {
        let settings = workspace.profile.check
        let disabled = Set(settings.disable.map(\.value))
        let inlineDisabled = Self.inlineDisabled(in: workspace)
        let selected = rules.filter { rule in
            let id = type(of: rule).description.id
            if let ruleIDs { return ruleIDs.contains(id) }
            return !disabled.contains(id)
        }
        var shared = RuleContext(workspace: workspace, catalog: catalog, profiles: profiles, today: today)
        if selected.count > 1 { shared.sharedIndex = WorkspaceIndex(shared) }
        let context = shared

        let results = UnsafeMutableBufferPointer<[Finding]>.allocate(capacity: selected.count)
        results.initialize(repeating: [])
        defer { results.deallocate() }
        let slots = FindingSlots(buffer: results)
        DispatchQueue.concurrentPerform(iterations: selected.count) { position in
            var ruleContext = context
            ruleContext.rule = type(of: selected[position]).description
            slots.buffer[position] = selected[position].check(ruleContext)
        }

        var findings = ruleIDs == nil ? workspace.diagnostics + Self.unknownRuleIDs(in: settings) : []
        let unreadable = Set(workspace.readingGaps.filter(\.wholeFileMissing).map(\.file))
        for var finding in results.joined() {
            if inlineDisabled[finding.location.file]?.contains(finding.rule) == true { continue }
            if Self.followsFromLoss(finding, in: workspace, unreadable: unreadable) { continue }
            if let severity = settings.severity[finding.rule] { finding.severity = severity.value }
            findings.append(finding)
        }
        _ = results.deinitialize()
        return findings.sorted { ($0.location, $0.rule) < ($1.location, $1.rule) }
    }

    /// Whether a rule's finding only says that something is missing which was written but could
    /// not be read: it is in a file nothing could be read of, on a line the YAML reader left out,
    /// names (in backticks) a key that was left out, or names a file that could not be read.
    /// The parse error already points at the place to fix; "no email" beside it would be false.
    static func followsFromLoss(_ finding: Finding, in workspace: Workspace, unreadable: Set<String>) -> Bool {
        let file = finding.location.file
        if unreadable.contains(file) { return true }
        let message = finding.message.en
        if unreadable.contains(where: { message.contains($0) }) { return true }
        guard let loss = workspace.readingLosses[file] else { return false }
        if loss.wholeFile || loss.lines.contains(finding.location.line) { return true }
        return loss.keys.contains { key in
            let last = key.split(separator: ".").last.map(String.init) ?? key
            return message.contains("`\(key)") || message.contains("`\(last)`") || message.contains("`\(last):")
        }
    }

    /// Each rule writes only its own slot, so sharing the buffer between threads is safe.
    struct FindingSlots: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<[Finding]>
    }

    /// Rule ids folio.yaml's `check:` names that no rule has: a typo would silently change nothing.
    static func unknownRuleIDs(in settings: Profile.CheckSettings) -> [Finding] {
        let named = settings.disable.map { ($0.value, $0.location) } + settings.severity.map { ($0.key, $0.value.location) }
        return named.compactMap { id, location in
            guard !RuleRegistry.isKnown(id) else { return nil }
            let nearest = RuleRegistry.nearest(to: id)
            return Finding(
                "config.unknown-rule", .warning, at: location,
                message: LocalizedText(
                    ko: "`\(id)` 규칙은 없습니다.\(nearest.map { " \(Josa.object.after("`\($0)`")) 뜻하셨나요?" } ?? "")",
                    en: "there is no rule `\(id)`.\(nearest.map { " Did you mean `\($0)`?" } ?? "")"),
                help: LocalizedText(ko: "규칙 목록: folio explain", en: "List the rules with: folio explain"))
        }
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
        for essay in workspace.essays where !essay.disabledRules.isEmpty {
            table[essay.file] = essay.disabledRules
        }
        return table
    }
}
