import Foundation
import Testing
import FolioModel
@testable import FolioXLSX

/// Whatever a user string starts with, it is stored as text; only http(s) becomes a link.
@Suite struct UserStringTests {
    @Test func stringsThatLookLikeFormulasStayText() throws {
        let (_, workspace) = try Fixtures.load(Fixtures.hostile)
        let (_, file) = try Fixtures.written(workspace)
        let skills = try #require(file.sheets["스킬"])
        let expected = [
            "A2": "=HYPERLINK(\"http://evil.example\",\"click\")",
            "D2": "+1",
            "E2": "-2+3",
            "E3": "@SUM(A1:A9) 셔플 파티션 튜닝",
        ]
        for (reference, text) in expected {
            #expect(skills.text(reference) == text, "\(reference)")
            #expect(skills.cells[reference]?.type == "s", "\(reference) should be a shared string")
            #expect(skills.cells[reference]?.formula == nil, "\(reference) must not be a formula")
        }
        // The only formulas in the whole workbook are folio's own totals.
        let matrix = try #require(file.sheets["매트릭스"])
        #expect(matrix.text("B1") == "=1+1 센서 파이프라인")
        #expect(matrix.cells["B1"]?.formula == nil)
        #expect(matrix.text("A2")?.hasPrefix("=HYPERLINK") == true)
        #expect(matrix.cells["A2"]?.formula == nil)
        for sheet in file.sheets.values {
            for cell in sheet.cells.values {
                guard let formula = cell.formula else { continue }
                #expect(formula.hasPrefix("COUNTIF(") || formula.hasPrefix("COUNTA(") || formula.hasPrefix("SUM("),
                        "unexpected formula \(formula) at \(cell.reference)")
            }
        }
    }

    @Test func onlyHttpLinksBecomeHyperlinks() throws {
        let (_, workspace) = try Fixtures.load(Fixtures.hostile)
        let (_, file) = try Fixtures.written(workspace)
        let matrix = try #require(file.sheets["매트릭스"])
        // Projects are in file order: sensor (https link), tricky (javascript: link).
        #expect(matrix.hyperlink("B1") == "https://github.com/kim/sensor")
        #expect(matrix.text("C1") == "링크 주의")
        #expect(matrix.hyperlink("C1") == nil)
        #expect(file.parts.values.allSatisfy { !$0.contains("javascript:") })
        // The `=HYPERLINK(…)` skill name did not turn into a link either.
        #expect(matrix.hyperlink("A2") == nil)

        #expect(XLSXSheet.isWebLink("https://example.com"))
        #expect(XLSXSheet.isWebLink("HTTP://example.com/a"))
        #expect(!XLSXSheet.isWebLink("file:///etc/passwd"))
        #expect(!XLSXSheet.isWebLink("javascript:alert(1)"))
        #expect(!XLSXSheet.isWebLink("mailto:kim@example.com"))
        #expect(!XLSXSheet.isWebLink("https://exa mple.com"))
    }

    @Test func textLongerThanACellHoldsIsCutWithAnEllipsis() throws {
        var files = Fixtures.hostile
        let long = String(repeating: "가나다라마바사아자차", count: 4_000)  // 40,000 characters
        files["skills.yaml"] = """
            - name: Python
              level: 3
              version: "3.11"
              depth: \(long)
              since: 2021-03
            """
        let (_, workspace) = try Fixtures.load(files)
        let (_, file) = try Fixtures.written(workspace)
        let depth = try #require(file.sheets["스킬"]?.text("E2"))
        #expect(depth.utf16.count == 32_767)
        #expect(depth.hasSuffix("…"))
        #expect(depth.hasPrefix("가나다라마바사아자차"))
    }

    @Test func cellTextDropsNulAndKeepsSurrogatePairsWhole() {
        #expect(XLSXSheet.cellText("a\0b") == "ab")
        let emoji = String(repeating: "😀", count: 20_000)  // 40,000 UTF-16 units
        let cut = XLSXSheet.cellText(emoji)
        #expect(cut.utf16.count <= 32_767)
        #expect(cut.hasSuffix("…"))
        #expect(cut.dropLast().allSatisfy { $0 == "😀" })
    }
}
