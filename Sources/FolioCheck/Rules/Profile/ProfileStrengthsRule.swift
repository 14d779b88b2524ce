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
            .editing("folio.yaml", [("base: 분산 처리 (Apache Spark)", "base: ↓성실함"), ("alpha: 데이터 품질 검증", "alpha: ↓꼼꼼함")],
                     excerpt: "base: 성실함\nalpha: 꼼꼼함   # 태도는 강점이 아님"),
            .editing("folio.yaml", "strengths:\n  base: 분산 처리 (Apache Spark)\n  alpha: 데이터 품질 검증\n", "↓strengths:\n  base: 분산 처리 (Apache Spark)\n"),
            .editing("folio.yaml", [("name: 김데이터", "↓name: 김데이터"),
                                    ("strengths:\n  base: 분산 처리 (Apache Spark)\n  alpha: 데이터 품질 검증\n", "")],
                     excerpt: "(strengths: 없음)"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "strengths:\n  base: 분산 처리 (Apache Spark)\n  alpha: 데이터 품질 검증"),
            .editing("folio.yaml", [("base: 분산 처리 (Apache Spark)", "base: SQL"), ("alpha: 데이터 품질 검증", "alpha: NoSQL 데이터 모델링")],
                     excerpt: "base: SQL\nalpha: NoSQL 데이터 모델링"),
            .editing("folio.yaml", "alpha: 데이터 품질 검증", "alpha: 꼼꼼한 데이터 품질 검증"),
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
        // An attitude (성실함, 꼼꼼함) is not a strength to build on: the rule's own help says so.
        var findings: [Finding] = []
        for (key, value) in [("base", base), ("alpha", alpha)] where Self.isAttitude(value.value) {
            findings.append(context.finding(at: value.location, LocalizedText(
                ko: "`\(key): \(value.value)`: \(Josa.topic.after(value.value)) 태도이지 기술 강점이 아닙니다. 모든 지원자가 쓰는 말이라 면접관이 기억하지 못합니다. 확실히 잘하는 기술 영역(예: 분산 처리, 데이터 모델링)을 쓰세요.",
                en: "`\(key): \(value.value)` is an attitude, not a technical strength: every applicant claims it. Name the technical area you are clearly good at (e.g. distributed processing, data modelling).")))
        }
        guard findings.isEmpty else { return findings }
        let a = Self.words(base.value)
        let b = Self.words(alpha.value)
        // The same words, or the same skills in other words (`Spark 스트리밍` / `Spark Streaming`,
        // `분산 처리 (Hadoop, Spark)` / `하둡 클러스터 운영`): alpha adds nothing to base.
        let baseSkills = Self.skills(base.value, context.catalog)
        let alphaSkills = Self.skills(alpha.value, context.catalog)
        let baseHeld = context.catalog.implications(of: baseSkills)
        let sameSkills = !alphaSkills.isEmpty && alphaSkills.allSatisfy { skill in
            baseHeld.contains(skill) || (context.catalog.lookup(skill)?.implies).map { !$0.isEmpty && Set($0).isSubset(of: baseHeld) } == true
        }
        if sameSkills || (!a.isEmpty && !b.isEmpty && (a.isSubset(of: b) || b.isSubset(of: a))) {
            return [context.finding(at: alpha.location, LocalizedText(
                ko: "`alpha`가 `base`와 같은 말입니다 (`\(alpha.value)`). 알파는 바탕 위에 더하는 다른 무기여야 면접관이 두 가지를 기억합니다.",
                en: "`alpha` says the same as `base` (`\(alpha.value)`). The alpha should be something different that you add on top, so the interviewer remembers two things."))]
        }
        return []
    }

    /// The words of a strength, lowercased: `SQL` and `NoSQL 데이터 모델링` share none.
    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
    }

    /// Words that carry no skill of their own next to an attitude: `성실한 자세`, `꼼꼼함과 책임감`.
    static let fillers: Set<String> = ["함", "한", "있는", "자세", "태도", "능력", "마인드", "정신", "및", "과", "와", "그리고", "the", "and", "a", "attitude", "mindset"]

    /// The catalog skills a strength names, by its words and pairs of words (`Spark Streaming`, `하둡`).
    static func skills(_ text: String, _ catalog: SkillCatalog) -> Set<String> {
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "/" }).map(String.init)
        var found = Set<String>()
        var index = 0
        while index < words.count {
            if index + 1 < words.count, let entry = catalog.lookup(words[index] + " " + words[index + 1]) {
                found.insert(entry.name)
                index += 2
                continue
            }
            if let entry = catalog.lookup(words[index]) ?? catalog.lookup(String(words[index].dropLast())) { found.insert(entry.name) }
            index += 1
        }
        // A streaming flavour of Spark is still Spark for what the interviewer remembers.
        if found.contains("Spark Structured Streaming") { found.insert("Apache Spark") }
        return found
    }

    static func isAttitude(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard !words.isEmpty else { return false }
        let attitudes = words.filter { word in Lexicon.attitudeWords.contains { word.contains($0) } }
        return !attitudes.isEmpty && words.allSatisfy { word in attitudes.contains(word) || fillers.contains(word) }
    }

    static func normalized(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
    }
}
