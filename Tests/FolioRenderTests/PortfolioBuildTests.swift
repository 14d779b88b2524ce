import Foundation
import Testing
import FolioModel
@testable import FolioRender
import FolioTestSupport

/// `folio build` as a whole: the files it writes, templates a user restyles, and what a
/// failed build leaves behind.
@Suite struct PortfolioBuildTests {
    func build(_ workspace: Workspace, into folder: URL, full: Bool = false, templates: TemplateSet = Fixtures.templates) throws -> PortfolioBuild.Report {
        try PortfolioBuild(options: PortfolioOptions(full: full), templates: templates).run(workspace, into: folder)
    }

    @Test func writesMarkdownAndHTMLAndTheFullVariants() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try build(try Fixtures.example("junior-data-engineer-en"), into: folder.appendingPathComponent("Output"), full: true)
        #expect(report.written.map(\.lastPathComponent) == ["portfolio.md", "portfolio.html", "portfolio-full.md", "portfolio-full.html"])
        for url in report.written { #expect(FileManager.default.fileExists(atPath: url.path)) }
        // No temporary files are left beside the outputs; the folder records the workspace it was built from.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Output").path)
        #expect(names.sorted() == [".folio-build", "portfolio-full.html", "portfolio-full.md", "portfolio.html", "portfolio.md"])
    }

    @Test func aBrokenTemplateLeavesThePreviousOutputsUntouched() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = try Fixtures.example("junior-data-engineer-ko")
        let output = folder.appendingPathComponent("Output")
        _ = try build(workspace, into: output)
        let before = try ["portfolio.md", "portfolio.html"].map { try Data(contentsOf: output.appendingPathComponent($0)) }

