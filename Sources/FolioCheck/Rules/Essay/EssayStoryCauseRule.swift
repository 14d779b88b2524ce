import FolioModel

/// An answer that tells a story from `stories/` (`uses:`) without saying what caused the problem.
struct EssayStoryCauseRule: Rule {
    static let description = RuleDescription(
        id: "essay.story-cause", severity: .warning,
        summary: LocalizedText(
            ko: "`uses:`로 트러블슈팅 사례를 쓴 자기소개서 답변이 문제의 원인(\"원인은\", \"때문에\")을 말하는지 확인합니다.",
            en: "An essay answer that tells a story (`uses:`) says what caused the problem (\"because\", \"the cause was\")."),
        seed: SeedCitation(Seed.s004, passage: "데이터 퀄리티가 보장되지 않을 경우 데이터 팀은 원인을 찾는 과정을 반복해야 할지도 모릅니다"),
        rationale: LocalizedText(
            ko: "원인 없이 \"고쳤다\"만 쓴 사례는 운으로 고친 것과 구별되지 않습니다. 원인을 어떻게 찾았는지가 면접의 첫 질문입니다.",
            en: "A fix told without its cause cannot be told apart from luck; how you found the cause is the interview's first question."),
        help: LocalizedText(
            ko: "사례의 `## 원인`에서 한 문장을 가져와 \"원인은 … 때문이었습니다\"로 쓰세요.",
            en: "Take one sentence from the story's `## Cause`: \"it happened because …\"."),
        triggering: [
            .essay([("uses: [spark-oom]", "uses: [↓spark-oom]")], excerpt: "uses: [spark-oom]\n(원인을 말하지 않는 답변)"),
        ],
        nonTriggering: [
            .essay([("멈췄을 때,", "멈췄을 때, 판매자 하나에 주문이 몰린 것이 원인이었고")]),
            .essay([("uses: [spark-oom]\n", "")], excerpt: "(uses: 없음)"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        context.essayQuestions.compactMap { _, question in
            guard !question.lines.isEmpty, let use = question.uses.first(where: { id in context.workspace.stories.contains { $0.id == id.value } }) else { return nil }
            guard !Causes.isGiven(in: question.answer) else { return nil }
            return context.finding(at: use.location, LocalizedText(
                ko: "\(question.title): \(Josa.object.after("`\(use.value)`")) 쓰면서 문제의 원인을 말하지 않습니다. 사례의 `## 원인`을 한 문장으로 넣으세요.",
                en: "\(question.title): tells `\(use.value)` without its cause. Put the story's `## Cause` in one sentence."))
        }
    }
}
