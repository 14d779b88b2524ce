import FolioModel

/// The one-minute self-introduction takes 40–75 seconds read aloud (seed 002).
struct ProfileIntroLengthRule: Rule {
    static let shortest = 40.0
    static let longest = 75.0

    /// The intro's length at `shortest` and `longest` seconds, rounded to tens: Korean reading units
    /// (Hangul syllables + Latin words, 220–410) or English words (100–190), at `SpeakingTime`'s rates.
    /// The rule's help and the init scaffold give these numbers.
    static func units(_ language: Language) -> ClosedRange<Int> {
        let rate = language == .ko ? SpeakingTime.koreanUnitsPerSecond : SpeakingTime.englishWordsPerSecond
        func tens(_ value: Double) -> Int { Int((value / 10).rounded()) * 10 }
        return tens(shortest * rate)...tens(longest * rate)
    }
    /// `shortest` and `longest` as whole seconds, for messages: "40–75".
    static let secondsText = "\(Int(shortest))–\(Int(longest))"

    static let description = RuleDescription(
        id: "profile.intro-length", severity: .warning,
        summary: LocalizedText(
            ko: "1분 자기소개(`intro`)를 소리 내어 읽으면 40–75초가 걸리는지 확인합니다.",
            en: "The self-introduction (`intro`), read aloud, takes 40–75 seconds."),
        seed: SeedCitation(Seed.s002, passage: "1분 자기소개도 준비해가기"),
        rationale: LocalizedText(
            ko: "거의 모든 면접이 \"1분 동안 자기소개 해 주세요\"로 시작합니다. 너무 짧으면 준비가 안 된 것처럼, 너무 길면 요점을 못 고르는 것처럼 들립니다.",
            en: "Almost every interview opens with \"introduce yourself in a minute\". Too short sounds unprepared; too long sounds like you cannot pick the point."),
        help: LocalizedText(
            ko: "읽는 시간은 한국어는 초당 \(SpeakingTime.koreanUnitsPerSecond)음절(한글 음절 수 + 영문 단어 수), 영어는 초당 \(SpeakingTime.englishWordsPerSecond)단어로 어림합니다. \(secondsText)초면 한국어 약 \(units(.ko).lowerBound)–\(units(.ko).upperBound)음절, 영어 약 \(units(.en).lowerBound)–\(units(.en).upperBound)단어입니다. 누구인지, 대표 프로젝트 하나와 숫자로 된 결과, 강점, 입사 후 하고 싶은 일을 담으세요.",
            en: "Reading time is estimated at \(SpeakingTime.koreanUnitsPerSecond) units per second for Korean (Hangul syllables + Latin words) and \(SpeakingTime.englishWordsPerSecond) words per second for English: \(secondsText) s is about \(units(.ko).lowerBound)–\(units(.ko).upperBound) Korean syllables or \(units(.en).lowerBound)–\(units(.en).upperBound) English words. Say who you are, one project with a measured result, your strength, and what you want to do next."),
        triggering: [
            .withIntro("intro: |\n  ↓안녕하세요. 열정 있는 신입 김데이터입니다. 잘 부탁드립니다."),
            .withIntro("intro: |\n  ↓" + String(repeating: "주문 데이터를 매일 정확하게 집계하는 파이프라인을 혼자 만들고 검증까지 자동화했습니다.\n  ", count: 12),
                       excerpt: "intro: | (약 470음절: 소리 내어 읽으면 85초)"),
            RuleExample(["folio.yaml": "↓" + (RuleExample.withIntro("").files["folio.yaml"] ?? "")], excerpt: "(intro 없음)"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "intro: | (약 280음절: 약 51초)"),
            .withIntro("intro: |\n" + String(repeating: "  I build batch pipelines that load order data every night and check it before anyone reads it.\n", count: 8),
                       excerpt: "intro: | (136 English words: about 54 s)"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        guard let intro = context.profile.intro else {
            return [context.finding(at: context.profile.blankKeys["intro"] ?? context.start(of: context.profile.file), LocalizedText(
                ko: "1분 자기소개(`intro`)가 없습니다. 면접의 첫 질문이니 미리 써서 소리 내어 읽어 보세요.",
                en: "no one-minute introduction (`intro`). It is the first question of most interviews: write it and read it aloud."))]
        }
        let seconds = TextMeasure.secondsToRead(intro.value)
        guard seconds < Self.shortest || seconds > Self.longest else { return [] }
        let shown = Int(seconds.rounded())
        let tooShort = seconds < Self.shortest
        return [context.finding(at: intro.location, LocalizedText(
            ko: "자기소개를 소리 내어 읽으면 약 \(shown)초입니다 (목표 40–75초). " + (tooShort
                ? "대표 프로젝트 하나와 숫자로 된 결과, 강점을 더해 1분을 채우세요."
                : "면접관이 기억할 한두 가지만 남기고 줄이세요."),
            en: "read aloud, the introduction takes about \(shown) s (aim for 40–75 s). " + (tooShort
                ? "Add one project with a measured result and your strength to fill the minute."
                : "Keep the one or two things an interviewer should remember and cut the rest.")))]
    }
}
