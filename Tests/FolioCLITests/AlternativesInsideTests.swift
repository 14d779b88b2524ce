import Foundation
import Testing
import FolioTestSupport

/// A troubleshooting story that weighs its options under its fix's heading (`## 해결 방법` with
/// `- 대안 1: …`, `- 대안 2: …`, then "원인을 없애는 대안 2를 선택했습니다"), as a user's trial wrote it: the
/// page and the interview card state what was done, never the option set aside, and `folio check`
/// reads the options as the story's alternatives.
@Suite struct AlternativesInsideTests {
    /// (example, story file it replaces, story file removed so the project shows this one, story).
    static let cases: [(example: String, replaces: String, removes: String, story: String)] = [
        ("junior-data-engineer-ko", "es-mapping-explosion.md", "kafka-consumer-lag.md", korean()),
        ("junior-data-engineer-en", "s3-small-files.md", "airflow-pod-oomkilled.md", english()),
    ]

    /// Line 15 is the fix's heading, lines 17–18 the options, line 20 the choice.
    static func korean(options: String = """
        - 대안 1: Spark에서 spark.sql.files.maxPartitionBytes를 키워 읽기 태스크 수를 줄인다
        - 대안 2: S3 sink의 flush.size와 rotate.interval.ms를 늘려 파일 자체를 크게 만든다
        """, choice: String = "원인을 없애는 대안 2를 선택했습니다.") -> String {
        """
        ---
        title: S3 작은 파일 18만 개로 느려진 야간 집계
        project: game-log-streaming
        skills: [Apache Spark, Apache Kafka]
        date: 2024-09
        ---
        ## 문제 상황

        야간 집계 잡이 2주 만에 20분에서 52분으로 늘었고, 데이터는 그동안 10%만 늘었습니다.

        ## 원인 분석

        Kafka Connect S3 sink가 1분마다 파티션별로 파일을 써서 하루에 평균 60 KB짜리 파일이 18만 개 쌓였습니다.

        ## 해결 방법

        \(options)

        \(choice)
        flush.size를 1,000에서 50,000으로, rotate.interval.ms를 10분으로 늘렸습니다.

        ## 결과

        - 하루 파일 수 18만 개 → 1,400개
        - 야간 집계 52분 → 11분

        """
    }

    static func english() -> String {
        """
        ---
        title: Nightly job slowed by 180,000 small S3 files
        project: ad-click-attribution
        skills: [Apache Spark, AWS]
        date: 2022-06
        ---
        ## Problem

        The nightly attribution job grew from 20 to 52 minutes in two weeks while the data grew 10%.

        ## Root cause

        The S3 sink wrote one file per minute per partition, so a day held 180,000 files of 60 KB.

        ## How I fixed it

        - Option 1: raise spark.sql.files.maxPartitionBytes in Spark to cut the number of read tasks
        - Option 2: raise flush.size and rotate.interval.ms in the S3 sink so the files themselves get bigger

        I chose option 2 because it removes the cause for every reader of the files.
        I raised flush.size from 1,000 to 50,000 and rotate.interval.ms to 10 minutes.

        ## Result

        - Files per day: 180,000 → 1,400
        - Nightly job: 52 minutes → 11 minutes

        """
    }

    /// A copy of an example workspace with `story` as `stories/small-files.md`.
    static func workspace(_ example: String, replacing: String, removing: String, story: String) throws -> TemporaryWorkspace {
        let folder = try TemporaryWorkspace([:])
        let copy = folder.root.appendingPathComponent("ws")
        try FileManager.default.copyItem(at: RepositoryPaths.example(example), to: copy)
        for name in [replacing, removing] { try FileManager.default.removeItem(at: copy.appendingPathComponent("stories/\(name)")) }
        try folder.write("ws/stories/small-files.md", Data(story.utf8))
        return folder
    }

