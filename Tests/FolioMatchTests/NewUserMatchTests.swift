import Foundation
import Testing
import FolioModel
@testable import FolioMatch
import FolioTestSupport

/// A new user's trial (a career switcher with 26 months of backend work, `target.level: junior`)
/// against a `[주요업무]`/`[자격요건]`/`[우대사항]` posting: what `folio match` prints for her.
@Suite("Match for a career switcher: 신입 by work history, domain from the job, duties shown as duties")
struct NewUserMatchTests {
    static let files: [String: String] = [
        "folio.yaml": """
            name: 김지원
            lang: ko
            target:
              role: data-engineer
              company: service
              level: junior
            experience:
              - organization: 주식회사 쇼핑메이트
                position: 백엔드 개발자
                period: 2022.07 ~ 2024.08
                about: 패션 커머스 플랫폼 (월 거래액 약 80억)
                projects: [settlement-batch]
                stack: [Java, Spring Boot, MySQL, Redis, Jenkins]
            """,
        "skills.yaml": """
            - name: Java
              level: 4
            - name: MySQL
              level: 3
              version: "8.0"
            - name: Python
              level: 3
            - name: Airflow
            - name: Spark
              level: 2
            """,
        "projects/ddareungi-pipeline.md": """
            ---
            title: 서울시 따릉이 대여 데이터 파이프라인
            period: 2024.09 ~ 2025.01
            stack: [Python, Airflow, Spark, PostgreSQL, AWS S3]
            data:
              source: 서울 열린데이터광장 공공자전거 대여이력 API
              domain: logistics
            ---
            ## 개요

            따릉이 대여 이력을 매일 수집해 집계하는 배치 파이프라인입니다.
            """,
        "projects/settlement-batch.md": """
            ---
            title: 판매자 정산 배치 시스템 개선
            period: 2023.03 ~ 2023.10
            stack: [Java, Spring Batch, MySQL]
            data:
              source: 정산 DB
              domain: settlement
            ---
            ## 개요

            입점 판매자들의 정산금을 계산하는 배치를 개선했습니다.
            """,
    ]

    static let posting = """
        [마켓컬리] 데이터 엔지니어 (Data Platform)

        [주요업무]
        - 데이터 웨어하우스(BigQuery) 데이터 모델링 및 마트 구축
        - Airflow 기반 워크플로 관리 및 데이터 품질 모니터링

        [자격요건]
        - 신입 또는 경력 3년 이하
        - SQL 활용 능숙자
        - Spark, Hadoop 등 분산 처리 시스템에 대한 이해

        [우대사항]
        - dbt를 활용한 데이터 모델링 경험
        - 커머스 도메인 경험자
        """

    static func report(_ files: [String: String] = files) throws -> (MatchReport, String) {
        let workspace = try TemporaryWorkspace(files).load()
        let report = PostingMatcher.match(Posting.parse(text: posting, file: "postings/kurly.txt"), workspace, today: YearMonth(year: 2025, month: 6)!)
        return (report, MatchTextReporter(language: .ko).report(report))
    }

    @Test("Item 2: 26 months of work is not 신입, whatever target.level says; she applies through 경력 3년 이하")
    func entryLevelByWorkHistory() throws {
        let (report, text) = try Self.report()
        let entry = try #require(report.conditions.first { $0.condition.topic == .entryLevel })
        #expect(entry.status == .partial)
        #expect(!text.contains("target.level junior: 신입 지원이 가능한"))
        #expect(text.contains("경력(experience)이 2년 2개월(26개월)이라 신입이 아니라 경력으로 지원합니다. 이 줄의 '경력 3년 이하'로 지원할 수 있습니다"))
        // Without a work history the same junior is a new graduate.
        var files = Self.files
        files["folio.yaml"] = "name: 김지원\nlang: ko\ntarget:\n  role: data-engineer\n  level: junior\n"
        let (fresh, _) = try Self.report(files)
        #expect(fresh.conditions.first { $0.condition.topic == .entryLevel }?.status == .shown)
    }

    @Test("The trial's 'open up to up to 3 years': the most years asked is said once, in both languages")
    func theMostYearsAskedIsSaidOnce() throws {
        let workspace = try TemporaryWorkspace(Self.files).load()
        let report = PostingMatcher.match(Posting.parse(text: Self.posting, file: "postings/kurly.txt"), workspace, today: YearMonth(year: 2025, month: 6)!)
        let entry = try #require(report.conditions.first { $0.condition.topic == .experience })
        #expect(entry.status == .shown)
        let ko = MatchTextReporter(language: .ko).report(report)
        let en = MatchTextReporter(language: .en).report(report)
        #expect(ko.contains("✓ 경력 3년 이하 [필수, 줄 8] — 보여 줌: 공고는 경력 3년 이하인 사람을 찾고, 그 안에 듭니다. 경력(experience)은 모두 2년 2개월(26개월)입니다."), "\(ko)")
        #expect(en.contains("✓ Up to 3 years of experience [Required, line 8] — shown: The posting looks for up to 3 years of experience, and you are within it."), "\(en)")
        #expect(!ko.contains("이하까지") && !en.contains("up to up to"))
    }

