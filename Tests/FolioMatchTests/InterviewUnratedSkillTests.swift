import Foundation
import Testing
import FolioModel
@testable import FolioMatch
import FolioTestSupport

/// A new user's trial: a Korean junior data engineer whose skills.yaml, as most résumés, gives names and a
/// few versions but no levels; two projects (Kafka + Spark Structured Streaming, a rate-limited API) and two
/// stories without a `## 대안` section. Every test reads the rendered `interview.md`, as the user does.
@Suite("Interview sheet: unrated skills and the answers of the trial")
struct InterviewUnratedSkillTests {
    static let today = YearMonth(year: 2025, month: 6)!

    static let folio = """
        name: 이데이터
        lang: ko
        target:
          role: data-engineer
          company: service
          level: junior
        intro: 안녕하세요, 스트리밍 로그를 정확하게 집계하는 신입 데이터 엔지니어입니다.
        education:
          - school: 한국대학교
            program: 학사 컴퓨터공학
            degree: 학사
            major: 컴퓨터공학
            period: 2019-03 – 2025-02
        """

    static let unratedSkills = """
        - name: Python
          version: "3.11"
        - name: Apache Kafka
          version: "3.6"
        - name: Spark Structured Streaming
          version: "3.5"
        - name: Apache Airflow
        - name: PostgreSQL
          version: "15"
        - name: Docker
        - name: Tableau
        - name: Git
        """

    static let stream = """
        ---
        title: 앱 클릭 로그 스트리밍 집계
        period: 2024-09 – 2024-11
        team: 4
        role: 스트리밍 집계와 적재 담당
        stack: [Apache Kafka, Spark Structured Streaming, PostgreSQL, Apache Airflow, Docker]
        ---
        ## 개요

        앱 클릭 로그를 Kafka로 받아 Spark Structured Streaming으로 1분 단위로 집계하고 PostgreSQL에 적재했습니다.

        ## 나의 역할

        - Spark Structured Streaming 집계 잡 작성과 체크포인트 설정
        - Airflow DAG 3개 작성 (수집, 변환, 품질 검사)
        """

    static let api = """
        ---
        title: 공공 데이터 API 수집기
        period: 2024-06 – 2024-08
        team: 1
        role: 혼자 설계와 구현
        stack: [Python, PostgreSQL, Apache Airflow]
        ---
        ## 개요

        공공 데이터 포털의 대기질 API를 매시간 호출해 PostgreSQL에 적재하는 수집기입니다.
        """

    static let duplicates = """
        ---
        title: 스트리밍 집계에서 잡 재시작 뒤 중복 집계
        project: click-stream
        skills: [Spark Structured Streaming, Apache Kafka]
        date: 2024-10
        ---
        ## 상황

        배포 뒤 잡을 재시작하자 1분 집계 건수가 원본보다 1.2% 많아졌습니다.

        ## 원인

        Spark 잡을 재시작할 때 체크포인트 경로가 바뀌어 이미 처리한 오프셋을 다시 읽어 중복 집계가 생겼습니다.

        ## 해결

        체크포인트 경로를 고정하고, PostgreSQL 적재를 (분, 화면) 키로 upsert하도록 바꿨습니다.

        ## 결과

        중복 집계 1.2% → 0건.
        """

    static let rateLimit = """
        ---
        title: 공공 API 호출 제한(429)으로 수집 실패
        project: public-api
        skills: [Python]
        date: 2024-07
        ---
        ## 상황

        매시간 수집에서 요청의 12%가 429 응답으로 실패했습니다.

        ## 원인

        요청마다 새 연결을 만들고 동시에 몰아서 보내 초당 호출 제한을 넘었습니다.

        ## 해결

        커넥션 풀로 동시 요청을 5개로 묶고, 429에는 지수 백오프로 최대 3번 재시도했습니다.

        ## 결과

        수집 실패율 12% → 0.3%.
        """

    static func files(skills: String = unratedSkills, folio: String = folio) -> [String: String] {
        [
            "folio.yaml": folio, "skills.yaml": skills,
            "projects/click-stream.md": stream, "projects/public-api.md": api,
            "stories/stream-duplicates.md": duplicates, "stories/api-rate-limit.md": rateLimit,
        ]
    }

