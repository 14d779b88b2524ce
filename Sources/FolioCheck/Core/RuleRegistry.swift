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
        SkillDuplicateRule(),
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
        StoryDateRule(),
        TextVagueRule(),
        TextLengthRule(),
        PortfolioOnePageRule(),
        PortfolioCertificationsRule(),
        PortfolioGlyphsRule(),
        ExperienceOwnWorkRule(),
        ExperienceImpactRule(),
        ExperienceProjectsRule(),
        AwardMetricRule(),
        EssayLimitRule(),
        EssayFillRule(),
        EssayMeasuredRule(),
        EssayOwnPartRule(),
        EssayVagueRule(),
        EssayUsesRule(),
        EssayStoryReuseRule(),
        EssayStoryCauseRule(),
        EssayOtherCompanyRule(),
        EssayEncodingRule(),
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
            let known = ids.joined(separator: ", ")
            let message = nearest(to: id).map {
                LocalizedText(ko: "`\(id)` 규칙은 없습니다. \(Josa.object.after("`\($0)`")) 뜻하셨나요?", en: "unknown rule `\(id)`: did you mean `\($0)`?")
            } ?? LocalizedText(ko: "`\(id)` 규칙은 없습니다. 있는 규칙: \(known)", en: "unknown rule `\(id)`: known rules: \(known)")
            return .failure(.usage(message))
        }
        return .success(Set(requested))
    }

    public static func rule(_ id: String) -> (any Rule)? {
        all.first { type(of: $0).description.id == id }
    }
}
