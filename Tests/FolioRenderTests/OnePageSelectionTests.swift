import Foundation
import Testing
import FolioModel
@testable import FolioRender
import FolioTestSupport

/// What the one page keeps and what it leaves out, and in which order.
@Suite struct OnePageSelectionTests {
    /// A workspace with `count` featured projects of six long impact lines each, plus a story each.
    static func crowded(_ count: Int, featured: Bool = true) throws -> (TemporaryWorkspace, Workspace) {
        var files = SampleFiles.workspace
        files["stories/oom.md"] = nil
        files["projects/sensor.md"] = nil
        let impact = (1...6).map { "  - 야간 배치 집계 잡의 처리 시간을 단계 \($0)에서 3시간 10분에서 45분으로 줄이고 실패 알림을 자동화해 운영 부담을 덜었습니다" }
            .joined(separator: "\n")
        for number in 1...count {
            files["projects/p\(number).md"] = """
                ---
                title: 프로젝트 \(number)
                team: 3
                role: 수집·적재 파이프라인 담당
                stack: [Apache Spark]
                impact:
                \(impact)
                featured: \(featured)
                ---
                ## 개요
                로그를 적재합니다.
                """
            files["stories/s\(number).md"] = """
                ---
                title: 스토리 \(number)
                project: p\(number)
                skills: [Apache Spark]
                ---
                ## 원인
                파티션 쏠림으로 executor 하나에 6 GB가 몰렸습니다.
                ## 해결
                salt를 붙여 2단계로 집계했습니다.
                ## 결과
                - 3시간 → 45분
                """
        }
        let folder = try TemporaryWorkspace(files)
        return (folder, try folder.load())
    }

    /// Without a browser (the estimate, which errs towards "does not fit"): the featured projects
    /// with their stories and the background stay; the third, unfeatured project is what gives way.
    @Test func koreanExampleKeepsTheFeaturedProjectsTheirStoriesAndTheBackground() throws {
        let selection = OnePageSelection.select(try Fixtures.example("junior-data-engineer-ko"))
        #expect(selection.projects.map(\.id) == ["sensor-pipeline", "game-log-streaming"], "most recent first")
        // The estimate (which errs towards "does not fit") also gives up the one basic skill, last in
        // the order, for the internship's section, and one of its two highlights: the OOM story's
        // cause (the sentence stating it, not what the Spark UI showed) takes two lines.
        #expect(selection.omitted.map(\.location.description) == ["folio.yaml:29:5", "projects/sales-data-mart.md:2:8", "skills.yaml:1:1"])
        #expect(selection.omitted.first?.description.ko == "경력 '연구 인턴 · 포항공과대학교 인공지능연구원'의 성과 1개")
        #expect(selection.projects.filter(\.featured).allSatisfy { $0.story != nil })
        // Education and the AWS certificate outrank a further project's story (seed 002); so does the
        // internship, a job of its own section after the projects on a junior's page.
        #expect(selection.education.count == 2)
        #expect(selection.experience.map(\.title) == ["연구 인턴 · 포항공과대학교 인공지능연구원"])
        #expect(selection.certifications.contains { $0.name.contains("AWS") })
        #expect(selection.omitted.allSatisfy { !$0.featured }, "\(selection.omitted)")
        #expect(selection.estimatedHeight <= PageBudget.usable)
    }

    @Test func crowdedWorkspaceDropsTheLeastImportantFirst() throws {
        let (_, workspace) = try Self.crowded(6)
        let selection = OnePageSelection.select(workspace)
        #expect(selection.estimatedHeight <= PageBudget.usable)
        let kept = selection.projects.map(\.title)
        #expect(!kept.isEmpty && kept.count < 6)
        // Every featured card is placed before any story, so the kept projects are the first in rank order.
        #expect(kept == (1...kept.count).map { "프로젝트 \($0)" })
        let droppedProjects = selection.omitted.filter { $0.kind == .project }
        #expect(droppedProjects.map(\.location.file) == ((kept.count + 1)...6).map { "projects/p\($0).md" })
        // Each omission points at the title line.
        #expect(droppedProjects.allSatisfy { $0.location.line == 2 && $0.featured })
        #expect(droppedProjects.first?.description.ko == "프로젝트 '프로젝트 \(kept.count + 1)'")
    }

