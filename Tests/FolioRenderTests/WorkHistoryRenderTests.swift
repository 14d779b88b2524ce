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
