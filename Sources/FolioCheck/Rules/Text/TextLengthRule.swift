import FolioModel

/// A bullet or impact line short enough to take in at a glance (seed 002).
struct TextLengthRule: Rule {
    /// The widest line, in columns: Hangul and other wide characters count 2, Latin 1.
    static let limit = 100
    /// About how many Hangul syllables fill `limit` columns. The init scaffold states both numbers.
    static let hangulLimit = limit / 2

    static let description = RuleDescription(
        id: "text.length", severity: .warning,
        summary: LocalizedText(
            ko: "목록 항목과 결과(`impact`) 한 줄이 한 눈에 읽히는 길이(폭 \(limit)칸: 한글 2칸, 영문·숫자 1칸, 한글 약 \(hangulLimit)자)를 넘지 않는지 확인합니다.",
            en: "A bullet or impact line stays within what a reader takes in at a glance: \(limit) columns (Hangul counts 2, Latin 1; about \(hangulLimit) Hangul syllables)."),
        seed: SeedCitation(Seed.s002, passage: "구구절절 적지 말고, 한 눈에 잘 들어올 수 있도록 작성하도록 하자."),
        rationale: LocalizedText(
            ko: "서류를 보는 사람은 한 항목에 몇 초만 씁니다. 한 줄에 한 가지만 담아야 눈에 걸립니다.",
            en: "A reviewer spends seconds per item. One point per line is what catches the eye."),
        help: LocalizedText(
            ko: "한 줄에 한 가지만 쓰세요. 폭은 한글 2칸, 영문·숫자·기호 1칸으로 세어 \(limit)칸(한글 약 \(hangulLimit)자) 이하로 줄이고, 긴 설명은 여러 항목으로 나누세요.",
            en: "One point per line. Width counts Hangul as 2 columns and Latin letters, digits and symbols as 1; stay within \(limit) columns and split long lines into several items."),
        triggering: [
            .editing("projects/orders-batch.md", "- 수집: CSV를 Python으로 읽어 Parquet으로 저장",
                     "↓- 수집: 쇼핑몰 주문 CSV 파일 아홉 개를 Python 스크립트로 매일 밤 읽어 들인 뒤 날짜별로 나눠 Parquet 파일로 변환해 저장하고 그 결과를 팀원에게 공유"),
            .editing("projects/orders-batch.md", "  - 일별 매출 집계 30분 → 2분",
                     "  - ↓일별 매출 집계를 사람이 엑셀로 직접 하던 것을 자동화해서 30분 걸리던 일을 2분으로 줄이고 실수도 없앴으며 팀원들이 아침마다 바로 볼 수 있게 됨"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "- 수집: CSV를 Python으로 읽어 Parquet으로 저장"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        func measure(_ text: String, at location: SourceLocation) {
            let width = TextMeasure.displayWidth(text)
            guard width > Self.limit else { return }
            findings.append(context.finding(at: location, LocalizedText(
                ko: "이 줄은 폭이 \(width)칸입니다 (기준 \(Self.limit)칸, 한글 2칸·영문 1칸). 읽는 사람은 한 항목에 몇 초만 쓰니, 한 가지만 남기거나 여러 줄로 나누세요.",
                en: "this line is \(width) columns wide (limit \(Self.limit); Hangul counts 2, Latin 1). Readers give an item a few seconds: keep one point or split it.")))
        }
        for project in context.workspace.projects {
            for line in project.impact { measure(line.value, at: line.location) }
            for section in project.body.sections {
                for bullet in Self.longBullets(section) { measure(bullet.value, at: bullet.location) }
            }
        }
        for story in context.workspace.stories {
            for section in story.body.sections {
                for bullet in Self.longBullets(section) { measure(bullet.value, at: bullet.location) }
            }
        }
        return findings
    }

    /// The bullets of a section that may be too wide: a line within the limit needs no closer look.
    static func longBullets(_ section: MarkdownBody.Section) -> [Located<String>] {
        let long = section.lines.filter { TextMeasure.displayWidth($0.value) > limit }
        guard !long.isEmpty else { return [] }
        let starts = Set(long.map(\.location))
        return section.bullets.filter { starts.contains($0.location) }
    }
}
