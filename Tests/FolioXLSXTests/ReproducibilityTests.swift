import Foundation
import Testing
import FolioModel
@testable import FolioXLSX

/// Document properties, a fixed creation time, and atomic replacement of the output.
@Suite struct ReproducibilityTests {
    @Test func documentPropertiesInKorean() throws {
        let (_, file) = try Fixtures.written(try Fixtures.example("junior-data-engineer-ko"))
        let core = file.coreProperties
        #expect(core["dc:title"] == "김하늘 — 스킬 매트릭스")
        #expect(core["dc:creator"] == "김하늘")
        #expect(core["dc:subject"] == "데이터 엔지니어 · 대기업 데이터 플랫폼 — 스킬 매트릭스")
        #expect(core["cp:keywords"]?.hasPrefix("스킬 매트릭스, folio, data-engineer, enterprise-platform, Python, SQL") == true)
        // The newest month in the workspace is the certification of 2025-03.
        #expect(core["dcterms:created"] == "2025-03-01T00:00:00Z")
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let workspace = try Fixtures.example("junior-data-engineer-ko")
        let (first, _) = try Fixtures.written(workspace)
        let (second, _) = try Fixtures.written(workspace)
        #expect(first == second)
    }

    @Test func sourceDateEpochSetsTheCreationTime() throws {
        let workspace = try Fixtures.example("junior-data-engineer-en")
        let (first, file) = try Fixtures.written(workspace, epoch: "1700000000")
        #expect(file.coreProperties["dcterms:created"] == "2023-11-14T22:13:20Z")
        let (second, _) = try Fixtures.written(workspace, epoch: "1700000000")
        #expect(first == second)
        // Not a number: ignored, the workspace's own date is used.
        let (_, fallback) = try Fixtures.written(workspace, epoch: "yesterday")
        #expect(fallback.coreProperties["dcterms:created"]?.hasPrefix("2025-") == true)
    }

    @Test func writingReplacesTheFileAtomicallyAndLeavesNoTemporaryFile() throws {
        let url = try Fixtures.outputURL()
        defer { Fixtures.removeOutputFolder(url.deletingLastPathComponent()) }
        try Data("old".utf8).write(to: url)
        let matrix = SkillMatrix(workspace: try Fixtures.example("junior-data-engineer-ko"), today: Fixtures.today, language: .ko)
        try matrix.write(to: url)
        let folder = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
        #expect(folder == ["skills.xlsx"])
        #expect(try XLSXFile(url: url).sheetNames.count == 5)  // Skills, Matrix, Target, Experience, Applications

        // A missing output folder is created.
        let nested = url.deletingLastPathComponent().appendingPathComponent("Output/deeper/skills.xlsx")
        try matrix.write(to: nested)
        #expect(FileManager.default.fileExists(atPath: nested.path))
    }
}