    func markdown(_ files: [String: String] = files()) throws -> String {
        let workspace = try TemporaryWorkspace(files).load()
        return try InterviewRenderer().markdown(InterviewSheet.build(workspace, today: Self.today))
    }

    /// The lines of the sheet from `heading` (a `## ` line starting so) to the next `## ` heading.
    func section(_ markdown: String, _ heading: String) throws -> String {
        let lines = markdown.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix(heading) }, "no \(heading)")
        let end = lines[(start + 1)...].firstIndex { $0.hasPrefix("## ") } ?? lines.endIndex
        return lines[start..<end].joined(separator: "\n")
    }

    /// What the sheet says under the question starting with `question`: its answer lines or its 준비 필요 line.
    func answer(_ markdown: String, _ question: String) throws -> String {
        let lines = markdown.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("- **Q. \(question)") }, "no question \(question)")
        let end = lines[(start + 1)...].firstIndex { !$0.hasPrefix("  ") } ?? lines.endIndex
        return lines[(start + 1)..<end].joined(separator: "\n")
    }

    @Test("Skills without a level that the workspace uses get the technical questions, under a heading that says so")
    func unratedUsedSkills() throws {
        let markdown = try markdown()
        let skills = try section(markdown, "## 기술 질문")
        #expect(skills.hasPrefix("## 기술 질문 (수준은 없지만 작업 폴더에서 쓴 스킬)\n"), "\(skills.prefix(80))")
        #expect(!markdown.contains("수준 2 이상"))
        for name in ["Python", "Apache Kafka", "Spark Structured Streaming", "Apache Airflow", "PostgreSQL", "Docker"] {
            #expect(skills.contains("### \(name) (수준 없음)"), "\(name)")
        }
        // The same four questions a rated skill gets, answered where the workspace can.
        let kafka = try #require(skills.components(separatedBy: "### ").first { $0.hasPrefix("Apache Kafka") })
        #expect(kafka.components(separatedBy: "- **Q. ").count - 1 == 4)
        #expect(try answer(kafka, "어떤 버전을 쓰셨나요?").contains("  - 3.6"))
        #expect(try answer(kafka, "쓰면서 겪은 장애나 실패").contains("「스트리밍 집계에서 잡 재시작 뒤 중복 집계」 배포 뒤 잡을 재시작하자"))
        // Listed but used nowhere: one line, in the section and in what to prepare.
        let unused = "Tableau, Git: 수준이 없고 프로젝트·이야기·경력 어디에도 쓰이지 않았습니다. 면접에서 써 본 것을 보여 줄 수 있게 준비하거나 이력서에서 빼세요."
        #expect(skills.contains("- ⚠ **준비 필요:** \(unused)"))
        #expect(!skills.contains("### Tableau"))
        #expect(try section(markdown, "## 준비할 것").contains("- [ ] \(unused)"))
    }

    @Test("Rated and unrated together: the heading names both; a level-1 skill stays out")
    func mixed() throws {
        let skills = Self.unratedSkills.replacingOccurrences(of: "- name: Python\n", with: "- name: Python\n  level: 3\n")
            + "\n- name: Java\n  level: 1\n"
        let markdown = try markdown(Self.files(skills: skills))
        let section = try section(markdown, "## 기술 질문")
        #expect(section.hasPrefix("## 기술 질문 (수준 2 이상, 그리고 수준 없이 작업 폴더에서 쓴 스킬)\n"))
        // The rated skill first, with its level.
        let first = try #require(section.components(separatedBy: "\n").first { $0.hasPrefix("### ") })
        #expect(first.hasPrefix("### Python (수준 3)"))
        #expect(!section.contains("### Java"))
        #expect(!section.contains("Java:"))
    }

    @Test("English: the heading says what it holds")
    func english() throws {
        let folio = Self.folio.replacingOccurrences(of: "lang: ko", with: "lang: en")
        let markdown = try markdown(Self.files(folio: folio))
        #expect(markdown.contains("## Skill questions (skills without a level the workspace uses)\n"))
        #expect(markdown.contains("### Apache Kafka (no level)"))
        #expect(markdown.contains("Tableau, Git: no level and used in no project, story or job. Be ready to show how you used them, or drop them from the résumé."))
    }

    @Test("An empty skill section says why instead of a bare heading")
    func emptyReasons() throws {
        let low = try section(try markdown(Self.files(skills: "- name: Python\n  level: 1\n- name: Docker\n  level: 1\n")), "## 기술 질문")
        #expect(low.contains("기술 질문이 없습니다: skills.yaml의 스킬 2개 중 2개는 수준 1(써 봄)."), "\(low)")
        #expect(!low.contains("###"))
        let none = try section(try markdown(Self.files(skills: "[]\n")), "## 기술 질문")
        #expect(none.contains("skills.yaml에 스킬이 없어 기술 질문을 만들지 못했습니다"), "\(none)")
        let unused = try section(try markdown(Self.files(skills: "- name: Tableau\n- name: Java\n  level: 1\n")), "## 기술 질문")
        #expect(unused.contains("기술 질문이 없습니다: skills.yaml의 스킬 2개 중 1개는 수준 1(써 봄), 1개는 수준이 없고 프로젝트·이야기·경력 어디에도 쓰이지 않음."), "\(unused)")
    }

    @Test("The 'why this tool' note points to a story's alternatives only when the story has them")
    func startingPoint() throws {
        let without = try markdown()
        #expect(!without.contains("대안 비교가 출발점"))
        var files = Self.files()
        files["stories/stream-duplicates.md"] = Self.duplicates.replacingOccurrences(of: "## 해결", with: """
            ## 대안

            - A: 체크포인트 경로 고정
            - B: 적재 뒤 중복 제거 배치

            ## 해결
            """)
        let with = try markdown(files)
        let kafka = try answer(with, "왜 다른 방법이나 도구 (예: Google Cloud Pub/Sub, RabbitMQ)가 아니라")
        #expect(kafka.contains("「스트리밍 집계에서 잡 재시작 뒤 중복 집계」의 대안 비교가 출발점이 됩니다."), "\(kafka)")
    }

    @Test("A tool named in a story's incident, a DAG's name, 'at once' and a repeated degree answer nothing")
    func looseAnswers() throws {
        let markdown = try markdown()
        let spark = "Spark 잡을 재시작할 때"
        let cluster = try answer(markdown, "한 대의 PC가 아니라 클러스터에서")
        #expect(cluster.contains("⚠ **준비 필요:**") && !cluster.contains(spark), "\(cluster)")
        let openSource = try answer(markdown, "이 회사는 '오픈 소스의 빠른 활용'을")
        #expect(!openSource.contains(spark), "\(openSource)")
        #expect(openSource.contains("앱 클릭 로그를 Kafka로 받아 Spark Structured Streaming으로"), "\(openSource)")
        let testing = try answer(markdown, "작성한 파이프라인을 어떻게 테스트했나요?")
        #expect(!testing.contains("Airflow DAG 3개 작성"), "\(testing)")
        let threads = try answer(markdown, "프로세스와 스레드의 차이")
        #expect(!threads.contains("동시에 몰아서"), "\(threads)")
        let fundamentals = try answer(markdown, "이 회사는 '컴퓨터공학 기초와 문제 해결 능력'을")
        #expect(fundamentals.contains("  - 한국대학교 학사 컴퓨터공학 (folio.yaml: 학력)"), "\(fundamentals)")
        #expect(markdown.contains("SLA는 어떻게 정의하겠습니까?"))
        #expect(!markdown.contains("겠나요"))
    }

    @Test("What does answer them still does: a test that is stated, a thread pool, a tool adopted in a project")
    func statedAnswers() throws {
        var files = Self.files()
        files["projects/public-api.md"] = Self.api + """

            ## 나의 역할

            - 응답 파서를 pytest 단위 테스트 12개로 검증했습니다.
            - 스레드 풀 4개로 지역별 호출을 병렬로 나눴습니다.
            """
        let markdown = try markdown(files)
        #expect(try answer(markdown, "작성한 파이프라인을 어떻게 테스트했나요?").contains("pytest 단위 테스트 12개로 검증"))
        #expect(try answer(markdown, "프로세스와 스레드의 차이").contains("스레드 풀 4개로"))
    }
}

