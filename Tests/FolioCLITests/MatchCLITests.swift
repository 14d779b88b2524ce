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
        let korean = try FolioProcess.run(["match", "postings/nope.txt", folder.root.path], in: folder.root)
        #expect(korean.status == 2)
        #expect(korean.stderr.contains("postings/nope.txt:1:1: error: 파일을 열 수 없습니다"), "\(korean.stderr)")
        let english = try FolioProcess.run(["match", "postings/nope.txt", "--workspace", folder.root.path, "--lang", "en"], in: folder.root)
        #expect(english.status == 2)
        #expect(english.stderr.contains("postings/nope.txt:1:1: error: cannot open this file"), "\(english.stderr)")
    }
}

/// `folio match POSTING [DIR]`: the workspace as every other command takes it (`--workspace DIR`
/// still works), found from the posting when none is given, and `--quiet` as the others mean it.
@Suite struct MatchWorkspaceArgumentTests {
    static let posting = "Requirements\n- Apache Spark\n- Apache Kafka\n"

    /// A parent folder holding the workspace `ws` (with `ws/postings/acme.txt`) and `other/p.txt`
    /// outside any workspace, as a new user has them.
    func parent() throws -> TemporaryWorkspace {
        var files: [String: String] = [:]
        for (path, text) in SampleFiles.workspace { files["ws/" + path] = text }
        files["ws/postings/acme.txt"] = Self.posting
        files["other/p.txt"] = Self.posting
        return try TemporaryWorkspace(files)
    }

    /// `--format json` is the same on every run: the posting's headings are an object keyed by the
    /// kind of part (it was a flat key, value, key, value array in the dictionary's hash order).
    @Test func theJSONReportIsTheSameOnEveryRun() throws {
        let example = RepositoryPaths.example("junior-data-engineer-ko")
        let posting = example.appendingPathComponent("postings/enterprise-data-platform.txt").path
        let outputs = try (0..<6).map { _ in try FolioProcess.run(["match", posting, example.path, "--format", "json"]).stdout }
        #expect(Set(outputs).count == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(outputs[0].utf8)) as? [String: Any])
        let headings = (report["posting"] as? [String: Any])?["headings"] as? [String: String]
        #expect(headings?["required"] == "자격요건", "\(String(describing: report["posting"]))")
    }

    @Test func theWorkspaceIsAnArgumentAsInEveryOtherCommandAndTheOptionStillWorks() throws {
        let folder = try parent()
        let positional = try FolioProcess.run(["match", "other/p.txt", "ws", "--lang", "en"], in: folder.root)
        #expect(positional.status == 0, "\(positional.stderr)")
        #expect(positional.stdout.contains("Workspace: ws"), "\(positional.stdout)")
        #expect(positional.stdout.contains("Apache Spark"))
        let option = try FolioProcess.run(["match", "other/p.txt", "--workspace", "ws", "--lang", "en"], in: folder.root)
        #expect(option.status == 0, "\(option.stderr)")
        #expect(option.stdout == positional.stdout)
        // The same folder given both ways is fine; two different ones are misuse.
        #expect(try FolioProcess.run(["match", "other/p.txt", "ws", "--workspace", "./ws/"], in: folder.root).status == 0)
        let two = try FolioProcess.run(["match", "other/p.txt", "ws", "--workspace", "other"], in: folder.root)
        #expect(two.status == 2)
        #expect(two.stderr.contains("작업 폴더가 두 개입니다"), "\(two.stderr)")
        #expect(two.stderr.contains("two workspaces given (ws and --workspace other)"), "\(two.stderr)")

        let help = try FolioProcess.run(["match", "--help"])
        #expect(help.stdout.contains("USAGE: folio match <posting> [<directory>]"), "\(help.stdout)")
    }

