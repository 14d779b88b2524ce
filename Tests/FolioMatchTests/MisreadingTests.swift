import Foundation
import Testing
import FolioModel
@testable import FolioMatch
import FolioTestSupport

/// Every misreading issue 10 lists, as a test: what a recruiter reads in one line of a posting.
@Suite("Misreadings of postings (issue 10)")
struct MisreadingTests {
    func read(_ text: String) -> Posting { Posting.parse(text: text, file: "postings/t.txt") }

    /// The requirement groups of one line, each as a sorted label.
    func groups(_ line: String, heading: String = "[자격요건]") -> Set<String> {
        Set(read("공고\n\(heading)\n- \(line)").requirements.map { $0.skills.sorted().joined(separator: " / ") })
    }

    @Test("Any-of groups: A/B, A 또는 B, A 혹은 B, A, B 등, A or B, such as, e.g. are one requirement", arguments: [
        ("CSP(AWS/GCP) 운영 경험", "AWS / Google Cloud (GCP)"),
        // The kind named after 등 joins the choice: any cloud warehouse will do.
        ("BigQuery, Redshift 등 클라우드 데이터 웨어하우스 사용 경험", "Amazon Redshift / Data Warehouse / Google BigQuery"),
        ("Kafka, Spark, Flink 등 대용량 처리 기술 경험", "Apache Flink / Apache Kafka / Apache Spark"),
        ("Google Analytics, Amplitude 등 분석 도구 활용 경험", "Amplitude / Google Analytics"),
        ("Airflow 또는 Dagster 운영 경험", "Apache Airflow / Dagster"),
        ("Python 혹은 Scala 개발 경험", "Python / Scala"),
        // The kind ("a warehouse") joins the choice of its examples, as "클라우드 데이터 웨어하우스" does.
        ("Experience with a warehouse such as Snowflake, BigQuery or Redshift", "Amazon Redshift / Data Warehouse / Google BigQuery / Snowflake"),
        ("Orchestration tools (e.g. Airflow, Dagster)", "Apache Airflow / Dagster"),
        ("R or Python for analysis", "Python / R"),
    ])
    func anyOf(line: String, label: String) {
        #expect(groups(line) == [label], "\(line)")
    }

    @Test("A list without an any-of word stays several requirements")
    func allOf() {
        #expect(groups("Python, SQL 능숙") == ["Python", "SQL"])
    }

    static let bigQueryUser: [String: String] = [
        "folio.yaml": """
            name: 이분석
            lang: ko
            target:
              role: data-engineer
              level: junior
            """,
        "skills.yaml": """
            - name: BigQuery
              level: 3
            - name: Python
              level: 3
            """,
        "projects/mart.md": """
            ---
            title: 주문 마트
            period: 2024-01 – 2024-06
            stack: [BigQuery, Python, Apache Kafka, Google Analytics]
            ---
            ## 개요
            주문 로그를 BigQuery에 적재합니다.
            """,
    ]

    @Test("A BigQuery user meets CSP(AWS/GCP), BigQuery/Redshift 등 and Kafka, Spark, Flink 등: no gap is a member of a met group")
    func bigQueryUser() throws {
        let posting = read("""
            데이터 엔지니어
            [자격요건]
            - CSP(AWS/GCP) 운영 경험
            - BigQuery, Redshift 등 클라우드 데이터 웨어하우스 사용 경험
            - Kafka, Spark, Flink 등 대용량 처리 기술 경험
            [우대사항]
            - Google Analytics, Amplitude 등 분석 도구 활용 경험
            """)
        let workspace = try TemporaryWorkspace(Self.bigQueryUser).load()
        let report = PostingMatcher.match(posting, workspace, today: YearMonth(year: 2025, month: 6)!)
        #expect(report.requirements.count == 4)
        #expect(report.requirements.allSatisfy { $0.status == .evidenced })
        #expect(report.score == 100)
        let met = Set(report.requirements.filter { $0.status == .evidenced }.flatMap(\.requirement.skills))
        #expect(report.gaps.allSatisfy { gap in gap.requirement.skills.allSatisfy { !met.contains($0) } })
        #expect(report.gaps.isEmpty)
    }

