import FolioModel

/// For the target role, the core competencies are covered; for the company type, its
/// required skills (RoleProfiles, seeds 000, 001, 002).
struct SkillCoreCoverageRule: Rule {
    static let description = RuleDescription(
        id: "skill.core-coverage", severity: .warning,
        summary: LocalizedText(
            ko: "지원 직무의 핵심 역량을 스킬이 모두 채우는지 확인합니다 (데이터 엔지니어: 프로그래밍 언어, SQL, 분산 처리 도구, CS 기초나 통계·ML). 회사 유형이 있으면 그 유형이 요구하는 스킬도 봅니다.",
            en: "For the target role, the skills cover the core competencies (data engineer: a programming language, SQL, a distributed-processing tool, CS fundamentals or statistics/ML), plus what the target company type requires."),
        seed: SeedCitation(Seed.s000, Seed.s002, passage: "신입 데이터 엔지니어에 요구되는 소양은 아래와 같습니다. / (3) 하나의 언어와 SQL 능력 필요 / (2) 분산 컴퓨팅, 컨테이너 기술에 대한 이해"),
        rationale: LocalizedText(
            ko: "서류 단계에서 면접관은 직무의 기본기가 모두 있는지부터 확인합니다. 하나라도 비면 다른 강점이 있어도 넘어가기 어렵습니다.",
            en: "At the paper stage, reviewers first check that every basic of the role is there. A gap is hard to make up with other strengths."),
        help: LocalizedText(
            ko: "빠진 역량의 스킬을 skills.yaml에 더하고, 그 스킬을 쓴 프로젝트나 트러블슈팅 사례를 연결하세요. 직무별 기준은 `folio explain skill.core-coverage`와 roles.json에 있습니다.",
            en: "Add a skill for each missing competency to skills.yaml and link it to a project or story that used it. The per-role expectations live in roles.json."),
        triggering: [
            .editing("skills.yaml", [("- name: Python", "↓- name: Python"),
                                     ("- name: Apache Spark\n  level: 3\n  version: \"3.5\"\n  depth: executor 메모리와 셔플 파티션 수를 튜닝하고 AQE를 설정\n  since: 2024-07\n", "")])
                .adding(.editing("projects/orders-batch.md", "stack: [Python, SQL, Apache Spark]", "stack: [Python, SQL]"))
                .adding(.editing("stories/spark-oom.md", "skills: [Apache Spark, CS Fundamentals]", "skills: [CS Fundamentals]")),
            .editing("folio.yaml", "role: data-engineer", "role: data-analyst")
                .adding(.editing("skills.yaml", "- name: Python", "↓- name: Python")),
            .editing("folio.yaml", "  level: junior", "  company: ↓enterprise-platform\n  level: junior",
                     excerpt: "company: enterprise-platform   # Hadoop, Elasticsearch, Kubernetes가 없음"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "Python, SQL, Apache Spark, CS Fundamentals"),
            .editing("folio.yaml", "target:\n  role: data-engineer\n", "target:\n", excerpt: "(target.role 없음: 직무별 검사는 건너뜀)"),
            .editing("folio.yaml", "  level: junior", "  company: service\n  level: junior", excerpt: "company: service   # Spark가 있음"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        guard let role = context.role else { return [] }
        let skills = context.workspace.skills
        let holdings = context.index.holdings
        let missing = role.core.filter { competency in
            // Whatever the workspace shows, through implications: MySQL covers SQL, an SQLD certificate
            // covers SQL, a statistics degree covers the fundamentals (the same answer as match and the xlsx).
            if holdings.holdsAny(where: { _, entry in entry.map(competency.isCovered) ?? false }) { return false }
            // A tool the catalog lacks counts through the category the user gave it.
            return !skills.contains { skill in
                guard context.catalog.lookup(skill.name.value) == nil, let category = skill.category?.value else { return false }
                return competency.categories.contains(category) && competency.excludeSkills?.contains(skill.name.value) != true
            }
        }
        var findings: [Finding] = []
        let file = context.workspace.skillsFile ?? "skills.yaml"
        if !missing.isEmpty {
            findings.append(context.finding(at: context.start(of: file), LocalizedText(
                ko: "\(role.label.ko) 직무의 핵심 역량 중 \(Josa.subject.after(missing.map(\.label.ko).joined(separator: ", "))) 스킬에 없습니다. 서류에서 가장 먼저 확인하는 기본기이니, 써 본 스킬이 있다면 적고 프로젝트와 연결하세요.",
                en: "for \(role.label.en.lowercased()) roles, your skills miss: \(missing.map(\.label.en).joined(separator: "; ")). Reviewers check these basics first; add the ones you have used and link them to a project.")))
        }
        // Seed 001's company cases describe data-engineering teams: their wish lists are for that role.
        if role.id == "data-engineer", let company = context.company, let companyValue = context.profile.target.company {
            // Held as the role's basics are: listed, used, or credited (Spring Boot implies Backend
            // Development; so does a `Backend Developer` job title).
            var lacking = company.required.filter { !holdings.holds($0) }.map { LocalizedText(ko: $0, en: $0) }
            for group in company.requiredAnyOf ?? [] where !group.contains(where: { holdings.holds($0) }) {
                let names = group.joined(separator: ", ")
                lacking.append(LocalizedText(ko: "\(names) 중 하나", en: "one of \(names)"))
            }
            if !lacking.isEmpty {
                var finding = context.finding(at: companyValue.location, LocalizedText(
                    ko: "\(Josa.topic.after(company.name.ko)) 다음 경험을 기대합니다: \(lacking.map(\.ko).joined(separator: "; ")). 써 본 적이 있다면 skills.yaml에 적고, 없다면 작은 프로젝트로 채워 보세요.",
                    en: "\(company.name.en.withIndefiniteArticle.capitalizedFirst) expects experience with: \(lacking.map(\.en).joined(separator: "; ")). List it if you have used it, or fill the gap with a small project."))
                // A company's wish list is advice, not a missing basic of the role.
                finding.severity = .suggestion
                findings.append(finding)
            }
        }
        return findings
    }
}
