import FolioModel

/// One piece of hiring advice turned into a check (RULES.md). One type per rule, in
/// `Rules/<Area>/<Name>Rule.swift`, carrying its own description and examples.
public protocol Rule: Sendable {
    /// The id, severity, seed passage, help and examples of the rule.
    static var description: RuleDescription { get }
    init()
    /// The findings for a workspace. Use `context.finding(...)` so id and severity are filled in.
    func check(_ context: RuleContext) -> [Finding]
}

extension Rule {
    public var description: RuleDescription { Self.description }
}

/// Everything `folio explain` prints about a rule, and the examples its tests run.
public struct RuleDescription: Sendable {
    /// `area.what`, e.g. `story.alternatives`.
    public var id: String
    public var severity: Severity
    /// One line: what the rule checks.
    public var summary: LocalizedText
    /// The seed passage behind the rule, quoted in Korean, with the seed file.
    public var seed: SeedCitation?
    /// Why an interviewer cares.
    public var rationale: LocalizedText
    /// What to write to fix it.
    public var help: LocalizedText
    /// Workspaces that must produce a finding at each `↓` marker.
    public var triggering: [RuleExample] { makeTriggering() }
    /// Workspaces that must produce no finding of this rule.
    public var nonTriggering: [RuleExample] { makeNonTriggering() }

    // The examples are built only when asked for (by `folio explain` and the tests): each one
    // edits a whole sample workspace, and `folio check` needs only the id and severity.
    private let makeTriggering: @Sendable () -> [RuleExample]
    private let makeNonTriggering: @Sendable () -> [RuleExample]

    public init(
        id: String, severity: Severity, summary: LocalizedText, seed: SeedCitation?,
        rationale: LocalizedText, help: LocalizedText,
        triggering: @autoclosure @escaping @Sendable () -> [RuleExample],
        nonTriggering: @autoclosure @escaping @Sendable () -> [RuleExample]
    ) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.seed = seed
        self.rationale = rationale
        self.help = help
        makeTriggering = triggering
        makeNonTriggering = nonTriggering
    }
}

/// Where a rule's advice comes from: a seed document and the passage, as written (Korean).
public struct SeedCitation: Sendable {
    /// The seed file, e.g. `002_029741b1b488e87f.txt`; several may be named.
    public var files: [String]
    public var passage: String

    public init(_ files: String..., passage: String) {
        self.files = files
        self.passage = passage
    }
}

/// A small workspace for a rule's tests and for `folio explain`: files overlaid on
/// `RuleExample.baseFiles` (a workspace that triggers nothing). In a triggering example,
/// `↓` marks each place a finding must point at; it is removed before the files are written.
public struct RuleExample: Sendable {
    /// Relative path → content. An empty string removes the base file.
    public var files: [String: String]
    /// One line shown by `folio explain` (the interesting part of the example).
    public var excerpt: String
    /// Edits that found nothing to replace in the base file: a broken example, which its test reports.
    public var unappliedEdits: [String] = []

    public init(_ files: [String: String], excerpt: String? = nil) {
        self.files = files
        self.excerpt = excerpt ?? files.sorted { $0.key < $1.key }.map(\.value).first ?? ""
    }

    /// The marker for an expected finding's line and column.
    public static let marker: Character = "↓"
}

/// What a rule sees: the workspace and the shared knowledge (catalog, role profiles).
public struct RuleContext: Sendable {
    public var workspace: Workspace
    public var catalog: SkillCatalog
    public var profiles: RoleProfiles
    /// "Now", for years of use; fixed in tests.
    public var today: YearMonth
    /// The rule being run (set by the checker).
    public var rule: RuleDescription?
    /// Lookups shared by the rules, built once per check by the checker.
    var sharedIndex: WorkspaceIndex?

    public init(workspace: Workspace, catalog: SkillCatalog = .shared, profiles: RoleProfiles = .shared, today: YearMonth) {
        self.workspace = workspace
        self.catalog = catalog
        self.profiles = profiles
        self.today = today
    }

    public var profile: Profile { workspace.profile }
    public var targetRole: String? { workspace.profile.target.role?.value }

    /// A finding of the running rule at `location`, with its default severity and help.
    public func finding(at location: SourceLocation, _ message: LocalizedText, help: LocalizedText? = nil) -> Finding {
        Finding(
            rule?.id ?? "unknown", rule?.severity ?? .warning, at: location,
            message: message, help: help ?? rule?.help ?? "")
    }
}
