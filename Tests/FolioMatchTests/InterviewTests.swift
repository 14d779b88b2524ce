import Foundation
import Testing
import FolioModel
import FolioRender
@testable import FolioMatch
import FolioTestSupport

@Suite("Speaking time")
struct SpeakingTimeTests {
    @Test("Korean counts Hangul syllables and Latin words at 5.5 a second")
    func korean() {
        // 5 syllables + "Kafka" + "2024" = 7 units.
        #expect(SpeakingTime.seconds(for: "안녕하세요 Kafka 2024", language: .ko) == 7 / 5.5)
    }

    @Test("English counts words at 2.5 a second")
    func english() {
        #expect(SpeakingTime.seconds(for: "I built a Kafka pipeline — twice.", language: .en) == 6 / 2.5)
    }
}

@Suite("The interview sheet")
struct InterviewSheetTests {
    static let today = YearMonth(year: 2025, month: 6)!

    func koreanExample() throws -> (Workspace, InterviewSheet) {
        let workspace = try WorkspaceLoader.load(at: RepositoryPaths.example("junior-data-engineer-ko"))
        return (workspace, InterviewSheet.build(workspace, today: Self.today))
    }

    @Test("Every skill at level 2 or more gets the four questions, answered from skills.yaml and stories")
    func skills() throws {
        let (workspace, sheet) = try koreanExample()
        let questioned = workspace.skills.filter { ($0.level?.value ?? 0) >= 2 }.map(\.name.value)
        #expect(Set(sheet.skills.map(\.name)) == Set(questioned))
        #expect(!sheet.skills.contains { $0.name == "Java" })  // level 1
        #expect(sheet.skills.allSatisfy { $0.questions.count == 4 })
        let kafka = try #require(sheet.skills.first { $0.name == "Apache Kafka" })
        #expect(kafka.questions[0].answer == "3.6")
        #expect(kafka.questions[1].answer?.contains("acks=all") == true)
        #expect(kafka.questions[3].answer?.contains("업데이트 이벤트 때 Kafka 컨슈머 lag 180만 건") == true)
        #expect(kafka.questions[3].sources == ["stories/kafka-consumer-lag.md"])
        // The failure, how it was handled, and the measured result.
        #expect(kafka.questions[3].answer?.contains("해결: 사용자 ID 키를 유지한 채 토픽 파티션을 12개로 늘리고") == true, "\(kafka.questions[3].answer ?? "nil")")
        #expect(kafka.questions[3].answer?.contains("결과: 최대 컨슈머 lag 180만 건 → 2만 건") == true)
        // Why Elasticsearch: the project says where the decision fell.
        let elasticsearch = try #require(sheet.skills.first { $0.name == "Elasticsearch" })
        #expect(elasticsearch.questions[2].answer?.contains("원본 검색만 Elasticsearch에서 하기로 정했습니다") == true)
        // Docker has no story: the sheet says what to prepare.
        let docker = try #require(sheet.skills.first { $0.name == "Docker" })
        #expect(docker.questions[3].answer == nil)
        #expect(docker.questions[3].prepare?.contains("트러블슈팅 사례가 없습니다") == true)
    }

    @Test("Every story becomes a STAR card that can be said in a minute, with whole sentences")
    func stories() throws {
        let (workspace, sheet) = try koreanExample()
        #expect(sheet.stories.count == workspace.stories.count)
        for card in sheet.stories {
            #expect(card.fitsInAMinute, "\(card.title): \(card.seconds) s")
            #expect(card.parts.map(\.label) == ["상황", "원인", "대안", "해결", "결과"])
            #expect(card.parts.allSatisfy { $0.text != nil })
        }
        let oom = try #require(sheet.stories.first { $0.id == "spark-skew-oom" })
        // A sentence wrapped over two lines in the file is read whole.
        #expect(oom.parts[0].text == "10월 넷째 주, 매일 05:00에 도는 Spark 1분 집계 잡이 executor `OutOfMemoryError`로 3일 연속 실패했습니다.")
        // The cause the section states, not what the Spark UI's stage screen showed.
        #expect(oom.parts[1].text?.hasPrefix("압연기 1호기 센서가 고장 코드를 0.1초 간격으로 보내면서") == true, "\(oom.parts[1].text ?? "nil")")
        #expect(oom.parts[2].text?.hasSuffix("키 분포와 상관없이 동작하는 C를 선택했습니다.") == true)
        #expect(oom.parts[4].text == "배치 시간 3시간 10분 → 45분; 최대 태스크 셔플 읽기 6.1 GB → 410 MB")
    }

