import Foundation
import Testing
import FolioModel
@testable import FolioRender
import FolioTestSupport

/// The HTML portfolio, parsed: what a reader's browser would show.
@Suite struct HTMLRendererTests {
    @Test func koreanExampleHasEverySectionOfTheOnePage() throws {
        let document = try Fixtures.html(try Fixtures.example("junior-data-engineer-ko"))
        let html = try #require(document.first("html"))
        #expect(html.attributes["lang"] == "ko")
        #expect(document.first("header.profile")?.first("h1")?.text == "김하늘")
        #expect(document.first("p.headline")?.text.hasPrefix("센서·게임 로그 파이프라인") == true)
        let contacts = document.first("ul.contacts")?.all("a").compactMap { $0.attributes["href"] } ?? []
        #expect(contacts.contains("mailto:haneul.kim@example.com"))
        #expect(contacts.contains("https://github.com/haneul-data"))
        let target = document.first("section.target")?.all("dd").map(\.text) ?? []
        #expect(target.first == "데이터 엔지니어 · 대기업 데이터 플랫폼 · 신입")
        #expect(target.contains("분산 처리 파이프라인 (Apache Spark, Apache Kafka)"))
        #expect(target.contains("데이터 품질 검증과 모니터링 (Great Expectations, Grafana)"))

        let skills = try #require(document.first("section.skills"))
        #expect(skills.first("h2")?.text == "스킬")
        let groups = skills.all("div.skill-group").map { $0.first("h3")?.text ?? "" }
        #expect(groups.first == "주력 (Lv.3+)")
        let strong = skills.all("div.skill-group").first?.all("span.name").map(\.text) ?? []
        #expect(strong.contains("Apache Spark") && strong.contains("Apache Kafka"))

        let projects = try #require(document.first("section.projects"))
        #expect(projects.first("h2")?.text == "프로젝트")
        let cards = projects.all("article.project")
        let titles = cards.compactMap { $0.first("h3")?.text }
        // Featured projects first, then the rest.
        #expect(Set(titles.prefix(2)) == ["모바일 게임 로그 실시간 수집·지표 대시보드", "열연 공정 센서 데이터 수집·불량 리포트 파이프라인"])
        for card in cards where card.matches("article.featured") {
            let facts = card.all("dt").map(\.text)
            #expect(facts == ["역할", "기술 스택", "데이터"], "\(card.first("h3")?.text ?? "")")
            #expect(!(card.first("ul.impact")?.all("li").isEmpty ?? true))
            let story = try #require(card.first("aside.story"))
            #expect(story.all("p.line").count == 2, "the best story in two lines")
        }
        let sensor = try #require(cards.first { $0.attributes["id"] == "project-sensor-pipeline" })
        #expect(sensor.first("p.story-title")?.text == "트러블슈팅 야간 배치 Spark 집계 잡 OOM (파티션 쏠림)")
    }

    @Test func theFileIsSelfContained() throws {
        let document = try Fixtures.html(try Fixtures.example("junior-data-engineer-ko"))
        // Nothing to fetch: no external stylesheet, script, image or font.
        #expect(document.all("link").isEmpty)
        #expect(document.all("script").isEmpty)
        #expect(document.all("img").isEmpty)
        let style = try #require(document.first("style")).rawText
        #expect(!style.contains("@import") && !style.contains("url("))
        #expect(style.contains("@page"))
        #expect(style.contains("size: A4"))
        for font in ["Noto Sans KR", "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic"] {
            #expect(style.contains("\"\(font)\""), "font stack has \(font)")
        }
        #expect(document.first("meta")?.attributes["charset"] == "utf-8")
        let viewport = document.all("meta").first { $0.attributes["name"] == "viewport" }
        #expect(viewport?.attributes["content"]?.contains("width=device-width") == true)
    }

    @Test func userTextIsEscaped() throws {
        let (_, workspace) = try Fixtures.workspace([
            "folio.yaml": SampleFiles.profile.replacingOccurrences(of: "name: 김데이터", with: "name: \"김<b>데이터</b>\"")
                + "\nheadline: '\"><img src=x onerror=alert(1)>'\n",
            "projects/sensor.md": """
                ---
                title: <script>alert('x')</script> 파이프라인
                team: 3
                role: R&D <em>담당</em>
                stack: [Apache Spark]
                impact:
                  - 6시간 → 20분 <iframe src="https://evil.example"></iframe>
                featured: true
                ---
                ## 개요
                센서 로그
                """,
        ])
        let document = try Fixtures.html(workspace)
        #expect(document.all("script").isEmpty)
        #expect(document.all("img").isEmpty)
        #expect(document.all("iframe").isEmpty)
        #expect(document.all("b").isEmpty && document.all("em").isEmpty)
        #expect(document.first("h1")?.text == "김<b>데이터</b>")
        #expect(document.first("p.headline")?.text == "\"><img src=x onerror=alert(1)>")
        #expect(document.first("article.project")?.first("h3")?.text == "<script>alert('x')</script> 파이프라인")
        #expect(document.first("article.project")?.first("dd")?.text.hasPrefix("R&D <em>담당</em>") == true)
        #expect(document.first("ul.impact")?.text == "6시간 → 20분 <iframe src=\"https://evil.example\"></iframe>")
        #expect(document.first("title")?.text.hasPrefix("김<b>데이터</b>") == true)
    }

