import FolioModel

/// An answer longer than its question's limit: the form cuts (or refuses) what is over it.
struct EssayLimitRule: Rule {
    static let description = RuleDescription(
        id: "essay.limit", severity: .error,
        summary: LocalizedText(
            ko: "자기소개서 답변이 문항의 글자 수 제한(공백 포함·제외, 바이트)을 넘는지 확인하고, 넘기 시작하는 줄과 넘는 양을 알려 줍니다.",
            en: "An essay answer fits its question's limit (with or without spaces, bytes); reports the line where the limit is crossed and by how much."),
        seed: nil,
        rationale: LocalizedText(
            ko: "양식은 제한을 넘는 글을 받지 않거나 잘라 냅니다. 잘린 답변은 결론 없이 끝나고, 검토자는 잘린 것을 모릅니다. (시드 문서에는 글자 수 이야기가 없습니다: 채용 양식이 정한 규칙입니다.)",
            en: "A form refuses or cuts text over its limit; a cut answer ends without its point, and the reviewer never knows. (The seeds do not speak of lengths: the limit is the form's rule.)"),
        help: LocalizedText(
            ko: "표시된 줄부터 넘는 만큼 줄이세요. `folio essay`가 각 답변의 길이를 네 가지 방식으로 모두 보여 줍니다.",
            en: "Cut from the marked line by the amount shown; `folio essay` prints each answer's length under all four counting rules."),
        triggering: [
            .essay([("(90자, 공백 포함)", "(60자, 공백 포함)"), ("40분에서 12분으로", "40분에서↓ 12분으로")],
                   excerpt: "## 직무 역량을 보여 준 경험 (60자, 공백 포함)\n… 집계 시간을 40분에서 12분으로 줄였습니다.   # 73자"),
            .essay([("(90자, 공백 포함)", "(50자, 공백 제외)"), ("으로 줄였습니다", "으로 ↓줄였습니다")],
                   excerpt: "## 직무 역량을 보여 준 경험 (50자, 공백 제외)   # 공백 빼고 56자"),
            .essay([("(90자, 공백 포함)", "(100 bytes)"), ("40분에서 12분으로", "40분에서 12↓분으로")],
                   excerpt: "## 직무 역량을 보여 준 경험 (100 bytes)   # CP949로 117바이트: 한글 한 자는 2바이트"),
        ],
        nonTriggering: [
            .essay(),
            .essay([("(90자, 공백 포함)", "(60자, 공백 제외)")], excerpt: "## 직무 역량을 보여 준 경험 (60자, 공백 제외)   # 공백 빼고 56자"),
            .essay([("(90자, 공백 포함)", "(1,000 bytes, UTF-8)")]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        context.essayQuestions.compactMap { essay, question in
            guard let limit = question.limit,
                  let offset = EssayCount.crossing(question.answer, limit: limit.value, limit.rule, lineBreaks: essay.lineBreaks) else { return nil }
            let count = question.count(limit.rule, lineBreaks: essay.lineBreaks)
            let over = count - limit.value
            return context.finding(at: question.location(ofCharacter: offset), LocalizedText(
                ko: "\(question.title): \(limit.rule.label.ko) \(count)\(limit.rule.unit.ko)로 제한 \(limit.value)\(limit.rule.unit.ko)보다 \(over)\(limit.rule.unit.ko) 깁니다. 여기서부터는 양식이 잘라 냅니다.",
                en: "\(question.title): \(count)\(limit.rule.unit.en) \(limit.rule.label.en), \(over) over the limit of \(limit.value); the form cuts from here."))
        }
    }
}
