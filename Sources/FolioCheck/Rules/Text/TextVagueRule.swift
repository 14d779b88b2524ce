import FolioModel

/// Vague claims with no number nearby (seed 000 §1.1, seed 002).
struct TextVagueRule: Rule {
    /// Phrases that claim size or improvement without saying how much.
    static let phrases = [
        "대용량", "많은 데이터", "방대한", "대규모 데이터", "수많은", "엄청난", "빅데이터", "빅 데이터",
        "성능을 개선", "성능 개선", "성능을 향상", "성능 향상", "성능을 높", "속도를 개선", "속도를 높", "효율을 높",
        "크게 개선", "크게 줄", "획기적",
        "large data", "large amounts of data", "large volumes of data", "big data", "huge", "massive",
        "a lot of data", "lots of data", "improved performance", "performance improvement", "improved efficiency",
        "significantly", "dramatically",
    ]
    /// A phrase followed by one of these is part of a name ("청년 AI Big Data 아카데미"), not a claim.
    static let nameNouns = [
        "아카데미", "academy", "과정", "course", "program", "프로그램", "학과", "전공", "센터", "center", "캠프", "camp",
        "부트캠프", "bootcamp", "분석기사", "대회", "경진대회", "연구소", "lab", "스쿨", "school", "교육", "전문가", "플랫폼개발",
    ]

    static let description = RuleDescription(
        id: "text.vague", severity: .suggestion,
        summary: LocalizedText(
            ko: "숫자 없이 쓴 막연한 표현(\"대용량\", \"많은 데이터\", \"성능을 개선\", \"large data\", \"improved performance\")을 찾습니다. 같은 줄에 숫자가 있으면 괜찮습니다.",
            en: "Vague claims with no number on the same line (\"대용량\", \"large data\", \"improved performance\")."),
        seed: SeedCitation(Seed.s000, Seed.s002, passage: "분석가와의 커뮤니케이션을 위한 정확한 단어선택 / 구구절절 적지 말고, 한 눈에 잘 들어올 수 있도록"),
        rationale: LocalizedText(
            ko: "\"대용량\"은 사람마다 1 GB일 수도 1 PB일 수도 있습니다. 정확한 단어와 숫자를 쓰는 사람이 협업에서도 오해를 덜 만든다고 봅니다.",
            en: "\"Large data\" may mean 1 GB or 1 PB. Someone who writes exact words and numbers is trusted to communicate clearly at work."),
        help: LocalizedText(
            ko: "표현을 숫자로 바꾸세요: \"대용량 데이터\" → \"하루 1,200만 행(8 GB)\", \"성능을 개선\" → \"6시간 → 20분\". 숫자가 같은 줄에 있으면 이 규칙은 넘어갑니다.",
            en: "Replace the phrase with numbers: \"large data\" → \"12 million rows (8 GB) a day\", \"improved performance\" → \"6 h → 20 min\". A number on the same line satisfies the rule."),
        triggering: [
            .editing("projects/orders-batch.md", "공개 쇼핑몰 주문 데이터를 날마다 집계해 매출 표를 만드는 개인 프로젝트입니다.",
                     "공개 쇼핑몰 주문 데이터를 날마다 집계해 매출 표를 만드는 개인 프로젝트입니다.\n↓대용량 데이터를 처리하여 성능을 개선했습니다."),
            .editing("folio.yaml", "headline: 주문 데이터를 매일 정확하게 집계하는 신입 데이터 엔지니어", "headline: ↓Big Data를 다루는 신입 데이터 엔지니어"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "공개 쇼핑몰 주문 데이터를 날마다 집계해 매출 표를 만드는 개인 프로젝트입니다."),
            .editing("projects/orders-batch.md", "공개 쇼핑몰 주문 데이터를", "하루 100만 행의 대용량 주문 데이터를"),
            .editing("projects/orders-batch.md", "공개 쇼핑몰 주문 데이터를", "청년 AI Big Data 아카데미에서 공개 쇼핑몰 주문 데이터를"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        let profile = context.profile
        for line in [profile.headline, profile.strengths.base, profile.strengths.alpha].compactMap({ $0 }) {
            if let finding = scan(line, context) { findings.append(finding) }
        }
        for project in context.workspace.projects {
            for line in project.impact + project.body.lines {
                if let finding = scan(line, context) { findings.append(finding) }
            }
        }
        for story in context.workspace.stories {
            for line in story.body.lines {
                if let finding = scan(line, context) { findings.append(finding) }
            }
        }
        return findings
    }

    static let matcher = PhraseMatcher(phrases)
    static let nameNounBytes = nameNouns.map { $0.utf8.map(PhraseMatcher.lower) }

    /// The first vague phrase of a line with no number, as a finding.
    func scan(_ line: Located<String>, _ context: RuleContext) -> Finding? {
        guard !TextMeasure.containsNumber(line.value) else { return nil }
        let match = Self.matcher.firstMatch(in: line.value) { _, bytes, end in
            // Skip a phrase that is part of a name: "청년 AI Big Data 아카데미".
            var start = end
            while start < bytes.count, bytes[start] == 0x20 { start += 1 }
            return !Self.nameNounBytes.contains { noun in
                start + noun.count <= bytes.count && bytes[start..<(start + noun.count)].elementsEqual(noun)
            }
        }
        guard let match else { return nil }
        let scalars = Array(line.value.unicodeScalars)
        let length = Self.phrases[match.phrase].unicodeScalars.count
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[match.scalarOffset..<min(scalars.count, match.scalarOffset + length)])
        let original = String(text)
        var location = line.location
        location.column += match.scalarOffset
        return context.finding(at: location, LocalizedText(
            ko: "\"\(original)\"는 숫자 없이는 막연합니다. 얼마나 큰지, 얼마나 나아졌는지를 숫자로 쓰세요 (예: 하루 1,200만 행, 6시간 → 20분).",
            en: "\"\(original)\" is vague without a number. Say how big or how much better, in numbers (e.g. 12 million rows a day, 6 h → 20 min)."))
    }
}
