import Foundation
import Testing
import FolioModel
import FolioRender
@testable import FolioMatch
import FolioTestSupport

/// The interview sheet reads the workspace as an interviewer would (issue 10).
@Suite("Interview sheet: answers found by meaning, STAR cards, alternatives, sections")
struct InterviewReadingTests {
    static let files: [String: String] = [
        "folio.yaml": """
            name: 오면접
            lang: ko
            target:
              role: data-engineer
              company: enterprise-platform
              level: junior
            intro: |
              안녕하세요, 파이프라인을 멈추지 않게 만드는 신입 데이터 엔지니어입니다.
            """,
        "skills.yaml": """
            - name: Docker
              level: 3
              version: "24"
            - name: Apache Kafka
              level: 3
              version: "3.6"
            - name: PostgreSQL
              level: 3
              version: "15"
              depth: 주문 테이블을 월 단위 파티션으로 나누고, 파티션 프루닝이 되도록 조회 조건을 바꿨습니다.
            - name: Statistics
              level: 2
            - name: <v2> **x**
              level: 2
            """,
        "projects/orders.md": """
            ---
            title: 주문 적재 파이프라인
            period: 2024-01 – 2024-06
            stack: [Apache Kafka, PostgreSQL, Docker, Statistics]
            data:
              volume: 하루 300만 건
            ---
            ## 개요
            주문 이벤트를 Kafka에서 받아 PostgreSQL에 적재합니다.

            ## 협업
            분석가와 지연 목표를 5분으로 합의하고, 지연이 넘으면 알림이 가게 했습니다.
            """,
        "stories/lag.md": """
            ---
            title: 컨슈머 지연
            project: orders
            skills: [Apache Kafka]
            ---
            ## 상황
            시니어분들이 대부분 퇴사해 혼자 파이프라인을 맡게 되었습니다. 그 주에 컨슈머 지연이 40분까지 늘어 대시보드가 늦게 갱신되었습니다.

            ## 원인
            파티션이 3개뿐이라 병렬도가 낮았습니다.

            ## 대안
            - A. 파티션 늘리기
            - B. 컨슈머만 늘리기

            B는 파티션 수가 상한이라 효과가 없어 A를 선택했습니다.

            ## 해결
            먼저 Grafana에서 파티션별 lag를 확인했습니다. 파티션을 12개로 늘리고 배치당 최대 오프셋을 30만으로 정했습니다.

            ## 결과
            - 최대 지연 40분 → 1분으로 줄어 대시보드가 제때 갱신됩니다.
            - 운영 기간 3개월 동안 지연 알림 0건
            """,
    ]

    func sheet() throws -> InterviewSheet {
        InterviewSheet.build(try TemporaryWorkspace(Self.files).load(), today: YearMonth(year: 2025, month: 6)!)
    }

    @Test("STAR card: the problem sentence, the action that fixed it, measured results joined as sentences")
    func star() throws {
        let card = try #require(try sheet().stories.first)
        let parts = Dictionary(uniqueKeysWithValues: card.parts.map { ($0.label, $0.text ?? "") })
        #expect(parts["상황"] == "그 주에 컨슈머 지연이 40분까지 늘어 대시보드가 늦게 갱신되었습니다.")
        #expect(parts["해결"] == "파티션을 12개로 늘리고 배치당 최대 오프셋을 30만으로 정했습니다.")
        #expect(parts["결과"] == "최대 지연 40분 → 1분으로 줄어 대시보드가 제때 갱신됩니다. 운영 기간 3개월 동안 지연 알림 0건")
        #expect(!(parts["결과"] ?? "").contains(".;"))
    }

    @Test("Alternatives come from the catalog: Docker is not asked against Kubernetes, Kafka not against Flink")
    func alternatives() throws {
        let sheet = try sheet()
        let why = { (name: String) in sheet.skills.first { $0.name == name }?.questions[2].question ?? "" }
        #expect(!why("Docker").contains("Kubernetes"), "\(why("Docker"))")
        #expect(!why("Apache Kafka").contains("Flink"), "\(why("Apache Kafka"))")
        #expect(why("PostgreSQL").contains("MySQL") || why("PostgreSQL").contains("MariaDB") || why("PostgreSQL").contains("Oracle"), "\(why("PostgreSQL"))")
    }

