import FolioModel

/// `uses:` names a story or project the workspace has.
struct EssayUsesRule: Rule {
    static let description = RuleDescription(
        id: "essay.uses", severity: .warning,
        summary: LocalizedText(
            ko: "자기소개서 문항의 `uses:`가 `stories/`나 `projects/`에 있는 id를 가리키는지 확인합니다.",
            en: "An essay question's `uses:` names a story or project of the workspace."),
        seed: SeedCitation(Seed.s000, passage: "협업과 트러블슈팅 경험은 실무 면접에서 받을 수 있는 대부분의 질문에 대한 답변으로 활용할 수 있을만큼"),
        rationale: LocalizedText(
            ko: "답변과 사례가 이어져 있어야 면접 준비 시트가 답변의 주장에서 나올 질문을 그 사례로 답할 수 있습니다.",
            en: "An answer linked to its story lets the interview sheet answer the questions its claims raise from that story."),
        help: LocalizedText(
            ko: "`uses: [spark-oom]`처럼 `stories/spark-oom.md`의 파일 이름(확장자 없이)을 쓰세요.",
            en: "Write the file name without `.md`: `uses: [spark-oom]` for `stories/spark-oom.md`."),
        triggering: [.essay([("uses: [spark-oom]", "uses: [↓spark-om]")])],
        nonTriggering: [.essay(), .essay([("uses: [spark-oom]", "uses: [spark-oom, orders-batch]")])])

    func check(_ context: RuleContext) -> [Finding] {
        let known = context.workspace.stories.map(\.id) + context.workspace.projects.map(\.id)
        return context.essayQuestions.flatMap { _, question in
            question.uses.filter { !known.contains($0.value) }.map { use in
                let nearest = Spelling.nearestID(to: use.value, in: known)
                return context.finding(at: use.location, LocalizedText(
                    ko: "`uses: \(use.value)`: 그런 사례나 프로젝트가 없습니다.\(nearest.map { " \(Josa.object.after("`\($0)`")) 뜻하셨나요?" } ?? "")",
                    en: "`uses: \(use.value)`: no story or project has that id.\(nearest.map { " Did you mean `\($0)`?" } ?? "")"))
            }
        }
    }
}
