import Foundation
import Testing
import FolioModel
@testable import FolioXLSX

/// The Skills sheet of the Korean example, read back from the written file.
@Suite struct SkillsSheetTests {
    @Test func sheetNamesFollowTheLanguage() throws {
        let (_, korean) = try Fixtures.written(try Fixtures.example("junior-data-engineer-ko"))
        #expect(korean.sheetNames == ["스킬", "매트릭스", "목표", "경력"])
        let (_, english) = try Fixtures.written(try Fixtures.example("junior-data-engineer-en"))
        #expect(english.sheetNames == ["Skills", "Matrix", "Target", "Experience"])
    }

    @Test func headerAndRowsInKorean() throws {
        let (_, file) = try Fixtures.written(try Fixtures.example("junior-data-engineer-ko"))
        let sheet = try #require(file.sheets["스킬"])
        #expect(sheet.row(1, columns: 11) == [
            "스킬", "분류", "수준 (1–5)", "버전", "어디까지 설정해 봤나", "사용 시작", "사용 기간 (년, 프로젝트·경력)",
            "사용 프로젝트 수", "관련 사례 수", "근거 (프로젝트·사례·경력)", "상태",
        ])
        // Apache Spark is the fourth skill of skills.yaml: row 5.
        #expect(sheet.text("A5") == "Apache Spark")
        #expect(sheet.text("B5") == "분산 처리", "the category in the workbook's language")
        #expect(sheet.text("C5") == "3")
        #expect(sheet.text("D5") == "3.5")
        #expect(sheet.text("E5") == "executor 메모리·셔플 파티션 튜닝, AQE 설정, Structured Streaming 체크포인트와 워터마크 구성")
        #expect(sheet.text("F5") == "2024-07")
        // Used in game-log-streaming (2024-07 – 08) and sensor-pipeline (2024-09 – 11), its stories
        // dated inside them: 5 months, not the 16 since `since: 2024-07`.
        #expect(sheet.text("G5") == "0.4")
        #expect(sheet.text("H5") == "2")
        #expect(sheet.text("I5") == "2")
        #expect(sheet.text("J5")?.hasPrefix("모바일 게임 로그 실시간 수집·지표 대시보드; 열연 공정 센서") == true)
        #expect(sheet.text("J5")?.contains("사례: 야간 배치 Spark 집계 잡 OOM (파티션 쏠림)") == true)
        #expect(sheet.text("K5") == "근거 있음")
        // Java: listed, no project or story uses it.
        #expect(sheet.row(4, columns: 11) == ["Java", "언어", "1", "17", "학부 과제로 Kafka 컨슈머 예제와 JUnit 테스트를 작성해 본 수준",
                                              "2020-09", "", "0", "0", "", "주장만"], "no project uses it: no years of use")
        // Numbers are numbers (filterable), text is shared strings.
        #expect(sheet.cells["C5"]?.type == nil)
        #expect(sheet.cells["A5"]?.type == "s")
    }

    @Test func frozenHeaderAndFirstColumnFilterValidationAndColourScale() throws {
        let workspace = try Fixtures.example("junior-data-engineer-ko")
        let (_, file) = try Fixtures.written(workspace)
        let sheet = try #require(file.sheets["스킬"])
        let lastRow = workspace.skills.count + 1

        let pane = try #require(sheet.tree.first("pane"))
        #expect(pane.attributes["state"] == "frozen")
        #expect(pane.attributes["xSplit"] == "1")
        #expect(pane.attributes["ySplit"] == "1")
        #expect(pane.attributes["topLeftCell"] == "B2")

        #expect(sheet.tree.first("autoFilter")?.attributes["ref"] == "A1:K\(lastRow)")

        let validation = try #require(sheet.tree.first("dataValidation"))
        #expect(validation.attributes["type"] == "list")
        #expect(validation.attributes["sqref"] == "C2:C\(lastRow)")
        #expect(validation.first("formula1")?.text == "\"1,2,3,4,5\"")
        #expect(validation.attributes["promptTitle"] == "수준")

        let conditional = try #require(sheet.tree.first("conditionalFormatting"))
        #expect(conditional.attributes["sqref"] == "C2:C\(lastRow)")
        #expect(conditional.first("cfRule")?.attributes["type"] == "colorScale")
        #expect(conditional.all("cfvo").map { $0.attributes["val"] } == ["1", "3", "5"])
    }

    @Test func printsLandscapeOnePageWideWithWrappedLongText() throws {
        let (_, file) = try Fixtures.written(try Fixtures.example("junior-data-engineer-ko"))
        let sheet = try #require(file.sheets["스킬"])
        let setup = try #require(sheet.tree.first("pageSetup"))
        #expect(setup.attributes["orientation"] == "landscape")
        #expect(setup.attributes["fitToHeight"] == "0")
        #expect(sheet.tree.first("pageSetUpPr")?.attributes["fitToPage"] == "1")
        // Header row repeated on every printed page.
        #expect(file.parts["xl/workbook.xml"]?.contains("'스킬'!$1:$1") == true)

        // The depth column (E) is wide and wraps; the level column (C) is narrow.
        let widths = Dictionary(uniqueKeysWithValues: sheet.tree.all("col").map {
            (Int($0.attributes["min"] ?? "") ?? 0, Double($0.attributes["width"] ?? "") ?? 0)
        })
        #expect((40...61).contains(widths[5] ?? 0))
        #expect((6...14).contains(widths[3] ?? 0))
        let styles = try XMLTree.parse(file.parts["xl/styles.xml"] ?? "")
        let formats = try #require(styles.first("cellXfs")?.children)
        #expect(formats[sheet.style("E5")].first("alignment")?.attributes["wrapText"] == "1")
        // The header is bold.
        let headerFont = Int(formats[sheet.style("A1")].attributes["fontId"] ?? "0") ?? 0
        #expect(styles.first("fonts")?.children[headerFont].first("b") != nil)
    }

    @Test func aSkillWithNoProjectIsClaimedOnlyAndStillListed() throws {
        let (_, workspace) = try Fixtures.load(Fixtures.hostile)
        let (_, file) = try Fixtures.written(workspace)
        let sheet = try #require(file.sheets["스킬"])
        #expect(sheet.text("H2") == "0")
        #expect(sheet.text("K2") == "주장만")
        // Scala: no project, one story outside any project → evidenced through the story.
        #expect(sheet.text("A4") == "Scala")
        #expect(sheet.text("H4") == "0")
        #expect(sheet.text("I4") == "1")
        #expect(sheet.text("J4") == "사례: 혼자 공부한 Scala")
        #expect(sheet.text("K4") == "근거 있음")
        // Spark written as `Spark` in one stack still matches `Apache Spark`.
        #expect(sheet.text("H3") == "2")
    }

    @Test func yearsOfUseCountTheMonthsOfUseOnce() throws {
        let today = YearMonth(year: 2025, month: 11)!
        #expect(SkillEvidence.years(months: 16) == 1.3)
        #expect(SkillEvidence.years(months: 5) == 0.4)
        let period = Period(start: YearMonth(year: 2025, month: 6)!, end: nil, ongoing: true)
        #expect(SkillEvidence.months(period, today: today).count == 6, "an ongoing job counts up to today")
        // Spark in one 5-month project, `since` three years earlier; Kafka in two overlapping projects and a job.
        let (_, workspace) = try Fixtures.load([
            "folio.yaml": "name: 김데이터\nlang: ko\n",
            "skills.yaml": "- name: Apache Spark\n  level: 3\n  since: 2022-01\n- name: Apache Kafka\n  level: 3\n  since: 2023-01\n",
            "projects/a.md": "---\ntitle: A\nperiod: 2024-01 – 2024-05\nstack: [Spark, Kafka]\n---\n## 개요\n가\n",
            "projects/b.md": "---\ntitle: B\nperiod: 2024-04 – 2024-06\nstack: [Kafka]\n---\n## 개요\n나\n",
        ])
        let evidence = SkillEvidence(workspace: workspace, catalog: .shared, today: today, noProjectTitle: "-")
        #expect(evidence.skills.first { $0.name == "Apache Spark" }?.yearsOfUse == 0.4)
        #expect(evidence.skills.first { $0.name == "Apache Kafka" }?.yearsOfUse == 0.5, "2024-01 … 2024-06, overlap counted once")
    }
}
