import Foundation
import Testing
import FolioTestSupport

/// Two workspaces built from one parent folder share its `Output/`: the second build must not
/// remove or overwrite the first one's files (a trial user lost a PDF that way).
@Suite struct OutputOwnerTests {
    /// A parent folder holding workspaces `a` and `b` (`b` under another name), as a user has them.
    func parent() throws -> TemporaryWorkspace {
        var files: [String: String] = [:]
        for (path, text) in SampleFiles.workspace {
            files["a/" + path] = text
            files["b/" + path] = path == "folio.yaml" ? text.replacingOccurrences(of: "name: 김데이터", with: "name: 이바다") : text
        }
        return try TemporaryWorkspace(files)
    }

    func contents(_ url: URL) throws -> Data { try Data(contentsOf: url) }

    @Test func anotherWorkspaceIsRefusedAndNothingIsWritten() throws {
        let folder = try parent()
        let output = folder.root.appendingPathComponent("Output")
        let first = try FolioProcess.run(["build", "a", "--lang", "ko"], in: folder.root)
        #expect(first.status == 0, "\(first.stderr)")
        // A PDF the first build made (as `--pdf` would): the second build must not remove it as stale.
        let pdf = output.appendingPathComponent("portfolio.pdf")
        try Data("%PDF-1.4 first workspace".utf8).write(to: pdf)
        let before = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        let markdown = try contents(output.appendingPathComponent("portfolio.md"))
        let xlsx = try contents(output.appendingPathComponent("skills.xlsx"))

        let second = try FolioProcess.run(["build", "b", "--lang", "ko"], in: folder.root)
        #expect(second.status == 2)
        let aPath = folder.root.appendingPathComponent("a").resolvingSymlinksInPath().path
        #expect(second.stderr.contains("다른 작업 폴더(\(aPath))"), "\(second.stderr)")
        #expect(second.stderr.contains("-o b/Output"))
        #expect(second.stderr.contains("--force"))
        #expect(second.stdout.isEmpty, "nothing listed as written or removed: \(second.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == before)
        #expect(try contents(pdf) == Data("%PDF-1.4 first workspace".utf8))
        #expect(try contents(output.appendingPathComponent("portfolio.md")) == markdown)
        #expect(try contents(output.appendingPathComponent("skills.xlsx")) == xlsx)

        let english = try FolioProcess.run(["build", "b", "--lang", "en"], in: folder.root)
        #expect(english.status == 2)
        #expect(english.stderr.contains("outputs of another workspace (\(aPath))"), "\(english.stderr)")
        #expect(english.stderr.contains("-o b/Output"))

        // The suggested folder works, and leaves the first workspace's outputs alone.
        let elsewhere = try FolioProcess.run(["build", "b", "-o", "b/Output"], in: folder.root)
        #expect(elsewhere.status == 0, "\(elsewhere.stderr)")
        #expect(try contents(pdf) == Data("%PDF-1.4 first workspace".utf8))
    }

    @Test func theSameWorkspaceRebuiltKeepsRemovingItsOwnStaleFiles() throws {
        let folder = try parent()
        let output = folder.root.appendingPathComponent("Output")
        #expect(try FolioProcess.run(["build", "a"], in: folder.root).status == 0)
        let pdf = output.appendingPathComponent("portfolio.pdf")
        try Data("%PDF-1.4 earlier".utf8).write(to: pdf)
        // The same workspace named another way (an absolute path) is still the same workspace.
        let again = try FolioProcess.run(["build", folder.root.appendingPathComponent("a/./").path, "--lang", "en"], in: folder.root)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("removed Output/portfolio.pdf"))
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
    }

    @Test func forceReplacesAnotherWorkspacesOutputs() throws {
        let folder = try parent()
        let output = folder.root.appendingPathComponent("Output")
        #expect(try FolioProcess.run(["build", "a"], in: folder.root).status == 0)
        let forced = try FolioProcess.run(["build", "b", "--force"], in: folder.root)
        #expect(forced.status == 0, "\(forced.stderr)")
        let markdown = try String(contentsOf: output.appendingPathComponent("portfolio.md"), encoding: .utf8)
        #expect(markdown.contains("이바다"))
        // From now on the folder is b's: a is the one refused.
        #expect(try FolioProcess.run(["build", "a"], in: folder.root).status == 2)
    }
}
