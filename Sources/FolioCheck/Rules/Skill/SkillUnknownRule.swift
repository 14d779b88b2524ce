import FolioModel

/// A skill name the catalog does not know: suggest the nearest known name.
struct SkillUnknownRule: Rule {
    static let description = RuleDescription(
        id: "skill.unknown", severity: .suggestion,
        summary: LocalizedText(
            ko: "스킬 카탈로그에 없는 이름이면 가장 가까운 이름을 제안합니다.",
            en: "A skill name the catalog does not know: suggests the nearest known name."),
        seed: nil,
        rationale: LocalizedText(
            ko: "스킬 이름이 카탈로그와 맞아야 채용 공고 매칭, 스킬 매트릭스(xlsx), 직무별 핵심 역량 검사가 이 스킬을 알아봅니다. 오타는 서류에서도 눈에 띕니다.",
            en: "Names that match the catalog let posting matching, the skill matrix and the role checks recognise the skill. A typo also shows on paper."),
        help: LocalizedText(
            ko: "제안된 이름으로 고치세요. 카탈로그에 없는 도구라면 `category:`(예: distributed-processing)를 적어 두면 직무 검사에 반영됩니다.",
            en: "Use the suggested name. For a tool the catalog lacks, add `category:` (e.g. distributed-processing) so the role checks count it."),
        triggering: [
            .editing("skills.yaml", "- name: CS Fundamentals", "- name: ↓Docker/Kubernetes\n  level: 2\n  version: \"24\"\n  depth: 이미지를 만들고 파드 리소스 제한을 설정\n\n- name: CS Fundamentals",
                     excerpt: "- name: Docker/Kubernetes   # 스킬 두 개"),
            .editing("skills.yaml", "- name: CS Fundamentals", "- name: ↓VS Code\n  level: 3\n  depth: 확장 프로그램으로 원격 서버 개발 환경을 구성\n\n- name: CS Fundamentals",
                     excerpt: "- name: VS Code   # 편집기"),
            .editing("skills.yaml", "- name: Python", "- name: ↓Pyton"),
            .editing("skills.yaml", "- name: SQL", "- name: ↓TotallyNewTool"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "- name: Apache Spark"),
            .editing("skills.yaml", "- name: Apache Spark", "- name: 스파크", excerpt: "- name: 스파크   # Apache Spark의 별칭"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        context.workspace.skills.compactMap { skill in
            let name = skill.name.value
            if let entry = context.catalog.lookup(name) {
                guard entry.kind == .editor else { return nil }
                return context.finding(at: skill.name.location, LocalizedText(
                    ko: "\(Josa.topic.after("`\(name)`")) 편집기(IDE)입니다. 누구나 쓰는 도구라 스킬 목록에서 빼고, 그 자리에 실제로 다룬 기술을 쓰세요.",
                    en: "`\(name)` is an editor: everyone uses one. Drop it from the skill list and give that space to a technology you worked with."))
            }
            if let parts = context.catalog.components(of: name) {
                let names = parts.map { "`\($0.name)`" }
                return context.finding(at: skill.name.location, LocalizedText(
                    ko: "`\(name)`: 한 항목에 스킬 \(parts.count)개(\(names.joined(separator: ", ")))가 들어 있습니다. 각각 버전과 깊이가 다르니 항목을 나눠 쓰세요.",
                    en: "`\(name)` holds \(parts.count) skills (\(names.joined(separator: ", "))). Each has its own version and depth: write one entry per skill."))
            }
            if let suggestion = context.catalog.suggestion(for: name) {
                return context.finding(at: skill.name.location, LocalizedText(
                    ko: "\(Josa.topic.after("`\(name)`")) 카탈로그에 없는 이름입니다. \(Josa.object.after("`\(suggestion)`")) 뜻하셨나요?",
                    en: "`\(name)` is not in the skill catalog. Did you mean `\(suggestion)`?"))
            }
            return context.finding(at: skill.name.location, LocalizedText(
                ko: "\(Josa.topic.after("`\(name)`")) 카탈로그에 없는 이름입니다. 널리 쓰는 공식 이름인지 확인하고, 맞다면 `category:`를 적어 두세요.",
                en: "`\(name)` is not in the skill catalog. Check it is the usual official name; if it is, add a `category:`."))
        }
    }
}
