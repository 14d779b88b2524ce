import Foundation
import Testing
import FolioModel
import FolioCheck
import FolioTestSupport

/// A troubleshooting story dated before the project it happened in began (`story.date`): a
/// reviewer reading both asks which one is wrong. Reported at the story's `date:` line, in the
/// workspace's language; a date at the precision written (a year is the whole year), and a story
/// that says it came just before the project, are not.
@Suite struct StoryDateTests {
    static let today = YearMonth(year: 2026, month: 11)!

    static func findings(date: String, lang: String = "ko", situation: String? = nil, period: String? = nil) throws -> [Finding] {
        var files = RuleExample.baseFiles
        var story = RuleExample.baseStory.replacingOccurrences(of: "date: 2024-08", with: "date: \(date)")
        if let situation {
            story = story.replacingOccurrences(of: "일별 집계 잡이 executor 메모리 부족으로 3일 연속 실패했습니다.", with: situation)
        }
        files["stories/spark-oom.md"] = story
        if lang != "ko" { files["folio.yaml"] = RuleExample.baseProfile.replacingOccurrences(of: "lang: ko", with: "lang: \(lang)") }
        if let period {
            files["projects/orders-batch.md"] = RuleExample.baseProject.replacingOccurrences(of: "period: 2024-07 – 2024-09", with: "period: \(period)")
        }
        let workspace = try TemporaryWorkspace(files).load()
        #expect(workspace.diagnostics.filter { $0.severity == .error }.isEmpty, "\(workspace.diagnostics)")
        return Checker(today: today).check(workspace, only: ["story.date"])
    }

    @Test func aStoryBeforeItsProjectIsReportedAtItsDateLine() throws {
        let findings = try Self.findings(date: "2023-08")
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.location.file == "stories/spark-oom.md")
        #expect(finding.location.line == 5, "the `date:` line")
        #expect(finding.severity == .warning)
        #expect(finding.message.ko.contains("2023-08") && finding.message.ko.contains("2024-07 – 2024-09"), "\(finding.message.ko)")
        #expect(finding.message.ko.contains("쇼핑몰 주문 일별 집계 배치"))
        #expect(finding.message.en.contains("2023-08") && finding.message.en.contains("before"), "\(finding.message.en)")

        let english = try #require(try Self.findings(date: "2023-08", lang: "en").first)
        #expect(english.message.en.contains("2024-07 – 2024-09"), "\(english.message.en)")
        #expect(english.location.line == 5)
    }

    @Test func datesAreComparedAtThePrecisionWritten() throws {
        // `2024` is any month of 2024: not before a project starting 2024-07.
        #expect(try Self.findings(date: "2024").isEmpty)
        // `2023` is: every month of it comes before.
        #expect(try Self.findings(date: "2023").count == 1)
        // Written the way people write it.
        #expect(try Self.findings(date: "October 2023").count == 1)
        #expect(try Self.findings(date: "2024년 6월").count == 1)
        // Inside, at the end, and in an ongoing project.
        #expect(try Self.findings(date: "2024-07").isEmpty)
        #expect(try Self.findings(date: "2024-09").isEmpty)
        #expect(try Self.findings(date: "2025-03", period: "2024-07 – 현재").isEmpty)
        // A project written as years: 2024-03 is inside `2024 – 2025`.
        #expect(try Self.findings(date: "2024-03", period: "2024 – 2025").isEmpty)
    }

    @Test func aStoryThatSaysItCameBeforeTheProjectIsNotASlip() throws {
        let korean = try Self.findings(date: "2024-06", situation: "이 프로젝트를 시작하기 직전, 기존 집계 잡이 executor 메모리 부족으로 3일 연속 실패했습니다.")
        #expect(korean.isEmpty, "\(korean.map(\.message.ko))")
        let english = try Self.findings(date: "2024-06", lang: "en", situation: "Just before the project started, the old nightly job failed three days in a row.")
        #expect(english.isEmpty, "\(english.map(\.message.en))")
    }
}
