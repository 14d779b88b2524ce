import FolioModel

/// Every rule folio runs, in the order `folio explain` lists them (RULES.md's order).
public enum RuleRegistry {
    public static let all: [any Rule] = [
        ProfileTargetRoleRule(),
        ProfileTargetLevelRule(),
        ProfileStrengthsRule(),
        ProfileIntroLengthRule(),
        ProfileReachableRule(),
        SkillVersionRule(),
        SkillDepthRule(),
        SkillEvidenceRule(),
        SkillUnknownRule(),
        SkillCoreCoverageRule(),
        SkillFocusRule(),
        ProjectStoryRule(),
        ProjectCollaborationRule(),
        ProjectDataRule(),
        ProjectDomainReuseRule(),
        ProjectImpactRule(),
        ProjectPipelineRule(),
        ProjectMLMethodRule(),
        ProjectExperimentRule(),
        ProjectTutorialDataRule(),
        ProjectOwnWorkRule(),
        ProjectStackKnownRule(),
        StorySectionsRule(),
        StoryAlternativesRule(),
        StoryMeasuredRule(),
        StoryProjectRule(),
        TextVagueRule(),
        TextLengthRule(),
        PortfolioOnePageRule(),
        PortfolioCertificationsRule(),
        PortfolioGlyphsRule(),
        ExperienceOwnWorkRule(),
        ExperienceImpactRule(),
        AwardMetricRule(),
    ]

    /// Every rule id, in order.
    public static var ids: [String] { all.map { type(of: $0).description.id } }

    /// Whether `id` names a rule (or a parse check, which `check.severity` may also change).
    public static func isKnown(_ id: String) -> Bool {
        ids.contains(id) || id.hasPrefix("parse.") || id.hasPrefix("config.")
    }

    /// The rule id nearest to a misspelt one.
    public static func nearest(to id: String) -> String? {
        Spelling.nearest(to: id, in: ids)
    }

    /// The rules `--rule` names, or the error to print (with the nearest id or the list) for an unknown one.
    public static func select(_ requested: [String]) -> Result<Set<String>, FolioError> {
        for id in requested where rule(id) == nil {
            let hint = nearest(to: id).map { "did you mean `\($0)`?" } ?? "known rules: " + ids.joined(separator: ", ")
            return .failure(.usage("unknown rule `\(id)`: \(hint)"))
        }
        return .success(Set(requested))
    }

    public static func rule(_ id: String) -> (any Rule)? {
        all.first { type(of: $0).description.id == id }
    }
}
