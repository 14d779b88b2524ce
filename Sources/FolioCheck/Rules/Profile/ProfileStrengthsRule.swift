import FolioModel

/// `strengths.base` and `strengths.alpha` are both set and say different things (seed 000 §1.4).
struct ProfileStrengthsRule: Rule {
    static let description = RuleDescription(
        id: "profile.strengths", severity: .warning,
        summary: LocalizedText(
            ko: "강점의 바탕(`strengths.base`)과 그 위에 더하는 것(`strengths.alpha`)이 둘 다 있고 서로 다른지 확인합니다.",
            en: "`strengths.base` and `strengths.alpha` are both set and are not the same thing."),
        seed: SeedCitation(Seed.s000, passage: "자신의 베이스를 어느 것에 둘지를 명확히한 뒤에 알파를 무엇으로 둘것인가를 고민해야함"),
        rationale: LocalizedText(
            ko: "\"가짜 엔지니어\"와 구별되는 건 확실한 바탕 하나와, 그 위에 얹은 나만의 무기입니다. 면접관은 \"그래서 무엇을 잘하나요?\"에 한 문장으로 답하길 기대합니다.",
            en: "What sets you apart is one clear base and something of your own on top. An interviewer expects a one-sentence answer to \"so what are you good at?\""),
        help: LocalizedText(
            ko: "`base`에는 확실히 잘하는 기술 영역(예: 분산 처리 (Spark, Kafka))을, `alpha`에는 그 위에 더하는 것(예: 데이터 품질 모니터링)을 쓰세요. 성실함 같은 태도는 강점이 아니라 기본으로 봅니다.",
            en: "Put the technical area you are clearly good at in `base` (e.g. distributed processing (Spark, Kafka)), and what you add on top in `alpha` (e.g. data-quality monitoring)."),
        triggering: [
            .editing("folio.yaml", "alpha: 데이터 품질 검증", "alpha: ↓분산 처리 (Apache Spark)"),
            .editing("folio.yaml", "strengths:\n  base: 분산 처리 (Apache Spark)\n  alpha: 데이터 품질 검증\n", "↓strengths:\n  base: 분산 처리 (Apache Spark)\n"),
            .editing("folio.yaml", [("name: 김데이터", "↓name: 김데이터"),
                                    ("strengths:\n  base: 분산 처리 (Apache Spark)\n  alpha: 데이터 품질 검증\n", "")],
                     excerpt: "(strengths: 없음)"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "strengths:\n  base: 분산 처리 (Apache Spark)\n  alpha: 데이터 품질 검증"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let strengths = context.profile.strengths
        let parent = strengths.location ?? context.start(of: context.profile.file)
        guard let base = strengths.base, let alpha = strengths.alpha else {
            let missing = [strengths.base == nil ? "base" : nil, strengths.alpha == nil ? "alpha" : nil].compactMap { $0 }
            let keys = missing.map { "`\($0)`" }.joined(separator: ", ")
            let blank = missing.compactMap { context.profile.blankKeys["strengths.\($0)"] }.min()
            return [context.finding(at: blank ?? parent, LocalizedText(
                ko: "강점에 \(Josa.subject.after(keys)) 없습니다. 바탕이 되는 기술과 그 위에 더하는 나만의 무기를 각각 한 줄로 적어 두면 자기소개와 면접 답변의 뼈대가 됩니다.",
                en: "`strengths` has no \(keys). One line for the skill you build on and one for what you add on top become the backbone of your introduction and answers."))]
        }
        let a = Self.normalized(base.value)
        let b = Self.normalized(alpha.value)
        if a == b || (!a.isEmpty && !b.isEmpty && (a.contains(b) || b.contains(a))) {
            return [context.finding(at: alpha.location, LocalizedText(
                ko: "`alpha`가 `base`와 같은 말입니다 (`\(alpha.value)`). 알파는 바탕 위에 더하는 다른 무기여야 면접관이 두 가지를 기억합니다.",
                en: "`alpha` says the same as `base` (`\(alpha.value)`). The alpha should be something different that you add on top, so the interviewer remembers two things."))]
        }
        return []
    }

    static func normalized(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
    }
}
