import Foundation
import Testing
import FolioTestSupport

/// What a user who restyles with `--template DIR` sees when a copied template is wrong: exit 2,
/// nothing written, and the template's file:line with the problem and the fix in the run's language.
@Suite struct TemplateErrorTests {
    /// A copy of the built-in portfolio templates with `change` applied to `file`.
    func templates(_ file: String, _ change: (String) -> String) throws -> TemporaryWorkspace {
        let folder = try TemporaryWorkspace([:])
        let original = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("Templates/portfolio/\(file)"), encoding: .utf8)
        try folder.write("mine/\(file)", Data(change(original).utf8))
        return folder
    }

    func build(_ templates: TemporaryWorkspace, lang: String) throws -> FolioProcess.Result {
        try FolioProcess.run([
            "build", RepositoryPaths.example("junior-data-engineer-ko").path, "--template", templates.root.appendingPathComponent("mine").path,
            "--lang", lang, "-o", templates.root.appendingPathComponent("out").path,
        ])
    }

    @Test func aMisspelledPartialStopsTheBuildAtItsLine() throws {
        let folder = try templates("portfolio.html.mustache") { $0.replacingOccurrences(of: "{{> card.html}}", with: "{{> crad.html}}") }
        let korean = try build(folder, lang: "ko")
        #expect(korean.status == 2, "\(korean.stderr)")
        #expect(korean.stderr.contains("mine/portfolio.html.mustache:24:3: 템플릿 오류: 부분 템플릿 `crad.html`이 없습니다"), "\(korean.stderr)")
        #expect(korean.stderr.contains("`{{> card.html}}`을 뜻하셨나요?"), "\(korean.stderr)")
        let english = try build(folder, lang: "en")
        #expect(english.status == 2)
        #expect(english.stderr.contains("mine/portfolio.html.mustache:24:3: template error: no partial template `crad.html`"), "\(english.stderr)")
        #expect(english.stderr.contains("did you mean `{{> card.html}}`?"), "\(english.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("out/portfolio.html").path), "nothing written")
    }

    @Test func aSyntaxErrorIsWordedAtItsLine() throws {
        let folder = try templates("portfolio.md.mustache") { $0 + "{{#projects}}\n{{title}}\n{{/project}}\n" }
        let lines = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("Templates/portfolio/portfolio.md.mustache"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).count
        let korean = try build(folder, lang: "ko")
        #expect(korean.status == 2)
        #expect(korean.stderr.contains("mine/portfolio.md.mustache:\(lines + 2):1: 템플릿 오류: `{{/project}}`는 열려 있는 섹션 `{{#projects}}`(\(lines)행)를 닫지 않습니다"), "\(korean.stderr)")
        #expect(!korean.stderr.contains("sectionCloseNameIncorrect"), "\(korean.stderr)")
        let english = try build(folder, lang: "en")
        #expect(english.status == 2)
        #expect(english.stderr.contains("mine/portfolio.md.mustache:\(lines + 2):1: template error: `{{/project}}` does not close the open section `{{#projects}}` (line \(lines)): close it with `{{/projects}}`"), "\(english.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("out/portfolio.md").path), "nothing written")
    }

    /// A template that includes itself, directly or through another partial, recursed until
    /// Mustache's stack overflowed (exit 139) or ran for ever: it is an error at the tag instead.
    @Test func aPartialThatIncludesItselfStopsTheBuildAtItsLine() throws {
        let lines = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("Templates/portfolio/portfolio.md.mustache"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).count
        let folder = try templates("portfolio.md.mustache") { $0 + "{{> portfolio.md}}\n" }
        let korean = try build(folder, lang: "ko")
        #expect(korean.status == 2, "\(korean.status) \(korean.stderr)")
        #expect(korean.stderr.contains("mine/portfolio.md.mustache:\(lines):1: 템플릿 오류: 부분 템플릿 `portfolio.md`가 자기 자신을 다시 넣어 끝나지 않습니다 (portfolio.md → portfolio.md). 이 `{{> portfolio.md}}`를 지우거나"), "\(korean.stderr)")
        let english = try build(folder, lang: "en")
        #expect(english.status == 2, "\(english.status) \(english.stderr)")
        #expect(english.stderr.contains("mine/portfolio.md.mustache:\(lines):1: template error: the partial template `portfolio.md` includes itself and would never end (portfolio.md → portfolio.md)"), "\(english.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("out/portfolio.md").path), "nothing written")

        // Through another partial, inside a section: the chain is named where it closes.
        let profile = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("Templates/portfolio/profile.md.mustache"), encoding: .utf8)
        let through = try templates("experience.md.mustache") { $0 + "{{#projects}}{{> profile.md}}{{/projects}}\n" }
        try through.write("mine/profile.md.mustache", Data((profile + "{{> experience.md}}\n").utf8))
        let chain = try build(through, lang: "en")
        #expect(chain.status == 2, "\(chain.status) \(chain.stderr)")
        #expect(chain.stderr.contains("template error: the partial template `profile.md` includes itself and would never end (profile.md → experience.md → profile.md)")
            || chain.stderr.contains("template error: the partial template `experience.md` includes itself and would never end (experience.md → profile.md → experience.md)"), "\(chain.stderr)")
    }
}