    @Test("A concept is never asked its version; a tool is")
    func versions() throws {
        let sheet = try sheet()
        let statistics = try #require(sheet.skills.first { $0.name == "Statistics" })
        #expect(!statistics.questions.contains { $0.question.contains("버전") })
        #expect(statistics.questions[0].answer?.contains("orders") == true)
        #expect(sheet.skills.first { $0.name == "Apache Kafka" }?.questions[0].question.contains("버전") == true)
    }

    @Test("Answers come from skills.yaml depth, the 협업 section and stories")
    func answersByMeaning() throws {
        let sheet = try sheet()
        let cs = try #require(sheet.sections.first { $0.id == "cs" })
        let partitions = try #require(cs.questions.first { $0.question.contains("조인·셔플") })
        #expect(partitions.answer?.contains("월 단위 파티션") == true, "\(partitions.answer ?? "nil")")
        #expect(partitions.sources.contains("skills.yaml"))
        let monitoring = try #require(sheet.roleQuestions.first { $0.question.contains("SLA") })
        #expect(monitoring.answer?.contains("지연 목표를 5분으로 합의") == true, "\(monitoring.answer ?? "nil")")
    }

    @Test("Sections: company type from roles.json, junior questions (seed 004), CS fundamentals, learning fast, coding test")
    func sections() throws {
        let sheet = try sheet()
        #expect(sheet.sections.map(\.id) == ["company", "level", "cs", "learning", "codingTest"])
        let company = try #require(sheet.sections.first)
        #expect(company.note == RoleProfiles.shared.company("enterprise-platform")?.summary(.ko))
        #expect(company.questions[0].question == "이 회사의 업무 프로세스에서 어떤 데이터가 생기고, 어떻게 수집·적재하겠습니까?")
        #expect(company.questions.count == 1 + (RoleProfiles.shared.company("enterprise-platform")?.traits.count ?? 0))
        let level = try #require(sheet.sections.first { $0.id == "level" })
        #expect(level.questions.contains { $0.question.contains("유지보수") })
        #expect(level.questions.contains { $0.question.contains("테스트") })
        #expect(sheet.sections.last?.advice.first?.contains("먼저 혼자 끝까지 풀고") == true)
    }

    @Test("interview.md: seed file names stay out, user text is escaped, every section is rendered")
    func rendered() throws {
        let markdown = try InterviewRenderer().markdown(try sheet())
        #expect(!markdown.contains("seed 0"))
        #expect(!markdown.contains("<v2>"))
        #expect(!markdown.contains("**x**"))
        for title in ["## 회사 유형", "## 목표 수준", "## 데이터 엔지니어를 위한 CS 기초", "## 빠르게 익혀 쓴 기술", "## 코딩 테스트 준비"] {
            #expect(markdown.contains(title), "\(title)")
        }
        let html = try InterviewRenderer().html(try sheet())
        #expect(!html.contains("<v2>") && html.contains("&lt;v2&gt;"))
        #expect(!html.contains("seed 0"))
    }
}

@Suite("Hiring steps and company type in folio match")
struct HiringStepTests {
    @Test("코딩테스트, 과제 전형, 기술 면접 are read and pointed to the interview sheet; the company type is reported")
    func steps() throws {
        let posting = Posting.parse(text: """
            데이터 엔지니어
            [자격요건]
            - Python
            [채용절차]
            서류 → 과제 전형 → 코딩테스트 → 기술 면접 → 컬처핏
            """, file: "p.txt")
        #expect(posting.hiringSteps == [.assignment, .codingTest, .technicalInterview, .cultureInterview])
        let report = PostingMatcher.match(posting, try TemporaryWorkspace(InterviewReadingTests.files).load(), today: YearMonth(year: 2025, month: 6)!)
        let text = MatchTextReporter(language: .ko).report(report)
        #expect(text.contains("코딩테스트가 있습니다: folio interview의 '코딩 테스트 준비'를 보세요."))
        #expect(text.contains("회사 유형 (target.company): "))
        #expect(text.contains(RoleProfiles.shared.company("enterprise-platform")?.summary(.ko) ?? "?"))
        #expect(text.contains("이 회사의 업무 프로세스에서 어떤 데이터가 생기고"))
        #expect(report.companyType?.traits.count == RoleProfiles.shared.company("enterprise-platform")?.traits.count)
    }
}