@Suite("Interview sheet: a count compared with the source is no storage")
struct InterviewStorageReadingTests {
    @Test("'원본보다 많아졌습니다' does not answer where the data is stored; '원본은 S3에 Parquet으로' does")
    func sourceComparedIsNotStorage() throws {
        let files = InterviewUnratedSkillTests.files()
        let question = "데이터 레이크와 데이터 웨어하우스는 각각 언제 쓰나요?"
        func answer(_ files: [String: String]) throws -> String {
            let workspace = try TemporaryWorkspace(files).load()
            let sheet = InterviewSheet.build(workspace, today: InterviewUnratedSkillTests.today)
            let found = try #require(sheet.roleQuestions.first { $0.question.hasPrefix(question) })
            return found.answer ?? "⚠ \(found.prepare ?? "")"
        }
        let compared = try answer(files)
        #expect(!compared.contains("원본보다 1.2% 많아졌습니다"), "\(compared)")
        var stored = files
        stored["projects/public-api.md"] = InterviewUnratedSkillTests.api + "\n원본은 S3에 Parquet으로 두고, 집계만 PostgreSQL에 적재했습니다.\n"
        #expect(try answer(stored).contains("원본은 S3에 Parquet으로 두고"))
    }
}

/// A trial with an imported JSON Resume (a data engineer whose work history carries the stack): a skill used
/// only at a job is applied there, and the sheet says so instead of "no project applies it".
@Suite("Interview sheet: where a skill was applied includes the work history")
struct InterviewAppliedAtJobTests {
    static let folio = """
        name: 박경력
        lang: ko
        target:
          role: data-engineer
        intro: 데이터 웨어하우스를 운영하는 데이터 엔지니어입니다.
        experience:
          - organization: 한빛커머스
            position: 데이터 엔지니어
            period: 2022-05 – 2024-08
            stack: [Snowflake, dbt]
            highlights:
              - Snowflake 웨어하우스 비용 월 1,200만 원 → 700만 원
        """

