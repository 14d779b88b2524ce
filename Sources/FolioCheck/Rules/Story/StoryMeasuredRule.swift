import FolioModel

/// The result has a number, ideally before → after (seed 000 §1.3, seed 004).
struct StoryMeasuredRule: Rule {
    static let description = RuleDescription(
        id: "story.measured", severity: .warning,
        summary: LocalizedText(
            ko: "트러블슈팅 사례의 `## 결과`에 측정값(전 → 후)이 있는지 확인합니다. 버전이나 연도는 측정값이 아닙니다.",
            en: "A troubleshooting story's result is measured (before → after). A version or a year is not a measurement."),
        seed: SeedCitation(Seed.s000, Seed.s004, passage: "가능한 대안들을 찾아내고 기간 내에 결과물을 내는 연습 / Treating data quality like an engineering problem"),
        rationale: LocalizedText(
            ko: "\"훨씬 빨라졌다\"는 듣는 사람마다 다르게 받아들입니다. 숫자가 있어야 면접관이 문제의 크기와 해결의 효과를 믿습니다.",
            en: "\"Much faster\" means something different to everyone. A number makes the size of the problem and of your fix believable."),
        help: LocalizedText(
            ko: "`## 결과`에 `배치 시간 3시간 10분 → 45분`, `이후 3주간 OOM 0회`처럼 전후를 숫자로 적으세요.",
            en: "In `## Result`, give before → after numbers: `batch time 3 h 10 min → 45 min`, `0 OOMs in the following 3 weeks`."),
        triggering: [
            .editing("stories/spark-oom.md", [("- 집계 시간 40분 → 12분, 이후 4주간 실패 0회", "집계가 훨씬 빨라졌고 팀원들도 만족했습니다."), ("## 결과", "## ↓결과")],
                     excerpt: "## 결과\n집계가 훨씬 빨라졌고 팀원들도 만족했습니다."),
            .editing("stories/spark-oom.md", [("- 집계 시간 40분 → 12분, 이후 4주간 실패 0회", "Spark 3.5에서 문제가 해결되어 팀원들이 만족했습니다."), ("## 결과", "## ↓결과")],
                     excerpt: "## 결과\nSpark 3.5에서 문제가 해결되어 팀원들이 만족했습니다.   # 3.5는 버전"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "## 결과\n- 집계 시간 40분 → 12분, 이후 4주간 실패 0회"),
            .editing("stories/spark-oom.md", [("## 결과", "## 결과 및 성과"), ("- 집계 시간 40분 → 12분, 이후 4주간 실패 0회", "집계 시간이 40분에서 12분으로 줄었습니다.")],
                     excerpt: "## 결과 및 성과\n집계 시간이 40분에서 12분으로 줄었습니다."),
            .editing("stories/spark-oom.md", "## 결과\n\n- 집계 시간 40분 → 12분, 이후 4주간 실패 0회\n\n", "",
                     excerpt: "(## 결과 없음: story.sections가 알려 줌)"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        context.workspace.stories.compactMap { story in
            // A missing result section is story.sections' finding; one finding per problem.
            guard let section = story.body.section(.result), !section.isEmpty,
                  !Measurement.scan(section.plainText).hasResult else { return nil }
            return context.finding(at: section.heading.location, LocalizedText(
                ko: "결과에 측정값이 없습니다. \"빨라졌다\" 대신 `40분 → 12분`처럼 전후를 숫자로 쓰면 면접관이 효과의 크기를 믿습니다.",
                en: "the result has no measurement. Instead of \"faster\", write before → after, e.g. `40 min → 12 min`."))
        }
    }
}
