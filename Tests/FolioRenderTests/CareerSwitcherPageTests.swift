import Foundation
import Testing
import FolioModel
@testable import FolioRender
import FolioTestSupport

/// The one page of a junior career switcher (the new user's trial report, items 3, 13 and 15): the
/// two-year job is a section of its own with its highlights, after the projects; the contact
/// labels are Korean on a Korean page; the team size is not repeated after a role that says it.
@Suite struct CareerSwitcherPageTests {
    static func workspace(_ overrides: [String: String] = [:]) throws -> (TemporaryWorkspace, Workspace) {
        var files = CareerSwitcher.files
        for (path, text) in overrides { files[path] = text }
        let folder = try TemporaryWorkspace(files)
        return (folder, try folder.load())
    }

    @Test func theJobIsItsOwnSectionAfterTheProjectsWithItsHighlights() throws {
        let (_, workspace) = try Self.workspace()
        let document = try Fixtures.html(workspace)
        let sections = document.all("section").compactMap { $0.attributes["class"] }
        let projects = try #require(sections.firstIndex(of: "projects"))
        let experience = try #require(sections.firstIndex(of: "experience"), "\(sections)")
        let background = try #require(sections.firstIndex(of: "background"))
        #expect(projects < experience && experience < background, "a junior leads with projects: \(sections)")
        let job = try #require(document.first("section.experience")?.first("article.job"))
        #expect(document.first("section.experience")?.first("h2")?.text == "경력")
        #expect(job.first("h3")?.text == CareerSwitcher.jobTitle)
        #expect(job.first("span.period")?.text == "2022-07 – 2024-08")
        #expect(job.first("ul.impact")?.all("li").map(\.text) == CareerSwitcher.highlights)
        // The background section is education and certificates only: no job squeezed into a row.
        let rows = document.first("section.background")?.all("dt").map(\.text) ?? []
        #expect(!rows.contains("경력"), "\(rows)")

        let markdown = try Fixtures.markdown(workspace)
        let order = ["## 프로젝트", "## 경력", "### \(CareerSwitcher.jobTitle) · 2022-07 – 2024-08", "- \(CareerSwitcher.highlights[2])", "## 학력·자격"]
        let positions = try order.map { try #require(markdown.range(of: $0), "\($0) in\n\(markdown)").lowerBound }
        #expect(positions == positions.sorted(), "\(markdown)")
    }

    /// A page with less room than everything needs keeps the job's title, period, part and stack,
    /// the projects and the education, and gives up the job's last highlights first; what it drops
    /// is reported with the job's line in folio.yaml.
    @Test func onAFullPageTheHighlightsGiveWayAndAreReported() throws {
        let (_, workspace) = try Self.workspace()
        let content = PortfolioBuilder().rank(workspace)
        var heights = BlockHeights.estimated
        heights.usable = .infinity
        let everything = OnePageSelection.select(content, heights: heights)
        let full = try #require(everything.experience.first)
        #expect(full.highlights == CareerSwitcher.highlights)
        #expect(everything.omitted.isEmpty)

        // One point short of everything: the last highlight is what gives way.
        heights.usable = everything.estimatedHeight - 1
        let tight = OnePageSelection.select(content, heights: heights)
        let job = try #require(tight.experience.first, "the job itself stays: \(tight.omitted)")
        #expect(job.title == CareerSwitcher.jobTitle && job.period == "2022-07 – 2024-08")
        #expect(job.highlights == Array(CareerSwitcher.highlights.prefix(2)), "in the order written")
        #expect(tight.projects.count == 2 && tight.projects.first { $0.id == "bike-share-pipeline" }?.story != nil)
        #expect(!tight.education.isEmpty && !tight.certifications.isEmpty)
        let dropped = try #require(tight.omitted.first { $0.kind == .experience })
        #expect(tight.omitted.count == 1)
        #expect(dropped.description.ko == "경력 '\(CareerSwitcher.jobTitle)'의 성과 1개")
        #expect(dropped.description.en == "1 highlight of job '\(CareerSwitcher.jobTitle)'")
        #expect(dropped.location.file == "folio.yaml" && dropped.location.line > 0)
        #expect(!dropped.featured)

        // With no room for any highlight, the job's own lines still come before the education.
        let highlightsHeight = PageBudget.experienceCard(full) - PageBudget.experienceCard({ var bare = full; bare.highlights = []; return bare }())
        heights.usable = everything.estimatedHeight - highlightsHeight + 0.5
        let bare = OnePageSelection.select(content, heights: heights)
        #expect(bare.experience.first?.highlights == [], "\(bare.experience)")
        #expect(!bare.education.isEmpty)
        #expect(bare.omitted.map(\.description.ko) == ["경력 '\(CareerSwitcher.jobTitle)'의 성과 3개"])
    }

    @Test func contactLabelsAreInThePagesLanguage() throws {
        let (_, korean) = try Self.workspace()
        let labels = try Fixtures.html(korean).first("ul.contacts")?.all("span.label").map(\.text)
        #expect(labels == ["이메일", "전화", "GitHub", "블로그"])
        let markdown = try Fixtures.markdown(korean)
        #expect(markdown.contains("이메일: [seoyeon.park@example.com](mailto:seoyeon.park@example.com) · 전화: 010-0000-1234 · GitHub: "), "\(markdown)")
        #expect(!markdown.contains("Email") && !markdown.contains("Blog"))
        let english = try Fixtures.html(korean, PortfolioOptions(language: .en)).first("ul.contacts")?.all("span.label").map(\.text)
        #expect(english == ["Email", "Phone", "GitHub", "Blog"])
    }

    /// The company type by the one name the page and the workbook use.
    @Test func targetNamesTheCompanyTypeShort() throws {
        let (_, workspace) = try Self.workspace()
        let target = try Fixtures.html(workspace).first("section.target")?.first("dd")?.text ?? ""
        #expect(target.hasPrefix("데이터 엔지니어 · 서비스 기업 · "), "\(target)")
        #expect(!target.contains("대기업 서비스 지향"))
    }

    @Test func theTeamIsNotRepeatedAfterARoleThatSaysIt() throws {
        let (_, workspace) = try Self.workspace()
        let document = try Fixtures.html(workspace)
        let solo = try #require(document.first("#project-bike-share-pipeline")?.first("dl.facts")?.first("dd"))
        #expect(solo.text == "개인 프로젝트 (설계·구현 전부)")
        let team = try #require(document.first("#project-settlement-batch")?.first("dl.facts")?.first("dd"))
        #expect(team.text == "정산 배치 재작성 담당 (백엔드 3명 중 1명) · 4명")
        let markdown = try Fixtures.markdown(workspace)
        #expect(markdown.contains("- **역할**: 개인 프로젝트 (설계·구현 전부)\n"), "\(markdown)")

        #expect(PortfolioBuilder.teamLabel(5, role: "수집·적재 담당 (5명 중 데이터 엔지니어 2명)", .ko) == nil)
        #expect(PortfolioBuilder.teamLabel(5, role: "팀원 15명 중 파이프라인 담당", .ko) == "5명", "15명 is not the team of 5")
        #expect(PortfolioBuilder.teamLabel(1, role: "Solo project, design to deployment", .en) == nil)
        #expect(PortfolioBuilder.teamLabel(4, role: "Ingestion, one of 4 engineers", .en) == nil)
        #expect(PortfolioBuilder.teamLabel(4, role: "Ingestion", .en) == "team of 4")
        #expect(PortfolioBuilder.teamLabel(1, role: nil, .ko) == "개인 프로젝트")
    }
}