    @Test("Limits: 이상, 이하, 미만, 초과, 무관, 신입 또는 경력 N년 이하, at least, up to, N+ years", arguments: [
        ("경력 5년 이상", 5 as Int?, nil as Int?),
        ("3년 이상의 실무 경험", 3, nil),
        ("신입 또는 경력 3년 이하", nil, 3),
        ("경력 3년 미만", nil, 2),
        ("경력 2년 초과", 3, nil),
        ("At least 4 years of experience", 4, nil),
        ("5+ years building data pipelines", 5, nil),
        ("Up to 2 years of experience", nil, 2),
        ("3 or more years of experience", 3, nil),
    ])
    func limits(line: String, minimum: Int?, maximum: Int?) throws {
        let condition = try #require(read("공고\n[자격요건]\n- \(line)").conditions.first { $0.topic == .experience })
        #expect(condition.years == minimum, "\(line)")
        #expect(condition.maximumYears == maximum, "\(line)")
    }

    @Test("경력 무관 asks no years")
    func anyExperience() {
        let posting = read("공고\n[자격요건]\n- 경력 무관, SQL 가능자")
        #expect(!posting.conditions.contains { $0.topic == .experience })
        #expect(posting.conditions.contains { $0.topic == .entryLevel })
    }

    @Test("신입 또는 경력 3년 이하 is met by a junior, with no advice to address years")
    func upperLimitForJunior() throws {
        let posting = read("공고\n[자격요건]\n- 신입 또는 경력 3년 이하\n- Python 가능자")
        let report = PostingMatcher.match(posting, try TemporaryWorkspace(Self.bigQueryUser).load(), today: YearMonth(year: 2025, month: 6)!)
        let experience = try #require(report.conditions.first { $0.condition.topic == .experience })
        #expect(experience.status == .shown)
        #expect(experience.condition.label(.ko) == "경력 3년 이하")
    }

    static let twoJobs: [String: String] = [
        "folio.yaml": """
            name: 박경력
            lang: ko
            target:
              role: data-engineer
              level: mid
            experience:
              - organization: 가나물류
                position: 데이터 엔지니어
                period: 2020.01 ~ 2022.12
              - organization: 다라커머스
                position: 데이터 엔지니어 (겸업)
                period: 2022.06 ~ 2023.12
            """,
        "projects/a.md": """
            ---
            title: 배송 파이프라인
            period: 2015-01 – 2023-12
            stack: [Python]
            ---
            ## 개요
            배송 이벤트를 모읍니다.
            """,
        "projects/b.md": """
            ---
            title: 정산 파이프라인
            period: 2016-01 – 2023-12
            stack: [Python]
            ---
            ## 개요
            정산 데이터를 모읍니다.
            """,
    ]

    @Test("Experience comes from the work history with overlaps merged (48 months, not the projects' sum), in a well-formed sentence")
    func experienceFromWorkHistory() throws {
        let posting = read("공고\n[자격요건]\n- 경력 5년 이상\n- Python")
        let report = PostingMatcher.match(posting, try TemporaryWorkspace(Self.twoJobs).load(), today: YearMonth(year: 2025, month: 6)!)
        let experience = try #require(report.conditions.first { $0.condition.topic == .experience })
        #expect(experience.status == .address)
        let ko = experience.evidence(.ko)
        #expect(ko.contains("경력(experience)은 모두 4년(48개월)입니다"), "\(ko)")
        // The particle after the posting's words follows their reading (Josa), never a fixed 을.
        #expect(ko.hasPrefix("공고는 경력 5년 이상을 바랍니다."), "\(ko)")
        #expect(!ko.contains("프로젝트"))
        #expect(!ko.contains("이력서에 적고,"))
        let enough = PostingMatcher.match(read("공고\n[자격요건]\n- 경력 4년 이상"), try TemporaryWorkspace(Self.twoJobs).load(), today: YearMonth(year: 2025, month: 6)!)
        #expect(enough.conditions.first { $0.condition.topic == .experience }?.status == .shown)
    }

