import Foundation
import Testing
import FolioMatch
import FolioModel
import FolioTestSupport

/// Every date form of a job's period through `folio match`: a posting's "N years" is met by the
/// work history's months, whichever way the period was written, in both languages.
@Suite struct DateFormMatchTests {
    static let today = YearMonth(DateForms.todayText)!

    @Test(arguments: DateForms.all, ["ko", "en"])
    func everyFormCountsTowardsYears(form: DateForms.Form, lang: String) throws {
        var files = SampleFiles.workspace
        files["folio.yaml"] = DateForms.profile(form.written, lang: lang)
        let workspace = try TemporaryWorkspace(files).load()
        let text = lang == "ko" ? "[자격요건]\n- 데이터 엔지니어링 경력 2년 이상\n- Python\n" : "Requirements:\n- 2+ years of data engineering experience\n- Python\n"
        let report = PostingMatcher.match(Posting.parse(text: text, file: "postings/p.txt"), workspace, today: Self.today)
        let condition = try #require(report.conditions.first { $0.condition.topic == .experience })
        #expect(condition.condition.years == 2)
        #expect((condition.status == .shown) == (form.months >= 24), "\(form): \(condition.status) \(condition.evidence(.en))")
        if form.months >= 24 {
            // Issue 10's sentence: "Your work history adds up to 2 years 3 months (27 months)".
            #expect(condition.evidence(.en).contains("work history adds up to \(form.months / 12) years"))
            #expect(condition.evidence(.en).contains("(\(form.months) months)"))
            #expect(condition.evidence(.ko).contains("경력(experience)은 모두 \(form.months / 12)년"))
            #expect(condition.evidence(.ko).contains("(\(form.months)개월)"))
        }
    }

    @Test func openSourceEntriesAnswerAContributionCondition() throws {
        var files = SampleFiles.workspace
        files["folio.yaml"] = DateForms.profile("2024-07 – 현재", lang: "ko")
            + "\nopen_source:\n  - project: apache/airflow\n    contribution: \"로그 누락 수정 (PR #41234)\"\n"
        let workspace = try TemporaryWorkspace(files).load()
        let posting = Posting.parse(text: "[우대사항]\n- 오픈소스 기여 경험\n", file: "postings/p.txt")
        let report = PostingMatcher.match(posting, workspace, today: Self.today)
        let condition = try #require(report.conditions.first { $0.condition.topic == .openSource })
        #expect(condition.status == .shown)
        #expect(condition.evidence(.ko) == "apache/airflow · 로그 누락 수정 (PR #41234) (folio.yaml open_source)")
    }
}
