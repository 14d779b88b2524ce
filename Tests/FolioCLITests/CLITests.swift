import Foundation
import Testing
import FolioTestSupport

/// The command line as a user meets it: exit codes, messages, files written.
@Suite struct CLITests {
    @Test func versionAndHelp() throws {
        let version = try FolioProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try FolioProcess.run(["--help"])
        for command in ["init", "check", "build", "explain", "match", "interview"] {
            #expect(help.stdout.contains(command), "help lists \(command)")
        }
    }

    @Test func checkOutsideAWorkspaceExits2WithAHint() throws {
        let empty = try TemporaryWorkspace([:])
        let result = try FolioProcess.run(["check", empty.root.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("folio.yaml"))
        #expect(result.stderr.contains("folio init"))
    }

    @Test func checkInTheCurrentFolderWithoutWorkspace() throws {
        let empty = try TemporaryWorkspace([:])
        let result = try FolioProcess.run(["check"], in: empty.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("folio init"))
    }

    /// Run from a workspace's `projects/`, check names the workspace above instead of suggesting
    /// `folio init` inside `projects/`.
    @Test func checkInsideAWorkspaceFolderNamesTheWorkspace() throws {
        let workspace = try TemporaryWorkspace(["folio.yaml": "name: 김하늘\nlang: ko\n", "projects/a.md": "---\ntitle: A\n---\n"])
        let result = try FolioProcess.run(["check"], in: workspace.root.appendingPathComponent("projects"))
        #expect(result.status == 2)
        #expect(result.stderr.contains("folio check " + workspace.root.standardizedFileURL.path), "\(result.stderr)")
        #expect(result.stderr.contains("작업 폴더(folio.yaml이 있는 곳)"), "\(result.stderr)")
        #expect(!result.stderr.contains("folio init"), "\(result.stderr)")
    }

    /// A misspelled command is named with the one meant, in both languages unless --lang says one.
    @Test func aMisspelledCommandSuggestsTheOneMeant() throws {
        let both = try FolioProcess.run(["buld", "ws"])
        #expect(both.status == 2)
        #expect(both.stderr.contains("'buld'는 folio의 명령이 아닙니다. `folio build`를 뜻하셨나요?"), "\(both.stderr)")
        #expect(both.stderr.contains("Did you mean `folio build`?"), "\(both.stderr)")
        let english = try FolioProcess.run(["chek", "--lang", "en"])
        #expect(english.status == 2)
        #expect(english.stderr.contains("'chek' is not a folio command. Did you mean `folio check`?"), "\(english.stderr)")
        #expect(!english.stderr.contains("뜻하셨나요"), "\(english.stderr)")
        let unrelated = try FolioProcess.run(["zzzzzz"])
        #expect(unrelated.status == 2)
        #expect(!unrelated.stderr.contains("Did you mean"), "\(unrelated.stderr)")
    }

    @Test func misuseExits2() throws {
        let result = try FolioProcess.run(["check", "--no-such-option"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--no-such-option"))
    }

    @Test func koreanExampleHasNoParseErrors() throws {
        let result = try FolioProcess.run(["check", RepositoryPaths.example("junior-data-engineer-ko").path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains("parse."))
    }

    @Test func brokenYAMLIsReportedAndTheRestStillRead() throws {
        var files = SampleFiles.workspace
        files["skills.yaml"] = "- name: Apache Spark\n  level: 3\n  version: \"3.5\n- name: SQL\n"
        let workspace = try TemporaryWorkspace(files)
        let result = try FolioProcess.run(["check", workspace.root.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("skills.yaml:3:"), "\(result.stdout)")
        #expect(result.stdout.contains("[parse.yaml]"))
    }

    @Test func initScaffoldsAndRefusesToOverwrite() throws {
        let folder = try TemporaryWorkspace([:])
        let target = folder.root.appendingPathComponent("my-folio")
        let first = try FolioProcess.run(["init", target.path, "--lang", "en"])
        #expect(first.status == 0, "\(first.stderr)")
        for file in ["folio.yaml", "skills.yaml"] {
            #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent(file).path))
        }
        let profile = try String(contentsOf: target.appendingPathComponent("folio.yaml"), encoding: .utf8)
        let second = try FolioProcess.run(["init", target.path])
        #expect(second.status == 2)
        #expect(second.stderr.contains("folio.yaml"))
        #expect(try String(contentsOf: target.appendingPathComponent("folio.yaml"), encoding: .utf8) == profile)
        // The scaffold parses, and its blanks are a to-do list: check fails and points at them.
        let check = try FolioProcess.run(["check", target.path])
        #expect(check.status == 1)
        let parseRules = Set(check.stdout.matches(of: /\[(parse\.[a-z-]+)\]/).map { String($0.1) })
        #expect(parseRules == ["parse.missing"], "\(check.stdout)")
        let nameLine = try #require(profile.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("name:") }) + 1
        #expect(check.stdout.contains("folio.yaml:\(nameLine):1: error:"), "\(check.stdout)")
        #expect(check.stdout.contains("[story.sections]"))
    }
}

/// `folio build`, `match` and `interview` on the examples, as a user runs them.
@Suite struct CLIOutputTests {
    let korean = RepositoryPaths.example("junior-data-engineer-ko")

    @Test func buildWritesThePortfolioAndTheSkillMatrix() throws {
        let out = try TemporaryWorkspace([:])
        let result = try FolioProcess.run(["build", korean.path, "-o", out.root.path])
        #expect(result.status == 0, "\(result.stderr)")
        for file in ["portfolio.md", "portfolio.html", "skills.xlsx"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: out.root.appendingPathComponent(file).path)
            #expect((attributes[.size] as? Int ?? 0) > 1000, "\(file) written")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.root.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func buildDefaultsToOutputInTheCurrentFolder() throws {
        let folder = try TemporaryWorkspace([:])
        let result = try FolioProcess.run(["build", korean.path], in: folder.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("Output/portfolio.html").path))
    }

    @Test func buildForAPostingPutsItsSkillsFirst() throws {
        let out = try TemporaryWorkspace([:])
        let posting = korean.appendingPathComponent("postings/enterprise-data-platform.txt")
        let result = try FolioProcess.run(["build", korean.path, "-o", out.root.path, "--for", posting.path])
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try String(contentsOf: out.root.appendingPathComponent("portfolio.md"), encoding: .utf8)
        // The posting asks for Hadoop first; on the plain page Hadoop is not the first skill.
        let plain = try TemporaryWorkspace([:])
        _ = try FolioProcess.run(["build", korean.path, "-o", plain.root.path])
        let plainMarkdown = try String(contentsOf: plain.root.appendingPathComponent("portfolio.md"), encoding: .utf8)
        #expect(markdown != plainMarkdown)
        let missing = try FolioProcess.run(["build", korean.path, "-o", out.root.path, "--for", "/nonexistent/posting.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/posting.txt"))
    }

    @Test func matchWithXlsxWritesAPostingWorkbook() throws {
        let out = try TemporaryWorkspace([:])
        let posting = korean.appendingPathComponent("postings/enterprise-data-platform.txt")
        let result = try FolioProcess.run(["match", posting.path, korean.path, "--xlsx", "-o", out.root.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Elasticsearch"))
        #expect(FileManager.default.fileExists(atPath: out.root.appendingPathComponent("skills-enterprise-data-platform.xlsx").path))
    }

    @Test func interviewWritesTheSheet() throws {
        let out = try TemporaryWorkspace([:])
        let result = try FolioProcess.run(["interview", korean.path, "-o", out.root.path])
        #expect(result.status == 0, "\(result.stderr)")
        let sheet = try String(contentsOf: out.root.appendingPathComponent("interview.md"), encoding: .utf8)
        #expect(sheet.contains("Apache Kafka"))
        #expect(FileManager.default.fileExists(atPath: out.root.appendingPathComponent("interview.html").path))
    }
}