    @Test func onlyHTTPAndMailtoLinksSurvive() throws {
        let (_, workspace) = try Fixtures.workspace([
            "folio.yaml": """
                name: 김데이터
                lang: ko
                contact:
                  email: kim@example.com
                  github: javascript:alert(1)
                  blog: " JaVaScRiPt:alert(2)"
                  portfolio: https://kim.example/portfolio
                target:
                  role: data-engineer
                """,
            "projects/sensor.md": """
                ---
                title: 센서 파이프라인
                team: 3
                stack: [Apache Spark]
                links:
                  repo: javascript:alert(3)
                  demo: https://demo.example/"onmouseover="alert(4)
                ---
                ## 개요
                [click me](javascript:alert(5)) and [ok](https://ok.example/a_(b)) and
                [quote](https://q.example/"onmouseover="alert(6)) and ![pixel](https://tracker.example/p.png)
                and [data](data:text/html;base64,PHNjcmlwdD4=) and <a href="javascript:alert(7)">raw</a>
                <img src=x onerror=alert(8)>

                ```
                <script>alert(9)</script>
                ```
                """,
        ])
        let document = try Fixtures.html(workspace, PortfolioOptions(full: true))
        let anchors = document.all("a")
        for anchor in anchors {
            let href = try #require(anchor.attributes["href"], "every <a> has an href: \(anchor.text)")
            let scheme = href.split(separator: ":").first.map { $0.lowercased() } ?? ""
            #expect(["http", "https", "mailto"].contains(scheme), "\(href)")
            #expect(anchor.attributes.keys.allSatisfy { !$0.hasPrefix("on") }, "\(anchor.attributes)")
        }
        #expect(anchors.allSatisfy { !($0.attributes["href"] ?? "").lowercased().contains("javascript") })
        #expect(document.all("script").isEmpty)
        #expect(document.all("img").isEmpty, "images become links: a self-contained page fetches nothing")
        // The dropped links keep their text.
        let overview = try #require(document.first("section.body-section"))
        #expect(overview.text.contains("click me"))
        #expect(overview.text.contains("<a href=\"javascript:alert(7)\">raw</a>"))
        #expect(overview.text.contains("<img src=x onerror=alert(8)>"))
        #expect(overview.first("pre")?.text == "<script>alert(9)</script>")
        let kept = anchors.compactMap { $0.attributes["href"] }
        #expect(kept.contains("https://ok.example/a_%28b%29"))
        #expect(kept.contains("https://kim.example/portfolio"))
        #expect(kept.contains("https://tracker.example/p.png"))
        // The contact with a javascript: URL is shown as text, not as a link.
        #expect(document.first("ul.contacts")?.text.contains("javascript:alert(1)") == true)

        // The one page shows the project's links beside its title: the same filter applies.
        let onePage = try Fixtures.html(workspace)
        let cardLinks = onePage.first("article.project")?.all("a").compactMap { $0.attributes["href"] } ?? []
        #expect(cardLinks == ["https://demo.example/%22onmouseover=%22alert%284%29"])
    }

    @Test func englishWorkspaceGetsEnglishLabels() throws {
        let document = try Fixtures.html(try Fixtures.example("junior-data-engineer-en"))
        #expect(document.first("html")?.attributes["lang"] == "en")
        #expect(document.first("section.skills")?.first("h2")?.text == "Skills")
        #expect(document.first("section.projects")?.first("h2")?.text == "Projects")
        #expect(document.first("article.project")?.all("dt").first?.text == "Role")
    }

    @Test func languageOptionOverridesTheWorkspace() throws {
        let workspace = try Fixtures.example("junior-data-engineer-ko")
        let document = try Fixtures.html(workspace, PortfolioOptions(language: .en))
        #expect(document.first("section.skills")?.first("h2")?.text == "Skills")
        #expect(document.first("h1")?.text == "김하늘")
    }

    @Test func fullPortfolioHasEveryProjectAndStory() throws {
        let workspace = try Fixtures.example("junior-data-engineer-ko")
        let document = try Fixtures.html(workspace, PortfolioOptions(full: true))
        #expect(document.all("article.project").count == workspace.projects.count)
        #expect(document.all("section.story-full").count == workspace.stories.count)
        #expect(document.first("section.intro")?.text.contains("김하늘입니다") == true)
        // Bodies come from Markdown: lists and code blocks are real elements.
        let sensor = try #require(document.first("#project-sensor-pipeline"))
        #expect(sensor.all("section.body-section").first?.first("h4")?.text == "개요")
        #expect(sensor.all("li").contains { $0.text == "Kafka 토픽 설계 (파티션 12개, 보존 3일)" })
        #expect(sensor.first("pre")?.text.contains("Kafka") == true)
        #expect(document.first("#story-spark-skew-oom")?.all("h5").map(\.text).contains("대안") == true)
    }
}
