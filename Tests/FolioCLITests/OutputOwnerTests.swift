import Foundation
import Testing
import FolioTestSupport

/// Two workspaces built from one parent folder share its `Output/`: the second build must not
/// remove or overwrite the first one's files (a trial user lost a PDF that way).
@Suite struct OutputOwnerTests {
    /// A parent folder holding workspaces `a` and `b` (`b` under another name), as a user has them.
    func parent() throws -> TemporaryWorkspace {
        var files: [String: String] = [:]
        var workspace = SampleFiles.workspace
        workspace["essays/hanbit.md"] = "---\ncompany: 한빛그룹\n---\n## 지원 동기 (200자)\n저는 하루 100만 건을 집계했습니다.\n"
        workspace["postings/acme.txt"] = "Requirements\n- Apache Spark\n"
        for (path, text) in workspace {
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

    /// A folder where an output file goes stops the build before any file is renamed: the earlier
    /// outputs stay as they were and no temporary file is left behind.
    @Test func aFolderWhereAnOutputGoesChangesNothing() throws {
        let folder = try parent()
        let output = folder.root.appendingPathComponent("Output")
        #expect(try FolioProcess.run(["build", "a", "--lang", "en"], in: folder.root).status == 0)
        let markdown = try contents(output.appendingPathComponent("portfolio.md"))
        try FileManager.default.removeItem(at: output.appendingPathComponent("portfolio.html"))
        try FileManager.default.createDirectory(at: output.appendingPathComponent("portfolio.html/inside"), withIntermediateDirectories: true)
        try FileManager.default.removeItem(at: folder.root.appendingPathComponent("a/stories"))  // a different portfolio.md
        let second = try FolioProcess.run(["build", "a", "--lang", "en"], in: folder.root)
        #expect(second.status == 2, "\(second.stderr)")
        #expect(second.stderr.contains("Output/portfolio.html: cannot move the finished file into place: it is a folder, not a file"), "\(second.stderr)")
        #expect(try contents(output.appendingPathComponent("portfolio.md")) == markdown, "no output replaced")
        let left = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".tmp") }
        #expect(left.isEmpty, "\(left)")
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

    /// Every command that writes into OUTDIR, for workspace `name` (its default `Output/`).
    static func writers(_ name: String) -> [(command: [String], file: String)] {
        [
            (["interview", name], "interview.md"),
            (["essay", name], "essays/hanbit.txt"),
            (["export", name], "resume.json"),
            (["match", "\(name)/postings/acme.txt", name, "--xlsx"], "skills-acme.xlsx"),
        ]
    }

    /// Every file under `folder`, with its bytes.
    func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in FileManager.default.subpaths(atPath: folder.path) ?? [] {
            files[path] = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
        }
        return files
    }

    @Test("interview, essay, export and match --xlsx refuse another workspace's Output/ as build does: exit 2, nothing written")
    func everyWriterRefusesAnotherWorkspacesFolder() throws {
        let folder = try parent()
        let output = folder.root.appendingPathComponent("Output")
        let aPath = folder.root.appendingPathComponent("a").resolvingSymlinksInPath().path
        #expect(try FolioProcess.run(["build", "a"], in: folder.root).status == 0)
        let before = snapshot(output)
        for (command, file) in Self.writers("b") {
            let korean = try FolioProcess.run(command + ["--lang", "ko"], in: folder.root)
            #expect(korean.status == 2, "\(command): \(korean.stderr)")
            #expect(korean.stderr.contains("다른 작업 폴더(\(aPath))의 결과물이 있는 폴더입니다"), "\(command): \(korean.stderr)")
            #expect(korean.stderr.contains("--force를 붙이세요"))
            let english = try FolioProcess.run(command + ["--lang", "en"], in: folder.root)
            #expect(english.status == 2)
            #expect(english.stderr.contains("outputs of another workspace (\(aPath))"), "\(command): \(english.stderr)")
            #expect(english.stderr.contains(file == "resume.json" ? "-o b/Output/resume.json" : "-o b/Output"), "\(command): \(english.stderr)")
            #expect(snapshot(output) == before, "\(command) wrote nothing into a's folder")
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent(file).path))
        }
        // a itself is welcome, and writes beside its own portfolio.
        for (command, file) in Self.writers("a") {
            let result = try FolioProcess.run(command, in: folder.root)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(file).path), "\(command)")
        }
    }

    @Test("the first writer of any kind takes the folder: build of another workspace is refused after interview")
    func anyWriterRecordsTheOwner() throws {
        for (command, _) in Self.writers("a") {
            let folder = try parent()
            let first = try FolioProcess.run(command, in: folder.root)
            #expect(first.status == 0, "\(command): \(first.stderr)")
            let record = try String(contentsOf: folder.root.appendingPathComponent("Output/.folio-build"), encoding: .utf8)
            #expect(record == "workspace: \(folder.root.appendingPathComponent("a").resolvingSymlinksInPath().path)\n", "\(command)")
            let build = try FolioProcess.run(["build", "b"], in: folder.root)
            #expect(build.status == 2, "\(command) then build b: \(build.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("Output/portfolio.md").path))
        }
    }

    @Test func forceHandsTheFolderOverToTheWriter() throws {
        for (command, file) in Self.writers("b") {
            let folder = try parent()
            #expect(try FolioProcess.run(["build", "a"], in: folder.root).status == 0)
            let forced = try FolioProcess.run(command + ["--force"], in: folder.root)
            #expect(forced.status == 0, "\(command): \(forced.stderr)")
            #expect(FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("Output/" + file).path))
            // From now on the folder is b's: a is the one refused, and b builds there.
            #expect(try FolioProcess.run(["interview", "a"], in: folder.root).status == 2, "\(command)")
            #expect(try FolioProcess.run(["build", "b"], in: folder.root).status == 0, "\(command)")
        }
    }

    @Test("export -o a file in a folder of the user's own claims no folder; a recorded folder is still refused")
    func exportElsewhereLeavesTheFolderUnrecorded() throws {
        let folder = try parent()
        let exported = try FolioProcess.run(["export", "b", "-o", "mine/b.json"], in: folder.root)
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.root.appendingPathComponent("mine").path) == ["b.json"])
        #expect(try FolioProcess.run(["build", "a"], in: folder.root).status == 0)
        let into = try FolioProcess.run(["export", "b", "-o", "Output/b.json", "--lang", "en"], in: folder.root)
        #expect(into.status == 2)
        #expect(into.stderr.contains("-o b/Output/b.json"), "\(into.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("Output/b.json").path))
    }
}
