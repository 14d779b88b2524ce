import Foundation
import Testing
import FolioModel
@testable import FolioXLSX

/// The Applications sheet: one row per essay question, read back from the written file.
@Suite struct ApplicationsSheetTests {
    @Test func englishExampleListsEachQuestionWithItsFill() throws {
        let (_, file) = try Fixtures.written(try Fixtures.example("junior-data-engineer-en"))
        let sheet = try #require(file.sheets["Applications"])
        #expect(sheet.text("A1") == "Essay answers against their limits")
        #expect(sheet.row(4, columns: 8) == ["Company", "Question", "Limit", "Count", "Fill (%)", "Status", "Deadline", "File"])
        #expect(sheet.row(5, columns: 8) == ["Ridewave", "Why Ridewave?", "400 characters (with spaces)", "394", "98", "fits", "2025-04-30", "essays/ridewave.md"])
        #expect(sheet.row(6, columns: 6) == ["Ridewave", "A problem you solved", "550 characters (without spaces)", "540", "98", "fits"])
        #expect(sheet.cells["D5"]?.type == nil, "the count is a number cell")
    }

    @Test func overShortAndNoLimitAndUserTextStaysText() throws {
        let (_, workspace) = try Fixtures.load([
            "folio.yaml": "name: 김데이터\nlang: ko\n",
            "essays/evil.md": """
                ---
                company: "=HYPERLINK(\\"http://evil\\")"
                ---
                ## 동기 (10자)
                가나다라마바사아자차카타파
                ## 포부 (100자, 공백 제외)
                가 나 다
                ## 문항

                """,
        ])
        let (_, file) = try Fixtures.written(workspace)
        let sheet = try #require(file.sheets["지원서"])
        // 13 syllables against 10: 130 %; 3 of 100 without spaces: 3 %; no limit: no fill.
        #expect(sheet.row(5, columns: 6) == ["=HYPERLINK(\"http://evil\")", "동기", "10자 (공백 포함)", "13", "130", "제한 초과"])
        #expect(sheet.row(6, columns: 6) == ["=HYPERLINK(\"http://evil\")", "포부", "100자 (공백 제외)", "3", "3", "80 % 미만"])
        #expect(sheet.row(7, columns: 6) == ["=HYPERLINK(\"http://evil\")", "문항", "", "0", "", "제한 없음"])
        #expect(sheet.cells["A5"]?.type == "s" && sheet.cells["A5"]?.formula == nil)
    }
}
