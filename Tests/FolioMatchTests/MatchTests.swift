import Foundation
import Testing
import FolioModel
@testable import FolioMatch
import FolioTestSupport

@Suite("Matching a posting against a workspace")
struct MatchTests {
    static let files: [String: String] = [
        "folio.yaml": """
            name: 김데이터
            lang: ko
            target:
              role: data-engineer
              level: junior
            education:
              - school: 한국대학교
                program: 컴퓨터공학과 학사
            """,
        "skills.yaml": """
            - name: Python
              level: 3
              version: "3.11"
            - name: SQL
              level: 2
              version: "PostgreSQL 15"
            - name: Java
              level: 1
            """,
        "projects/pipe.md": """
            ---
            title: 로그 파이프라인
            period: 2024-01 – 2024-06
            stack: [Python, 스파크]
            data:
              volume: 하루 300만 행, 약 2 GB
            ---
            ## 개요
            Kafka에서 읽은 로그를 집계합니다.
            """,
        "stories/oom.md": """
            ---
            title: Spark OOM
            project: pipe
            skills: [Apache Spark]
            ---
            ## 상황
            배치가 실패했습니다.
            """,
    ]

    static let posting = Posting.parse(text: """
        데이터 엔지니어
        [자격요건]
        - Python, Spark 경험
        - SQL 능숙
        - Kubernetes 운영 경험
        - 경력 2년 이상
        [우대사항]
        - Kafka 경험
        - Airflow 경험
        - 대용량 데이터 처리 경험
        """, file: "postings/test.txt")

    func report() throws -> MatchReport {
        let workspace = try TemporaryWorkspace(Self.files).load()
        return PostingMatcher.match(Self.posting, workspace, today: YearMonth(year: 2025, month: 6)!)
    }

    @Test("Each requirement is evidenced by a project or story, claimed by skills.yaml or text, or missing")
    func split() throws {
        let report = try report()
        let required = Dictionary(uniqueKeysWithValues: report.required.map { ($0.requirement.label, $0.status) })
        #expect(required == ["Python": .evidenced, "Apache Spark": .evidenced, "SQL": .claimed, "Kubernetes": .missing])
        let preferred = Dictionary(uniqueKeysWithValues: report.preferred.map { ($0.requirement.label, $0.status) })
        #expect(preferred == ["Apache Kafka": .claimed, "Apache Airflow": .missing])
        let spark = try #require(report.required.first { $0.requirement.label == "Apache Spark" })
        #expect(spark.best.projects == ["pipe"] && spark.best.stories == ["oom"])
        let kafka = try #require(report.preferred.first { $0.requirement.label == "Apache Kafka" })
        #expect(kafka.best.mentionedIn == ["projects/pipe.md"])
        #expect(kafka.evidence(.en).contains("projects/pipe.md"))
    }

    @Test("Fit score: required 2, preferred 1; evidenced full, claimed half")
    func score() throws {
        let report = try report()
        // Required: 2 + 2 + 1 + 0; preferred: 0.5 + 0 → 5.5 of 10.
        #expect(report.possible == 10)
        #expect(report.earned == 5.5)
        #expect(report.score == 55)
    }

    @Test("Three gaps, the largest gain first, required before preferred on a tie, each with what to do")
    func gaps() throws {
        let gaps = try report().gaps
        #expect(gaps.map(\.requirement.label) == ["Kubernetes", "SQL", "Apache Airflow"])
        #expect(gaps.map { Int($0.gain) } == [20, 10, 10])
        #expect(gaps[0].advice(.en).contains("not in the workspace"))
        #expect(gaps[1].advice(.en).contains("skills: [SQL]"))
        let kafka = try #require(try report().preferred.first { $0.requirement.label == "Apache Kafka" })
        #expect(PostingMatcher.advice(for: kafka)(.ko).contains("projects/pipe.md 본문에는 나오지만 stack에 없습니다"))
    }

    @Test("Projects to feature, emphasis, and the xlsx rows")
    func featureAndRows() throws {
        let report = try report()
        #expect(report.projects.map(\.id) == ["pipe"])
        #expect(report.projects.first?.points == 4)
        #expect(report.emphasis == ["Python", "Apache Spark", "SQL", "Apache Kafka"])
        let rows = report.rows(.en)
        #expect(rows.count == 6)
        #expect(rows.first { $0.skill == "Kubernetes" }.map { ($0.kind, $0.status) } ?? (.preferred, .evidenced) == (.required, .missing))
    }

    @Test("Conditions: years against target.level, degree against education, volume against scale")
    func conditions() throws {
        let conditions = Dictionary(uniqueKeysWithValues: try report().conditions.map { ($0.condition.topic, $0) })
        #expect(conditions[.experience]?.status == .address)
        #expect(conditions[.experience]?.evidence(.en).contains("6 months") == true)
        #expect(conditions[.largeScale]?.status == .partial)
        #expect(conditions[.degree] == nil)
    }