    @Test("Without a work history the projects' months count, overlaps once")
    func experienceFromProjects() throws {
        var files = Self.twoJobs
        files["folio.yaml"] = "name: 박경력\nlang: ko\ntarget:\n  role: data-engineer\n  level: junior\n"
        let report = PostingMatcher.match(read("공고\n[자격요건]\n- 경력 3년 이상"), try TemporaryWorkspace(files).load(), today: YearMonth(year: 2025, month: 6)!)
        let ko = try #require(report.conditions.first { $0.condition.topic == .experience }).evidence(.ko)
        #expect(ko.contains("프로젝트 기간은 겹친 달을 한 번만 세어 모두 9년(108개월)입니다"), "\(ko)")
    }

    static let sqlUser: [String: String] = [
        "folio.yaml": """
            name: 최쿼리
            lang: ko
            target:
              role: data-engineer
              level: junior
            certifications:
              - name: SQL 개발자 (SQLD)
                date: 2024-06
            """,
        "projects/ops.md": """
            ---
            title: 운영 데이터 통합
            period: 2024-01 – 2024-06
            stack: [MySQL, MSSQL, PostgreSQL, BigQuery, Jenkins, Argo CD]
            ---
            ## 개요
            세 DB의 주문을 합칩니다. 적재 후 행 수와 합계를 비교하는 품질 검사를 매일 돌립니다.
            """,
    ]

    @Test("Implied skills count: SQL through MySQL/MSSQL/PostgreSQL, GCP through BigQuery, CI/CD through Jenkins and Argo CD, Data Quality through quality checks")
    func implied() throws {
        let posting = read("""
            공고
            [자격요건]
            - SQL 중급 이상
            - GCP 환경 경험
            - CI/CD 파이프라인 구성 경험
            [우대사항]
            - Data Quality 관리 경험
            """)
        let report = PostingMatcher.match(posting, try TemporaryWorkspace(Self.sqlUser).load(), today: YearMonth(year: 2025, month: 6)!)
        let status = Dictionary(uniqueKeysWithValues: report.requirements.map { ($0.requirement.label, $0.status) })
        #expect(status["SQL"] == .evidenced)
        #expect(status["Google Cloud (GCP)"] == .evidenced)
        #expect(status["CI/CD"] == .evidenced)
        #expect(status["Data Quality"] != .missing)
        let sql = try #require(report.required.first { $0.requirement.label == "SQL" })
        // Each tool that shows SQL, with the project that uses it.
        #expect(sql.evidence(.ko).hasPrefix("충족: MySQL (ops), SQL Server (ops), PostgreSQL (ops)"), "\(sql.evidence(.ko))")
    }

    @Test("An SQLD certificate alone shows SQL as claimed, not missing")
    func certificate() throws {
        var files = Self.sqlUser
        files["projects/ops.md"] = "---\ntitle: 운영\nstack: [Python]\n---\n## 개요\n주문을 합칩니다.\n"
        let report = PostingMatcher.match(read("공고\n[자격요건]\n- SQL 중급 이상"), try TemporaryWorkspace(files).load(), today: YearMonth(year: 2025, month: 6)!)
        #expect(report.required.first?.status == .claimed)
        #expect(report.required.first?.evidence(.ko).contains("SQLD") == true)
    }

    @Test("Words that are not skills in context", arguments: [
        ("Go-to-market experience with data products", "Go"),
        ("Go live 일정에 맞춰 배포합니다", "Go"),
        ("We go live in Q3", "Go"),
        ("통계 데이터를 활용한 사내정보 시스템 개발", "Statistics"),
        ("머신러닝 알고리즘에 대한 이해", "CS Fundamentals"),
        ("Projects that spark joy", "Apache Spark"),
        // The executives of a hiring step, a time-series database, a statistical test.
        ("서류 → 1차 면접 → 2차 면접(C-level) → 입사", "C"),
        ("Explain trade-offs to engineers and the C-level alike", "C"),
        ("InfluxDB 등 시계열 DB 사용 경험", "Time Series Analysis"),
        ("Familiarity with Bayesian methods or sequential testing", "Unit Testing"),
    ])
    func notSkills(line: String, skill: String) {
        #expect(!read("공고\n[자격요건]\n- \(line)").skills.contains(skill), "\(line)")
    }

