import Foundation
import Testing
import FolioModel

/// The system's reasons for a failed file operation in folio's two languages; rare ones keep the
/// system's text.
@Suite struct SystemErrorTextTests {
    @Test func theCommonReasonsAreSaidInBothLanguages() {
        let cases: [(Int32, String, String)] = [
            (ENOENT, "그런 파일이나 폴더가 없습니다", "no such file or folder"),
            (EACCES, "권한이 없습니다", "permission denied"),
            (EPERM, "권한이 없습니다", "permission denied"),
            (EISDIR, "파일이 아니라 폴더입니다", "it is a folder, not a file"),
            (ENOTDIR, "경로 중간의 이름이 폴더가 아니라 파일입니다", "a part of the path is a file, not a folder"),
            (ENOSPC, "디스크 공간이 부족합니다", "no space left on the disk"),
            (EROFS, "읽기 전용 파일 시스템입니다", "the file system is read-only"),
            (EEXIST, "같은 이름의 파일이 이미 있습니다", "a file of that name is already there"),
        ]
        for (code, ko, en) in cases {
            #expect(SystemErrorText.reason(errno: code) == LocalizedText(ko: ko, en: en), "errno \(code)")
        }
        // A rare error keeps the system's own words, in both.
        let rare = SystemErrorText.reason(errno: EMLINK)
        #expect(rare.ko == String(cString: strerror(EMLINK)) && rare.en == rare.ko)
    }

    @Test func aFoundationFileErrorIsReadForTheReasonUnderIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-errno-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var thrown: (any Error)?
        do { _ = try Data(contentsOf: folder.appendingPathComponent("missing.txt")) } catch { thrown = error }
        let error = try #require(thrown)
        #expect(SystemErrorText.text(LocalizedText(ko: "읽을 수 없습니다", en: "cannot read"), error)
                == LocalizedText(ko: "읽을 수 없습니다: 그런 파일이나 폴더가 없습니다", en: "cannot read: no such file or folder"))
        // An error with no system reason under it keeps its own description.
        struct Other: Error {}
        #expect(SystemErrorText.reason(of: Other()).en == Other().localizedDescription)
    }
}
