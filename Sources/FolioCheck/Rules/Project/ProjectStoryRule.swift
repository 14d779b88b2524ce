import FolioModel

/// Every project has at least one troubleshooting story (seeds 000, 002).
struct ProjectStoryRule: Rule {
    static let description = RuleDescription(
        id: "project.story", severity: .warning,
        summary: LocalizedText(
            ko: "프로젝트마다 그 프로젝트를 가리키는 트러블슈팅 사례가 하나 이상 있는지 확인합니다.",
            en: "Every project has at least one troubleshooting story."),
        seed: SeedCitation(Seed.s000, Seed.s002, passage: "협업과 트러블슈팅 경험은 실무 면접에서 받을 수 있는 대부분의 질문에 대한 답변으로 활용할 수 있을만큼 / 이슈, 장애상황에 대한 설명"),
        rationale: LocalizedText(
            ko: "실무 면접 질문의 대부분은 \"문제가 생겼을 때 어떻게 했나요?\"입니다. 프로젝트마다 장애 하나를 상황–원인–대안–해결–결과로 정리해 두면 어떤 질문에도 꺼낼 이야기가 생깁니다.",
            en: "Most technical interview questions are some form of \"what did you do when it broke?\". One incident per project, told as situation, cause, alternatives, action and result, answers most of them."),
        help: LocalizedText(
            ko: "stories/ 폴더에 `project: <이 프로젝트 id>`를 가진 사례 파일을 만드세요. id는 프로젝트 파일 이름에서 .md를 뺀 것입니다.",
            en: "Create a file in stories/ with `project: <this project's id>`; the id is the project's file name without .md."),
        triggering: [
            RuleExample(["stories/spark-oom.md": ""], excerpt: "(사례 없음)").markingFirstLine("projects/orders-batch.md"),
            .editing("stories/spark-oom.md", "project: orders-batch", "project: orders-daily")
                .markingFirstLine("projects/orders-batch.md"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "stories/spark-oom.md → project: orders-batch"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let index = context.index
        return context.workspace.projects.compactMap { project in
            guard index.storiesByProject[project.id]?.isEmpty ?? true else { return nil }
            return context.finding(at: context.start(of: project.file), LocalizedText(
                ko: "\(project.displayTitle): 이 프로젝트의 트러블슈팅 사례가 없습니다. 면접 질문의 대부분은 \"문제가 생겼을 때 어떻게 했나요?\"이니, 겪은 장애 하나를 stories/에 \(Josa.direction.after("`project: \(project.id)`")) 적어 두세요.",
                en: "\(project.displayTitle): no troubleshooting story names this project. Most interview questions are about what you did when something broke: write one in stories/ with `project: \(project.id)`."))
        }
    }
}
