import Foundation
import Testing
import FolioTestSupport

/// `folio match` errors a user sees, in the workspace's language.
@Suite struct MatchCLITests {
    @Test("A missing posting file is reported in Korean for a Korean workspace (lang: ko), in English with --lang en; exit 2")
    func missingPostingInTheWorkspaceLanguage() throws {
        var files = SampleFiles.workspace
        files["folio.yaml"] = "name: 김지원\nlang: ko\ntarget:\n  role: data-engineer\n"
        let folder = try TemporaryWorkspace(files)
        let korean = try FolioProcess.run(["match", "postings/nope.txt", "--workspace", folder.root.path], in: folder.root)
        #expect(korean.status == 2)
        #expect(korean.stderr.contains("postings/nope.txt:1:1: error: 파일을 열 수 없습니다"), "\(korean.stderr)")
        let english = try FolioProcess.run(["match", "postings/nope.txt", "--workspace", folder.root.path, "--lang", "en"], in: folder.root)
        #expect(english.status == 2)
        #expect(english.stderr.contains("postings/nope.txt:1:1: error: cannot open this file"), "\(english.stderr)")
    }
}
