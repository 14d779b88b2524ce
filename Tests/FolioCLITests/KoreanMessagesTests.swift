import Foundation
import Testing
import FolioTestSupport

/// A Korean workspace (or `--lang ko`) hears every line in Korean: the progress lines (`작성:`,
/// `삭제:`, `생성:`), the summaries and the errors, with particles chosen by the word before them.
@Suite struct KoreanMessagesTests {
    /// The lines of `text` with no Hangul in them (blank lines and the argument parser's own
    /// `Usage:` / `See '…--help'` lines aside).
    static func englishOnlyLines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("Usage:"), !trimmed.hasPrefix("See '") else { return false }
            return !line.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }
        }
    }

    /// A copy of the Korean example in a fresh folder, with an output folder beside it.
    static func koreanExample() throws -> (folder: TemporaryWorkspace, workspace: URL, output: URL) {
        let folder = try TemporaryWorkspace([:])
        let workspace = folder.root.appendingPathComponent("ws")
        try FileManager.default.copyItem(at: RepositoryPaths.example("junior-data-engineer-ko"), to: workspace)
        return (folder, workspace, folder.root.appendingPathComponent("out"))
    }

    @Test func everyCommandSpeaksKoreanInAKoreanWorkspace() throws {
        let (folder, workspace, out) = try Self.koreanExample()
        let posting = workspace.appendingPathComponent("postings/enterprise-data-platform.txt").path
        let runs: [[String]] = [
            ["build", workspace.path, "-o", out.path, "--full", "--essays"],
            // The second build makes no full portfolio: the earlier one's files are removed and said so.
            ["build", workspace.path, "-o", out.path],
            ["interview", workspace.path, "-o", out.path],
            ["essay", workspace.path, "-o", out.path],
            ["export", workspace.path, "-o", out.appendingPathComponent("resume.json").path],
            ["match", posting, workspace.path, "--xlsx", "-o", out.path],
            ["check", workspace.path, "--rule", "skill.versoin"],
            ["explain", "skill.versoin"],
            ["build", workspace.path, "-o", workspace.appendingPathComponent("projects").path],
            ["build", workspace.path, "-o", out.path, "--name", "{nme}"],
            ["build", workspace.path, "--lang", "ko", "--theme", "fancy"],
            ["build", workspace.path, "--lang", "ko", "--template", folder.root.appendingPathComponent("nope").path],
            ["check", folder.root.appendingPathComponent("nowhere").path, "--lang", "ko"],
            ["init", folder.root.appendingPathComponent("지원").path],
        ]
        var all = ""
        for arguments in runs {
            let result = try FolioProcess.run(arguments)
            let text = result.stdout + result.stderr
            all += text
            #expect(Self.englishOnlyLines(text).isEmpty, "folio \(arguments.joined(separator: " ")) printed English-only lines:\n\(Self.englishOnlyLines(text).joined(separator: "\n"))")
        }
        #expect(all.contains("  작성: \(out.path)/portfolio.md"), "\(all)")
        #expect(all.contains("  삭제: \(out.path)/portfolio-full.md (이전 빌드가 쓴 파일로, 이번 빌드는 만들지 않았습니다)"), "\(all)")
        #expect(all.contains("  작성: \(out.path)/skills-enterprise-data-platform.xlsx"), "\(all)")
        #expect(all.contains("  생성: \(folder.root.path)/지원/folio.yaml"), "\(all)")
        // 지원 ends on ㄴ: 으로, chosen by Josa, not a hard-coded 로.
        #expect(all.contains("`folio check \(folder.root.path)/지원`으로 점검하세요"), "\(all)")
        #expect(all.contains("`skill.versoin` 규칙은 없습니다. `skill.version`을 뜻하셨나요?"), "\(all)")
        #expect(all.contains("--theme fancy: 그런 테마가 없습니다"), "\(all)")
    }

    @Test func exitCodesStayWhatTheyWere() throws {
        let (folder, workspace, out) = try Self.koreanExample()
        #expect(try FolioProcess.run(["check", workspace.path, "--rule", "skill.versoin"]).status == 2)
        #expect(try FolioProcess.run(["build", workspace.path, "--theme", "fancy"]).status == 2)
        #expect(try FolioProcess.run(["build", workspace.path, "-o", workspace.appendingPathComponent("projects").path]).status == 2)
        #expect(try FolioProcess.run(["build", workspace.path, "-o", out.path]).status == 0)
        withExtendedLifetime(folder) {}
    }

    /// The argument parser's own messages are English: a Korean line says what happened first,
    /// unless the run asked for English.
    @Test func aParserErrorIsToldInKoreanToo() throws {
        let korean = try FolioProcess.run(["check", "--lang", "ko", "--no-such-option"])
        #expect(korean.status == 2)
        #expect(korean.stderr.hasPrefix("error: 명령줄을 읽지 못했습니다."), "\(korean.stderr)")
        #expect(korean.stderr.contains("--no-such-option"), "\(korean.stderr)")
        let missing = try FolioProcess.run(["match"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("error: 명령줄을 읽지 못했습니다."), "\(missing.stderr)")
        let english = try FolioProcess.run(["check", "--lang=en", "--no-such-option"])
        #expect(english.status == 2)
        #expect(english.stderr.hasPrefix("Error: Unknown option '--no-such-option'"), "\(english.stderr)")
        #expect(!english.stderr.contains("명령줄"), "\(english.stderr)")
    }

    /// The next step after `init` is a command to paste: none for the current folder, quotes
    /// around a folder with a space.
    @Test func initNamesTheCheckToRunAsItIsTyped() throws {
        let folder = try TemporaryWorkspace([:])
        let here = try FolioProcess.run(["init"], in: folder.root)
        #expect(here.status == 0, "\(here.stderr)")
        #expect(here.stdout.contains("다음 단계: 파일을 채운 뒤 `folio check`로 점검하세요."), "\(here.stdout)")
        let spaced = try FolioProcess.run(["init", "my folio", "--lang", "en"], in: folder.root)
        #expect(spaced.stdout.contains("Next: fill in the files, then run `folio check 'my folio'`."), "\(spaced.stdout)")
        let blank = try FolioProcess.run(["build", "my folio"], in: folder.root)
        #expect(blank.status == 1)
        #expect(blank.stderr.contains("error: 1 file has a required value left blank (1 error): nothing was written. Fill in the places above (`folio check 'my folio'`)"), "\(blank.stderr)")
    }

    @Test func withoutAWorkspaceOrLangAnErrorIsSaidInBoth() throws {
        let empty = try TemporaryWorkspace([:])
        let result = try FolioProcess.run(["check", empty.root.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("folio 작업 폴더가 아닙니다"), "\(result.stderr)")
        #expect(result.stderr.contains("not a folio workspace"), "\(result.stderr)")
    }

    @Test func anEnglishWorkspaceKeepsItsEnglishLines() throws {
        let folder = try TemporaryWorkspace([:])
        let out = folder.root.appendingPathComponent("out")
        let result = try FolioProcess.run(["build", RepositoryPaths.example("junior-data-engineer-en").path, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("  wrote \(out.path)/portfolio.md"), "\(result.stdout)")
        #expect(!result.stdout.contains("작성"), "\(result.stdout)")
    }

    /// The trial's `파일을 열 수 없습니다: No such file or directory.`: the system's reason is said in
    /// the message's language (a missing posting, an output folder under a file), never in English
    /// inside a Korean line nor as Foundation's "NSCocoaErrorDomain error 512".
    @Test func aSystemErrorIsToldInTheMessagesLanguage() throws {
        let (folder, workspace, _) = try Self.koreanExample()
        let missing = folder.root.appendingPathComponent("nope.txt").path
        let ko = try FolioProcess.run(["match", missing, workspace.path])
        #expect(ko.status == 2)
        #expect(ko.stderr.contains("\(missing):1:1: error: 파일을 열 수 없습니다: 그런 파일이나 폴더가 없습니다. [parse.not-a-file]"), "\(ko.stderr)")
        let en = try FolioProcess.run(["match", missing, workspace.path, "--lang", "en"])
        #expect(en.stderr.contains("\(missing):1:1: error: cannot open this file: no such file or folder. [parse.not-a-file]"), "\(en.stderr)")

        // An output folder asked for under a regular file: ENOTDIR from Foundation's createDirectory.
        let file = workspace.appendingPathComponent("folio.yaml").path
        let build = try FolioProcess.run(["build", workspace.path, "-o", file + "/out"])
        #expect(build.status == 2)
        #expect(build.stderr.contains("\(file)/out: 출력 폴더를 만들 수 없습니다: 경로 중간의 이름이 폴더가 아니라 파일입니다"), "\(build.stderr)")
        let buildEn = try FolioProcess.run(["build", workspace.path, "-o", file + "/out", "--lang", "en"])
        #expect(buildEn.stderr.contains("cannot create the output folder: a part of the path is a file, not a folder"), "\(buildEn.stderr)")
        for text in [ko.stderr, en.stderr, build.stderr, buildEn.stderr] {
            #expect(!text.contains("No such file") && !text.contains("Not a directory") && !text.contains("NSCocoaErrorDomain"), "\(text)")
        }
    }
}
