import FolioModel

/// Situation, cause, action and result sections are present and non-empty (seed 002).
struct StorySectionsRule: Rule {
    static let required: [(kind: SectionKind, label: LocalizedText)] = [
        (.situation, LocalizedText(ko: "## 상황", en: "## Situation")),
        (.cause, LocalizedText(ko: "## 원인", en: "## Cause")),
        (.action, LocalizedText(ko: "## 해결", en: "## Action")),
        (.result, LocalizedText(ko: "## 결과", en: "## Result")),
    ]

    static let description = RuleDescription(
        id: "story.sections", severity: .error,
        summary: LocalizedText(
            ko: "트러블슈팅 사례에 상황, 원인, 해결, 결과 섹션이 모두 있고 비어 있지 않은지 확인합니다.",
            en: "A story has situation, cause, action and result sections, none of them empty."),
        seed: SeedCitation(Seed.s002, passage: "이슈, 장애상황에 대한 설명 (어떻게 문제상황을 대처했는지에 대한 설명을 할줄 알아야함)"),
        rationale: LocalizedText(
            ko: "면접관은 장애 이야기를 들으며 원인을 스스로 찾았는지, 해결이 결과로 이어졌는지를 봅니다. 한 단계라도 빠지면 이야기가 \"고쳤더니 됐다\"로 끝납니다.",
            en: "Listening to an incident, an interviewer checks that you found the cause yourself and that the fix led to a result. Skip a step and the story becomes \"I changed something and it worked\"."),
        help: LocalizedText(
            ko: "`## 상황`, `## 원인`, `## 해결`, `## 결과` 제목 아래에 각각 한두 문단을 쓰세요 (영어 제목 Situation, Cause, Action, Result도 됩니다).",
            en: "Write a paragraph or two under each of `## Situation`, `## Cause`, `## Action` and `## Result` (Korean headings work too)."),
        triggering: [
            .editing("stories/spark-oom.md", "## 원인\n\n특정 판매자 ID에 주문이 몰려 셔플 파티션 하나가 3 GB로 커졌습니다.\n\n", "",
                     excerpt: "(## 원인 없음)").markingFirstLine("stories/spark-oom.md"),
            .editing("stories/spark-oom.md", "## 해결\n\nsalt(0–7)를 붙여 부분 합계를 구한 뒤 다시 합쳤습니다.\n", "## ↓해결\n"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "## 상황 / ## 원인 / ## 대안 / ## 해결 / ## 결과 / ## 배운 점"),
            .editing("stories/spark-oom.md", [("## 상황", "## Situation"), ("## 원인", "## Root cause"), ("## 해결", "## 조치 / Fix"), ("## 결과", "## Outcome")]),
            .editing("stories/spark-oom.md", [("## 상황", "## 배경"), ("## 원인", "## 원인 분석"), ("## 해결", "## 해결 방안"), ("## 결과", "## 결과와 배운 점")],
                     excerpt: "## 배경 / ## 원인 분석 / ## 해결 방안 / ## 결과와 배운 점"),
            .editing("stories/spark-oom.md", [("## 상황", "## Context"), ("## 원인", "## Root Cause Analysis"), ("## 해결", "## What I did"), ("## 결과", "## Results")]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for story in context.workspace.stories {
            var missing: [LocalizedText] = []
            for (kind, label) in Self.required {
                guard let section = story.section(kind) else {
                    missing.append(label)
                    continue
                }
                if section.isEmpty {
                    findings.append(context.finding(at: section.heading.location, LocalizedText(
                        ko: "`\(label.ko)` 섹션이 비어 있습니다. 한두 문장이라도 채워야 이야기가 이어집니다.",
                        en: "the `\(label.en)` section is empty. Even one or two sentences keep the story connected.")))
                }
            }
            if !missing.isEmpty {
                // Name the headings folio could not place, so a user sees why `## 경위` did not count.
                let unplaced = story.body.sections.filter { $0.kind == .other }.map { "`## \($0.heading.value)`" }
                let note = unplaced.isEmpty ? LocalizedText(ko: "", en: "")
                    : LocalizedText(
                        ko: " 어느 섹션인지 알 수 없는 제목: \(unplaced.joined(separator: ", ")) (제목에 상황·원인·해결·결과 같은 낱말을 넣으세요).",
                        en: " Headings folio could not place: \(unplaced.joined(separator: ", ")) (put a word such as Situation, Cause, Action or Result in them).")
                findings.append(context.finding(at: context.start(of: story.file), LocalizedText(
                    ko: "\(story.displayTitle): \(missing.map(\.ko).joined(separator: ", ")) 섹션이 없습니다. 면접관은 상황 → 원인 → 해결 → 결과의 흐름으로 \"어떻게 대처했는지\"를 듣고 싶어 합니다." + note.ko,
                    en: "\(story.displayTitle): no \(missing.map(\.en).joined(separator: " or ")) section. Interviewers want the flow situation → cause → action → result." + note.en)))
            }
        }
        return findings
    }
}
