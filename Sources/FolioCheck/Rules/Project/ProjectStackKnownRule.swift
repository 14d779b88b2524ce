import FolioModel

/// Every `stack` entry is a skill in skills.yaml, so the matrix and interview sheet can use it.
struct ProjectStackKnownRule: Rule {
    static let description = RuleDescription(
        id: "project.stack-known", severity: .warning,
        summary: LocalizedText(
            ko: "프로젝트 `stack`의 항목마다 skills.yaml에 같은 스킬이 있는지 확인합니다.",
            en: "Every `stack` entry is a skill in skills.yaml."),
        seed: nil,
        rationale: LocalizedText(
            ko: "stack에 적은 도구는 면접에서 반드시 질문을 받습니다. skills.yaml에 버전과 깊이를 적어 두어야 스킬 매트릭스와 예상 질문지에도 나옵니다.",
            en: "Every tool in a stack will be asked about. Listing it in skills.yaml, with version and depth, puts it in the skill matrix and the interview sheet."),
        help: LocalizedText(
            ko: "skills.yaml에 이 스킬을 `- name:`, `level:`, `version:`, `depth:`와 함께 더하세요. 같은 스킬을 다른 이름으로 적었다면 이름을 맞추세요 (별칭은 카탈로그가 알아봅니다: pyspark → Apache Spark).",
            en: "Add the skill to skills.yaml with `name`, `level`, `version` and `depth`, or use the same name in both places (aliases such as pyspark → Apache Spark are recognised)."),
        triggering: [
            .editing("projects/orders-batch.md", "stack: [Python, SQL, Apache Spark]", "stack: [Python, SQL, Apache Spark, ↓Selenium]"),
            .editing("projects/orders-batch.md", "stack: [Python, SQL, Apache Spark]", "stack: [Python, SQL, Apache Spark, ↓Property Management]",
                     excerpt: "stack: [Python, SQL, Apache Spark, Property Management]   # 분야이지 도구가 아님"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "stack: [Python, SQL, Apache Spark]"),
            .editing("projects/orders-batch.md", "stack: [Python, SQL, Apache Spark]", "stack: [python3, SQL, 스파크]"),
        ])

    /// Whether a stack entry names a field or practice: `SkillCatalog.isPractice`, which `folio import`
    /// uses too to keep such keywords out of the stacks it writes.
    static func isPractice(_ entry: String, catalog: SkillCatalog) -> Bool {
        catalog.isPractice(entry)
    }

    func check(_ context: RuleContext) -> [Finding] {
        let index = context.index
        var findings: [Finding] = []
        for project in context.workspace.projects {
            for entry in project.stack where !index.skillNames.contains(context.canonical(entry.value)) {
                if Self.isPractice(entry.value, catalog: context.catalog) {
                    findings.append(context.finding(at: entry.location, LocalizedText(
                        ko: "\(Josa.topic.after("`\(entry.value)`")) 도구가 아니라 분야나 업무로 읽힙니다. `stack:`에는 실제로 쓴 기술(예: PostgreSQL 15, Airflow 2.8)을 적고, 분야는 본문이나 `data.domain`으로 옮기세요.",
                        en: "`\(entry.value)` reads as a field or practice, not a tool. `stack:` names the technologies you used (e.g. PostgreSQL 15, Airflow 2.8): move the field to the text or `data.domain`, or name the tools behind it.")))
                    continue
                }
                findings.append(context.finding(at: entry.location, LocalizedText(
                    ko: "\(Josa.topic.after("`\(entry.value)`")) stack에 있지만 skills.yaml에 없습니다. 면접에서 반드시 물어볼 도구이니 버전과 어디까지 써 봤는지를 skills.yaml에 적어 두세요.",
                    en: "`\(entry.value)` is in the stack but not in skills.yaml. You will be asked about it: add it there with its version and how far you used it.")))
            }
        }
        return findings
    }
}
