import FolioModel

/// A story's `project` names an existing project file.
struct StoryProjectRule: Rule {
    static let description = RuleDescription(
        id: "story.project", severity: .error,
        summary: LocalizedText(
            ko: "트러블슈팅 사례의 `project`가 있는 프로젝트 파일을 가리키는지 확인합니다.",
            en: "A story's `project` names an existing project file."),
        seed: nil,
        rationale: LocalizedText(
            ko: "트러블슈팅 사례는 프로젝트와 이어져야 포트폴리오와 예상 질문지에서 \"이 프로젝트에서 겪은 장애\"로 함께 보입니다.",
            en: "A story linked to its project shows up with it in the portfolio and the interview sheet."),
        help: LocalizedText(
            ko: "`project:`에 projects/ 폴더의 파일 이름에서 .md를 뺀 id를 쓰세요 (예: projects/sensor-pipeline.md → sensor-pipeline).",
            en: "Set `project:` to a file name in projects/ without .md (projects/sensor-pipeline.md → sensor-pipeline)."),
        triggering: [
            .editing("stories/spark-oom.md", "project: orders-batch", "project: ↓orders-batch-v2"),
            .editing("stories/spark-oom.md", "project: orders-batch\n", "").markingFirstLine("stories/spark-oom.md"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "project: orders-batch   # projects/orders-batch.md"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let index = context.index
        return context.workspace.stories.compactMap { story in
            guard let project = story.project else {
                return context.finding(at: story.blankKeys["project"] ?? context.start(of: story.file), LocalizedText(
                    ko: "\(story.displayTitle): 어느 프로젝트의 사례인지(`project:`)가 없습니다.",
                    en: "\(story.displayTitle): no `project:` saying which project this happened in."))
            }
            guard !index.projectIDs.contains(project.value) else { return nil }
            return context.finding(at: project.location, index.noSuchProject(project.value))
        }
    }
}
