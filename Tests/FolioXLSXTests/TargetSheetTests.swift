import Foundation
import Testing
import FolioModel
@testable import FolioXLSX

/// The seeds' expectations for the target role and company type against the user's skills.
@Suite struct TargetSheetTests {
    /// The rows of the Target sheet's table, top to bottom.
    func tableRows(_ sheet: SheetXML) -> [[String]] {
        var rows: [[String]] = []
        var number = StatusTable.headerRow + 2
        while sheet.text("B\(number)") != nil {
            rows.append(sheet.row(number, columns: 7))
            number += 1
        }
        return rows
    }

    /// The rows by their expectation (column B); the last wins when one is shown twice.
    func rows(_ sheet: SheetXML) -> [String: [String]] {
        Dictionary(tableRows(sheet).map { ($0[1], $0) }, uniquingKeysWith: { _, last in last })
    }

    @Test func koreanExampleAgainstDataEngineerAtAnEnterprisePlatform() throws {
        let (_, file) = try Fixtures.written(try Fixtures.example("junior-data-engineer-ko"))
        let sheet = try #require(file.sheets["목표"])
        #expect(sheet.text("A1") == "목표 직무·회사 유형 대비 스킬: 데이터 엔지니어 · 대기업 데이터 플랫폼")
        #expect(sheet.row(4, columns: 7) == ["기준", "기대 스킬·역량", "나의 스킬", "수준", "상태", "근거 (프로젝트·사례)", "근거 (채용 조언)"])
        let table = rows(sheet)

        let core = try #require(table["분산 처리 도구 1개 이상"])
        #expect(core[0] == "직무 핵심 역량")
        #expect(core[2] == "Apache Spark, Apache Hadoop, Apache Hive")
        #expect(core[4] == "보유·근거 있음")
        #expect(core[6].hasPrefix("000 "))

        #expect(table["Apache Hadoop"]?[0] == "회사 필수")
        #expect(table["Apache Hadoop"]?[4] == "보유·근거 있음")
        #expect(table["Apache Hadoop"]?[5] == "열연 공정 센서 데이터 수집·불량 리포트 파이프라인")
        #expect(table["Java / Python / Go 중 하나 이상"]?[4] == "보유·근거 있음")
        // The role's languages are one group (seed 004 "일반적인 프로그래밍 언어에는 … Java, R 및 Scala"):
        // one row met by Python, no red Scala or R row.
        let languages = try #require(table["Python / Java / Scala / R 중 하나 이상"])
        #expect(languages[0] == "직무 기대 스킬 (택1)")
        #expect(languages[4] == "보유·근거 있음")
        #expect(languages[6].hasPrefix("004 "))
        #expect(table["Scala"] == nil && table["R"] == nil && table["Java"] == nil)
        // HDFS is only named in sensor-pipeline's text: claimed, as `folio match` says, and where.
        #expect(table["HDFS"]?[0] == "회사 우대")
        #expect(table["HDFS"]?[4] == "보유·근거 없음")
        #expect(table["HDFS"]?[5] == "projects/sensor-pipeline.md 본문에 있음 (stack에 없음)")
        // Only preferred and missing: not a red gap.
        #expect(table["Apache HBase"]?[4] == "없음 (우대)")
    }

    @Test func summaryCountsAreFormulasOverTheStatusColumn() throws {
        let (_, file) = try Fixtures.written(try Fixtures.example("junior-data-engineer-ko"))
        let sheet = try #require(file.sheets["목표"])
        let table = tableRows(sheet)
        let last = StatusTable.headerRow + 1 + table.count
        // AWS (Amazon S3 in a stack), Relational Databases (PostgreSQL) and ETL count through the catalog's
        // implications, as skill.core-coverage counts them.
        #expect(sheet.row(2, columns: 8) == ["보유·근거 있음", "24", "보유·근거 없음", "3", "없음", "6", "없음 (우대)", "3"])
        #expect(sheet.cells["B2"]?.formula == "COUNTIF(E5:E\(last),\"보유·근거 있음\")")
        #expect(sheet.cells["F2"]?.formula == "COUNTIF(E5:E\(last),\"없음\")")
        #expect(sheet.cells["H2"]?.formula == "COUNTIF(E5:E\(last),\"없음 (우대)\")")
        #expect(table.filter { $0[4] == "없음" }.count == 6)
        #expect(table.count == 36)
        #expect(sheet.tree.first("autoFilter")?.attributes["ref"] == "A4:G\(last)")
        #expect(sheet.tree.first("pane")?.attributes["topLeftCell"] == "B5")
    }

    @Test func aStackSkillMissingFromSkillsYamlStillCountsAsEvidence() throws {
        // The hostile workspace aims at a startup; Python is in a stack but not in skills.yaml.
        let (_, workspace) = try Fixtures.load(Fixtures.hostile)
        let (_, file) = try Fixtures.written(workspace)
        let table = rows(try #require(file.sheets["목표"]))
        #expect(table["Python"]?[2] == "Python")
        #expect(table["Python"]?[4] == "보유·근거 있음")
        #expect(table["Python"]?[5] == "=1+1 센서 파이프라인")
    }

    @Test func aMissingOrUnknownTargetIsExplained() throws {
        let (_, workspace) = try Fixtures.load([
            "folio.yaml": "name: Kim\nlang: en\ntarget:\n  role: astronaut\n",
            "skills.yaml": "- name: SQL\n  level: 2\n",
        ])
        let (_, file) = try Fixtures.written(workspace)
        let sheet = try #require(file.sheets["Target"])
        #expect(sheet.text("A1") == "Skills against the target role and company type")
        let notes = sheet.cells.values.compactMap { sheet.text($0.reference) }
        #expect(notes.contains { $0.hasPrefix("folio.yaml: unknown target.role 'astronaut'. Known values: data-engineer") })
        #expect(notes.contains { $0.hasPrefix("folio.yaml has no target.company") })
    }
}
