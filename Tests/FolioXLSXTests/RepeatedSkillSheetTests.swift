import Foundation
import Testing
import FolioModel
@testable import FolioXLSX

/// One skill written twice in skills.yaml is one row of the Skills sheet and of the matrix.
@Suite struct RepeatedSkillSheetTests {
    static let files: [String: String] = [
        "folio.yaml": "name: 김하둡\nlang: ko\ntarget:\n  role: data-engineer\n  level: junior\n",
        "skills.yaml": """
            - name: Apache Hadoop
              level: 3
              version: "3.3"
            - name: PostgreSQL
              level: 3
            - name: Hadoop 에코시스템(HDFS, Hive, HBase)
              level: 4
            - name: Postgres
              level: 2
              version: "15"
            """,
        "projects/logs.md": "---\ntitle: 로그 적재\nperiod: 2024-01 – 2024-03\nstack: [Hadoop, Postgres]\n---\n## 개요\n로그를 적재합니다.\n",
    ]

    @Test func oneRowPerSkill() throws {
        let (_, workspace) = try Fixtures.load(Self.files)
        let (_, file) = try Fixtures.written(workspace)
        let sheet = try #require(file.sheets["스킬"])
        #expect(sheet.text("A2") == "Apache Hadoop" && sheet.text("A3") == "PostgreSQL")
        #expect(sheet.text("A4") == nil, "two skills, two rows: \(sheet.text("A4") ?? "")")
        let matrix = try #require(file.sheets["매트릭스"])
        #expect(matrix.text("A2") == "Apache Hadoop" && matrix.text("A3") == "PostgreSQL")
        // Row 4 is the totals row, not a third skill.
        #expect(matrix.text("A4").map { !$0.contains("Hadoop") && !$0.contains("Postgres") } ?? true, "\(matrix.text("A4") ?? "")")
    }
}