    @Test("The self-introduction with its speaking time; collaboration and role questions from the projects")
    func introductionAndQuestions() throws {
        let (_, sheet) = try koreanExample()
        let seconds = try #require(sheet.introduction.seconds)
        #expect(InterviewSheet.introductionRange.contains(seconds))
        #expect(sheet.introduction.prepare == nil)
        #expect(sheet.collaboration.count == 3)
        #expect(sheet.collaboration[1].answer?.hasPrefix("의견이 갈린 것은 지표 집계 위치였습니다.") == true)
        #expect(sheet.collaboration[2].answer?.contains("문서로 정리해 전달했습니다") == true)
        #expect(sheet.role == "데이터 엔지니어")
        // The role's question of two asks, monitoring and an SLA to define, is asked as two.
        #expect(sheet.roleQuestions.count == (RoleProfiles.shared.role("data-engineer")?.questions.count ?? 0) + 1)
        #expect(sheet.roleQuestions.map(\.question).contains("SLA는 어떻게 정의하겠습니까?"))
        #expect(sheet.roleQuestions[0].sources.contains("stories/airflow-backfill-duplicates.md"))
    }

    @Test("Where the workspace has no answer, the sheet says what to prepare")
    func prepare() throws {
        var files = SampleFiles.workspace
        files["skills.yaml"] = """
            - name: Apache Spark
              level: 3
            - name: Docker
              level: 1
            """
        files["folio.yaml"] = "name: 김데이터\nlang: ko\ntarget:\n  role: data-engineer\n"
        let workspace = try TemporaryWorkspace(files).load()
        let sheet = InterviewSheet.build(workspace, today: Self.today)
        #expect(sheet.skills.map(\.name) == ["Apache Spark"])
        #expect(sheet.skills[0].questions[0].answer == nil)
        #expect(sheet.introduction.text == nil && sheet.introduction.prepare != nil)
        let card = try #require(sheet.stories.first)
        #expect(card.parts[0].text == "야간 배치가 실패했습니다.")
        #expect(card.parts[1...].allSatisfy { $0.text == nil && $0.prepare != nil })
        #expect(sheet.collaboration.allSatisfy { $0.answer == nil })
        let items = sheet.toPrepare
        #expect(items.contains { $0.hasPrefix("Apache Spark — skills.yaml에 실제로 쓴 version") })
        #expect(items.contains { $0.hasPrefix("Spark OOM — '원인' 섹션이 없습니다") })
    }

    @Test("English workspace: English questions and rate")
    func english() throws {
        let workspace = try WorkspaceLoader.load(at: RepositoryPaths.example("junior-data-engineer-en"))
        let sheet = InterviewSheet.build(workspace, today: Self.today)
        #expect(sheet.language == .en)
        #expect(sheet.skills.first?.questions.first?.question == "Which version did you use?")
        #expect(sheet.introduction.verdict.contains("2.5 words a second"))
        #expect(sheet.stories.allSatisfy { $0.parts.map(\.label) == ["Situation", "Cause", "Alternatives", "Action", "Result"] })
    }
}

@Suite("Writing the interview sheet")
struct InterviewRendererTests {
    func sheet(title: String) throws -> InterviewSheet {
        var files = SampleFiles.workspace
        files["stories/oom.md"] = """
            ---
            title: \(title)
            project: sensor
            skills: [Apache Spark]
            ---
            ## 상황
            `spark.executor.memory`가 <4g> 였습니다.
            """
        return InterviewSheet.build(try TemporaryWorkspace(files).load(), today: YearMonth(year: 2025, month: 6)!)
    }

    @Test("HTML and Markdown escape the user's text and keep code spans")
    func escaping() throws {
        let sheet = try sheet(title: "\"<script>alert(1)</script>\"")
        let renderer = InterviewRenderer(templates: TemplateLocator(explicit: RepositoryPaths.root.appendingPathComponent("Templates")))
        let html = try renderer.html(sheet)
        #expect(!html.contains("<script>"))
        #expect(html.contains("<h3>&lt;script&gt;alert(1)&lt;/script&gt;</h3>"))
        #expect(html.contains("<dd><code>spark.executor.memory</code>가 &lt;4g&gt; 였습니다.</dd>"))
        #expect(html.contains("<html lang=\"ko\">"))
        let markdown = try renderer.markdown(sheet)
        #expect(markdown.contains("### &lt;script&gt;alert(1)&lt;/script&gt;"), "\(markdown)")
        #expect(markdown.contains("- **상황** `spark.executor.memory`가 &lt;4g&gt; 였습니다."))
    }

    @Test("write(to:) leaves interview.md and interview.html and no temporary files")
    func write() throws {
        let sheet = try sheet(title: "Spark OOM")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-interview-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let urls = try InterviewRenderer().write(sheet, to: folder)
        #expect(urls.map(\.lastPathComponent) == ["interview.md", "interview.html"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["interview.html", "interview.md"])
        #expect(try String(contentsOf: urls[0], encoding: .utf8).hasPrefix("# 면접 준비 시트 — 김데이터"))
    }
}
