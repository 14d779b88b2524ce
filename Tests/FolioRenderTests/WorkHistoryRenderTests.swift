import Foundation
import Testing
import FolioModel
@testable import FolioRender
import FolioTestSupport

/// The work history, awards and languages on the page: where they come for a junior and a
/// mid-level target, `현재` / `present` in the workspace's language, escaped in HTML and Markdown.
@Suite struct WorkHistoryRenderTests {
    static func profile(lang: String, level: String, extra: String) -> String {
        """
        name: 김데이터
        headline: 데이터 엔지니어
        lang: \(lang)
        contact:
          email: kim@example.com
        target:
          role: data-engineer
          level: \(level)
        \(extra)
        """
    }

    static let jobs = """
        experience:
          - organization: 옛 회사
            position: 주니어 엔지니어
            period: 2019 – 2021
            highlights:
              - 정산 배치 3시간 → 20분
          - organization: "지금 회사 <b>&</b>"
            position: 데이터 엔지니어
            period: 2024년 7월 – 현재
            role: 주문 파이프라인 담당
            highlights:
              - "*중복* 2.3% → 0% <script>alert(1)</script>"
        awards:
          - name: 수요 예측 경진대회
            rank: 3위
            metric: RMSE 0.412 → 0.371
            approach: 시간대별 피처
        languages:
          - language: 영어
            test: TOEIC
            score: "915"
        """

    func html(lang: String, level: String, full: Bool = false) throws -> HTMLElement {
        let (_, workspace) = try Fixtures.workspace(["folio.yaml": Self.profile(lang: lang, level: level, extra: Self.jobs)])
        #expect(workspace.diagnostics.filter { $0.severity == .error }.isEmpty, "\(workspace.diagnostics)")
        return try Fixtures.html(workspace, PortfolioOptions(full: full))
    }

    func markdown(lang: String, level: String) throws -> String {
        let (_, workspace) = try Fixtures.workspace(["folio.yaml": Self.profile(lang: lang, level: level, extra: Self.jobs)])
        return try Fixtures.markdown(workspace)
    }

    @Test func midLevelLeadsWithTheWorkHistoryNewestFirst() throws {
        let document = try html(lang: "ko", level: "mid")
        let sections = document.all("section").compactMap { $0.attributes["class"] }
        let experience = try #require(sections.firstIndex(of: "experience"))
        let projects = try #require(sections.firstIndex(of: "projects"))
        #expect(experience < projects, "\(sections)")
        let jobs = document.first("section.experience")?.all("article.job") ?? []
        #expect(jobs.compactMap { $0.first("h3")?.text } == ["데이터 엔지니어 · 지금 회사 <b>&</b>", "주니어 엔지니어 · 옛 회사"])
        #expect(jobs.first?.first("span.period")?.text == "2024-07 – 현재")
        // Years stay years.
        #expect(jobs.last?.first("span.period")?.text == "2019 – 2021")
        // User text is escaped: the highlight's tag is text, not an element.
        #expect(document.all("script").isEmpty)
        #expect(jobs.first?.first("ul.impact")?.text.contains("<script>alert(1)</script>") == true)
    }

    @Test func juniorLeadsWithProjectsThenTheWorkHistorySection() throws {
        let document = try html(lang: "ko", level: "junior")
        let sections = document.all("section").compactMap { $0.attributes["class"] }
        let experience = try #require(sections.firstIndex(of: "experience"), "\(sections)")
        #expect(try #require(sections.firstIndex(of: "projects")) < experience, "\(sections)")
        #expect(experience < (try #require(sections.firstIndex(of: "background"))), "\(sections)")
        let jobs = document.first("section.experience")?.all("article.job") ?? []
        #expect(jobs.first?.first("span.period")?.text == "2024-07 – 현재")
        #expect(jobs.first?.text.contains("주문 파이프라인 담당") == true)
        // The highlights are on the page, not only in --full.
        #expect(jobs.first?.first("ul.impact")?.text.contains("<script>alert(1)</script>") == true)
        #expect(jobs.last?.first("ul.impact")?.text == "정산 배치 3시간 → 20분")
        // No job row in the education section.
        let rows = document.first("section.background")?.all("dt").map(\.text) ?? []
        #expect(!rows.contains("경력"), "\(rows)")
        // The full portfolio has the section after the projects too.
        let full = try html(lang: "ko", level: "junior", full: true)
        let fullSections = full.all("section").compactMap { $0.attributes["class"] }
        #expect(try #require(fullSections.firstIndex(of: "experience")) > (try #require(fullSections.firstIndex(of: "projects"))), "\(fullSections)")
    }

    @Test func ongoingFollowsTheWorkspaceLanguage() throws {
        let english = try html(lang: "en", level: "mid")
        let period = english.first("section.experience")?.first("span.period")?.text
        #expect(period == "2024-07 – present")
        #expect(english.first("section.experience")?.first("h2")?.text == "Experience")
        let markdown = try self.markdown(lang: "en", level: "mid")
        #expect(markdown.contains("2024-07 – present") && !markdown.contains("현재"))
        let korean = try self.markdown(lang: "ko", level: "mid")
        #expect(korean.contains("2024-07 – 현재"))
    }

