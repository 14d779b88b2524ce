import FolioModel

/// Every skill states the version used (seed 002: "버전, 어느정도 설정까지 해봤는지").
struct SkillVersionRule: Rule {
    /// Concepts rather than tools: they have no version to state.
    static let versionless: Set<String> = ["cs-fundamentals", "statistics", "collaboration"]
    static let vagueVersions: Set<String> = ["latest", "newest", "recent", "new", "최신", "최신 버전", "최신버전", "최근", "모름", "unknown", "-", "?"]

    /// `최신`, `최신 버전 사용`, `latest`, `3.x`, `2.X 버전`: no version a reader can check.
    static func isVague(_ version: String) -> Bool {
        let lower = version.lowercased().trimmingHorizontalSpace()
        if vagueVersions.contains(lower) { return true }
        if ["최신", "latest", "newest", "recent", "최근", "모름", "unknown"].contains(where: { lower.contains($0) }) { return true }
        // A wildcard instead of the number: `3.x`, `2.X`, `x.y`.
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" })
        return words.contains { word in
            word.hasSuffix(".x") || word.hasSuffix(".*") || word == "x" || word == "x.x" || word.hasPrefix("x.")
        }
    }

    static let description = RuleDescription(
        id: "skill.version", severity: .warning,
        summary: LocalizedText(
            ko: "스킬마다 실제로 쓴 버전(`version`)을 적었는지 확인합니다.",
            en: "Every skill states the version you actually used."),
        seed: SeedCitation(Seed.s002, passage: "버전, 어느정도 설정까지 해봤는지에 대해 설명할 수 있어야 한다"),
        rationale: LocalizedText(
            ko: "\"이력서에 Spark를 쓰셨는데 어느 정도로 써 보셨나요?\"는 단골 질문입니다. 버전을 말할 수 있으면 직접 설치하고 설정해 봤다는 신호가 됩니다.",
            en: "\"You list Spark: how far did you use it?\" is a standard question. Naming the version signals that you installed and configured it yourself."),
        help: LocalizedText(
            ko: "`version: \"3.5\"`처럼 실제로 쓴 버전을 적으세요 (따옴표로 감싸 두면 다른 YAML 도구에서도 3.10이 3.1로 바뀌지 않습니다). 클라우드 서비스는 `version: \"EMR 6.15\"`처럼 적습니다. CS 기초·통계처럼 버전이 없는 개념은 빼도 됩니다.",
            en: "Write the version you used: `version: \"3.5\"` (quoted, so that other YAML tools do not read 3.10 as 3.1). For a managed service write e.g. `version: \"EMR 6.15\"`. Concepts such as CS fundamentals or statistics need none."),
        triggering: [
            .editing("skills.yaml", [("- name: Apache Spark\n  level: 3\n  version: \"3.5\"\n", "- ↓name: Apache Spark\n  level: 3\n")],
                     excerpt: "- name: Apache Spark\n  level: 3\n  (version 없음)"),
            .editing("skills.yaml", "version: \"3.11\"", "version: ↓최신"),
            .editing("skills.yaml", "version: \"3.11\"", "version: ↓최신 버전 사용"),
            .editing("skills.yaml", "version: \"3.5\"", "version: ↓\"3.x\""),
            .bareSkillList(RuleExample.webTools, extra: "  level: 2\n  depth: 컴포넌트 상태를 설계하고 빌드 설정을 직접 구성\n",
                           excerpt: "React, Angular, … 11개 모두 version 없음 → 목록에 한 번"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "- name: Apache Spark\n  version: \"3.5\""),
            .editing("skills.yaml", "  version: \"학부 자료구조·운영체제\"\n", "", excerpt: "- name: CS Fundamentals (버전이 없는 개념)"),
            .editing("skills.yaml", "- name: CS Fundamentals", "- name: A/B Testing\n  level: 2\n  depth: 실험군·대조군을 나누고 전환율 차이를 t-검정으로 확인\n\n- name: CS Fundamentals",
                     excerpt: "- name: A/B Testing   # 개념: 버전 없음"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        var missing: [RuleContext.SkillFinding] = []
        var vague: [Finding] = []
        for skill in context.workspace.skills {
            let name = skill.name.value
            let entry = context.catalog.lookup(name)
            // Concepts, managed services, vendors and editors have no version a user picks (A/B Testing,
            // EDA, BigQuery, AWS); nor has a combined entry, which skill.unknown asks to split.
            if let entry, !entry.hasVersion { continue }
            if entry == nil, context.catalog.components(of: name) != nil { continue }
            // A name the catalog does not know may be a method (`Survival Analysis`) or a service: folio
            // cannot tell whether it has a version until it has one of folio's categories, which is what
            // skill.unknown asks for.
            if entry == nil, !(skill.category.map { context.catalog.categories.contains($0.value) } ?? false) { continue }
            guard let version = skill.version else {
                if let category = skill.category?.value ?? entry?.category,
                   Self.versionless.contains(category) { continue }
                missing.append(.init(skill: skill, finding: context.finding(at: skill.blankKeys["version"] ?? skill.location, LocalizedText(
                    ko: "\(name): 사용한 버전(`version`)이 없습니다. 면접에서 \"어떤 버전을 어디까지 설정해 보셨나요?\"라고 물으면 바로 답할 수 있게, 직접 쓴 버전을 적어 두세요.",
                    en: "\(name): no `version`. When an interviewer asks which version you used and how far you configured it, you want the answer on the page."))))
                continue
            }
            guard Self.isVague(version.value) else { continue }
            vague.append(context.finding(at: version.location, LocalizedText(
                ko: "\(name): \(Josa.topic.after("`\(version.value)`")) 버전이 아닙니다. 실제로 설치해 쓴 버전 번호를 적으세요.",
                en: "\(name): `\(version.value)` is not a version. Write the version number you actually installed.")))
        }
        let total = context.workspace.skills.count
        let summarized = context.perSkill(missing) { count, names in
            LocalizedText(
                ko: "스킬 \(total)개 중 \(count)개에 사용한 버전(`version`)이 없습니다(\(names.ko)). 면접에서 이야기할 스킬부터 직접 설치해 쓴 버전을 적으세요.",
                en: "\(count) of \(total) skills have no `version` (\(names.en)). Start with the skills you will talk about in an interview and write the version you installed.")
        }
        return (summarized + vague).sorted { $0.location < $1.location }
    }
}
