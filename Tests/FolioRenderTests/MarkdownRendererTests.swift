import Foundation
import Testing
import FolioModel
@testable import FolioRender
import FolioTestSupport

/// The Markdown portfolio, read back through a Markdown parser (cmark, keeping raw HTML) and the HTML test parser:
/// the structure a GitHub profile README would show.
@Suite struct MarkdownRendererTests {
    func parsed(_ markdown: String) -> HTMLElement {
        HTMLTree.parse(CommonMark.unsanitisedHTML(markdown))
    }

    @Test func koreanExampleReadsAsAProfileREADME() throws {
        let workspace = try Fixtures.example("junior-data-engineer-ko")
        let document = parsed(try Fixtures.markdown(workspace))
        #expect(document.first("h1")?.text == "김하늘")
        #expect(document.all("h2").map(\.text).prefix(2) == ["스킬", "프로젝트"])
        let titles = document.all("h3").map(\.text)
        #expect(titles.contains("열연 공정 센서 데이터 수집·불량 리포트 파이프라인 · 2024-09 – 2024-11"))
        #expect(titles.contains("모바일 게임 로그 실시간 수집·지표 대시보드 · 2024-07 – 2024-08"))
        let links = document.all("a").compactMap { $0.attributes["href"] }
        #expect(links.contains("mailto:haneul.kim@example.com"))
        #expect(links.contains("https://github.com/haneul-data"))
        #expect(document.all("blockquote").count == 2, "each featured project's best story, quoted")
        // The OOM story's troubleshooting box gives the cause, not what the Spark UI showed.
        let boxes = document.all("blockquote").map(\.text)
        let oom = try #require(boxes.first { $0.contains("executor 하나의 메모리(4 GB)를 넘겼습니다") })
        #expect(!oom.contains("스테이지 화면에서"))
    }

    @Test func userTextCannotBreakTheStructure() throws {
        let title = "# *not* a [link](javascript:x) | <b>bold</b> `code` 1. item"
        let (_, workspace) = try Fixtures.workspace([
            "projects/sensor.md": """
                ---
                title: "\(title)"
                team: 3
                stack: [Apache Spark]
                impact:
                  - "- 6시간 → 20분 **굵게** _기울임_"
                ---
                ## 개요
                센서 로그
                """,
            "folio.yaml": SampleFiles.profile + "\nheadline: \"1. 헤드라인 <script>x</script>\"\n",
        ])
        let markdown = try Fixtures.markdown(workspace)
        let document = parsed(markdown)
        // Every character shows as written; a code span the user wrote stays a code span.
        #expect(document.all("h3").first?.text == title.replacingOccurrences(of: "`", with: ""))
        #expect(document.all("b").isEmpty && document.all("script").isEmpty)
        #expect(document.all("code").map(\.text) == ["code"])
        #expect(!document.all("a").contains { $0.attributes["href"]?.contains("javascript") == true })
        let impact = document.all("li").last { $0.text.contains("6시간") }
        #expect(impact?.text == "- 6시간 → 20분 **굵게** _기울임_")
        #expect(impact?.all("strong").isEmpty == true)
        #expect(document.first("p")?.first("strong")?.text == "1. 헤드라인 <script>x</script>")
    }

    @Test func fullMarkdownNestsBodiesUnderTheirProject() throws {
        let workspace = try Fixtures.example("junior-data-engineer-ko")
        let document = parsed(try Fixtures.markdown(workspace, PortfolioOptions(full: true)))
        let headings = document.all("h4").map(\.text)
        #expect(headings.contains("개요"))
        #expect(headings.contains("트러블슈팅: 야간 배치 Spark 집계 잡 OOM (파티션 쏠림) (2024-10)"))
        #expect(document.all("h5").map(\.text).contains("대안"))
        // Nothing from a body climbs above the project headings.
        #expect(document.all("h1").count == 1)
        #expect(document.all("h2").map(\.text).allSatisfy { ["자기소개", "스킬", "프로젝트", "경력", "학력·자격"].contains($0) })
    }

    @Test func escapingKeepsTextReadable() {
        #expect(Escaping.markdown("Spark 3.5 (AQE)") == "Spark 3.5 (AQE)")
        #expect(Escaping.markdown("2.43") == "2.43")
        #expect(Escaping.markdown("1. first") == "1\\. first")
        #expect(Escaping.markdown("max_active_runs") == "max\\_active\\_runs")
        #expect(Escaping.markdown("a\nb") == "a b")
    }
}
