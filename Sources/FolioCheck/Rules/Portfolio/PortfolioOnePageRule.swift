import FolioModel
import FolioRender

/// `portfolio.one-page`: the one-page portfolio had to leave featured content out to fit an
/// A4 page. Runs the same selection `folio build --pdf` prints with (`OnePageSelection.selectAsPrinted`), so the
/// finding names exactly what the page will lack, at the project's or story's `title:` line.
public struct PortfolioOnePageRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "portfolio.one-page",
        severity: .warning,
        summary: LocalizedText(
            ko: "한 페이지 포트폴리오(A4)에 대표 프로젝트나 그 트러블슈팅이 다 들어가지 않습니다.",
            en: "The one-page portfolio (A4) cannot hold every featured project and its troubleshooting story."),
        seed: SeedCitation(
            "002_029741b1b488e87f.txt",
            passage: "포트폴리오의 주된 목적은 내 스킬셋을 보여주기 위한 것이다. 구구절절 적지 말고, 한 눈에 잘 들어올 수 있도록"),
        rationale: LocalizedText(
            ko: "포트폴리오는 스킬셋을 한 눈에 보여 주는 문서입니다. 한 장을 넘기면 대표로 고른 프로젝트가 잘려 나가고, 읽는 사람은 가장 보여 주고 싶은 것을 못 보게 됩니다.",
            en: "A portfolio shows the skill set at a glance. When it runs past one page, featured projects are cut, and the reader misses what you most wanted to show."),
        help: LocalizedText(
            ko: "대표(featured: true) 프로젝트를 2–3개로 줄이거나, 성과·역할·데이터 설명을 짧게 다듬으세요. 전부 보여 줄 문서는 `folio build --full`이 따로 만듭니다.",
            en: "Feature two or three projects (featured: true), or shorten their impact, role and data lines. `folio build --full` writes a separate document with everything."),
        triggering: [
            RuleExample(crowdedWorkspace(projects: 4, marked: 3), excerpt: "title: ↓Project 3 (four featured projects with seven long impact lines each: one finding names Project 3 and Project 4)"),
        ],
        nonTriggering: [
            RuleExample(crowdedWorkspace(projects: 2, marked: 3), excerpt: "two featured projects fit on one page"),
            // With nothing marked featured every project counts as featured; one project fits.
            RuleExample(crowdedWorkspace(projects: 1, marked: 2, featured: false), excerpt: "featured: false"),
        ])

    public func check(_ context: RuleContext) -> [Finding] {
        // The page as printed: measured in the browser when the estimate would drop featured content.
        let selection = OnePageSelection.selectAsPrinted(context.workspace, catalog: context.catalog, browser: try? PDFPrinter.find())
        let omitted = selection.omitted.filter(\.featured)
        guard let first = omitted.first else { return [] }
        guard omitted.count > 1 else {
            return [context.finding(at: first.location, LocalizedText(
                ko: "한 페이지 포트폴리오에 \(Josa.object.after(first.description.ko)) 싣지 못했습니다 (A4 한 장을 넘습니다).",
                en: "The one-page portfolio leaves out the \(first.description.en): it does not fit on one A4 page."))]
        }
        // One finding for the page, at the first item left out; the others with their file:line.
        let list = LocalizedText(
            ko: omitted.enumerated().map { $0 == 0 ? $1.description.ko : "\($1.description.ko) (\($1.location))" }.joined(separator: ", "),
            en: omitted.enumerated().map { $0 == 0 ? $1.description.en : "\($1.description.en) (\($1.location))" }.joined(separator: ", "))
        return [context.finding(at: first.location, LocalizedText(
            ko: "한 페이지 포트폴리오에 대표 항목 \(omitted.count)개를 싣지 못했습니다 (A4 한 장을 넘습니다): \(list.ko).",
            en: "The one-page portfolio leaves out \(omitted.count) featured items, which do not fit on one A4 page: \(list.en)."))]
    }

    /// A workspace with `projects` featured projects, each with seven two-line impact lines (two
    /// such cards fit on a page, a third does not); project number `marked`, the first left out,
    /// carries the `↓` marker on its title (the one finding is there).
    static func crowdedWorkspace(projects: Int, marked: Int, featured: Bool = true) -> [String: String] {
        var files = [
            "folio.yaml": """
                name: 김데이터
                headline: 데이터 파이프라인을 만드는 신입 데이터 엔지니어
                lang: ko
                contact:
                  email: kim@example.com
                  github: https://github.com/kim
                target:
                  role: data-engineer
                strengths:
                  base: 분산 처리 (Apache Spark)
                  alpha: 데이터 품질 검증
                """,
            "skills.yaml": """
                - name: Apache Spark
                  level: 3
                  version: "3.5"
                  depth: executor 메모리와 셔플 파티션 수를 튜닝했습니다
                  since: 2024-07
                """,
        ]
        let impact = (1...7).map { line in
            "  - 야간 배치 집계 잡의 처리 시간을 단계 \(line)에서 3시간 10분에서 45분으로 줄이고 실패 알림을 자동화해 운영 부담을 덜었습니다 (11월 한 달 동안 매일 측정)"
        }.joined(separator: "\n")
        for number in 1...projects {
            let marker = number == marked ? "↓" : ""
            files["projects/p\(number).md"] = """
                ---
                title: \(marker)Project \(number)
                period: 2024-0\(min(number, 9)) – 2024-10
                team: 3
                role: 수집·적재 파이프라인 담당 (3명 중 데이터 엔지니어 1명)
                stack: [Apache Spark]
                impact:
                \(impact)
                featured: \(featured)
                ---
                ## 개요
                센서 로그를 적재합니다.
                """
        }
        return files
    }
}
