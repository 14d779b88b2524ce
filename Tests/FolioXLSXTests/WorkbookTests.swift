import Foundation
import Testing
import CXlsxWriter
import FolioModel
@testable import FolioXLSX

/// The libxlsxwriter wrapper: every error code becomes a Swift error with the library's message (a file the close could not write: the system's reason).
@Suite struct WorkbookTests {
    @Test func aBadOutputPathFailsAtCloseWithTheSystemsReason() throws {
        let workbook = try XLSXWorkbook(path: "/nonexistent-folder-\(UUID().uuidString)/skills.xlsx")
        let sheet = try workbook.addSheet(named: "스킬")
        try sheet.write("안녕하세요", row: 0, column: 0)
        let error = try #require(throws: XLSXError.self) { try workbook.close() }
        // The system's reason in folio's words (the library printed it only in a line of its own).
        #expect(error.code == LXW_ERROR_CREATING_XLSX_FILE.rawValue)
        #expect(error.text == LocalizedText(ko: "그런 파일이나 폴더가 없습니다", en: "no such file or folder"), "\(error.text)")
    }

    @Test func sheetNamesAreCheckedBeforeTheLibraryReturnsNull() throws {
        let url = try Fixtures.outputURL()
        defer { Fixtures.removeOutputFolder(url.deletingLastPathComponent()) }
        let workbook = try XLSXWorkbook(path: url.path)
        _ = try workbook.addSheet(named: "스킬")
        let duplicate = try #require(throws: XLSXError.self) { try workbook.addSheet(named: "스킬") }
        #expect(duplicate.message.lowercased().contains("already"))
        let long = try #require(throws: XLSXError.self) { try workbook.addSheet(named: String(repeating: "가", count: 32)) }
        #expect(long.message.contains("31"))
        let bad = try #require(throws: XLSXError.self) { try workbook.addSheet(named: "a/b") }
        #expect(bad.message.lowercased().contains("character"))
        try workbook.close()
    }

    @Test func cellsOutsideTheGridAndWritesAfterCloseAreErrors() throws {
        let url = try Fixtures.outputURL()
        defer { Fixtures.removeOutputFolder(url.deletingLastPathComponent()) }
        let workbook = try XLSXWorkbook(path: url.path)
        let sheet = try workbook.addSheet(named: "Skills")
        let outside = try #require(throws: XLSXError.self) { try sheet.write("x", row: 0, column: 16_384) }
        #expect(outside.code == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE.rawValue)
        #expect(throws: XLSXError.self) { try sheet.write(1, row: 1_048_576, column: 0) }
        try workbook.close()
        let closed = try #require(throws: XLSXError.self) { try sheet.write("late", row: 0, column: 0) }
        #expect(closed.message == "the workbook is already closed")
        #expect(throws: XLSXError.self) { try workbook.close() }
    }

    @Test func linksExcelCannotHoldAreWrittenAsText() throws {
        let url = try Fixtures.outputURL()
        defer { Fixtures.removeOutputFolder(url.deletingLastPathComponent()) }
        let workbook = try XLSXWorkbook(path: url.path)
        let sheet = try workbook.addSheet(named: "Links")
        let long = "https://example.com/" + String(repeating: "a", count: 2_100)
        try sheet.writeLink(long, text: "긴 링크", row: 0, column: 0)
        try sheet.writeLink("https://example.com/ok", text: "짧은 링크", row: 1, column: 0)
        try workbook.close()
        let links = try #require(try XLSXFile(url: url).sheets["Links"])
        #expect(links.text("A1") == "긴 링크")
        #expect(links.hyperlink("A1") == nil)
        #expect(links.hyperlink("A2") == "https://example.com/ok")
    }

    @Test func errorsReachTheUserAsFolioIOErrors() throws {
        // A file where the output folder should be: the folder cannot be created.
        let blocker = try Fixtures.outputURL("blocker")
        defer { Fixtures.removeOutputFolder(blocker.deletingLastPathComponent()) }
        try Data("x".utf8).write(to: blocker)
        let (_, workspace) = try Fixtures.load(Fixtures.hostile)
        let matrix = SkillMatrix(workspace: workspace, today: Fixtures.today, language: .ko)
        let error = try #require(throws: FolioError.self) {
            try matrix.write(to: blocker.appendingPathComponent("skills.xlsx"))
        }
        guard case .io(let path, let reason) = error else {
            Issue.record("expected an I/O error, got \(error)")
            return
        }
        #expect(path == blocker.path)
        #expect(reason.en.contains("cannot create the output folder"))
        #expect(reason.ko.contains("출력 폴더를 만들 수 없습니다"))
    }

    /// pkg-config reports the soname (4); the header and the shared library must agree on the release.
    @Test func theLinkedLibraryMatchesTheHeaders() {
        #expect(XLSXWorkbook.libraryVersion == LXW_VERSION)
    }

    /// libxlsxwriter formats the creation time with `gmtime`, one buffer for the whole process.
    /// Before closes were serialised, now and then a file written alongside others carried
    /// another file's date (about one in a thousand here). This writes 1,600 small workbooks
    /// on eight tasks at once, then reads every date back.
    @Test func workbooksClosedAtTheSameTimeKeepTheirOwnCreationTimes() async throws {
        let folder = try Fixtures.outputFolder()
        defer { Fixtures.removeOutputFolder(folder) }
        // 2001-09-09 plus 400 days per task: every task has its own date.
        let dates = (0..<8).map { Date(timeIntervalSince1970: TimeInterval(1_000_000_000 + $0 * 86_400 * 400)) }
        let perTask = 200
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (task, created) in dates.enumerated() {
                group.addTask {
                    for index in 0..<perTask {
                        let workbook = try XLSXWorkbook(path: folder.appendingPathComponent("\(task)-\(index).xlsx").path)
                        _ = try workbook.addSheet(named: "Skills")
                        try workbook.setProperties(
                            title: "t", author: "a", subject: "s", keywords: "k", comments: "c", created: created)
                        try workbook.close()
                    }
                }
            }
            try await group.waitForAll()
        }
        var wrong: [String] = []
        for (task, created) in dates.enumerated() {
            let expected = ISO8601DateFormatter().string(from: created)
            for index in 0..<perTask {
                let name = "\(task)-\(index).xlsx"
                let written = try XLSXFile(url: folder.appendingPathComponent(name)).coreProperties["dcterms:created"]
                if written != expected { wrong.append("\(name): \(written ?? "none"), not \(expected)") }
            }
        }
        #expect(wrong == [])
    }
}
