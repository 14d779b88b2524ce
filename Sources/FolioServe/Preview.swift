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
    /// The pages rendered so far by name (`portfolio`, `full`, `interview`, `match`), HTML; from
    /// the last good build when the current one failed. A rebuild renders the one page (and the
    /// match); the full portfolio and the interview sheet are rendered when first asked for
    /// (`PreviewBuilder.page(_:of:)`), so a save costs only what the open tab shows.
    public var pages: [String: String]
    /// Every page this preview can show: rendered already or on first request.
    public var pageNames: Set<String>
    /// What the pages rendered on request are made from: the last good build's workspace.
    var source: PageSource?
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

/// The last good build's input, for the pages rendered on first request.
struct PageSource: Sendable {
    var workspace: Workspace
    var language: Language
    var today: YearMonth
    var emphasis: [String]
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
            version: version, builtAt: start, duration: 0, pages: previous?.pages ?? [:],
            pageNames: previous?.pageNames ?? [], source: previous?.source, findings: [], errors: [],
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
            var pages = ["portfolio": try HTMLRenderer(templates: templates).render(onePage)]
            if let matchPage { pages["match"] = matchPage }
            preview.pages = pages
            preview.pageNames = Set(pages.keys).union(Self.pagesOnRequest)
            preview.source = PageSource(workspace: workspace, language: language, today: today, emphasis: emphasis)
            preview.omissions = onePage.omissions
            preview.pageFill = onePage.estimatedHeight / PageBudget.pageHeight
        } catch {
            preview.errors = [Finding(
                "serve.template", .error, at: SourceLocation(file: "Templates", line: 1),
                message: LocalizedText(ko: error.message(.ko), en: error.message(.en)), help: LocalizedText(ko: "", en: ""))]
        }
        return preview.finished(since: start)
    }

    /// The pages a rebuild leaves to the first request for them.
    static let pagesOnRequest: Set<String> = ["full", "interview"]

    /// Page `name` of `preview`, rendering it from the last good build if no one asked for it yet:
    /// the full portfolio or the interview sheet. A template error becomes a page that says so.
    public func page(_ name: String, of preview: Preview) -> String? {
        if let page = preview.pages[name] { return page }
        guard Self.pagesOnRequest.contains(name), let source = preview.source else { return nil }
        do {
            switch name {
            case "full":
                let options = PortfolioOptions(language: source.language, emphasis: source.emphasis, full: true)
                return try HTMLRenderer(templates: templates).render(PortfolioBuilder(options: options).build(source.workspace))
            default:
                let sheet = InterviewSheet.build(source.workspace, today: source.today, language: source.language)
                return try InterviewRenderer(templates: templates.locator).html(sheet)
            }
        } catch {
            return PreviewPage.plain(error.message(source.language), title: name)
        }
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
