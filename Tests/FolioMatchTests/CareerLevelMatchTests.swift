import Foundation
import Testing
import FolioModel
import FolioMatch
import FolioTestSupport

/// `target.level: 신입` is a level for every command: check accepts it and match reads it as junior.
@Suite struct CareerLevelMatchTests {
    @Test(arguments: [("신입", CareerLevel.junior), ("주니어", .junior), ("Junior", .junior), ("미들", .mid), ("시니어", .senior), ("리드", .lead), ("mid-level", .mid)])
    func levelsAsPeopleWriteThem(text: String, level: CareerLevel) {
        #expect(CareerLevel(userValue: text) == level)
    }

    @Test func aCompanyRankIsNoLevel() {
        #expect(CareerLevel(userValue: "대리") == nil)
    }

    @Test func matchReadsTheKoreanLevel() throws {
        var files = SampleFiles.workspace
        files["folio.yaml"] = SampleFiles.profile + "\n  level: 신입\n"
        #expect(files["folio.yaml"]?.contains("level: 신입") == true)
        let workspace = try TemporaryWorkspace(files).load()
        let posting = Posting.parse(text: "[자격요건]\n- Python 경험\n- 신입 지원 가능\n", file: "postings/p.txt")
        let report = PostingMatcher.match(posting, workspace, today: YearMonth(year: 2025, month: 6)!)
        let entry = try #require(report.conditions.first)
        #expect(entry.status == .shown, "\(report.conditions)")
    }
}
