/// Every rule folio runs, in the order `folio explain` lists them (RULES.md's order).
public enum RuleRegistry {
    public static let all: [any Rule] = [
        ProfileTargetRoleRule(),
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
        ProjectOwnWorkRule(),
        ProjectStackKnownRule(),
        StorySectionsRule(),
        StoryAlternativesRule(),
        StoryMeasuredRule(),
        StoryProjectRule(),
        TextVagueRule(),
        TextLengthRule(),
        // PortfolioOnePageRule() is registered by the renderer
        PortfolioCertificationsRule(),
    ]

    /// Every rule id, in order.
    public static var ids: [String] { all.map { type(of: $0).description.id } }

    public static func rule(_ id: String) -> (any Rule)? {
        all.first { type(of: $0).description.id == id }
    }
}
