import FolioModel

/// Real skill lists are often bare: a JSON Resume's keywords become thirty names without a level, a
/// version or a depth (the résumés in `../shared/corpus` list 11 to 54 skills each). A reviewer comments
/// skill by skill on a short list; on a long one they say it once — "none of these 31 says how far you
/// used it; start with SQL and Spark" — rather than writing the same remark thirty times. The skill rules
/// that can fire once per entry report a gap shared by many entries of one list that way.
extension RuleContext {
    /// More skills than this with the same gap are one finding. The annotated workspaces of
    /// `Tests/Fidelity`, whose reviewers wrote one remark per skill, have at most 8 per rule.
    static let skillListThreshold = 10
    /// Names shown in a summary finding before "and N more".
    static let skillListNamesShown = 5

    /// One skill's finding, with the skill it is about.
    struct SkillFinding {
        var skill: Skill
        var finding: Finding
    }

    /// `findings` (one per skill, in list order) as they are when there are at most `skillListThreshold`;
    /// otherwise one finding at the first of them whose message is `summary(count, names)`, `names` being
    /// the skills the target role counts as core first (seed 001: "하나를 하더라도 제대로"), then the rest
    /// in list order, cut after `skillListNamesShown` with "외 N개" / "and N more".
    func perSkill(_ findings: [SkillFinding], summary: (_ count: Int, _ names: LocalizedText) -> LocalizedText) -> [Finding] {
        guard findings.count > Self.skillListThreshold, let first = findings.first else { return findings.map(\.finding) }
        let core = targetRole.flatMap { profiles.role($0) }?.core ?? []
        let isCore: (Skill) -> Bool = { skill in
            guard let entry = catalog.lookup(skill.name.value) else { return false }
            return core.contains { $0.isCovered(by: entry) }
        }
        let ordered = findings.filter { isCore($0.skill) } + findings.filter { !isCore($0.skill) }
        let shown = ordered.prefix(Self.skillListNamesShown).map(\.skill.name.value).joined(separator: ", ")
        let rest = findings.count - min(findings.count, Self.skillListNamesShown)
        let names = rest == 0 ? LocalizedText(ko: shown, en: shown)
            : LocalizedText(ko: "\(shown) 외 \(rest)개", en: "\(shown) and \(rest) more")
        var finding = first.finding
        finding.message = summary(findings.count, names)
        return [finding]
    }
}