    @Test(arguments: 0..<2)
    func thePageAndTheInterviewCardStateTheFixNotTheOptionSetAside(index: Int) throws {
        let (example, replaces, removes, story) = Self.cases[index]
        let folder = try Self.workspace(example, replacing: replaces, removing: removes, story: story)
        let ws = folder.root.appendingPathComponent("ws").path
        let out = folder.root.appendingPathComponent("out")
        let build = try FolioProcess.run(["build", ws, "-o", out.path, "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
        let fix = index == 0 ? "flush.size를 1,000에서 50,000으로, rotate.interval.ms를 10분으로 늘렸습니다."
            : "I raised flush.size from 1,000 to 50,000 and rotate.interval.ms to 10 minutes."
        for name in ["portfolio.md", "portfolio.html"] {
            let page = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            #expect(page.contains(fix), "\(name): the fix done after the choice is the story's fix line")
            #expect(!page.contains("maxPartitionBytes"), "\(name): the option set aside is not stated as the fix")
        }
        let interview = try FolioProcess.run(["interview", ws, "-o", out.path, "--quiet"])
        #expect(interview.status == 0, "\(interview.stderr)")
        let sheet = try String(contentsOf: out.appendingPathComponent("interview.md"), encoding: .utf8)
        let title = index == 0 ? "### S3 작은 파일 18만 개로 느려진 야간 집계" : "### Nightly job slowed by 180,000 small S3 files"
        let card = try #require(sheet.components(separatedBy: title).dropFirst().first?.components(separatedBy: "\n### ").first)
        if index == 0 {
            #expect(card.contains("- **해결** \(fix)"), "\(card)")
            #expect(card.contains("- **대안** 대안 1: Spark에서") && card.contains("— 원인을 없애는 대안 2를 선택했습니다."), "\(card)")
            #expect(!card.contains("'대안' 섹션이 없습니다"), "\(card)")
        } else {
            #expect(card.contains("- **Action** \(fix)"), "\(card)")
            #expect(card.contains("— I chose option 2 because it removes the cause for every reader of the files."), "\(card)")
            #expect(!card.contains("No Alternatives section"), "\(card)")
        }
        // The answers to "장애나 실패, 그리고 대응은?" tell the same fix: the option set aside is named only
        // on the card's alternatives line.
        let naming = sheet.components(separatedBy: "\n").filter { $0.contains("maxPartitionBytes") }
        #expect(naming.allSatisfy { $0.hasPrefix(index == 0 ? "- **대안** " : "- **Alternatives** ") }, "\(naming)")
        #expect(sheet.contains(fix))
    }

    @Test(arguments: 0..<2)
    func optionsUnderTheFixHeadingAreTheAlternatives(index: Int) throws {
        let (example, replaces, removes, story) = Self.cases[index]
        let folder = try Self.workspace(example, replacing: replaces, removing: removes, story: story)
        let check = try FolioProcess.run(["check", folder.root.appendingPathComponent("ws").path])
        let lines = (check.stdout + check.stderr).components(separatedBy: "\n").filter { $0.contains("stories/small-files.md") }
        #expect(!lines.contains { $0.contains("[story.alternatives]") }, "\(lines)")
        // "파일 자체를 크게 만든다" is the size an option proposes, not a claim of impact.
        #expect(!lines.contains { $0.contains("[text.vague]") }, "\(lines)")
    }

    /// When the options under another heading give no reason, or there are none, the finding points at
    /// the section read (`## 해결 방법`, line 15), not the file's first line.
    @Test func theFindingPointsAtTheSectionItRead() throws {
        let bare = Self.korean(options: "- 대안 1: maxPartitionBytes 조정\n- 대안 2: flush.size 조정", choice: "대안 2를 선택했습니다.")
        let none = Self.korean(options: "S3 sink 설정을 바꿨습니다.", choice: "")
        for (story, expected) in [(bare, "`## 해결 방법`의 대안 목록에 왜 그 방법을 골랐는지"), (none, "`## 해결 방법` 앞에 `## 대안` 섹션을 두거나")] {
            let folder = try Self.workspace("junior-data-engineer-ko", replacing: "es-mapping-explosion.md", removing: "kafka-consumer-lag.md", story: story)
            let check = try FolioProcess.run(["check", folder.root.appendingPathComponent("ws").path])
            let findings = (check.stdout + check.stderr).components(separatedBy: "\n").filter { $0.contains("[story.alternatives]") }
            #expect(findings.count == 1, "\(findings)")
            #expect(findings.first?.hasPrefix("stories/small-files.md:15:4: warning:") == true, "\(findings)")
            #expect(findings.first?.contains(expected) == true, "\(findings)")
        }
    }
}