    @Test func markdownOrdersAndEscapes() throws {
        let mid = try markdown(lang: "ko", level: "mid")
        let experience = try #require(mid.range(of: "## 경력"))
        let projects = try #require(mid.range(of: "## 프로젝트"))
        #expect(experience.lowerBound < projects.lowerBound)
        // Markdown syntax in user text stays text.
        #expect(mid.contains("\\*중복\\*"), "\(mid)")
        #expect(!mid.contains("<script>"))
        #expect(mid.contains("**수상**: 수요 예측 경진대회 · 3위 — RMSE 0.412 → 0.371 — 시간대별 피처"))
        #expect(mid.contains("**어학**: 영어 TOEIC 915"))
    }

    @Test func awardsAndLanguagesInTheBackground() throws {
        let document = try html(lang: "en", level: "mid")
        let rows = document.first("section.background")?.all("div.row") ?? []
        let awards = try #require(rows.first { $0.first("dt")?.text == "Awards" })
        #expect(awards.text.contains("수요 예측 경진대회 · 3위"))
        #expect(awards.first("span.metric")?.text == "RMSE 0.412 → 0.371 — 시간대별 피처")
        #expect(rows.contains { $0.first("dt")?.text == "Languages" && $0.text.contains("TOEIC 915") })
    }

    /// A mid-level page leads with the work history, highlights and all: a job of five highlights
    /// shows all five when the page has room, and the verdict ("everything fits") is then true.
    /// When the page runs short, the highlights that give way are named, never dropped in silence.
    static let fiveHighlights = [
        "일 배치 6시간 → 40분 (Spark 파티션 재설계)",
        "중복 적재 2.3% → 0% (멱등 키 도입)",
        "장애 알림 월 5회 → 1회",
        "정산 리포트 생성 3시간 → 15분",
        "신규 입사자 온보딩 문서 12편 작성",
    ]
    static let busyJob = """
        experience:
          - organization: 주식회사 라이드웨이브
            position: 데이터 엔지니어
            period: 2022-07 – 현재
            role: 주문 이벤트 파이프라인 담당 (엔지니어 4명 중 1명)
            highlights:
        \(fiveHighlights.map { "      - \($0)" }.joined(separator: "\n"))
        """

    @Test func aMidLevelPageShowsEveryHighlightItSaysItHolds() throws {
        let (_, workspace) = try Fixtures.workspace(["folio.yaml": Self.profile(lang: "ko", level: "mid", extra: Self.busyJob)])
        let portfolio = PortfolioBuilder().build(workspace)
        #expect(portfolio.omissions.isEmpty, "\(portfolio.omissions.map(\.description.ko))")
        let shown = try Fixtures.html(workspace).first("section.experience")?.first("ul.impact")?.all("li").map(\.text)
        #expect(shown == Self.fiveHighlights)
        let markdown = try Fixtures.markdown(workspace)
        for highlight in Self.fiveHighlights {
            #expect(markdown.contains("- \(highlight)"), "\(highlight) in\n\(markdown)")
        }

        // On a page too short for all of them, the last highlights give way and are reported.
        let content = PortfolioBuilder().rank(workspace)
        var heights = BlockHeights.estimated
        heights.usable = .infinity
        let everything = OnePageSelection.select(content, heights: heights)
        #expect(everything.experience.first?.highlights == Self.fiveHighlights)
        // The page shrunk a point at a time until the job no longer holds all five.
        heights.usable = everything.estimatedHeight
        var tight = everything
        while tight.experience.first?.highlights.count == 5, heights.usable > 0 {
            heights.usable -= 1
            tight = OnePageSelection.select(content, heights: heights)
        }
        #expect(tight.experience.first?.highlights == Array(Self.fiveHighlights.prefix(4)), "the job stays, its last highlight gives way")
        let job = tight.omitted.filter { $0.kind == .experience }
        #expect(job.map(\.description.ko) == ["경력 '데이터 엔지니어 · 주식회사 라이드웨이브'의 성과 1개"])
        #expect(job.first?.location.file == "folio.yaml" && (job.first?.location.line ?? 0) > 0)
    }

    /// A junior's page shows at most three highlights a job; the ones past three are told as left
    /// out, so "everything fits" is never said of a page without them.
    @Test func aJuniorPageNamesTheHighlightsPastThree() throws {
        let (_, workspace) = try Fixtures.workspace(["folio.yaml": Self.profile(lang: "en", level: "junior", extra: Self.busyJob)])
        let portfolio = PortfolioBuilder().build(workspace)
        #expect(portfolio.experience.first?.highlights == Array(Self.fiveHighlights.prefix(3)))
        let shown = try Fixtures.html(workspace).first("section.experience")?.first("ul.impact")?.all("li").map(\.text)
        #expect(shown == Array(Self.fiveHighlights.prefix(3)))
        #expect(portfolio.omissions.map(\.description.en) == ["2 highlights of job '데이터 엔지니어 · 주식회사 라이드웨이브'"])
        #expect(portfolio.omissions.first?.location.file == "folio.yaml")
    }

    @Test func theEnglishExampleIsAMidLevelEngineerWithTwoJobs() throws {
        let workspace = try Fixtures.example("junior-data-engineer-en")
        let portfolio = PortfolioBuilder().build(workspace)
        #expect(portfolio.workFirst)
        #expect(portfolio.experience.map(\.organization) == ["Parcelly", "Shoply"])
        #expect(portfolio.experience.first?.period == "2023-03 – present")
        let dated = portfolio.projects.compactMap(\.period)
        #expect(dated == dated.sorted(by: >), "projects newest first: \(dated)")
    }
}