        // A user's template with an unclosed section: the Markdown would render, the HTML cannot.
        let custom = folder.appendingPathComponent("my-templates")
        try FileManager.default.createDirectory(at: custom, withIntermediateDirectories: true)
        try "{{#portfolio}}<h1>{{profile.name}}</h1>\n".write(to: custom.appendingPathComponent("portfolio.html.mustache"), atomically: true, encoding: .utf8)
        let broken = TemplateSet(locator: TemplateLocator(explicit: custom))
        #expect {
            _ = try build(workspace, into: output, templates: broken)
        } throws: { error in
            guard case FolioError.template(let path, _) = error else { return false }
            return path.contains("portfolio.html.mustache")
        }
        let after = try ["portfolio.md", "portfolio.html"].map { try Data(contentsOf: output.appendingPathComponent($0)) }
        #expect(after == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == [".folio-build", "portfolio.html", "portfolio.md"])
    }

    @Test func aCopiedTemplateRestylesTheHTMLAndTheRestComeFromTheBuiltIns() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let custom = folder.appendingPathComponent("my-templates")
        try FileManager.default.createDirectory(at: custom, withIntermediateDirectories: true)
        try "body { color: rebeccapurple; }".write(to: custom.appendingPathComponent("portfolio.css"), atomically: true, encoding: .utf8)
        try """
            {{% CONTENT_TYPE: FOLIO_HTML}}
            <!DOCTYPE html>{{#portfolio}}<html lang="{{lang}}"><head><style>{{{css}}}</style></head>
            <body><h1 class="mine">{{profile.name}}</h1>{{#projects}}<h2>{{title}}</h2>{{/projects}}</body></html>{{/portfolio}}
            """.write(to: custom.appendingPathComponent("portfolio.html.mustache"), atomically: true, encoding: .utf8)
        let templates = TemplateSet(locator: TemplateLocator(explicit: custom))
        let report = try build(try Fixtures.example("junior-data-engineer-ko"), into: folder.appendingPathComponent("out"), templates: templates)
        let html = try String(contentsOf: try #require(report.written.first { $0.lastPathComponent == "portfolio.html" }), encoding: .utf8)
        let document = HTMLTree.parse(html)
        #expect(document.first("h1.mine")?.text == "김하늘")
        let onPage = OnePageSelection.select(try Fixtures.example("junior-data-engineer-ko")).projects.count
        #expect(onPage >= 2 && document.all("h2").count == onPage, "one h2 per project on the page")
        #expect(document.first("style")?.rawText == "body { color: rebeccapurple; }")
        // The Markdown template was not copied: the built-in one renders.
        let markdown = try String(contentsOf: folder.appendingPathComponent("out/portfolio.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("# 김하늘"))
    }

    /// A stylesheet that spells `</style` (in any case, as HTML reads end tags) cannot end the
    /// page's style element early: the rest of the stylesheet stays CSS, not page text.
    @Test func aStylesheetCannotEndItsStyleElementEarly() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let custom = folder.appendingPathComponent("my-templates")
        try FileManager.default.createDirectory(at: custom, withIntermediateDirectories: true)
        try "a::after { content: '</style><b>'; } b::before { content: '</STYLE >'; } p { color: teal; }"
            .write(to: custom.appendingPathComponent("portfolio.css"), atomically: true, encoding: .utf8)
        let templates = TemplateSet(locator: TemplateLocator(explicit: custom))
        let report = try build(try Fixtures.example("junior-data-engineer-ko"), into: folder.appendingPathComponent("out"), templates: templates)
        let html = try String(contentsOf: try #require(report.written.first { $0.lastPathComponent == "portfolio.html" }), encoding: .utf8)
        #expect(html.lowercased().components(separatedBy: "</style").count == 2, "one end tag: the page's own")
        let style = try #require(HTMLTree.parse(html).first("style")?.rawText)
        #expect(style.contains("p { color: teal; }"), "the stylesheet reaches its end inside the element")
    }

    @Test func withoutABrowserThePDFErrorSaysHowToInstallOne() throws {
        #expect {
            _ = try PDFPrinter.find(environment: ["PATH": "/nonexistent"])
        } throws: { error in
            guard case FolioError.usage(let message) = error else { return false }
            return message.en.contains("apt-get install chromium") && message.en.contains("FOLIO_CHROMIUM") && message.ko.contains("FOLIO_CHROMIUM")
        }
    }

    @Test func aFailedPrintLeavesThePreviousOutputsUntouched() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = try Fixtures.example("junior-data-engineer-ko")
        let output = folder.appendingPathComponent("Output")
        _ = try build(workspace, into: output)
        let before = try Data(contentsOf: output.appendingPathComponent("portfolio.html"))
        // A "browser" that fails.
        let fake = folder.appendingPathComponent("fake-chromium")
        try "#!/bin/sh\necho 'cannot open display' >&2\nexit 3\n".write(to: fake, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let build = PortfolioBuild(
            options: PortfolioOptions(language: .en), templates: Fixtures.templates, pdf: true,
            printer: PDFPrinter(browser: fake, timeout: 10))
        #expect {
            _ = try build.run(workspace, into: output)
        } throws: { error in
            guard case FolioError.io(_, let reason) = error else { return false }
            return reason.en.contains("status 3") && reason.en.contains("cannot open display") && reason.ko.contains("상태 3")
        }
        #expect(try Data(contentsOf: output.appendingPathComponent("portfolio.html")) == before)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("portfolio.pdf").path))
    }

    @Test func aHangingBrowserIsStopped() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fake = folder.appendingPathComponent("slow-chromium")
        try "#!/bin/sh\nexec sleep 30\n".write(to: fake, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let html = folder.appendingPathComponent("p.html")
        try "<p>x</p>".write(to: html, atomically: true, encoding: .utf8)
        #expect {
            try PDFPrinter(browser: fake, timeout: 1).print(html, to: folder.appendingPathComponent("p.pdf"))
        } throws: { error in
            guard case FolioError.io(_, let reason) = error else { return false }
            return reason.en.contains("did not finish")
        }
    }
}
