import Foundation
import Testing
import FolioTestSupport

/// `folio build --theme plain` and `--name PATTERN`, as a user runs them.
@Suite struct ThemeAndNameTests {
    func output() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func plainThemeWritesTheSamePageAsPlainText() throws {
        let out = try output()
        defer { try? FileManager.default.removeItem(at: out) }
        let example = RepositoryPaths.example("junior-data-engineer-ko").path
        let result = try FolioProcess.run(["build", example, "--theme", "plain", "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: out.appendingPathComponent("portfolio.txt"), encoding: .utf8)
        let html = try String(contentsOf: out.appendingPathComponent("portfolio.html"), encoding: .utf8)
        #expect(text.hasPrefix("김하늘\n"))
        #expect(!text.contains("<") && !text.contains("&amp;") && !text.contains("**"), "plain text, no markup")
        // The same content: every project title and skill on the page is in the text.
        for title in html.matches(of: /<h3>([^<]+)<\/h3>/).map({ String($0.output.1) }) where !title.contains("(Lv.") && title != "기초" {
            #expect(text.contains(title.replacingOccurrences(of: "&amp;", with: "&")), "\(title)")
        }
        for skill in html.matches(of: /<span class="name">([^<]+)<\/span>/).map({ String($0.output.1) }) {
            #expect(text.contains(skill), "\(skill)")
        }
        #expect(html.contains("folio \"plain\" theme"), "the plain stylesheet is inlined")
        // Back to the classic theme: the stale portfolio.txt is removed.
        let classic = try FolioProcess.run(["build", example, "-o", out.path])
        #expect(classic.status == 0)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("portfolio.txt").path))
        let unknown = try FolioProcess.run(["build", example, "--theme", "fancy", "-o", out.path])
        #expect(unknown.status == 2 && unknown.stderr.contains("classic or plain"), "\(unknown.stderr)")
    }

    @Test func nameMakesTheFileARecruiterReceives() throws {
        let out = try output()
        defer { try? FileManager.default.removeItem(at: out) }
        let example = RepositoryPaths.example("junior-data-engineer-ko")
        let posting = example.appendingPathComponent("postings/enterprise-data-platform.txt").path
        let result = try FolioProcess.run(["build", example.path, "--for", posting, "--name", "{name}_{company}_포트폴리오", "--full", "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        // {company} is the company the posting names (its title `[한빛그룹 AI·데이터플랫폼팀] …`), not its file name.
        #expect(names.contains("김하늘_한빛그룹_포트폴리오.html"), "\(names)")
        #expect(names.contains("김하늘_한빛그룹_포트폴리오-full.md"))
        #expect(!names.contains { $0.hasPrefix("portfolio") })

        // A `회사:` line names it; a posting that names no company falls back to its file name.
        let postings = try output()
        defer { try? FileManager.default.removeItem(at: postings) }
        let stated = postings.appendingPathComponent("marketkurly-de.txt")
        try "[바른마켓] 데이터 엔지니어 (Data Platform)\n\n회사: 바른마켓\n\n[자격요건]\n- SQL 활용 능숙자\n".write(to: stated, atomically: true, encoding: .utf8)
        let unnamed = postings.appendingPathComponent("acme-de.txt")
        try "데이터 엔지니어\n\n[자격요건]\n- SQL 활용 능숙자\n".write(to: unnamed, atomically: true, encoding: .utf8)
        for (posting, expected) in [(stated, "김하늘_바른마켓_포트폴리오.md"), (unnamed, "김하늘_acme-de_포트폴리오.md")] {
            let named = try output()
            defer { try? FileManager.default.removeItem(at: named) }
            let run = try FolioProcess.run(["build", example.path, "--for", posting.path, "--name", "{name}_{company}_포트폴리오", "-o", named.path])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: named.path).contains(expected), "\(expected)")
        }

        let noPosting = try FolioProcess.run(["build", example.path, "--name", "{name}_{company}", "-o", out.path])
        #expect(noPosting.status == 2)
        #expect(noPosting.stderr.contains("{company}") && noPosting.stderr.contains("--for"), "\(noPosting.stderr)")
        let unknown = try FolioProcess.run(["build", example.path, "--name", "{nmae}", "-o", out.path])
        #expect(unknown.status == 2 && unknown.stderr.contains("{name}"), "\(unknown.stderr)")
        let slashes = try FolioProcess.run(["build", example.path, "--name", "../{name}/cv", "-o", out.path])
        #expect(slashes.status == 0)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("_김하늘_cv.html").path), "no path outside the output folder")
    }
}
