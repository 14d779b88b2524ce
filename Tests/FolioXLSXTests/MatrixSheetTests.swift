import Foundation
import Testing
import FolioModel
@testable import FolioXLSX

/// Skills × projects with marks and totals written as real formulas.
@Suite struct MatrixSheetTests {
    @Test func marksAndFormulaTotalsForTheKoreanExample() throws {
        let workspace = try Fixtures.example("junior-data-engineer-ko")
        let (_, file) = try Fixtures.written(workspace)
        let matrix = try #require(file.sheets["매트릭스"])
        // Projects in file order: game-log-streaming, sales-data-mart, sensor-pipeline.
        #expect(matrix.row(1, columns: 6) == [
            "스킬", "모바일 게임 로그 실시간 수집·지표 대시보드", "유통 판매 데이터 마트 구축 (dbt·Airflow)",
            "열연 공정 센서 데이터 수집·불량 리포트 파이프라인", "사용 프로젝트", "사례 표시",
        ])
        // Apache Spark: in both streaming and sensor stacks, with a story in each.
        #expect(matrix.row(5, columns: 6) == ["Apache Spark", "●◆", "", "●◆", "2", "2"])
        // CS Fundamentals: no stack lists it, the OOM story of sensor-pipeline is about it.
        #expect(matrix.row(17, columns: 6) == ["CS Fundamentals", "", "", "◆", "0", "1"])
        // Java: a row with no marks at all still appears.
        #expect(matrix.row(4, columns: 6) == ["Java", "", "", "", "0", "0"])

        #expect(matrix.cells["E5"]?.formula == "COUNTIF(B5:D5,\"●\")+COUNTIF(B5:D5,\"●◆\")")
        #expect(matrix.cells["F5"]?.formula == "COUNTIF(B5:D5,\"◆\")+COUNTIF(B5:D5,\"●◆\")")
        let totalRow = workspace.skills.count + 2
        #expect(matrix.text("A\(totalRow)") == "합계")
        #expect(matrix.cells["B\(totalRow)"]?.formula == "COUNTA(B2:B\(totalRow - 1))")
        #expect(matrix.cells["D\(totalRow)"]?.formula == "COUNTA(D2:D\(totalRow - 1))")
        #expect(matrix.cells["E\(totalRow)"]?.formula == "SUM(E2:E\(totalRow - 1))")
        #expect(matrix.cells["F\(totalRow)"]?.formula == "SUM(F2:F\(totalRow - 1))")
        // Cached values match what the formulas compute, for readers that do not recalculate.
        let sensorStack = try #require(workspace.project("sensor-pipeline")).stack.count
        #expect(matrix.text("D\(totalRow)") == "12")  // 11 stack skills listed in skills.yaml + CS Fundamentals
        #expect(sensorStack == 11)
        #expect(matrix.text("E\(totalRow)") == "27")

        let pane = try #require(matrix.tree.first("pane"))
        #expect(pane.attributes["topLeftCell"] == "B2")
        #expect(pane.attributes["state"] == "frozen")
        #expect(matrix.text("A\(totalRow + 2)")?.hasPrefix("● 프로젝트 스택에 사용") == true)
    }

    @Test func storiesWithoutAProjectGetTheirOwnColumn() throws {
        let (_, workspace) = try Fixtures.load(Fixtures.hostile)
        let (_, file) = try Fixtures.written(workspace)
        let matrix = try #require(file.sheets["매트릭스"])
        #expect(matrix.row(1, columns: 6) == ["스킬", "=1+1 센서 파이프라인", "링크 주의", "(프로젝트 없는 사례)", "사용 프로젝트", "사례 표시"])
        #expect(matrix.row(3, columns: 6) == ["Apache Spark", "●◆", "●", "", "2", "1"])
        #expect(matrix.row(4, columns: 6) == ["Scala", "", "", "◆", "0", "1"])
        #expect(matrix.row(5, columns: 6) == ["합계", "1", "1", "1", "2", "2"])
    }

    @Test func aWorkspaceWithoutProjectsStillHasTotals() throws {
        let (_, workspace) = try Fixtures.load([
            "folio.yaml": "name: 김데이터\nlang: ko\n",
            "skills.yaml": "- name: SQL\n  level: 2\n",
        ])
        let (_, file) = try Fixtures.written(workspace)
        let matrix = try #require(file.sheets["매트릭스"])
        #expect(matrix.row(1, columns: 3) == ["스킬", "사용 프로젝트", "사례 표시"])
        #expect(matrix.row(2, columns: 3) == ["SQL", "0", "0"])
        #expect(matrix.cells["B3"]?.formula == "SUM(B2:B2)")
    }

    @Test func columnLettersGoPastZ() {
        #expect(CellReference.column(0) == "A")
        #expect(CellReference.column(25) == "Z")
        #expect(CellReference.column(26) == "AA")
        #expect(CellReference.column(701) == "ZZ")
        #expect(CellReference.column(702) == "AAA")
        #expect(CellReference.column(16_383) == "XFD")
        #expect(CellReference.range(fromRow: 1, fromColumn: 1, toRow: 1, toColumn: 500) == "B2:SG2")
    }

    /// What LibreOffice showed: project titles lying flat ran into each other and evidence was cut
    /// to one line. Now the titles stand upright in a tall header row and wrapped rows are as tall
    /// as their text.
    @Test func uprightProjectHeadersAndRowsTallEnoughForWrappedText() throws {
        let (_, file) = try Fixtures.written(try Fixtures.example("junior-data-engineer-ko"))
        let matrix = try #require(file.sheets["매트릭스"])
        let styles = try #require(file.parts["xl/styles.xml"])
        #expect(styles.contains("textRotation=\"90\""))
        let header = try #require(matrix.tree.all("row").first { $0.attributes["r"] == "1" })
        #expect(Double(header.attributes["ht"] ?? "0") ?? 0 >= 200, "the longest title (26 Hangul) fits upright")
        let skills = try #require(file.sheets["스킬"])
        // Apache Spark (row 5): evidence names two projects and two stories, so it wraps to several lines.
        let spark = try #require(skills.tree.all("row").first { $0.attributes["r"] == "5" })
        #expect(Double(spark.attributes["ht"] ?? "0") ?? 0 >= 45)
        // Java (row 4) has no evidence and a depth of one short line: default height.
        let java = try #require(skills.tree.all("row").first { $0.attributes["r"] == "4" })
        #expect((Double(java.attributes["ht"] ?? "15") ?? 15) <= 30)
    }
}
