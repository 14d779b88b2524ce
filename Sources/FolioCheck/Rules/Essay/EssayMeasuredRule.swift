import FolioModel

/// An answer with no measured result (seed 000 §1.3, seed 004), read by the text layer.
struct EssayMeasuredRule: Rule {
    static let description = RuleDescription(
        id: "essay.measured", severity: .suggestion,
        summary: LocalizedText(
            ko: "자기소개서 답변에 측정된 결과(전 → 후, 건수, 비율)가 하나라도 있는지 확인합니다.",
            en: "An essay answer states at least one measured result (before → after, a count, a rate)."),
        seed: SeedCitation(Seed.s000, Seed.s004, passage: "가능한 대안들을 찾아내고 기간 내에 결과물을 내는 연습 / Treating data quality like an engineering problem"),
        rationale: LocalizedText(
            ko: "숫자 없는 경험은 읽는 사람이 크기를 짐작할 수 없습니다. 결과 하나를 숫자로 적으면 나머지 문장도 믿게 됩니다.",
            en: "An experience with no number leaves the reader guessing its size; one measured result makes the rest believable."),
        help: LocalizedText(
            ko: "`집계 시간 40분 → 12분`, `4주간 실패 0회`처럼 결과를 숫자로 한 번은 쓰세요.",
            en: "State one result as a number: `aggregation 40 min → 12 min`, `0 failures in 4 weeks`."),
        triggering: [
            .essay([("제가 만든 일별 집계 잡이 메모리 부족으로 멈췄을 때, 판매자 ID에 salt를 붙여 집계 시간을 40분에서 12분으로 줄였습니다.",
                     "↓제가 만든 일별 집계 잡이 메모리 부족으로 멈췄을 때, 판매자 ID에 salt를 붙여 원인을 직접 찾아 해결했습니다.")]),
        ],
        nonTriggering: [.essay()])

    func check(_ context: RuleContext) -> [Finding] {
        context.essayQuestions.compactMap { _, question in
            guard !question.lines.isEmpty, !Measurement.scan(question.answer).hasResult else { return nil }
            return context.finding(at: question.answerStart, LocalizedText(
                ko: "\(question.title): 측정된 결과가 없습니다. 결과 하나를 `40분 → 12분`처럼 숫자로 쓰세요.",
                en: "\(question.title): no measured result. State one as a number, e.g. `40 min → 12 min`."))
        }
    }
}
