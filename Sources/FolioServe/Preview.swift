import Foundation
import FolioModel
import FolioCheck
import FolioRender
import FolioMatch

/// One rebuild of the live preview: the pages as `folio build` and `folio interview` would write
/// them, the `folio check` findings, and the one-page verdict. Built in-process from the files;
/// nothing is written to disk.
public struct Preview: Sendable {
    /// Increases with every rebuild; the browser reloads when it changes.
    public var version: Int
    /// When this rebuild finished.
    public var builtAt: Date
    /// How long loading, checking and rendering took, in seconds.
    public var duration: TimeInterval
    /// The pages by name (`portfolio`, `full`, `interview`, `match`), HTML; from the last good
    /// build when the current one failed.
    public var pages: [String: String]
    /// The findings of `folio check`, in its order.
    public var findings: [Finding]
    /// Errors that stop a rebuild (a YAML error, a missing folio.yaml): shown as the error panel
    /// while the last good pages stay.
    public var errors: [Finding]
    /// What the one page left out, and how full it is (0…1).
    public var omissions: [Omission]
    public var pageFill: Double
    public var language: Language
}

/// Rebuilds previews of one workspace, keeping the last good pages.
public final class PreviewBuilder: Sendable {
    public let folder: URL
    public let posting: URL?
    public let lang: Language?
    private let templates: TemplateSet

    public init(folder: URL, posting: URL? = nil, lang: Language? = nil, templates: TemplateLocator = TemplateLocator()) {
        self.folder = folder
        self.posting = posting
        self.lang = lang
        self.templates = TemplateSet(locator: templates)
    }

    /// A new preview, numbered `version`; `previous` provides the pages when this one fails.
    public func build(version: Int, previous: Preview?) -> Preview {
        let start = Date()
        var preview = Preview(
            version: version, builtAt: start, duration: 0, pages: previous?.pages ?? [:], findings: [], errors: [],
            omissions: previous?.omissions ?? [], pageFill: previous?.pageFill ?? 0, language: lang ?? previous?.language ?? .ko)
        let workspace: Workspace
        do {
            workspace = try WorkspaceLoader.load(at: folder)
        } catch {
            preview.errors = [Finding(
                "serve.workspace", .error, at: SourceLocation(file: "folio.yaml", line: 1),
                message: LocalizedText(ko: error.message(.ko), en: error.message(.en)),
                help: LocalizedText(ko: "", en: ""))]
            return preview.finished(since: start)
        }
        let language = lang ?? workspace.language
        preview.language = language
        let today = YearMonth.of(Date())
        preview.findings = Checker(today: today).check(workspace)
        // A file that could not be read (broken YAML, no front matter) would render a page with
        // parts missing: keep the last good page and show the error instead, as `build` refuses.
        preview.errors = workspace.diagnostics.filter { $0.severity == .error && $0.rule.hasPrefix("parse.") }
        guard preview.errors.isEmpty else {
            return preview.finished(since: start)
        }
        var emphasis: [String] = []
        var matchPage: String?
        // Read with the posting guards (no pipe opened, at most 500 KB), as `folio match` reads it.
        if let posting, case .success(let text) = Posting.text(atPath: posting.path) {
            let report = PostingMatcher.match(Posting.parse(text: text, file: posting.path), workspace, today: today)
            emphasis = report.emphasis
            matchPage = PreviewPage.plain(MatchTextReporter(language: language).report(report), title: posting.lastPathComponent)
        }
        do {
            let onePage = PortfolioBuilder(options: PortfolioOptions(language: language, emphasis: emphasis)).build(workspace)
            let full = PortfolioBuilder(options: PortfolioOptions(language: language, emphasis: emphasis, full: true)).build(workspace)
            let html = HTMLRenderer(templates: templates)
            var pages = ["portfolio": try html.render(onePage), "full": try html.render(full)]
            let sheet = InterviewSheet.build(workspace, today: today, language: language)
            pages["interview"] = try InterviewRenderer(templates: templates.locator).html(sheet)
            if let matchPage { pages["match"] = matchPage }
            preview.pages = pages
            preview.omissions = onePage.omissions
            preview.pageFill = onePage.estimatedHeight / PageBudget.pageHeight
        } catch {
            preview.errors = [Finding(
                "serve.template", .error, at: SourceLocation(file: "Templates", line: 1),
                message: LocalizedText(ko: error.message(.ko), en: error.message(.en)), help: LocalizedText(ko: "", en: ""))]
        }
        return preview.finished(since: start)
    }
}

extension Preview {
    /// This preview with its finishing time and duration set.
    func finished(since start: Date) -> Preview {
        var preview = self
        preview.builtAt = Date()
        preview.duration = preview.builtAt.timeIntervalSince(start)
        return preview
    }
}
