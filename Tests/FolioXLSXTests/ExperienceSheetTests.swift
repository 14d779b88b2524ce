import Foundation
import Testing
import FolioModel
@testable import FolioXLSX

/// The work history in the workbook, read back: the Experience sheet and which job used which skill.
@Suite struct ExperienceSheetTests {
    @Test func englishExampleHasAWorkHistorySheet() throws {
        let (_, file) = try Fixtures.written(try Fixtures.example("junior-data-engineer-en"))
        let sheet = try #require(file.sheets["Experience"])
        #expect(sheet.row(1, columns: 10) == [
            "Organization", "Position", "Team", "Start", "End", "Months", "Own part", "Highlights", "Projects", "Stack",
        ])
        #expect(sheet.row(2, columns: 6) == ["Parcelly", "Data Engineer", "Logistics data platform (4 engineers)", "2023-03", "present", "33"])
        #expect(sheet.row(3, columns: 6) == ["Shoply", "Junior Data Engineer", "Growth data team", "2021-03", "2023-02", "24"])
        #expect(sheet.text("H2")?.hasPrefix("• Scan-to-dashboard delay cut from 9 minutes") == true)
        #expect(sheet.text("I3") == "Ad click attribution batch on AWS; Data quality checks for a purchase ledger")
        // The total with overlaps once, as folio check counts it: 2021-03 … 2025-11.
        // Its label spans the columns left of the months, so it is never cut to "Total (".
        #expect(sheet.text("A5") == "Total (overlaps once)")
        #expect(sheet.tree.all("mergeCell").compactMap { $0.attributes["ref"] } == ["A5:E5"])
        #expect(sheet.text("F5") == "57")
        #expect(sheet.cells["F2"]?.type == nil)
        #expect(sheet.tree.first("autoFilter")?.attributes["ref"] == "A1:J3")
    }

    @Test func skillsEvidenceNamesTheJobsThatUsedIt() throws {
        let (_, file) = try Fixtures.written(try Fixtures.example("junior-data-engineer-en"))
        let sheet = try #require(file.sheets["Skills"])
        let rows = (2...20).map { sheet.row($0, columns: 11) }
        let kafka = try #require(rows.first { $0[0] == "Apache Kafka" })
        #expect(kafka[9].contains("job: Data Engineer · Parcelly"), "\(kafka[9])")
        #expect(!kafka[9].contains("Shoply"))
        let dbt = try #require(rows.first { $0[0] == "dbt" })
        #expect(dbt[9].contains("job: Junior Data Engineer · Shoply"))
    }

    @Test func noWorkHistoryNoSheet() throws {
        let (_, file) = try Fixtures.written(try Fixtures.example("needs-work"))
        #expect(!file.sheetNames.contains("경력") && !file.sheetNames.contains("Experience"))
    }

    @Test func hostileTextInAJobIsText() throws {
        var files = Fixtures.hostile
        files["folio.yaml"] = (files["folio.yaml"] ?? "") + "\nexperience:\n  - organization: \"=HYPERLINK(\\\"http://evil\\\")\"\n    period: 2024-01 – 현재\n"
        let (_, workspace) = try Fixtures.load(files)
        let (_, file) = try Fixtures.written(workspace)
        let sheet = try #require(file.sheets["경력"])
        #expect(sheet.text("A2") == "=HYPERLINK(\"http://evil\")")
        #expect(sheet.cells["A2"]?.type == "s")
        #expect(sheet.text("E2") == "현재")
    }
}
