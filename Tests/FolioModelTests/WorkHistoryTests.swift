import Foundation
import Testing
import FolioModel
import FolioTestSupport

/// `experience:`, `awards:`, `open_source:`, `languages:`, `activities:` in folio.yaml, and
/// periods as people write them, read into located values.
@Suite struct WorkHistoryTests {
    func load(profile extra: String) throws -> Workspace {
        var files = SampleFiles.workspace
        files["folio.yaml"] = SampleFiles.profile + "\nheadline: 데이터 엔지니어\n" + extra
        return try TemporaryWorkspace(files).load()
    }

    func period(_ text: String) throws -> Period { try Period.parse(text).get() }

    @Test(arguments: [
        ("2024-07 – 현재", "2024-07 – 현재", "2024-07 – present"),
        ("2022 – 2024", "2022 – 2024", "2022 – 2024"),
        ("2024.07 ~ 2025.02", "2024-07 – 2025-02", "2024-07 – 2025-02"),
        ("24.07–25.02", "2024-07 – 2025-02", "2024-07 – 2025-02"),
        ("2024년 7월 – 현재", "2024-07 – 현재", "2024-07 – present"),
        ("2024년 7월 ~ 2025년 2월", "2024-07 – 2025-02", "2024-07 – 2025-02"),
        ("2022-2024", "2022 – 2024", "2022 – 2024"),
        ("2024-09-2024-11", "2024-09 – 2024-11", "2024-09 – 2024-11"),
        ("October 2022 – Present", "2022-10 – 현재", "2022-10 – present"),
        ("2016-11-07 – 2018-09-24", "2016-11 – 2018-09", "2016-11 – 2018-09"),
        ("2024.07 ~", "2024-07 – 현재", "2024-07 – present"),
        ("2024-07 – 재직 중", "2024-07 – 현재", "2024-07 – present"),
    ])
    func periodsAsPeopleWriteThem(written: String, korean: String, english: String) throws {
        let parsed = try period(written)
        #expect(parsed.text(.ko) == korean)
        #expect(parsed.text(.en) == english)
    }

    @Test func yearsStayYears() throws {
        let years = try period("2022 – 2024")
        #expect(years.from.month == nil && years.to?.month == nil)
        #expect(years.from.iso8601 == "2022")
        #expect(years.months(asOf: YearMonth(year: 2026, month: 1)!) == 25)
        let days = try period("2016-11-07 – 2018-09-24")
        #expect(days.from.iso8601 == "2016-11-07" && days.to?.iso8601 == "2018-09-24")
    }

    @Test func unreadableAndReversedPeriods() throws {
        #expect(throws: Period.Problem.unreadable("someday")) { try Period.parse("2024-07 – someday").get() }
        #expect(throws: Period.Problem.reversed(start: "2024", end: "2022")) { try Period.parse("2024 – 2022").get() }
        // Coarser precision compares by year: 2024 – 2024-03 is fine.
        #expect((try? Period.parse("2024 – 2024-03").get()) != nil)
    }

    @Test func experienceIsReadWithLocations() throws {
        let workspace = try load(profile: """
            experience:
              - organization: 주식회사 데이터
                position: 데이터 엔지니어
                period: 2024-07 – 현재
                team: 데이터플랫폼팀
                role: 주문 파이프라인 담당
                highlights:
                  - 일 배치 6시간 → 40분
                projects: [sensor]
                stack: [Apache Spark, Airflow]
              - company: 인턴 회사
                position: 인턴
                period: 2024.01 ~ 2024.02
            """)
        #expect(workspace.diagnostics.isEmpty, "\(workspace.diagnostics)")
        let jobs = workspace.profile.experience
        #expect(jobs.count == 2)
        #expect(jobs[0].organization?.value == "주식회사 데이터")
        #expect(jobs[0].period?.value.ongoing == true)
        #expect(jobs[0].period?.location == SourceLocation(file: "folio.yaml", line: 12, column: 13))
        #expect(jobs[0].highlights.first?.location.line == 16)
        #expect(jobs[0].projects.map(\.value) == ["sensor"])
        #expect(jobs[1].organization?.value == "인턴 회사")
        #expect(jobs[1].period?.value.text(.ko) == "2024-01 – 2024-02")
        #expect(jobs[1].entryLocation.line == 19)
    }

    @Test func reversedRangeIsAnErrorAtItsLine() throws {
        let workspace = try load(profile: "experience:\n  - organization: A\n    period: 2025-02 – 2024-07\n")
        let finding = try #require(workspace.diagnostics.first { $0.rule == "parse.date" })
        #expect(finding.severity == .error)
        #expect(finding.location == SourceLocation(file: "folio.yaml", line: 11, column: 13))
        #expect(finding.message.en.contains("ends before it starts"))
        #expect(finding.message.ko.contains("시작"))
    }

    @Test func futureStartIsAWarning() throws {
        let workspace = try load(profile: "experience:\n  - organization: A\n    period: 2099-03 – 현재\n")
        let finding = try #require(workspace.diagnostics.first { $0.rule == "parse.future" })
        #expect(finding.severity == .warning)
        #expect(finding.location.line == 11)
        #expect(workspace.profile.experience.first?.period != nil)
    }

    @Test func unknownKeysInTheNewSectionsSuggestTheNearest() throws {
        let workspace = try load(profile: "experience:\n  - organization: A\n    positon: 엔지니어\nawards:\n  - name: 공모전\n    metirc: RMSE\n")
        let messages = workspace.diagnostics.filter { $0.rule == "parse.unknown-key" }.map(\.message.en)
        #expect(messages.contains { $0.contains("experience[].positon") && $0.contains("Did you mean `position`") })
        #expect(messages.contains { $0.contains("awards[].metirc") && $0.contains("Did you mean `metric`") })
        let top = try load(profile: "experiance:\n  - organization: A\n")
        #expect(top.diagnostics.contains { $0.message.en.contains("Did you mean `experience`") })
    }

    @Test func awardsLanguagesOpenSourceActivities() throws {
        let workspace = try load(profile: """
            awards:
              - name: 수요 예측 경진대회
                organizer: 데이콘
                rank: 3위 (상위 2%)
                date: 2024-11
                metric: RMSE 0.412 → 0.371
                approach: 시간대별 피처와 LightGBM 튜닝
            open_source:
              - project: apache/airflow
                contribution: 로그 누락 수정 (PR #41234)
                url: https://github.com/apache/airflow/pull/41234
            languages:
              - language: 영어
                test: TOEIC
                score: 915
                date: 2024-05
            activities:
              - name: Spark 스터디
                role: 운영진
                period: 2023 – 2024
            location: 서울
            """)
        #expect(workspace.diagnostics.isEmpty, "\(workspace.diagnostics)")
        let profile = workspace.profile
        #expect(profile.awards.first?.metric?.value == "RMSE 0.412 → 0.371")
        #expect(profile.awards.first?.date?.value.description == "2024-11")
        #expect(profile.openSource.first?.project?.location.line == 17)
        #expect(profile.languages.first?.score?.value == "915")
        #expect(profile.activities.first?.period?.value.text(.en) == "2023 – 2024")
        #expect(profile.location?.city?.value == "서울")
    }
}
