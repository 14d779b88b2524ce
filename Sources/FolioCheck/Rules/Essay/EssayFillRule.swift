import FolioModel

/// An answer that uses less than 80 % of its limit.
struct EssayFillRule: Rule {
    /// Portals advise filling 80–90 % of a limit.
    static let threshold = 0.8

    static let description = RuleDescription(
        id: "essay.fill", severity: .suggestion,
        summary: LocalizedText(
            ko: "자기소개서 답변이 제한의 80 % 이상을 채웠는지 확인합니다.",
            en: "An essay answer fills at least 80 % of its limit."),
        seed: nil,
        rationale: LocalizedText(
            ko: "채용 포털은 제한의 80–90 %를 채우라고 권합니다. 절반만 쓴 답변은 할 말이 없거나 성의가 없어 보입니다. (시드 문서에는 글자 수 이야기가 없습니다.)",
            en: "Hiring portals advise filling 80–90 % of a limit; a half-empty answer reads as having little to say. (The seeds do not speak of lengths.)"),
        help: LocalizedText(
            ko: "무엇을 했고, 왜 그렇게 했고, 결과가 숫자로 얼마였는지를 더 쓰세요. `uses:`로 이어 둔 트러블슈팅 사례의 원인과 대안이 좋은 재료입니다.",
            en: "Say more of what you did, why, and the measured result; the cause and alternatives of the story named in `uses:` are good material."),
        triggering: [
            .essay([("## 직무 역량을 보여 준 경험 (90자, 공백 포함)", "## ↓직무 역량을 보여 준 경험 (1000자, 공백 포함)")],
                   excerpt: "## 직무 역량을 보여 준 경험 (1000자, 공백 포함)   # 73자: 7 %"),
        ],
        nonTriggering: [
            .essay(excerpt: "## 직무 역량을 보여 준 경험 (90자, 공백 포함)   # 73자: 81 %"),
            .essay([("(90자, 공백 포함)", "(70자, 공백 제외)")], excerpt: "## … (70자, 공백 제외)   # 56자: 80 %"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        context.essayQuestions.compactMap { essay, question in
            guard let limit = question.limit else { return nil }
            let count = question.count(limit.rule, lineBreaks: essay.lineBreaks)
            guard Double(count) < Double(limit.value) * Self.threshold else { return nil }
            let percent = count * 100 / limit.value
            return context.finding(at: question.heading.location, LocalizedText(
                ko: "\(question.title): \(count)/\(limit.value)\(limit.rule.unit.ko) (\(percent) %)만 채웠습니다. 제한의 80–90 %를 채우세요.",
                en: "\(question.title): \(count) of \(limit.value)\(limit.rule.unit.en) (\(percent) %); fill 80–90 % of the limit."))
        }
    }
}
