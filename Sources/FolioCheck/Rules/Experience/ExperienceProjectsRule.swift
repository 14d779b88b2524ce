import FolioModel

/// A job's `projects:` names existing project files (ids), as a story's `project:` does.
struct ExperienceProjectsRule: Rule {
    static let description = RuleDescription(
        id: "experience.projects", severity: .warning,
        summary: LocalizedText(
            ko: "경력(`experience`)의 `projects:`가 있는 프로젝트 파일을 가리키는지 확인합니다.",
            en: "A job's `projects:` in `experience` names existing project files."),
        seed: nil,
        rationale: LocalizedText(
            ko: "경력과 프로젝트가 이어져야 그 회사에서 한 프로젝트로 보이고, 스킬 매트릭스가 그 경력의 기술을 근거로 셉니다. 없는 id는 아무것도 잇지 못한 채 id 그대로 보입니다.",
            en: "A job linked to its projects shows them as work done there, and the skill matrix counts the job's stack as evidence. An id that names no file links nothing and shows up as the bare id."),
        help: LocalizedText(
            ko: "`projects: [orders-batch]`처럼 projects/ 폴더의 파일 이름에서 .md를 뺀 id를 쓰세요 (projects/orders-batch.md → orders-batch).",
            en: "List file names in projects/ without .md: `projects: [orders-batch]` for projects/orders-batch.md."),
        triggering: [
            .editing("folio.yaml", "certifications:", job(projects: "[↓orders-bach]"), excerpt: "projects: [orders-bach]   # projects/orders-batch.md"),
        ],
        nonTriggering: [
            .editing("folio.yaml", "certifications:", job(projects: "[orders-batch]"), excerpt: "projects: [orders-batch]   # projects/orders-batch.md"),
        ])

    /// A job in the example folio.yaml with these `projects:`, before its `certifications:`.
    static func job(projects: String) -> String {
        """
        experience:
          - organization: 주식회사 데이터
            position: 데이터 엔지니어
            period: 2024-07 – 현재
            role: 주문 배치 담당 (엔지니어 4명 중 1명)
            projects: \(projects)
        certifications:
        """
    }

    func check(_ context: RuleContext) -> [Finding] {
        let index = context.index
        return context.profile.experience.flatMap { job in
            job.projects.filter { !index.projectIDs.contains($0.value) }.map { project in
                let missing = index.noSuchProject(project.value)
                return context.finding(at: project.location, LocalizedText(
                    ko: "`projects: \(project.value)`: \(missing.ko)", en: "`projects: \(project.value)`: \(missing.en)"))
            }
        }
    }
}