    func markdown(lang: String) throws -> String {
        let workspace = try TemporaryWorkspace([
            "folio.yaml": Self.folio.replacingOccurrences(of: "lang: ko", with: "lang: \(lang)"),
            "skills.yaml": "- name: Snowflake\n- name: Databricks\n",
        ]).load()
        return try InterviewRenderer().markdown(InterviewSheet.build(workspace, today: YearMonth(year: 2025, month: 6)!))
    }

    /// The lines under the first question starting with `question` in the card headed `### card`.
    func answer(_ markdown: String, card: String, _ question: String) throws -> String {
        let cardText = try #require(markdown.components(separatedBy: "\n### ").first { $0.hasPrefix(card) }, "no card \(card)")
        let lines = cardText.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("- **Q. \(question)") }, "no question \(question)")
        let end = lines[(start + 1)...].firstIndex { !$0.hasPrefix("  ") } ?? lines.endIndex
        return lines[(start + 1)..<end].joined(separator: "\n")
    }

    @Test("A skill in a job's stack is applied at that job, in Korean and English")
    func appliedAtJob() throws {
        let korean = try answer(markdown(lang: "ko"), card: "Snowflake", "실제로 어디에 적용해 보셨나요?")
        #expect(korean.contains("  - 데이터 엔지니어 · 한빛커머스"), "\(korean)")
        #expect(korean.contains("_출처: folio.yaml_"), "\(korean)")
        #expect(!korean.contains("준비 필요"), "\(korean)")
        let english = try answer(markdown(lang: "en"), card: "Snowflake", "Where did you actually apply it?")
        #expect(english.contains("  - 데이터 엔지니어 · 한빛커머스"), "\(english)")
        #expect(!english.contains("No project applies it"), "\(english)")
    }
}