    @Test("Item 7: commerce shown by the job's about: and the project done at that job; domains named in Korean")
    func domainFromTheJob() throws {
        let (report, text) = try Self.report()
        let domain = try #require(report.conditions.first { $0.condition.topic == .domain })
        #expect(domain.status == .shown)
        #expect(text.contains("✓ 커머스 도메인 경험 [우대, 줄 14] — 보여 줌: settlement-batch (주식회사 쇼핑메이트), 주식회사 쇼핑메이트 (패션 커머스 플랫폼"))
        // Without the job, the projects' domains are given in Korean, not as keys.
        var files = Self.files
        files["folio.yaml"] = "name: 김지원\nlang: ko\ntarget:\n  role: data-engineer\n  level: junior\n"
        let (_, alone) = try Self.report(files)
        #expect(alone.contains("프로젝트의 도메인은 물류, settlement입니다"))
        #expect(!alone.contains("logistics"))
    }

    @Test("A domain the scaffold suggests (logs, telecom) is named in Korean, not as its key")
    func suggestedDomainsInKorean() throws {
        var files = Self.files
        files["folio.yaml"] = "name: 김지원\nlang: ko\ntarget:\n  role: data-engineer\n  level: junior\n"
        files["projects/ddareungi-pipeline.md"] = files["projects/ddareungi-pipeline.md"]!.replacingOccurrences(of: "domain: logistics", with: "domain: logs")
        files["projects/settlement-batch.md"] = files["projects/settlement-batch.md"]!.replacingOccurrences(of: "domain: settlement", with: "domain: telecom")
        let (report, korean) = try Self.report(files)
        #expect(korean.contains("프로젝트의 도메인은 로그, 통신입니다"), "\(korean)")
        #expect(!korean.contains("logs") && !korean.contains("telecom"), "\(korean)")
        let english = MatchTextReporter(language: .en).report(report)
        #expect(english.contains("your projects' domains are logs, telecom"), "\(english)")
    }

    @Test("Item 8: duty lines under their own heading with line numbers, not 우대; Spark/Hadoop 등 분산 처리 is one line; SQL named by the tool each project shows")
    func dutiesAndEvidence() throws {
        let (report, text) = try Self.report()
        let lines = text.components(separatedBy: "\n")
        let duties = try #require(lines.firstIndex(of: "주요업무에 나온 기술 (우대처럼 1점) (근거 있음 1, 주장만 0, 없음 3)"), "\(text)")
        let preferred = try #require(lines.firstIndex { $0.hasPrefix("우대 (") })
        #expect(preferred < duties)
        #expect(lines[duties + 1].contains("[줄 4]") && lines[duties + 1].contains("Google BigQuery / Data Warehouse"))
        // 우대 holds only what 우대사항 asked.
        #expect(lines[(preferred + 1)..<duties].filter { $0.hasPrefix("  ") }.allSatisfy { $0.contains("dbt") })
        let distributed = report.required.filter { $0.requirement.skills.contains("Distributed Systems") || $0.requirement.skills.contains("Apache Spark") }
        #expect(distributed.map(\.requirement.label) == ["Apache Spark / Apache Hadoop / Distributed Systems"])
        #expect(lines.contains { $0.hasPrefix("  ✓ SQL ") && $0.hasSuffix("[줄 9] 충족: MySQL (settlement-batch, 주식회사 쇼핑메이트), PostgreSQL (ddareungi-pipeline)") })
        #expect(!text.contains("충족: PostgreSQL — 프로젝트 ddareungi-pipeline, settlement-batch"))
        // The top gap is what 우대사항 asks (dbt) before a duty's tool at the same gain.
        #expect(report.gaps.first?.requirement.skills == ["dbt"])
        #expect(text.contains("(주요업무, 줄 4)"))
    }

    @Test("Item 13: one term (작업 폴더) and check's 수준 미기재 for an unrated skill")
    func terms() throws {
        let (_, text) = try Self.report()
        #expect(!text.contains("워크스페이스"))
        #expect(text.contains("작업 폴더에 없음"))
        #expect(!text.contains("수준 ?"))
        #expect(text.contains("Apache Airflow") && text.contains("수준 미기재"))
    }
}
