import FolioModel

/// Every listed skill but those at level 1 ("tried it") is used in a project's stack or a story: a
/// skill given no level is a claim as well, to be shown or dropped (seed 002).
struct SkillEvidenceRule: Rule {
    static let description = RuleDescription(
        id: "skill.evidence", severity: .warning,
        summary: LocalizedText(
            ko: "level 1(써 봄)이 아닌 스킬이, 수준을 적지 않은 스킬까지 포함해, 어느 프로젝트의 `stack`이나 트러블슈팅 사례의 `skills`에 나오는지 확인합니다.",
            en: "Every skill except those at level 1 (tried it), unrated ones included, appears in some project's `stack` or story's `skills`."),
        seed: SeedCitation(Seed.s002, passage: "이력서에 ~ 는 써 봤는데 어느 정도로 사용해보셨나요?"),
        rationale: LocalizedText(
            ko: "면접관은 스킬 목록의 항목마다 \"어디에 써 봤나요?\"라고 묻습니다. 가리킬 프로젝트가 없으면 수준을 믿기 어렵습니다.",
            en: "For every listed skill an interviewer asks where you used it. Without a project to point at, the level is hard to believe."),
        help: LocalizedText(
            ko: "이 스킬을 쓴 프로젝트의 `stack:`이나 트러블슈팅 사례의 `skills:`에 넣으세요. 쓴 곳이 없다면 level을 1(써 봄)로 낮추세요.",
            en: "Add it to the `stack:` of the project or the `skills:` of the story where you used it, or lower its level to 1 (tried it)."),
        triggering: [
            .editing("skills.yaml", "- name: CS Fundamentals", "- name: ↓MySQL\n  level: 3\n  version: \"8.0\"\n  depth: 로컬에 설치해 인덱스를 추가하고 조회 시간을 비교\n\n- name: CS Fundamentals",
                     excerpt: "- name: MySQL\n  level: 3   # 어느 프로젝트에도 없음"),
            .editing("skills.yaml", "- name: CS Fundamentals", "- name: ↓Apache Kafka\n  version: \"3.6\"\n  depth: 토픽 파티션 수와 컨슈머 그룹을 설계하고 lag을 모니터링\n\n- name: CS Fundamentals",
                     excerpt: "- name: Apache Kafka   # 수준 미기재, 어느 프로젝트에도 없음"),
            .bareSkillList(RuleExample.webTools, markingName: true,
                           excerpt: "React, Angular, … 11개 모두 프로젝트에 없음 → 목록에 한 번"),
        ],
        nonTriggering: [
            .editing("projects/orders-batch.md", "stack: [Python, SQL, Apache Spark]", "stack: [Python, PostgreSQL, Apache Spark]",
                     excerpt: "stack: [Python, PostgreSQL, Apache Spark]   # PostgreSQL은 SQL을 보여 줌"),
            RuleExample([:], excerpt: "stack: [Python, SQL, Apache Spark]"),
            .editing("skills.yaml", "- name: CS Fundamentals", "- name: MySQL\n  level: 1\n  version: \"8.0\"\n  depth: 튜토리얼을 따라 테이블을 만들고 조회해 봄\n\n- name: CS Fundamentals",
                     excerpt: "- name: MySQL\n  level: 1   # 써 봄"),
            .editing("projects/orders-batch.md", "stack: [Python, SQL, Apache Spark]", "stack: [python3, SQL, pyspark]",
                     excerpt: "stack: [python3, SQL, pyspark]   # 카탈로그가 Python, Apache Spark로 읽음"),
        ])

    /// The job or project whose own words name the skill although no `stack:` lists it: a job's
    /// `summary` or `highlights`, a project's `impact` (a JSON Resume carries its jobs as prose:
    /// "extensible in any Vue-based rendering environment"), as `SkillMentions` finds it (whole words,
    /// so that "JavaScript" does not name Java; `Less` only with its capital).
    static func mentioningPlace(of name: String, entry: SkillCatalog.Entry?, in workspace: Workspace) -> String? {
        let mentions = SkillMentions(of: name, entry: entry)
        guard !mentions.isEmpty else { return nil }
        for job in workspace.profile.experience where ([job.summary].compactMap { $0 } + job.highlights).contains(where: { mentions.found(in: $0.value) }) {
            return job.displayTitle
        }
        for project in workspace.projects where project.impact.contains(where: { mentions.found(in: $0.value) }) {
            return project.title?.value ?? project.id
        }
        return nil
    }

