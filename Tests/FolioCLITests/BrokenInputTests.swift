import Foundation
import Testing
import FolioTestSupport

/// A workspace with parse errors writes nothing unless the user says `--force`; a build never
/// leaves an output of an earlier build beside its own.
@Suite struct BrokenInputTests {
    /// The sample workspace in English, with a project whose front matter has an unclosed quote.
    static func brokenWorkspace() throws -> TemporaryWorkspace {
        var files = SampleFiles.workspace
        files["folio.yaml"] = SampleFiles.profile.replacingOccurrences(of: "lang: ko", with: "lang: en")
        files["projects/broken.md"] = "---\ntitle: \"ETL batch\nteam: 3\n---\n## Overview\nText.\n"
        return try TemporaryWorkspace(files)
    }

    static func contents(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test(arguments: [["build"], ["interview"]])
    func writingCommandsRefuseAndWriteNothing(_ command: [String]) throws {
        let workspace = try Self.brokenWorkspace()
        let out = workspace.root.appendingPathComponent("out")
        let result = try FolioProcess.run(command + [workspace.root.path, "-o", out.path])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("projects/broken.md:2:"), "\(result.stderr)")
        #expect(result.stderr.contains("nothing was written"), "\(result.stderr)")
        #expect(result.stderr.contains("--force"))
        #expect(Self.contents(out).isEmpty, "\(Self.contents(out))")
    }

    @Test func matchRefusesToo() throws {
        let workspace = try Self.brokenWorkspace()
        try workspace.write("postings/p.txt", Data("Requirements\n- Apache Spark\n".utf8))
        let out = workspace.root.appendingPathComponent("out")
        let result = try FolioProcess.run(["match", workspace.root.appendingPathComponent("postings/p.txt").path,
                                           "--workspace", workspace.root.path, "--xlsx", "-o", out.path])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.isEmpty, "no report from a half-read workspace: \(result.stdout)")
        #expect(result.stderr.contains("projects/broken.md:2:"))
        #expect(Self.contents(out).isEmpty)
    }

    @Test func forceBuildsAndSaysWhatIsMissing() throws {
        let workspace = try Self.brokenWorkspace()
        let out = workspace.root.appendingPathComponent("out")
        let result = try FolioProcess.run(["build", workspace.root.path, "-o", out.path, "--force"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("projects/broken.md:2:"))
        #expect(result.stderr.contains("Missing from the outputs"), "\(result.stderr)")
        #expect(result.stderr.contains("- projects/broken.md:"), "\(result.stderr)")
        #expect(Self.contents(out).contains("portfolio.html"))
    }

    @Test func aBuildWithoutPDFRemovesTheOldPDF() throws {
        let workspace = try TemporaryWorkspace(SampleFiles.workspace)
        let out = workspace.root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        for name in ["portfolio.pdf", "portfolio-full.md", "notes.txt"] {
            try Data("old".utf8).write(to: out.appendingPathComponent(name))
        }
        let result = try FolioProcess.run(["build", workspace.root.path, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        // A folder without a record (made before folio kept one) is this workspace's from now on.
        #expect(Self.contents(out) == [".folio-build", "notes.txt", "portfolio.html", "portfolio.md", "skills.xlsx"])
        #expect(result.stdout.contains("  삭제: \(out.path)/portfolio.pdf"), "\(result.stdout)")
    }
}
