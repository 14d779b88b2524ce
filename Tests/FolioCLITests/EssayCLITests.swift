import Foundation
import Testing
import FolioModel
import FolioTestSupport

/// `folio essay` and `folio check` on essays, as a user meets them.
@Suite("Essays on the command line")
struct EssayCLITests {
    /// A two-question essay: the first fits, the second is 3 characters over its limit of 10.
    static let files: [String: String] = [
        "folio.yaml": "name: 김데이터\nlang: ko\n",
        "essays/hanbit.md": """
            ---
            company: 한빛그룹
            ---
            ## 지원 동기 (20자, 공백 포함)

            저는 하루 100만 건을
            집계했습니다.

            ## 포부 (10자)
            가나다라마바사아자차카타파

            """,
    ]

    @Test("folio essay writes each answer with its counts under every rule, exactly the text checked")
    func writesPasteText() throws {
        let workspace = try TemporaryWorkspace(Self.files)
        let output = workspace.root.appendingPathComponent("out")
        let result = try FolioProcess.run(["essay", workspace.root.path, "-o", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: output.appendingPathComponent("essays/hanbit.txt"), encoding: .utf8)
        // "저는 하루 100만 건을 집계했습니다.": 21 characters with spaces (one wrapped line joined by a space),
        // 17 without, 34 CP949 bytes (13 syllables × 2 + 4 ASCII + 4 spaces), 47 UTF-8 bytes (13 × 3 + 4 + 4).
        #expect(text.contains("----- 여기부터 붙여 넣기 -----\n저는 하루 100만 건을 집계했습니다.\n----- 여기까지 -----"))
        #expect(text.contains("공백 포함 21 · 공백 제외 17 · 바이트(CP949/EUC-KR) 34 · 바이트(UTF-8) 47"), "\(text)")
        #expect(text.contains("제한 20자 (공백 포함): 21자, 105 %, 제한 초과 1"))
        #expect(text.contains("제한 10자 (공백 포함): 13자, 130 %, 제한 초과 3"))
        // No temporary file is left beside the output.
        let left = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("essays").path)
        #expect(left == ["hanbit.txt"])
    }

    @Test("folio check reports an answer over its limit at the character that crosses it, and exits 1")
    func checkOverLimit() throws {
        let workspace = try TemporaryWorkspace(Self.files)
        let result = try FolioProcess.run(["check", workspace.root.path, "--lang", "en", "--rule", "essay.limit"])
        #expect(result.status == 1)
        // 20 characters end at "집계했습니" … the 21st is "." on line 7, column 7.
        #expect(result.stdout.contains("essays/hanbit.md:7:7: error: 지원 동기: 21 characters with spaces, 1 over the limit of 20"), "\(result.stdout)")
        #expect(result.stdout.contains("essays/hanbit.md:10:11: error: 포부: 13 characters with spaces, 3 over the limit of 10"), "\(result.stdout)")
    }

    @Test("A limit from the front-matter list is checked like one in the heading")
    func limitFromTheList() throws {
        var files = Self.files
        files["essays/hanbit.md"] = Self.files["essays/hanbit.md"]!
            .replacingOccurrences(of: "company: 한빛그룹\n", with: "company: 한빛그룹\nquestions: [{question: 포부, limit: 10}]\n")
            .replacingOccurrences(of: "## 포부 (10자)", with: "## 포부")
        let workspace = try TemporaryWorkspace(files)
        let result = try FolioProcess.run(["check", workspace.root.path, "--lang", "en", "--rule", "essay.limit"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("essays/hanbit.md:11:11: error: 포부: 13 characters with spaces, 3 over the limit of 10"), "\(result.stdout)")
        let pasted = try FolioProcess.run(["essay", workspace.root.path, "-o", workspace.root.appendingPathComponent("out").path])
        #expect(pasted.status == 0)
        let text = try String(contentsOf: workspace.root.appendingPathComponent("out/essays/hanbit.txt"), encoding: .utf8)
        #expect(text.contains("제한 10자 (공백 포함): 13자, 130 %, 제한 초과 3"))
    }

    @Test("folio essay without essays says where to put them and exits 1")
    func noEssays() throws {
        let workspace = try TemporaryWorkspace(["folio.yaml": "name: 김데이터\n"])
        let result = try FolioProcess.run(["essay", workspace.root.path, "-o", workspace.root.appendingPathComponent("out").path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("essays/"))
    }

    /// Every file under `root` with its bytes, to show that a refused command changed nothing.
    static func snapshot(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            files[String(url.path.dropFirst(root.path.count))] = try Data(contentsOf: url)
        }
        return files
    }

    @Test("folio essay -o the workspace (its essays/ would get the .txt) or an input folder is refused: exit 2, nothing written",
          arguments: ["", "essays", "projects", "essays/drafts"])
    func essayIntoAnInputFolderIsRefused(_ folder: String) throws {
        var files = Self.files
        files["projects/p.md"] = "---\ntitle: P\n---\n"
        let workspace = try TemporaryWorkspace(files)
        let before = try Self.snapshot(workspace.root)
        let target = folder.isEmpty ? workspace.root : workspace.root.appendingPathComponent(folder)
        let result = try FolioProcess.run(["essay", workspace.root.path, "-o", target.path, "--lang", "en"])
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        let input = folder.isEmpty ? "essays" : String(folder.prefix { $0 != "/" })
        #expect(result.stderr.contains("the workspace's \(input)/ folder, which folio reads"), "\(result.stderr)")
        #expect(result.stderr.contains("-o Output"))
        #expect(try Self.snapshot(workspace.root) == before, "the workspace is untouched")
    }

    @Test("folio build --essays -o the workspace is refused before the portfolio is written")
    func buildEssaysIntoTheWorkspaceIsRefused() throws {
        let workspace = try TemporaryWorkspace(Self.files)
        let before = try Self.snapshot(workspace.root)
        let result = try FolioProcess.run(["build", workspace.root.path, "--essays", "-o", workspace.root.path, "--lang", "en"])
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("essays/ folder"), "\(result.stderr)")
        #expect(try Self.snapshot(workspace.root) == before, "no portfolio.md, no essays/hanbit.txt")
        // Without --essays the workspace folder itself is an allowed output (as before).
        let plain = try FolioProcess.run(["build", workspace.root.path, "-o", workspace.root.appendingPathComponent("Output").path, "--essays"])
        #expect(plain.status == 0, "\(plain.stderr)")
    }
}