    @Test("The report encodes as JSON with the score and both requirement lists")
    func json() throws {
        let data = try JSONEncoder().encode(try report())
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["score"] as? Int == 55)
        #expect((object["required"] as? [Any])?.count == 4)
        #expect((object["gaps"] as? [Any])?.count == 3)
    }

    @Test("A posting with no recognisable skill gives a note and no score")
    func noSkills() throws {
        let workspace = try TemporaryWorkspace(Self.files).load()
        let report = PostingMatcher.match(try Fixture.posting("no-skills.txt"), workspace)
        #expect(report.score == nil)
        #expect(report.gaps.isEmpty)
        #expect(report.notes.first?(.en).contains("No skill folio knows") == true)
        #expect(MatchTextReporter(language: .ko).report(report).contains("note: 이 공고에서 folio가 아는 기술 이름을 찾지 못했습니다"))
    }
}

@Suite("The enterprise data platform posting against the Korean example")
struct EnterpriseExampleTests {
    func report() throws -> MatchReport {
        let url = RepositoryPaths.example("junior-data-engineer-ko").appendingPathComponent("postings/enterprise-data-platform.txt")
        let posting = Posting.parse(text: try String(contentsOf: url, encoding: .utf8), file: "postings/enterprise-data-platform.txt")
        let workspace = try WorkspaceLoader.load(at: RepositoryPaths.example("junior-data-engineer-ko"))
        return PostingMatcher.match(posting, workspace, today: YearMonth(year: 2025, month: 6)!)
    }

    @Test("Seed 001's stack (Hadoop, Elasticsearch, Kubernetes, one of Java/Python/Go) is evidenced; YARN is the first gap")
    func required() throws {
        let report = try report()
        let required = Dictionary(uniqueKeysWithValues: report.required.map { ($0.requirement.label, $0) })
        for skill in ["Apache Hadoop", "Elasticsearch", "Kubernetes", "Apache Hive"] {
            #expect(required[skill]?.status == .evidenced, "\(skill)")
        }
        let language = try #require(required["Java / Python / Go"])
        #expect(language.status == .evidenced && language.best.skill == "Python")
        #expect(required["HDFS"]?.status == .claimed)
        #expect(required["Hadoop YARN"]?.status == .missing)
        #expect(report.gaps.first?.requirement.label == "Hadoop YARN")
        #expect(report.gaps.contains { $0.requirement.label == "HDFS" && $0.advice(.ko).contains("projects/sensor-pipeline.md") })
        #expect(Set(report.projects.prefix(2).map(\.id)) == ["game-log-streaming", "sensor-pipeline"])
    }

    @Test("Conditions: degree shown, three years for a junior and open-source contribution to address")
    func conditions() throws {
        let conditions = try report().conditions
        #expect(conditions.first { $0.condition.topic == .degree }?.status == .shown)
        #expect(conditions.first { $0.condition.topic == .experience }.map { ($0.condition.years, $0.status) } ?? (nil, .shown) == (3, .address))
        #expect(conditions.first { $0.condition.topic == .openSource && $0.condition.contribution }?.status == .address)
        #expect(conditions.first { $0.condition.topic == .openSource && !$0.condition.contribution }?.status == .shown)
        #expect(conditions.first { $0.condition.topic == .largeScale }?.status == .shown)
    }
}

@Suite("A streaming start-up posting against the Korean example")
struct ServicePostingTests {
    @Test("A kind of tool (데이터 품질) is shown by a tool of that kind; \"1~3년\" reads as one year")
    func umbrella() throws {
        let root = RepositoryPaths.example("junior-data-engineer-ko")
        let url = root.appendingPathComponent("postings/service-streaming-startup.txt")
        let posting = Posting.parse(text: try String(contentsOf: url, encoding: .utf8), file: "postings/service-streaming-startup.txt")
        let report = PostingMatcher.match(posting, try WorkspaceLoader.load(at: root), today: YearMonth(year: 2025, month: 6)!)
        let quality = try #require(report.preferred.first { $0.requirement.label == "Data Quality" })
        #expect(quality.status == .evidenced && quality.best.via == "Great Expectations")
        #expect(quality.evidence(.ko).hasPrefix("충족: Great Expectations (sensor-pipeline)"), "\(quality.evidence(.ko))")
        #expect(report.emphasis.contains("Great Expectations") && !report.emphasis.contains("Data Quality"))
        let streaming = try #require(report.preferred.first { $0.requirement.label == "Apache Flink / Spark Structured Streaming" })
        #expect(streaming.status == .claimed)
        #expect(posting.conditions.first { $0.topic == .experience }?.years == 1)
        #expect(report.required.map(\.requirement.label) == ["Apache Kafka", "Java / Scala / Python", "SQL", "Docker"])
    }
}
