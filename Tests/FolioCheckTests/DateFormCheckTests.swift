import Foundation
import Testing
import FolioCheck
import FolioModel
import FolioTestSupport

/// Every date form of a job's period through `folio check`: read without a parse problem, and its
/// months are what `profile.target-level` compares with the level, in both languages.
@Suite struct DateFormCheckTests {
    static let today = YearMonth(DateForms.todayText)!

    @Test(arguments: DateForms.all, ["ko", "en"])
    func everyFormChecks(form: DateForms.Form, lang: String) throws {
        var files = SampleFiles.workspace
        // A junior with more than three years of work is told to aim at mid; one with less is not.
        files["folio.yaml"] = DateForms.profile(form.written, lang: lang)
        let workspace = try TemporaryWorkspace(files).load()
        #expect(workspace.diagnostics.filter { $0.rule.hasPrefix("parse.date") || $0.rule == "parse.future" }.isEmpty,
                "\(form): \(workspace.diagnostics.map(\.message.en))")
        #expect(workspace.experienceMonths(asOf: Self.today) == form.months)
        let findings = Checker(today: Self.today).check(workspace, only: ["profile.target-level"])
        #expect(findings.isEmpty == (form.months <= 36), "\(form): \(findings.map(\.message.en))")
        if let finding = findings.first {
            #expect(finding.location.line == 9)
            #expect(finding.message(lang == "ko" ? .ko : .en).contains(lang == "ko" ? "3년 9개월" : "3 years 9 months"))
        }
    }

    @Test func targetRoleIsSuggestedFromTheLatestJobTitle() throws {
        var files = SampleFiles.workspace
        files["folio.yaml"] = DateForms.profile("2024-07 – 현재", lang: "ko").replacingOccurrences(of: "  role: data-engineer\n", with: "")
        let workspace = try TemporaryWorkspace(files).load()
        let finding = try #require(Checker(today: Self.today).check(workspace, only: ["profile.target-role"]).first)
        #expect(finding.message.ko.hasSuffix("경력의 직함(데이터 엔지니어)으로 보면 `role: data-engineer`입니다."))
        #expect(finding.message.en.hasSuffix("Your job title (데이터 엔지니어) suggests `role: data-engineer`."))
    }
}