    /// The help for a skill listed without a level.
    static let unratedHelp = LocalizedText(
        ko: "이 스킬을 쓴 프로젝트의 `stack:`이나 트러블슈팅 사례의 `skills:`에 넣으세요. 보여 줄 곳이 없다면 목록에서 빼거나 `level: 1`(써 봄)을 적으세요.",
        en: "Add it to the `stack:` of the project or the `skills:` of the story where you used it. With nothing to show, drop it or give it `level: 1` (tried it).")

    func check(_ context: RuleContext) -> [Finding] {
        let holdings = context.index.holdings
        var unevidenced: [RuleContext.SkillFinding] = []
        var mentioned: [RuleContext.SkillFinding] = []
        for skill in context.workspace.skills {
            // Level 1 is "tried it": nothing to point at is expected. No level (most real résumés) is a claim.
            if let level = skill.level?.value, level < 2 { continue }
            let name = skill.name.value
            let entry = context.catalog.lookup(name)
            if entry?.kind == .editor { continue }
            // `Docker/Kubernetes` is skill.unknown's finding first: split it, then each part is checked.
            if entry == nil, context.catalog.components(of: name) != nil { continue }
            // Used in a project, a story or a job (PostgreSQL in a stack shows SQL), or, for a concept, a
            // certificate or degree (SQLD → SQL; a CS degree → CS Fundamentals).
            guard !holdings.isUsed(name) else { continue }
            let isConcept = entry.map { $0.kind == .concept || $0.name == "SQL" } ?? false
            if isConcept && holdings.credited.contains(holdings.key(name)) { continue }
            if let place = Self.mentioningPlace(of: name, entry: entry, in: context.workspace) {
                // A field of work (`Team Leadership`) is not a stack entry (`project.stack-known` says so):
                // the job's own words are where it shows.
                if context.catalog.isPractice(name) { continue }
                var finding = context.finding(at: skill.name.location, LocalizedText(
                    ko: "\(Josa.topic.after(name)) \(place)의 설명에는 나오지만 어느 `stack:`에도 없습니다. 그 경력이나 프로젝트의 `stack:`에 적으면 folio와 스킬 매트릭스가 사용한 스킬로 셉니다.",
                    en: "\(name) is named in what you wrote for \(place) but in no `stack:`. Add it to that job's or project's `stack:` so folio and the skill matrix count it as used."))
                finding.severity = .suggestion
                mentioned.append(.init(skill: skill, finding: finding))
                continue
            }
            let claimed = skill.level.map { LocalizedText(ko: "level \($0.value)", en: "level \($0.value)") }
                ?? LocalizedText(ko: "수준 미기재", en: "no level given")
            // A skill given no level cannot be lowered to 1: the choice is to show it or to drop it.
            var finding = context.finding(at: skill.name.location, LocalizedText(
                ko: "\(Josa.object.after("\(name)(\(claimed.ko))")) 쓴 프로젝트나 트러블슈팅 사례가 없습니다. 면접관이 \"어디에 써 보셨나요?\"라고 물을 때 가리킬 곳이 있어야 합니다.",
                en: "\(name) (\(claimed.en)) appears in no project stack or story. When asked where you used it, you need something to point at."))
            if skill.level == nil { finding.help = Self.unratedHelp }
            unevidenced.append(.init(skill: skill, finding: finding))
        }
        let total = context.workspace.skills.count
        let unshown = context.perSkill(unevidenced) { count, names in
            LocalizedText(
                ko: "스킬 \(total)개 중 \(count)개를 쓴 프로젝트, 경력, 트러블슈팅 사례가 없습니다(\(names.ko)). 가리킬 곳이 없는 스킬 목록은 키워드 나열로 읽힙니다. 프로젝트와 경력의 `stack:`에 실제로 쓴 스킬을 적고, 보여 줄 수 없는 스킬은 지우세요.",
                en: "\(count) of \(total) skills appear in no project, job or story (\(names.en)). A skill list with nothing to point at reads as keywords: put the skills you used in your projects' and jobs' `stack:`, and drop the ones you cannot show.")
        }
        let unlisted = context.perSkill(mentioned) { count, names in
            LocalizedText(
                ko: "스킬 \(total)개 중 \(count)개가 경력이나 프로젝트 설명에는 나오지만 어느 `stack:`에도 없습니다(\(names.ko)). 해당 경력과 프로젝트의 `stack:`에 적으면 사용한 스킬로 셉니다.",
                en: "\(count) of \(total) skills are named in what you wrote for your jobs or projects but in no `stack:` (\(names.en)). Add them to those `stack:` lists so they count as used.")
        }
        return (unshown + unlisted).sorted { $0.location < $1.location }
    }
}
