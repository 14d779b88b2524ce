import FolioModel

/// A story's `date` does not come before the period of the project it happened in: an incident
/// cannot have been met in a project that had not begun, and a reviewer who reads both the story
/// and the project asks which date is wrong (seed 002: "이슈, 장애상황에 대한 설명" — the story must
/// hold up to questions). Dates are compared at the precision written: `date: 2024` is any month of
/// 2024, `period: 2024 – 2025` starts in any month of 2024. A story whose situation says it came
/// just before the project (`Lexicon.beforeTheWorkPhrases`: the incident that led to it) is not a slip.
struct StoryDateRule: Rule {
    static let description = RuleDescription(
        id: "story.date", severity: .warning,
        summary: LocalizedText(
            ko: "트러블슈팅 사례의 날짜(`date`)가 그 프로젝트의 기간(`period`)보다 앞서지 않는지 확인합니다.",
            en: "A story's `date` does not come before the `period` of the project it happened in."),
        seed: SeedCitation(Seed.s002, passage: "이슈, 장애상황에 대한 설명 (어떻게 문제상황을 대처했는지에 대한 설명을 할줄 알아야함)"),
        rationale: LocalizedText(
            ko: "시작하지도 않은 프로젝트에서 장애를 겪을 수는 없습니다. 사례와 프로젝트를 함께 읽는 면접관은 둘 중 어느 날짜가 틀렸는지 묻고, 그 사례 전체를 의심하게 됩니다.",
            en: "Nobody meets an incident in a project that has not begun. An interviewer who reads the story and the project together asks which date is wrong, and doubts the whole story."),
        help: LocalizedText(
            ko: "사례의 `date:`를 그 일이 있었던 달로, 또는 프로젝트의 `period:`를 실제 기간으로 고치세요. 프로젝트를 시작하게 된 계기였다면 `## 상황`에 \"프로젝트를 시작하기 직전\"처럼 그렇게 쓰세요.",
            en: "Set the story's `date:` to the month it happened, or the project's `period:` to when it really ran. If the incident is what led to the project, say so in `## Situation` (\"just before the project started\")."),
        triggering: [
            .editing("stories/spark-oom.md", "date: 2024-08", "date: ↓2023-08", excerpt: "date: ↓2023-08   # projects/orders-batch.md: period: 2024-07 – 2024-09"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "date: 2024-08   # projects/orders-batch.md: period: 2024-07 – 2024-09"),
            .editing("stories/spark-oom.md", "date: 2024-08", "date: 2024", excerpt: "date: 2024   # a year: any month of 2024"),
            .editing("stories/spark-oom.md", [
                ("date: 2024-08", "date: 2024-06"),
                ("일별 집계 잡이 executor 메모리 부족으로 3일 연속 실패했습니다.", "이 프로젝트를 시작하기 직전, 기존 집계 잡이 executor 메모리 부족으로 3일 연속 실패했습니다."),
            ], excerpt: "date: 2024-06\n---\n## 상황\n이 프로젝트를 시작하기 직전, 기존 집계 잡이 … 실패했습니다."),
        ])

    static let beforeTheWork = PhraseMatcher(Lexicon.beforeTheWorkPhrases)

    func check(_ context: RuleContext) -> [Finding] {
        let projects = Dictionary(context.workspace.projects.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return context.workspace.stories.compactMap { story in
            guard let date = story.date, let id = story.project?.value, let project = projects[id],
                  let period = project.period?.value else { return nil }
            // The story's last possible day against the project's first possible day.
            let storyLatest = (date.value.year, date.value.month ?? 12, date.value.day ?? 31)
            let projectEarliest = (period.from.year, period.from.month ?? 1, period.from.day ?? 1)
            guard storyLatest < projectEarliest else { return nil }
            if let situation = story.section(.situation), Self.beforeTheWork.containsAny(situation.plainText) { return nil }
            return context.finding(at: date.location, LocalizedText(
                ko: "\(story.displayTitle): 날짜(\(date.value))가 프로젝트 '\(project.displayTitle)'의 기간(\(period.text(.ko)))보다 앞섭니다. 시작하기 전의 프로젝트에서 장애를 겪을 수는 없으니, 면접관은 어느 날짜가 틀렸는지 묻습니다.",
                en: "\(story.displayTitle): dated \(date.value), before project '\(project.displayTitle)' began (\(period.text(.en))). Nobody meets an incident in a project that has not started; an interviewer will ask which date is wrong."))
        }
    }
}