    @Test func withNothingFeaturedEveryProjectCounts() throws {
        let (_, workspace) = try Self.crowded(6, featured: false)
        let selection = OnePageSelection.select(workspace)
        #expect(selection.omitted.contains { $0.kind == .project && $0.featured })
        // Unfeatured projects come with their stories, in rank order.
        #expect(selection.projects.first?.story?.title == "스토리 1")
    }

    @Test func emphasisMovesSkillsAndProjectsUp() throws {
        let workspace = try Fixtures.example("junior-data-engineer-ko")
        let plain = PortfolioBuilder().build(workspace)
        #expect(plain.skills.groups.first?.skills.first?.name != "Elasticsearch")
        #expect(plain.projects.first?.id != "sales-data-mart")

        let emphasised = PortfolioBuilder(options: PortfolioOptions(emphasis: ["elasticsearch", "dbt"])).build(workspace)
        let firstGroup = try #require(emphasised.skills.groups.first)
        // Emphasised skills come first (their band's group), marked.
        let names = emphasised.skills.groups.flatMap(\.skills).filter(\.emphasized).map(\.name)
        #expect(Set(names) == ["Elasticsearch", "dbt"])
        #expect(firstGroup.skills.first?.emphasized == true)
        // dbt is only in sales-data-mart's stack, Elasticsearch only in game-log-streaming's: the
        // projects showing the posting's skills come first on the page.
        let candidates = PortfolioBuilder(options: PortfolioOptions(emphasis: ["elasticsearch", "dbt"])).candidates(workspace)
        #expect(Set(candidates.projects.prefix(2).map(\.id)) == ["sales-data-mart", "game-log-streaming"])
    }

    @Test func storyIsSummedUpInWholeSentences() throws {
        let portfolio = PortfolioBuilder().build(try Fixtures.example("junior-data-engineer-ko"))
        let story = try #require(portfolio.projects.first { $0.id == "sensor-pipeline" }?.story)
        #expect(story.title == "야간 배치 Spark 집계 잡 OOM (파티션 쏠림)")
        let problem = try #require(story.problemLine)
        let fix = try #require(story.fixLine)
        // Whole sentences: the cause, then the fix → its measured result; never cut with "…".
        // The cause, not what the Spark UI showed ("스테이지 화면에서 … 6.1 GB였고" is how it was found).
        #expect(problem.hasPrefix("압연기 1호기 센서가 고장 코드를 0.1초 간격으로 보내면서"))
        #expect(problem.hasSuffix("executor 하나의 메모리(4 GB)를 넘겼습니다."))
        #expect(!problem.contains("화면에서"))
        #expect(fix.hasSuffix("→ 배치 시간 3시간 10분 → 45분"))
        #expect(!problem.contains("…") && !fix.contains("…"))
        #expect(!fix.contains("`"))
    }

    @Test func storiesRankCompleteAndMeasuredFirst() throws {
        let (_, workspace) = try Fixtures.workspace([
            "stories/a-vague.md": "---\ntitle: 막연한 이야기\nproject: sensor\ndate: 2025-01\n---\n## 상황\n느렸습니다.\n",
            "stories/b-complete.md": """
                ---
                title: 완전한 이야기
                project: sensor
                date: 2024-01
                ---
                ## 원인
                셔플 파티션 쏠림.
                ## 대안
                - A 메모리 증설
                - B salt
                ## 해결
                salt를 붙였습니다.
                ## 결과
                - 3시간 → 45분
                """,
        ])
        let portfolio = PortfolioBuilder().build(workspace)
        #expect(portfolio.projects.first?.story?.title == "완전한 이야기")
    }
}
