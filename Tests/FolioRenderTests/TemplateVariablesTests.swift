import Foundation
import Testing
import FolioModel
@testable import FolioRender
import FolioTestSupport

/// A template naming a variable the presentation model lacks, or written with a syntax error, is
/// an error at its file:line:column; the built-in templates name only what exists.
@Suite struct TemplateVariablesTests {
    /// A `--template` folder holding `files`, and the build's error.
    func buildError(_ files: [String: String]) throws -> FolioError? {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let custom = folder.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: custom, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: custom.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let build = PortfolioBuild(options: PortfolioOptions(full: true), templates: TemplateSet(locator: TemplateLocator(explicit: custom)))
        let workspace = try Fixtures.example("junior-data-engineer-ko")
        do {
            _ = try build.run(workspace, into: folder.appendingPathComponent("out"))
            return nil
        } catch {
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/portfolio.html").path), "nothing half-written")
            return error
        }
    }

    @Test func aMisspelledVariableNamesItsLineAndTheNearestName() throws {
        let profile = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("Templates/portfolio/profile.html.mustache"), encoding: .utf8)
        let error = try buildError(["profile.html.mustache": profile.replacingOccurrences(of: "{{profile.name}}", with: "{{profile.nmae}}")])
        guard case .template(let path, let reason)? = error else { Issue.record("expected a template error, got \(String(describing: error))"); return }
        #expect(path.hasSuffix("mine/profile.html.mustache:3:7"), "\(path)")
        #expect(reason.en.contains("`profile.nmae`") && reason.en.contains("did you mean `profile.name`?"), "\(reason)")
        #expect(reason.ko.contains("`profile.name`을 뜻하셨나요?"), "\(reason.ko)")
    }

    @Test func anUnknownNameInsideASectionIsFoundToo() throws {
        let card = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("Templates/portfolio/card.html.mustache"), encoding: .utf8)
        let error = try buildError(["card.html.mustache": card.replacingOccurrences(of: "{{stackLine}}</dd>", with: "{{stack_line}}</dd>")])
        guard case .template(let path, let reason)? = error else { Issue.record("expected a template error, got \(String(describing: error))"); return }
        #expect(path.contains("mine/card.html.mustache:"), "\(path)")
        #expect(reason.en.contains("did you mean `stackLine`?"), "\(reason)")
    }

    /// Mustache renders `{{> crad.html}}` as nothing: the build must stop at the tag instead.
    @Test func aMisspelledPartialNamesItsLineAndTheNearestTemplate() throws {
        let page = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("Templates/portfolio/portfolio.html.mustache"), encoding: .utf8)
        let error = try buildError(["portfolio.html.mustache": page.replacingOccurrences(of: "{{> card.html}}", with: "{{> crad.html}}")])
        guard case .template(let path, let reason)? = error else { Issue.record("expected a template error, got \(String(describing: error))"); return }
        #expect(path.hasSuffix("mine/portfolio.html.mustache:24:3"), "\(path)")
        #expect(reason.en.contains("no partial template `crad.html`") && reason.en.contains("did you mean `{{> card.html}}`?"), "\(reason.en)")
        #expect(reason.ko.contains("부분 템플릿 `crad.html`이 없습니다") && reason.ko.contains("`{{> card.html}}`을 뜻하셨나요?"), "\(reason.ko)")
        // A name close to none: no suggestion.
        let far = try buildError(["portfolio.html.mustache": page.replacingOccurrences(of: "{{> card.html}}", with: "{{> sidebar-widgets}}")])
        guard case .template(_, let farReason)? = far else { Issue.record("expected a template error, got \(String(describing: far))"); return }
        #expect(farReason.en.contains("`sidebar-widgets`") && !farReason.en.contains("did you mean"), "\(farReason.en)")
    }

    @Test func aSyntaxErrorIsReportedAtItsLine() throws {
        let error = try buildError(["portfolio.md.mustache": "# {{profile.name}}\n\n{{#projects}}\n## {{title}}\n{{/project}}\n"])
        guard case .template(let path, let reason)? = error else { Issue.record("expected a template error, got \(String(describing: error))"); return }
        #expect(path.hasSuffix("mine/portfolio.md.mustache:5:1"), "\(path)")
        #expect(reason.en == "`{{/project}}` does not close the open section `{{#projects}}` (line 3): close it with `{{/projects}}`, the same name", "\(reason.en)")
        #expect(reason.ko == "`{{/project}}`는 열려 있는 섹션 `{{#projects}}`(3행)를 닫지 않습니다. 이름을 맞춰 `{{/projects}}`로 닫으세요", "\(reason.ko)")
    }

    /// swift-mustache's other errors, in words, where the user must edit (never its case names).
    @Test func syntaxErrorsAreWordedInBothLanguages() throws {
        let cases: [(template: String, at: String, en: String, ko: String)] = [
            ("# {{profile.name}}\n{{#projects}}\n## {{title}}\n", ":2:1", "the section `{{#projects}}` opened at line 2 is never closed: put `{{/projects}}` where it ends",
             "2행에서 연 섹션 `{{#projects}}`가 닫히지 않은 채 파일이 끝납니다. 섹션이 끝나는 곳에 `{{/projects}}`를 넣으세요"),
            ("# {{profile.name}}\n{{/projects}}\n", ":2:1", "`{{/projects}}` closes a section that was never opened", "`{{/projects}}`는 열린 적 없는 섹션을 닫습니다"),
            ("# {{profile.name\n", ":1:3", "the file ends inside this tag: close the `{{` with `}}`", "이 태그가 닫히지 않은 채 파일이 끝납니다"),
            ("# {{name(}}\n", ":1:", "a tag is not closed or the name in it is malformed", "태그가 닫히지 않았거나 태그 안의 이름이 잘못되었습니다"),
            ("{{$b(x)}}{{/b}}\n", ":1:", "cannot take a transform", "변환 `이름(…)`을 쓸 수 없습니다"),
            ("x\n{{<profile.md}}{{name}}{{/profile.md}}\n", ":2:16", "only blocks `{{$name}}…{{/name}}` may stand", "블록 `{{$이름}}…{{/이름}}`만 올 수 있습니다"),
            ("{{% FOO: bar}}\nx\n", ":1:", "the setting tag `{{% …}}` cannot be read", "설정 태그를 읽을 수 없습니다"),
        ]
        for (template, at, en, ko) in cases {
            let error = try buildError(["portfolio.md.mustache": template])
            guard case .template(let path, let reason)? = error else { Issue.record("\(template): expected a template error, got \(String(describing: error))"); continue }
            #expect(path.contains("mine/portfolio.md.mustache" + at), "\(template): \(path)")
            #expect(reason.en.contains(en), "\(template): \(reason.en)")
            #expect(reason.ko.contains(ko), "\(template): \(reason.ko)")
            // Never swift-mustache's case names.
            #expect(reason.en.range(of: "^[a-z]+[A-Z][A-Za-z]+$", options: .regularExpression) == nil && !reason.en.contains("overflow"), "\(reason.en)")
        }
    }

    /// A parent template (`{{<profile.md}}`) and its blocks (`{{$…}}`) are no variables.
    @Test func parentsAndBlocksAreReadAsWhatTheyAre() throws {
        #expect(try buildError(["portfolio.md.mustache": "{{<profile.md}}{{$title}}x{{/title}}{{/profile.md}}\n"]) == nil)
        let error = try buildError(["portfolio.md.mustache": "{{<profle.md}}{{/profle.md}}\n"])
        guard case .template(_, let reason)? = error else { Issue.record("expected a template error, got \(String(describing: error))"); return }
        #expect(reason.en.contains("no partial template `profle.md`") && reason.en.contains("did you mean `{{> profile.md}}`?"), "\(reason.en)")
    }

    /// A build with the built-in templates skips the check (they cannot change), so this is what
    /// checks them: every example, both themes, the one page and the full portfolio.
    @Test func theBuiltInTemplatesNameOnlyWhatExists() throws {
        for example in ["junior-data-engineer-ko", "junior-data-engineer-en", "needs-work"] {
            let workspace = try Fixtures.example(example)
            for theme in TemplateSet.themes {
                let templates = TemplateSet(locator: Fixtures.templates.locator, theme: theme)
                #expect(templates.usesBuiltInTemplatesOnly)
                for full in [false, true] {
                    let portfolio = PortfolioBuilder(options: PortfolioOptions(full: full)).build(workspace)
                    let css = try templates.text("portfolio.css")
                    let rendered = full ? ["portfolio-full.md", "portfolio-full.html", "portfolio.txt"] : ["portfolio.md", "portfolio.html", "portfolio.txt"]
                    let available = try templates.templateNames()
                    #expect(available.contains(rendered[0]) && available.contains(rendered[1]))
                    for name in rendered where available.contains(name) {
                        let context: Any = name.hasSuffix(".html") ? HTMLRenderer.Page(css: css, portfolio: portfolio) : portfolio
                        try templates.checkVariables(name, context)
                    }
                    _ = try HTMLRenderer(templates: templates).render(portfolio)
                    _ = try MarkdownRenderer(templates: templates).render(portfolio)
                }
            }
        }
    }

    @Test func aCopiedTemplateFolderIsChecked() throws {
        #expect(!TemplateSet(locator: TemplateLocator(explicit: URL(fileURLWithPath: "/tmp"))).usesBuiltInTemplatesOnly)
    }
}
