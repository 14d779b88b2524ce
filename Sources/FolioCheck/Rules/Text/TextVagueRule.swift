import FolioModel

/// Vague claims that no measurement qualifies (seed 000 §1.1, seed 002), read by the text layer's
/// `Claim`: a size claim needs a size or count in its clause, an improvement, quality or achievement
/// claim (`성공적으로 완료했습니다`) a result in its sentence, and a cliché (`열정`, `성실`, `passionate`) is never answered by a number.
struct TextVagueRule: Rule {
    static let description = RuleDescription(
        id: "text.vague", severity: .suggestion,
        summary: LocalizedText(
            ko: "측정값 없이 쓴 막연한 표현(\"대용량\", \"성능을 개선\", \"안정성을 높였습니다\", \"성공적으로 완료\", \"열정\", \"large data\", \"improved\")을 찾습니다. 크기 표현은 같은 절에, 개선·성공 표현은 같은 문장에 측정값이 있으면 괜찮습니다.",
            en: "Vague claims no measurement qualifies (\"대용량\", \"large-scale\", \"improved\", \"robust\", \"completed successfully\", \"passionate\"). A size claim needs a size in its clause; an improvement or success claim a result in its sentence."),
        seed: SeedCitation(Seed.s000, Seed.s002, passage: "분석가와의 커뮤니케이션을 위한 정확한 단어선택 / 구구절절 적지 말고, 한 눈에 잘 들어올 수 있도록"),
        rationale: LocalizedText(
            ko: "\"대용량\"은 사람마다 1 GB일 수도 1 PB일 수도 있습니다. 정확한 단어와 숫자를 쓰는 사람이 협업에서도 오해를 덜 만든다고 봅니다. \"열정\", \"성실\"은 모든 지원자가 쓰는 말이라 아무것도 보여 주지 못합니다.",
            en: "\"Large data\" may mean 1 GB or 1 PB. Someone who writes exact words and numbers is trusted to communicate clearly at work. \"Passionate\" and \"hard-working\" are claimed by every applicant and show nothing."),
        help: LocalizedText(
            ko: "표현을 숫자로 바꾸세요: \"대용량 데이터\" → \"하루 1,200만 행(8 GB)\", \"성능을 개선\" → \"6시간 → 20분\", \"안정성을 높임\" → \"4주간 장애 0건\", \"성공적으로 완료\" → 무엇이 얼마나 달라졌는지. 태도(열정, 성실)는 그것을 보여 준 일로 바꾸세요. 연도, 인원(4명), 버전(3.5)은 측정값으로 치지 않습니다.",
            en: "Replace the phrase with numbers: \"large data\" → \"12 million rows (8 GB) a day\", \"improved performance\" → \"6 h → 20 min\", \"more stable\" → \"0 incidents in 4 weeks\", \"completed successfully\" → what changed, by how much. Replace an attitude (passionate, hard-working) with what you did that shows it. Years, team sizes and versions do not count as measurements."),
        triggering: [
            .editing("projects/orders-batch.md", "공개 쇼핑몰 주문 데이터를 날마다 집계해 매출 표를 만드는 개인 프로젝트입니다.",
                     "공개 쇼핑몰 주문 데이터를 날마다 집계해 매출 표를 만드는 개인 프로젝트입니다.\n↓대용량 데이터를 처리하여 성능을 개선했습니다."),
            .editing("folio.yaml", "headline: 주문 데이터를 매일 정확하게 집계하는 신입 데이터 엔지니어", "headline: ↓Big Data를 다루는 신입 데이터 엔지니어"),
            .editing("projects/orders-batch.md", "공개 쇼핑몰 주문 데이터를 날마다 집계해 매출 표를 만드는 개인 프로젝트입니다.",
                     "↓대용량 데이터를 처리하는 1인 파이프라인으로 성능을 개선했습니다.",
                     excerpt: "대용량 데이터를 처리하는 1인 파이프라인으로 성능을 개선했습니다.   # 1인은 측정값이 아님"),
            .editing("projects/orders-batch.md", "공개 쇼핑몰 주문 데이터를 날마다 집계해 매출 표를 만드는 개인 프로젝트입니다.",
                     "↓대량의 데이터를 효율적으로 처리하고 속도를 크게 향상시켰으며 팀에 공유했습니다."),
            .editing("projects/orders-batch.md", "  - 일별 매출 집계 30분 → 2분", "  - 일별 매출 집계 30분 → 2분\n  - k8s 위에 배포를 자동화해 ↓안정성을 높였습니다"),
            .editing("projects/orders-batch.md", "공개 쇼핑몰 주문 데이터를 날마다 집계해 매출 표를 만드는 개인 프로젝트입니다.",
                     "공개 쇼핑몰 주문 데이터를 날마다 집계해 매출 표를 만드는 개인 프로젝트입니다.\n2024년 6월 ↓성공적으로 프로젝트를 완료했습니다."),
            .editing("folio.yaml", "  안녕하세요, 주문 데이터를", "  ↓열정과 성실함으로 최선을 다하는 지원자입니다. 주문 데이터를",
                     excerpt: "intro: |\n  열정과 성실함으로 최선을 다하는 지원자입니다. …"),
            .editing("folio.yaml", "certifications:", """
                experience:
                  - organization: 주식회사 데이터
                    period: 2023-03 – 현재
                    role: 주문 파이프라인 담당
                    highlights:
                      - 일 배치 6시간 → 40분
                      - 주문 파이프라인을 ↓안정적으로 운영
                certifications:
                """, excerpt: "experience:\n  - highlights:\n      - 주문 파이프라인을 안정적으로 운영"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "공개 쇼핑몰 주문 데이터를 날마다 집계해 매출 표를 만드는 개인 프로젝트입니다."),
            .editing("projects/orders-batch.md", "공개 쇼핑몰 주문 데이터를 날마다 집계해 매출 표를 만드는 개인 프로젝트입니다.",
                     "공개 쇼핑몰 주문 데이터를 날마다 집계해 매출 표를 만드는 개인 프로젝트입니다.\nThe first load was not successful, and a rerun wasn't successful either."),
            .editing("projects/orders-batch.md", "공개 쇼핑몰 주문 데이터를", "하루 100만 행의 대용량 주문 데이터를"),
            .editing("projects/orders-batch.md", "공개 쇼핑몰 주문 데이터를", "청년 AI Big Data 아카데미에서 공개 쇼핑몰 주문 데이터를"),
            .editing("folio.yaml", "headline: 주문 데이터를 매일 정확하게 집계하는 신입 데이터 엔지니어", "headline: 주문 데이터를 집계하는 신입 빅데이터 엔지니어"),
            .editing("projects/orders-batch.md", "  - 일별 매출 집계 30분 → 2분", "  - 배포를 자동화해 4주간 장애 0건으로 안정성을 높였습니다"),
            .editing("projects/orders-batch.md", "공개 쇼핑몰 주문 데이터를 날마다 집계해 매출 표를 만드는 개인 프로젝트입니다.",
                     "공개 쇼핑몰 주문 데이터를 날마다 집계해 매출 표를 만드는 개인 프로젝트입니다.\n이관을 성공적으로 마쳐 집계가 30분에서 2분으로 줄었습니다."),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        let profile = context.profile
        // One finding per problem: an attitude as a strength is profile.strengths' finding.
        let strengths = [profile.strengths.base, profile.strengths.alpha].compactMap { $0 }
            .filter { !ProfileStrengthsRule.isAttitude($0.value) }
        for line in ([profile.headline].compactMap { $0 } + strengths) {
            findings += scan([line], context, clichés: true)
        }
        // The intro is read sentence by sentence across its lines (`…0.61에서\n0.83으로 높였고`).
        if let intro = profile.intro {
            let lines = intro.value.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { offset, line in
                Located(String(line), at: SourceLocation(
                    file: intro.location.file, line: intro.location.line + offset, column: offset == 0 ? intro.location.column : intro.location.column))
            }
            findings += scan(lines, context, clichés: true)
        }
        for project in context.workspace.projects {
            for line in project.impact { findings += scan([line], context, clichés: false) }
            for paragraph in Self.paragraphs(project.body.lines) { findings += scan(paragraph, context, clichés: false) }
        }
        // A job's highlights are what a reviewer reads first of it, like a project's impact; only the
        // jobs a reviewer reads for results (recent delivery work, as experience.impact asks).
        for job in context.workspace.recentDeliveryJobs(asOf: context.today) {
            for line in job.highlights { findings += scan([line], context, clichés: false) }
        }
        for story in context.workspace.stories {
            // A result with no measurement is story.measured's finding; its vague words are that finding too.
            var skipped = story.section(.result).flatMap { section in
                Measurement.scan(section.plainText).hasResult ? nil : Set(section.lines.map(\.location.line))
            } ?? []
            // The options of an alternatives section are proposals, not claims of a result; in a section
            // that lists them inside (`## 해결 방법` with `- 대안 1: …`), only the options are.
            if let alternatives = story.section(.alternatives) {
                skipped.formUnion((alternatives.listsOptionsInside ? alternatives.options : alternatives.lines).map(\.location.line))
            }
            let lines = story.body.lines.filter { !skipped.contains($0.location.line) }
            for paragraph in Self.paragraphs(lines) { findings += scan(paragraph, context, clichés: false) }
        }
        return findings
    }

    /// Consecutive lines of one paragraph (a list item starts a new one), so that a sentence wrapped
    /// over two lines is read whole.
    static func paragraphs(_ lines: [Located<String>]) -> [[Located<String>]] {
        var groups: [[Located<String>]] = []
        for line in lines {
            let startsItem = MarkdownBody.stripListMarker(line.value) != line.value
            if let last = groups.last?.last, last.location.line + 1 == line.location.line, !startsItem {
                groups[groups.count - 1].append(line)
            } else {
                groups.append([line])
            }
        }
        return groups
    }

    /// The first unqualified claim of each line of a paragraph, read as one text, located on its line.
    func scan(_ lines: [Located<String>], _ context: RuleContext, clichés: Bool) -> [Finding] {
        // Joined with spaces: a sentence wrapped over two lines is one sentence (same offsets as "\n").
        let text = lines.map(\.value).joined(separator: " ")
        var starts: [Int] = []
        var offset = 0
        for line in lines {
            starts.append(offset)
            offset += line.value.unicodeScalars.count + 1
        }
        // One finding per line, at its first claim; the line's other vague words are named in it
        // ("robust, scalable pipeline for large-scale data": all three, not "robust" alone).
        var byLine: [(index: Int, claims: [Claim])] = []
        for claim in Claim.vague(in: text) where clichés || claim.kind != .cliche {
            let index = (starts.lastIndex { $0 <= claim.range.lowerBound }) ?? 0
            if let last = byLine.indices.last, byLine[last].index == index {
                if !byLine[last].claims.contains(where: { $0.text.lowercased() == claim.text.lowercased() }) { byLine[last].claims.append(claim) }
            } else {
                byLine.append((index, [claim]))
            }
        }
        return byLine.map { index, claims in
            var located = lines[index]
            located.location.column += claims[0].range.lowerBound - starts[index]
            var finding = finding(for: claims[0], at: located.location, context)
            let others = claims.dropFirst().map { "\"\($0.text)\"" }
            if !others.isEmpty {
                let list = others.joined(separator: ", ")
                finding.message = LocalizedText(
                    ko: finding.message.ko + " \(list)도 마찬가지입니다.",
                    en: finding.message.en + " The same goes for \(list).")
            }
            return finding
        }
    }

    func finding(for claim: Claim, at location: SourceLocation, _ context: RuleContext) -> Finding {
        let quoted = "\"\(claim.text)\""
        let message: LocalizedText = switch claim.kind {
        case .cliche:
            LocalizedText(
                ko: "\(Josa.topic.after(quoted)) 모든 지원자가 쓰는 말이라 아무것도 보여 주지 못합니다. 그 태도를 보여 준 일을 숫자와 함께 쓰세요.",
                en: "\(quoted) is claimed by every applicant and shows nothing. Write what you did that shows it, with a number.")
        case .size:
            LocalizedText(
                ko: "\(Josa.topic.after(quoted)) 크기를 말하지 않습니다. 같은 절에 얼마나 되는지 쓰세요 (예: 하루 1,200만 행, 8 GB).",
                en: "\(quoted) does not say how much. Give the size in the same clause (e.g. 12 million rows a day, 8 GB).")
        case .achievement:
            LocalizedText(
                ko: "\(Josa.topic.after(quoted)) 무엇을 이뤘는지 말하지 않습니다. 같은 문장에 결과를 숫자나 바뀐 점으로 쓰세요 (예: 정산 오류 월 12건 → 0건, 마감 2주 전 오픈).",
                en: "\(quoted) does not say what was achieved. Give the result in the same sentence: a number or what changed (e.g. settlement errors 12 a month → 0, live two weeks before the deadline).")
        case .improvement, .intensity, .quality:
            LocalizedText(
                ko: "\(Josa.topic.after(quoted)) 측정값 없이는 막연합니다. 같은 문장에 얼마나 나아졌는지 숫자로 쓰세요 (예: 6시간 → 20분, 4주간 장애 0건).",
                en: "\(quoted) is vague without a measurement. Say how much better in the same sentence (e.g. 6 h → 20 min, 0 incidents in 4 weeks).")
        }
        return context.finding(at: location, message)
    }
}
