import Foundation
import Testing
import FolioModel
@testable import FolioXLSX

/// `Hadoop 에코시스템(HDFS, Hive, HBase)` is one row of the Skills sheet (not four), in the head's
/// category, and the Target sheet counts what its components show: Hive's SQL is held.
@Suite struct SkillComponentsSheetTests {
    static let files: [String: String] = [
        "folio.yaml": "name: 김하둡\nlang: ko\ntarget:\n  role: data-engineer\n  level: junior\n",
        "skills.yaml": """
            - name: Hadoop 에코시스템(HDFS, Hive, HBase)
              level: 3
              version: "CDH 6.3"
            - name: Python
              level: 3
            """,
        "projects/logs.md": "---\ntitle: 로그 적재\nperiod: 2024-01 – 2024-03\nstack: [Python, Hadoop(HDFS, YARN)]\n---\n## 개요\n로그를 적재합니다.\n",
    ]

    @Test func oneRowInTheHeadsCategory() throws {
        let (_, workspace) = try Fixtures.load(Self.files)
        let (_, file) = try Fixtures.written(workspace)
        let sheet = try #require(file.sheets["스킬"])
        #expect(sheet.text("A2") == "Hadoop 에코시스템(HDFS, Hive, HBase)")
        #expect(sheet.text("B2") == "분산 처리")
        #expect(sheet.text("K2") == "근거 있음", "Hadoop(HDFS, YARN) in the project's stack shows it")
        #expect(sheet.text("A3") == "Python")
        #expect(sheet.text("A4") == nil, "two entries, two rows")
        // The matrix: one column for the project, one row per skill.
        let matrix = try #require(file.sheets["매트릭스"])
        #expect(matrix.text("A2") == "Hadoop 에코시스템(HDFS, Hive, HBase)" && matrix.text("A3") == "Python")

        let target = try #require(file.sheets["목표"])
        var number = StatusTable.headerRow + 2
        var sql: [String]?
        while let expectation = target.text("B\(number)") {
            if expectation == "SQL" { sql = target.row(number, columns: 7) }
            number += 1
        }
        let row = try #require(sql)
        #expect(row[4] != "없음", "Hive, a component of the listed Hadoop, is SQL: \(row)")
    }
}
