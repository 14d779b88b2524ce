import Foundation
import Testing
import FolioModel
@testable import FolioRender
import FolioTestSupport

/// A copied template chooses its layout, not its escaping: the extension decides, and raw
/// insertion is only for the values folio prepares.
@Suite struct TemplateSourceTests {
    func render(_ name: String, _ template: String, title: String) throws -> String {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(template.utf8).write(to: folder.appendingPathComponent("\(name).mustache"))
        let (_, workspace) = try Fixtures.workspace(["projects/sensor.md": "---\ntitle: \"\(title)\"\nteam: 3\n---\n## 개요\n텍스트\n"])
        let portfolio = PortfolioBuilder(options: PortfolioOptions()).build(workspace)
        let templates = TemplateSet(locator: TemplateLocator(explicit: folder))
        return try name.hasSuffix(".md")
            ? MarkdownRenderer(templates: templates).render(portfolio)
            : HTMLRenderer(templates: templates).render(portfolio)
    }

    @Test func aContentTypeLineCannotTurnEscapingOff() throws {
        let markdown = try render("portfolio.md", "{{% CONTENT_TYPE: TEXT}}\n{{#projects}}{{title}}{{/projects}}\n", title: "<script>x</script> *a*")
        #expect(markdown.contains("&lt;script&gt;x&lt;/script&gt; \\*a\\*"), "\(markdown)")
        let html = try render("portfolio.html", "{{% CONTENT_TYPE: TEXT}}\n{{#portfolio.projects}}{{title}}{{/portfolio.projects}}\n", title: "<script>'x'</script>")
        #expect(html.contains("&lt;script&gt;&#39;x&#39;&lt;/script&gt;"), "\(html)")
    }

    @Test func rawInsertionOfUserTextIsATemplateError() throws {
        for source in ["line one\n{{#projects}}{{{title}}}{{/projects}}\n", "line one\n{{#projects}}{{& title}}{{/projects}}\n"] {
            #expect {
                _ = try render("portfolio.md", source, title: "x")
            } throws: { error in
                guard case FolioError.template(let path, let reason) = error else { return false }
                return path.hasSuffix("portfolio.md.mustache:2") && reason.en.contains("{{title}}") && reason.ko.contains("{{title}}")
            }
        }
    }
}