    @Test("`folio match postings/*.txt`: a second posting where the workspace goes is named, not 'no such folder'")
    func aSecondPostingIsNamed() throws {
        let folder = try parent()
        let result = try FolioProcess.run(["match", "other/p.txt", "ws/postings/acme.txt", "--lang", "en"], in: folder.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("ws/postings/acme.txt: a file, not a folder. folio match reads one posting at a time"), "\(result.stderr)")
    }

    @Test func aPostingInsideAWorkspaceSelectsItFromTheParentFolder() throws {
        let folder = try parent()
        let result = try FolioProcess.run(["match", "ws/postings/acme.txt", "--xlsx"], in: folder.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("작업 폴더: ws"), "\(result.stdout)")
        #expect(result.stderr.contains("작성: Output/skills-acme.xlsx"), "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("Output/skills-acme.xlsx").path))
        // From a folder inside the workspace too (its projects/), the posting named from there.
        let inside = try FolioProcess.run(["match", "../postings/acme.txt", "--lang", "en"], in: folder.root.appendingPathComponent("ws/projects"))
        #expect(inside.status == 0, "\(inside.stderr)")
        #expect(inside.stdout.contains("Apache Spark"))
    }

    @Test func noWorkspaceAnywhereNamesWhatWasSearchedAndTheFix() throws {
        let folder = try parent()
        let here = folder.root.resolvingSymlinksInPath().path
        let result = try FolioProcess.run(["match", "other/p.txt"], in: folder.root)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        // Both languages: no workspace was read to tell which.
        #expect(result.stderr.contains("현재 폴더(\(here))에도, 공고가 있는 폴더(\(here)/other)와 그 위의 어느 폴더에도 folio.yaml이 없습니다"), "\(result.stderr)")
        #expect(result.stderr.contains("neither the current folder (\(here)) nor the posting's folder (\(here)/other) or any folder above it has a folio.yaml"), "\(result.stderr)")
        #expect(result.stderr.contains("folio match other/p.txt DIR"))
        #expect(result.stderr.contains("folio init DIR"))
        let english = try FolioProcess.run(["match", "other/p.txt", "--lang", "en"], in: folder.root)
        #expect(english.status == 2)
        #expect(!english.stderr.contains("작업 폴더"), "only English with --lang en: \(english.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("Output").path))
    }

    @Test("--quiet: no progress lines; with --xlsx the file is the result and nothing is printed unless --format asks")
    func quietMeansNoProgressLines() throws {
        let folder = try parent()
        let xlsx = folder.root.appendingPathComponent("Output/skills-acme.xlsx")
        let quiet = try FolioProcess.run(["match", "ws/postings/acme.txt", "ws", "--xlsx", "-q"], in: folder.root)
        #expect(quiet.status == 0, "\(quiet.stderr)")
        #expect(quiet.stdout.isEmpty, "\(quiet.stdout)")
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
        #expect(FileManager.default.fileExists(atPath: xlsx.path))

        // Asked for on standard output: printed, still without the progress line.
        let json = try FolioProcess.run(["match", "ws/postings/acme.txt", "ws", "--xlsx", "-q", "--format", "json"], in: folder.root)
        #expect(json.status == 0, "\(json.stderr)")
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(decoded?["workspace"] as? String == "ws", "\(json.stdout)")
        #expect(json.stderr.isEmpty, "\(json.stderr)")

        // Without --xlsx the report is the result: --quiet leaves it.
        let report = try FolioProcess.run(["match", "ws/postings/acme.txt", "ws", "-q"], in: folder.root)
        #expect(report.status == 0)
        #expect(report.stdout.contains("Apache Spark"))
        #expect(report.stderr.isEmpty)

        // Not quiet: the report and the progress line.
        let loud = try FolioProcess.run(["match", "ws/postings/acme.txt", "ws", "--xlsx"], in: folder.root)
        #expect(loud.stdout.contains("Apache Spark"))
        #expect(loud.stderr.contains("작성: Output/skills-acme.xlsx"))
    }
}
