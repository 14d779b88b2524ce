import Foundation
import Testing
import FolioModel
@testable import FolioMatch
import FolioTestSupport

/// Answers on the interview sheet must answer: a keyword match stays "준비 필요" (a new user's trial).
@Suite struct InterviewAnswerTests {
    static let files: [String: String] = [
        "folio.yaml": "name: 김지원\nlang: ko\ntarget:\n  role: data-engineer\n  level: junior\n",
        "skills.yaml": "- name: Spark\n  level: 2\n",
        "projects/settlement-batch.md": """
            ---
            title: 판매자 정산 배치 시스템 개선
            period: 2023.03 ~ 2023.10
            team: 4
            role: 백엔드 개발
            stack: [Java, Spring Batch, MySQL]
            impact:
              - 정산 배치를 효율적으로 처리하도록 크게 개선
            ---
            ## 개요

            기존 배치는 오래 걸리고 자주 실패했습니다.

            ## 협업

            백엔드 개발자 3명, 기획자 1명이 함께했습니다. 기획자와 정산 기준일을 맞추는 데 시간이 많이 걸렸지만 회의를 통해 잘 해결했습니다.
            """,
        "stories/slow-job.md": """
            ---
            title: 집계 잡이 느려진 문제
            project: settlement-batch
            skills: [Spark]
            ---
            ## 상황

            일별 집계 잡이 8분에서 40분까지 느려졌습니다.

            ## 해결

            수집 태스크를 하루 단위로 모아 쓰도록 바꾸고, Spark 잡은 `dt=` 파티션으로 전날 데이터만 읽게 했습니다.
            """,
    ]

    static func sheet(_ files: [String: String] = files) throws -> InterviewSheet {
        InterviewSheet.build(try TemporaryWorkspace(files).load(), today: YearMonth(year: 2025, month: 6)!)
    }

    static func question(_ sheet: InterviewSheet, _ prefix: String) throws -> InterviewSheet.Question {
        let all = sheet.collaboration + sheet.roleQuestions + sheet.sections.flatMap(\.questions)
        return try #require(all.first { $0.question.contains(prefix) }, "no question with \(prefix)")
    }

    @Test("A meeting that went well is no disagreement: 의견이 갈렸던 경험 stays 준비 필요 until the section states one")
    func conflictNeedsADisagreement() throws {
        let conflict = try Self.question(try Self.sheet(), "의견이 갈렸던")
        #expect(conflict.answer == nil)
        #expect(conflict.prepare?.contains("의견이 갈린 지점과 합의 과정") == true)
        var files = Self.files
        files["projects/settlement-batch.md"] = files["projects/settlement-batch.md"]!.replacingOccurrences(
            of: "회의를 통해 잘 해결했습니다.", with: "기획자와 의견이 갈렸는데, 지난 분기 정산 오류 건수를 보여 주고 월말 기준으로 합의했습니다.")
        let settled = try Self.question(try Self.sheet(files), "의견이 갈렸던")
        #expect(settled.answer?.contains("의견이 갈렸는데") == true)
    }

    @Test("재처리와 중복 적재: a slowdown fix that shares only 'pipeline' words is no answer; a dedup sentence is")
    func duplicatesNeedDeduplication() throws {
        let question = try Self.question(try Self.sheet(), "중복 적재")
        #expect(question.answer.map { !$0.contains("dt=") } ?? true, "\(question.answer ?? "")")
        var files = Self.files
        files["stories/slow-job.md"]! += "\n재실행해도 같은 날짜 파티션을 덮어써서 중복 적재가 생기지 않게 했습니다.\n"
        let answered = try Self.question(try Self.sheet(files), "중복 적재")
        #expect(answered.answer?.contains("중복 적재가 생기지 않게") == true)
    }

    @Test("An option the story set aside answers nothing; a sentence with an ellipsis stays whole")
    func setAsideOptionsAndEllipses() throws {
        var files = Self.files
        files["stories/oom.md"] = """
            ---
            title: 집계 잡 메모리 부족
            project: settlement-batch
            skills: [Spark]
            ---
            ## 상황

            집계 잡이 사흘 연속 실패했습니다.

            ## 원인

            정산 로그에서 한 판매자의 행이 90%를 차지하는 것을 봤습니다. 한 키에 행이 몰려 executor 메모리(4 GB)를 넘겼습니다.

            ## 대안

            - A. executor 메모리를 16 GB로 증설해 OOM 피하기
            - B. 판매자 ID에 salt를 붙여 2단계 집계

            A는 쏠림이 커지면 다시 실패합니다. 그래서 B를 선택했습니다.

            ## 해결

            결과를 `INSERT ... ON CONFLICT DO NOTHING`으로 쓰고, salt를 붙여 두 번 집계했습니다.
            """
        let sheet = try Self.sheet(files)
        let oom = try Self.question(sheet, "메모리가 부족할 때(OOM)")
        let answer = try #require(oom.answer)
        #expect(!answer.contains("16 GB로 증설"), "\(answer)")
        // The cause, after the problem it caused; the log line is how it was found, not the cause.
        #expect(answer.hasPrefix("집계 잡이 사흘 연속 실패했습니다. → 한 키에 행이 몰려 executor 메모리(4 GB)를 넘겼습니다."), "\(answer)")
        let card = try #require(sheet.stories.first { $0.id == "oom" })
        #expect(card.parts[1].text == "한 키에 행이 몰려 executor 메모리(4 GB)를 넘겼습니다.")
        #expect(card.parts[3].text == "결과를 `INSERT ... ON CONFLICT DO NOTHING`으로 쓰고, salt를 붙여 두 번 집계했습니다.")
        // Asked how a bug was found and fixed: the story's steps.
        let bug = try Self.question(sheet, "버그를 찾아 고친 과정")
        #expect(bug.answer?.hasPrefix("발견: 정산 로그에서 한 판매자의 행이 90%를 차지하는 것을 봤습니다. → 원인: 한 키에 행이 몰려") == true, "\(bug.answer ?? "nil")")
    }

    @Test("A sentence check flags as vague (효율적으로, 크게 개선) answers nothing")
    func vagueIsNoAnswer() throws {
        let sheet = try Self.sheet()
        let all = sheet.collaboration + sheet.roleQuestions + sheet.sections.flatMap(\.questions)
        #expect(!all.contains { $0.answer?.contains("효율적으로 처리하도록 크게 개선") == true })
        #expect(!Claim.vague(in: "정산 배치를 효율적으로 처리하도록 크게 개선").isEmpty)
    }
}
