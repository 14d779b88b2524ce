import Foundation
import Testing
import FolioModel
import FolioMatch
@testable import FolioXLSX

/// A new user's trial: a junior data engineer with one Kafka + Spark streaming project, a computer
/// science degree and skills without levels. The Target sheet must say what `folio match` says.
@Suite struct TargetHoldingsTests {
    static let files: [String: String] = [
        "folio.yaml": """
            name: 김하늘
            lang: ko
            contact:
              email: haneul@example.com
            target:
              role: data-engineer
              company: service
              level: junior
            education:
              - school: 한빛대학교
                program: 컴퓨터공학 학사
                period: 2020-03 – 2024-02
            """,
        "skills.yaml": """
            - name: Python
            - name: SQL
            - name: Apache Kafka
            - name: Apache Spark
            - name: Spark Structured Streaming
            - name: Docker
            """,
        "projects/clickstream.md": """
            ---
            title: 클릭스트림 실시간 집계 파이프라인
            period: 2024-09 – 2024-11
            team: 1
            stack: [Kafka, Spark, Python, PostgreSQL, Docker]
            ---
            ## 개요

            이커머스 클릭 로그를 실시간으로 집계해 상품별 조회수를 보여 줍니다.

            ## 아키텍처

            - 수집(Extract): 클릭 이벤트를 Kafka로 수집
            - 변환(Transform): Spark Structured Streaming으로 중복 제거, 1분 단위 집계
            - 적재(Load): 원본은 S3에 Parquet로, 집계는 PostgreSQL에 적재
            - 품질 검증: 행 수·결측률 검사, 실패 시 Slack 알림
            """,
    ]

    /// The Target sheet's rows by expectation (column B).
    func table(language: Language? = nil) throws -> (SheetXML, [String: [String]]) {
        let (_, workspace) = try Fixtures.load(Self.files)
        let (_, file) = try Fixtures.written(workspace, language: language)
        let sheet = try #require(file.sheets[language == .en ? "Target" : "목표"])
        var rows: [String: [String]] = [:]
        var number = StatusTable.headerRow + 2
        while let expectation = sheet.text("B\(number)") {
            rows[expectation] = sheet.row(number, columns: 7)
            number += 1
        }
        return (sheet, rows)
    }

    @Test func whatTheWorkspaceShowsIsNotMissing() throws {
        let (_, rows) = try table()
        // Kafka is a stream-processing tool: as `folio match` says "✓ Stream Processing 충족: Apache Kafka".
        let streaming = try #require(rows["Stream Processing"])
        #expect(streaming[2] == "Apache Kafka")
        #expect(streaming[4] == "보유·근거 있음")
        #expect(streaming[5] == "Apache Kafka 사용: 클릭스트림 실시간 집계 파이프라인")
        // Named in the architecture but in no stack: claimed, with where, never red 없음.
        for name in ["Spark Structured Streaming", "ETL", "Data Quality"] {
            let row = try #require(rows[name], "\(name)")
            #expect(row[4] == "보유·근거 없음", "\(row)")
            #expect(row[5] == "projects/clickstream.md 본문에 있음 (stack에 없음)", "\(row)")
        }
        let cloud = try #require(rows["AWS / Google Cloud (GCP) / Amazon S3 중 하나 이상"])
        #expect(cloud[2] == "Amazon S3" && cloud[4] == "보유·근거 없음", "\(cloud)")
        // The degree shows CS fundamentals, as on the Skills sheet and in `folio check`.
        for name in ["컴퓨터 과학 기초 또는 기초 통계·ML", "CS Fundamentals"] {
            let row = try #require(rows[name], "\(name)")
            #expect(row[4] == "보유·근거 있음", "\(row)")
            #expect(row[5] == "자격·학력: 한빛대학교 컴퓨터공학 학사", "\(row)")
        }
    }

    @Test func aJuniorIsNotExpectedToHoldEveryAlternative() throws {
        let (sheet, rows) = try table()
        // One row for the languages, the big-data tools, the clouds, containers and NoSQL, each met by any member.
        #expect(rows["Python / Java / Scala / R 중 하나 이상"]?[4] == "보유·근거 있음")
        #expect(rows["Apache Hadoop / Apache Hive / Apache Spark / Apache Kafka 중 하나 이상"]?[2] == "Apache Spark, Apache Kafka")
        #expect(rows["Docker / Kubernetes 중 하나 이상"]?[4] == "보유·근거 있음")
        for name in ["Java", "Scala", "R", "MongoDB", "Apache Hive", "Kubernetes", "Google Cloud (GCP)"] {
            #expect(rows[name] == nil, "\(name) has no red row of its own")
        }
        let red = rows.filter { $0.value[4] == "없음" }.keys.sorted()
        #expect(red == ["Apache Airflow", "Bash", "Data Security", "Data Warehouse", "ELK Stack", "Machine Learning", "NoSQL / MongoDB 중 하나 이상"])
        // What only the company prefers is not red.
        #expect(rows["Apache Flink"]?[4] == "없음 (우대)")
        #expect(sheet.row(2, columns: 8) == ["보유·근거 있음", "13", "보유·근거 없음", "5", "없음", "7", "없음 (우대)", "1"])
    }

    @Test func theSheetAgreesWithMatch() throws {
        let (_, workspace) = try Fixtures.load(Self.files)
        let posting = Posting.parse(text: """
            데이터 엔지니어
            [자격요건]
            - 실시간 스트림 처리 경험
            - Spark Structured Streaming 경험
            - 데이터 품질 관리 경험
            - Kafka 운영 경험
            """, file: "posting.txt")
        let report = PostingMatcher.match(posting, workspace, today: YearMonth(year: 2025, month: 6)!)
        let (_, rows) = try table()
        let sheetStatus = ["보유·근거 있음": MatchStatus.evidenced, "보유·근거 없음": .claimed, "없음": .missing]
        #expect(report.required.count == 4)
        for match in report.required {
            let row = try #require(rows[match.requirement.label], "\(match.requirement.label)")
            #expect(sheetStatus[row[4]] == match.status, "\(match.requirement.label): sheet \(row[4]), match \(match.status)")
        }
    }

    @Test func englishHeadersNameTheHiringAdvice() throws {
        let (sheet, rows) = try table(language: .en)
        #expect(sheet.row(4, columns: 7).last == "Source (hiring advice)")
        #expect(rows["Python / Java / Scala / R (at least one)"]?[0] == "Role: expected, one of")
        #expect(rows["Apache Flink"]?[4] == "missing (preferred)")
        #expect(rows["Data Quality"]?[5] == "in the text of projects/clickstream.md (not in its stack)")
    }
}
