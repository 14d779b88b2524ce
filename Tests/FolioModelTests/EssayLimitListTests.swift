import Foundation
import Testing
import FolioModel
import FolioTestSupport

/// An essay's limits written as a front-matter list (`questions:`) instead of in each heading.
@Suite struct EssayLimitListTests {
    static func essay(_ text: String) throws -> (Essay, [Finding]) {
        let folder = try TemporaryWorkspace(["folio.yaml": "name: 김데이터\nlang: ko\n", "essays/hanbit.md": text])
        let workspace = try folder.load()
        let essay = try #require(workspace.essays.first)
        return (essay, workspace.diagnostics.filter { $0.location.file == "essays/hanbit.md" })
    }

    static func lines(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.location.line):\($0.location.column) \($0.message.en)" }
    }

    @Test func limitsFromTheListGoToTheirHeadings() throws {
        let (essay, findings) = try Self.essay("""
            ---
            company: 한빛그룹
            questions:
              - question: 지원 동기
                limit: 1000
              - {question: "입사 후 포부?", limit: 500, count: without-spaces}
              - question: 직무 역량
                limit: 700바이트
            ---
            ## 지원 동기
            답변.

            ## 입사 후 포부
            답변.

            ## 1. 직무 역량을 보여 준 경험 (필수)
            답변.
            """)
        #expect(findings.isEmpty, "\(Self.lines(findings))")
        #expect(essay.questions.map { $0.limit?.value } == [1000, 500, 700])
        #expect(essay.questions.map { $0.limit?.rule } == [.withSpaces, .withoutSpaces, .bytesCP949])
        // Each limit is located where it was written: line 5 `limit: 1000`, column 12.
        #expect(essay.questions[0].limit?.location == SourceLocation(file: "essays/hanbit.md", line: 5, column: 12))
        #expect(essay.questions[2].limit?.location.line == 8)
    }

    @Test func aFlowListAsOneLineAndTheFilesCountRule() throws {
        let (essay, findings) = try Self.essay("""
            ---
            company: 한빛그룹
            count: without-spaces
            questions: [{question: Why us, limit: "1,500"}]
            ---
            ## Why us?
            Answer.
            """)
        #expect(findings.isEmpty, "\(Self.lines(findings))")
        #expect(essay.questions.first?.limit == Essay.Limit(value: 1500, rule: .withoutSpaces, location: SourceLocation(file: "essays/hanbit.md", line: 4, column: 39)))
    }

    @Test func badEntriesAreReportedWhereTheyAreWritten() throws {
        let (essay, findings) = try Self.essay("""
            ---
            company: 한빛그룹
            questions:
              - question: 지원동기
                limit: 천 자
              - question: 지원 동기
                limit: 800
              - question: 지원 동기
                limit: 900
              - question: 입사후 포부 계획
                limit: 500
              - limit: 300
              - question: 성장 과정
                limt: 400
              - question: 협업 경험
                limit: 600
                count: 글자수
            ---
            ## 지원 동기 (1000자)
            답변.

            ## 입사 후 포부
            답변.

            ## 성장 과정
            답변.

            ## 협업 경험
            답변.
            """)
        let reported = Self.lines(findings)
        let expected = [
            "5:12 `limit: 천 자`: not a length limit folio can read.",
            // 지원동기 without its space names the same heading, whose own limit differs: the heading's wins.
            "7:12 the question `지원 동기` has 1000 characters (with spaces) in its heading but 800 characters (with spaces) under `questions:`; folio uses the heading's.",
            "8:15 the question `지원 동기` is listed twice under `questions:` (first on line 6); folio uses the first.",
            "10:15 `question: 입사후 포부 계획`: no `## ` question reads so. Did you mean `입사 후 포부`?",
            "12:5 this `questions:` entry has no `question:`, so folio cannot tell which question its limit is for.",
            "14:5 unknown key `questions[].limt`: folio ignores it. Did you mean `limit`?",
            "13:15 the question `성장 과정` is listed under `questions:` without a `limit:`.",
            "17:12 `count: 글자수`: unknown counting rule.",
            "22:4 the question `입사 후 포부` has no limit, so its length cannot be checked.",
            "25:4 the question `성장 과정` has no limit, so its length cannot be checked.",
        ]
        for line in expected { #expect(reported.contains(line), "\(line) in \(reported)") }
        #expect(reported.count == expected.count, "\(reported)")
        #expect(findings.allSatisfy { $0.severity == .warning })
        // The last entry still gives its limit, counted by the file's rule.
        #expect(essay.questions.map { $0.limit?.value } == [1000, nil, nil, 600])
        // The message names the fix in both languages.
        let noLimit = try #require(findings.first { $0.location.line == 22 })
        #expect(noLimit.help.ko.contains("questions: [{question: 입사 후 포부, limit: 1000}]"))
    }
}
