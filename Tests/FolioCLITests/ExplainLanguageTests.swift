import Foundation
import Testing
import FolioTestSupport

/// `folio explain` speaks the workspace's language as every other command does: the current
/// folder's or the one given, `--lang` over both, Korean outside any workspace.
@Suite struct ExplainLanguageTests {
    /// A parent folder with an English workspace `en` (folio.yaml `lang: en`) and a Korean one `ko`.
    func parent() throws -> TemporaryWorkspace {
        var files: [String: String] = [:]
        for (path, text) in SampleFiles.workspace {
            files["ko/" + path] = text
            files["en/" + path] = path == "folio.yaml" ? text.replacingOccurrences(of: "lang: ko", with: "lang: en") : text
        }
        return try TemporaryWorkspace(files)
    }

    @Test func anEnglishWorkspaceGetsEnglishRunInItOrGiven() throws {
        let folder = try parent()
        let english = folder.root.appendingPathComponent("en")
        let inside = try FolioProcess.run(["explain", "story.alternatives"], in: english)
        #expect(inside.status == 0, "\(inside.stderr)")
        #expect(inside.stdout.hasPrefix("story.alternatives (warning)"), "\(inside.stdout)")
        #expect(inside.stdout.contains("Why it matters"))
        #expect(!inside.stdout.contains("왜 중요한가"))

        let given = try FolioProcess.run(["explain", "story.alternatives", "en"], in: folder.root)
        #expect(given.status == 0, "\(given.stderr)")
        #expect(given.stdout == inside.stdout)

        // The table: run in the workspace, or `folio explain en` (a folder, not a rule id).
        let table = try FolioProcess.run(["explain"], in: english)
        #expect(table.stdout.contains(" rules. For details: folio explain <rule>"), "\(table.stdout)")
        let tableGiven = try FolioProcess.run(["explain", "en"], in: folder.root)
        #expect(tableGiven.status == 0, "\(tableGiven.stderr)")
        #expect(tableGiven.stdout == table.stdout)
    }

    @Test func langOverridesAndKoreanIsTheDefaultElsewhere() throws {
        let folder = try parent()
        let override = try FolioProcess.run(["explain", "story.alternatives", "--lang", "ko"], in: folder.root.appendingPathComponent("en"))
        #expect(override.stdout.hasPrefix("story.alternatives (경고)"), "\(override.stdout)")
        #expect(override.stdout.contains("왜 중요한가"))
        let korean = try FolioProcess.run(["explain", "story.alternatives", "ko"], in: folder.root)
        #expect(korean.stdout.contains("왜 중요한가"), "\(korean.stdout)")
        // No workspace here: Korean, as before.
        let outside = try FolioProcess.run(["explain"], in: folder.root)
        #expect(outside.status == 0)
        #expect(outside.stdout.hasPrefix("규칙 "), "\(outside.stdout)")
        // A folder given that is no workspace is an error, as for every command; an unknown rule still is.
        let missing = try FolioProcess.run(["explain", "story.alternatives", "nope"], in: folder.root)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope: no such folder"), "\(missing.stderr)")
        let unknown = try FolioProcess.run(["explain", "story.alternativs"], in: folder.root.appendingPathComponent("en"))
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("story.alternatives"), "\(unknown.stderr)")
        #expect(!unknown.stderr.contains("규칙은 없습니다"), "in the workspace's language: \(unknown.stderr)")
    }
}