    @Test("The same words are skills where they name one", arguments: [
        ("C/C++ 개발 경험", "C"),
        ("시계열 예측 모델 개발 경험", "Time Series Analysis"),
        ("Solid grounding in statistics, including hypothesis testing and regression", "Regression Analysis"),
        ("Write unit tests and integration testing for pipelines", "Unit Testing"),
        // A Korean object particle between the words of a spelling: "실험을 설계" is "실험 설계".
        ("신규 기능의 실험을 설계하고 결과를 분석해요", "Experiment Design"),
        ("비개발 직군과도 원활하게 소통하는 분", "Communication"),
        ("연구자용 분석 환경(JupyterHub) 운영", "Jupyter"),
    ])
    func stillSkills(line: String, skill: String) {
        #expect(read("공고\n[자격요건]\n- \(line)").skills.contains(skill), "\(line)")
    }

    @Test("Go and R are still read where they are languages")
    func languages() {
        #expect(read("공고\n[자격요건]\n- Go, Java 중 하나 이상").skills.contains("Go"))
        #expect(read("공고\n[자격요건]\n- 통계 지식 (가설 검정)").skills.contains("Statistics"))
    }

    @Test("R or Python is met by R when the workspace uses R")
    func rOrPython() throws {
        var files = Self.bigQueryUser
        files["projects/mart.md"] = "---\ntitle: 분석\nstack: [R]\n---\n## 개요\nR로 분석합니다.\n"
        files["skills.yaml"] = "- name: R\n  level: 3\n"
        let report = PostingMatcher.match(read("Analyst\nRequirements\n- R or Python"), try TemporaryWorkspace(files).load(), today: YearMonth(year: 2025, month: 6)!)
        let match = try #require(report.required.first)
        #expect(match.requirement.skills.sorted() == ["Python", "R"])
        #expect(match.status == .evidenced && match.best.skill == "R")
    }

    static let payments: [String: String] = [
        "folio.yaml": """
            name: 정결제
            lang: ko
            target:
              role: data-engineer
              level: mid
            experience:
              - organization: 결제사
                position: 데이터 엔지니어
                period: 2021.01 ~ 2024.12
            """,
        "projects/pay.md": """
            ---
            title: 결제 정산 파이프라인
            period: 2022-01 – 2024-12
            stack: [Apache Spark, Python]
            data:
              source: 운영 결제 DB (실서비스)
              volume: 하루 500만 건
              domain: 결제
            ---
            ## 개요
            운영 결제 데이터를 정산합니다.
            """,
        "projects/route.md": """
            ---
            title: 배송 경로 분석
            period: 2021-01 – 2021-12
            stack: [Python]
            data:
              source: 사내 배송 로그
              volume: 1,200만 행
              domain: logistics
            ---
            ## 개요
            배송 경로를 분석합니다.
            """,
    ]

    @Test("Domain requirements are compared with data.domain")
    func domain() throws {
        let posting = read("공고\n[우대사항]\n- 물류 도메인 경험\n- 금융 도메인 이해")
        #expect(posting.conditions.filter { $0.topic == .domain }.map(\.domain) == ["logistics", "finance"])
        let report = PostingMatcher.match(posting, try TemporaryWorkspace(Self.payments).load(), today: YearMonth(year: 2025, month: 6)!)
        let domains = report.conditions.filter { $0.condition.topic == .domain }
        #expect(domains.first { $0.condition.domain == "logistics" }?.status == .shown)
        #expect(domains.first { $0.condition.domain == "logistics" }?.evidence(.ko).contains("route") == true)
        // 결제 is a finance domain.
        #expect(domains.first { $0.condition.domain == "finance" }?.status == .shown)
    }

    @Test("500만 건/일 of production payments is never told to use a bigger public data set")
    func scaleForLevel() throws {
        let posting = read("공고\n[우대사항]\n- 대용량 데이터 처리 경험")
        let report = PostingMatcher.match(posting, try TemporaryWorkspace(Self.payments).load(), today: YearMonth(year: 2025, month: 6)!)
        let scale = try #require(report.conditions.first { $0.condition.topic == .largeScale })
        for language in [Language.ko, .en] {
            let text = scale.evidence(language)
            #expect(!text.contains("공개 데이터") && !text.lowercased().contains("public dataset") && !text.contains("작습니다"), "\(text)")
        }
        #expect(scale.evidence(.ko).contains("500만 건"))
    }
}
