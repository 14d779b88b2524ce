import FolioModel

/// Many skills at level 1 dilute the matrix (seed 001).
struct SkillFocusRule: Rule {
    /// Flag when at least this many skills are at level 1 …
    static let minimumShallow = 4
    /// … and they are at least this share of all skills.
    static let shallowShare = 1.0 / 3.0

    static let description = RuleDescription(
        id: "skill.focus", severity: .suggestion,
        summary: LocalizedText(
            ko: "level 1(써 봄) 스킬이 많아(4개 이상이면서 전체의 1/3 이상) 스킬 목록이 흐려지지 않았는지 봅니다.",
            en: "Many skills at level 1 (4 or more, and a third of all skills or more) dilute the skill matrix."),
        seed: SeedCitation(Seed.s001, passage: "다양한 경험보단 하나를 하더라도 제대로 이해하고 있는지"),
        rationale: LocalizedText(
            ko: "신입에게 기대하는 건 많은 도구보다 하나를 제대로 아는 것입니다. 써 보기만 한 스킬이 많으면 정말 잘하는 스킬이 묻힙니다.",
            en: "Juniors are expected to know one thing well rather than many tools. Many tried-once skills bury the ones you are good at."),
        help: LocalizedText(
            ko: "level 1 스킬은 지우거나, 프로젝트에서 실제로 써서 level을 올리세요. 스킬 목록에는 면접에서 10분 이상 이야기할 수 있는 것을 남기세요.",
            en: "Drop level-1 skills, or use them in a project and raise their level. Keep skills you could talk about for ten minutes."),
        triggering: [
            .editing("skills.yaml", "- name: Python", ["MongoDB", "Redis", "Go", "Scala"].map {
                "- name: \($0)\n  level: 1\n  version: \"1.0\"\n  depth: 튜토리얼 예제를 따라 한 번 실행해 봄\n\n"
            }.joined() + "- name: Python", excerpt: "MongoDB, Redis, Go, Scala: 모두 level 1 (8개 중 4개)")
                .markingFirstLine("skills.yaml"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "level 1 스킬 없음"),
            .editing("skills.yaml", "- name: Python", ["MongoDB", "Redis"].map {
                "- name: \($0)\n  level: 1\n  version: \"1.0\"\n  depth: 튜토리얼 예제를 따라 한 번 실행해 봄\n\n"
            }.joined() + "- name: Python", excerpt: "MongoDB, Redis: level 1 (6개 중 2개)"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let skills = context.workspace.skills
        let shallow = skills.filter { ($0.level?.value ?? 2) <= 1 }
        guard shallow.count >= Self.minimumShallow,
              Double(shallow.count) >= Double(skills.count) * Self.shallowShare else { return [] }
        let names = shallow.map(\.name.value).joined(separator: ", ")
        return [context.finding(at: context.start(of: context.workspace.skillsFile ?? "skills.yaml"), LocalizedText(
            ko: "스킬 \(skills.count)개 중 \(shallow.count)개가 level 1입니다 (\(names)). 써 보기만 한 스킬이 많으면 정말 잘하는 스킬이 묻힙니다. 지우거나 프로젝트에서 써서 근거를 만드세요.",
            en: "\(shallow.count) of \(skills.count) skills are at level 1 (\(names)). Tried-once skills bury your strong ones: drop them or use them in a project."))]
    }
}
