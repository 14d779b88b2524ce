import FolioModel

/// Vague claims in an essay answer that no measurement qualifies (the text layer's `Claim`, as text.vague).
struct EssayVagueRule: Rule {
    static let description = RuleDescription(
        id: "essay.vague", severity: .suggestion,
        summary: LocalizedText(
            ko: "자기소개서 답변에서 측정값 없이 쓴 막연한 표현(\"대용량\", \"성능을 개선\", \"열정\")을 찾습니다.",
            en: "Vague claims in an essay answer that no measurement qualifies (\"large-scale\", \"improved\", \"passionate\")."),
        seed: SeedCitation(Seed.s000, Seed.s002, passage: "분석가와의 커뮤니케이션을 위한 정확한 단어선택 / 구구절절 적지 말고, 한 눈에 잘 들어올 수 있도록"),
        rationale: LocalizedText(
            ko: "자기소개서의 \"열정\", \"대용량\"은 모든 지원자가 씁니다. 같은 문장에 숫자가 있어야 읽는 사람이 차이를 봅니다.",
            en: "Every applicant writes \"passionate\" and \"large-scale\"; a number in the same sentence is what sets yours apart."),
        help: LocalizedText(
            ko: "표현을 숫자로 바꾸세요: \"대용량 데이터\" → \"하루 100만 행(2 GB)\", \"성능을 개선\" → \"40분 → 12분\". 태도는 그것을 보여 준 일로 바꾸세요.",
            en: "Replace the phrase with numbers: \"large data\" → \"1 million rows (2 GB) a day\", \"improved\" → \"40 min → 12 min\"; an attitude with what you did that shows it."),
        triggering: [
            .essay([("제가 만든 일별 집계 잡이", "제가 만든 ↓대용량 데이터 집계 잡이")]),
            .essay([("줄였습니다.", "줄였습니다.\n↓열정을 가지고 최선을 다하겠습니다.")]),
        ],
        nonTriggering: [.essay()])

    func check(_ context: RuleContext) -> [Finding] {
        let reader = TextVagueRule()
        return context.essayQuestions.flatMap { _, question in
            TextVagueRule.paragraphs(question.lines.filter { !$0.value.allSatisfy(\.isWhitespace) }).flatMap {
                reader.scan($0, context, clichés: true)
            }
        }
    }
}
