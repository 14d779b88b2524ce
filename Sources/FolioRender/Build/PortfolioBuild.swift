import Foundation
import FolioModel

/// `folio build` as named steps: build the presentation model, render every requested output
/// into memory, print the PDF from a temporary copy of the HTML, and only then move every
/// file into place. A template error or a failed print therefore leaves the previous outputs
/// as they were.
public struct PortfolioBuild: Sendable {
    public var options: PortfolioOptions
    public var templates: TemplateSet
    /// Print `portfolio.html` (and the full one, when asked) to PDF.
    public var pdf: Bool
    /// The browser for `pdf`; found on PATH when nil.
    public var printer: PDFPrinter?
    public var generator: String
    /// What replaces `portfolio` in the output file names (`--name`, `OutputName`).
    public var baseName = "portfolio"
    /// Outputs other modules write (the xlsx skill matrix), staged and moved into place with the rest.
    public var extras: [ExtraOutput] = []
    /// Write into a folder another workspace was built into (`--force`), replacing its files;
    /// without it such a folder is refused (`OutputOwner`).
    public var replacesOtherWorkspace = false
    /// The extras started ahead of `run` by `startExtras(into:)`.
    var started: PendingExtras?

    public init(options: PortfolioOptions, templates: TemplateSet, pdf: Bool = false, printer: PDFPrinter? = nil, generator: String = "folio") {
        self.options = options
        self.templates = templates
        self.pdf = pdf
        self.printer = printer
        self.generator = generator
    }

    /// What was written, and what the one page left out.
    public struct Report: Sendable {
        /// Written files, in the order they were written.
        public var written: [URL]
        /// Outputs of an earlier build this one did not produce (`portfolio.pdf` from a build
        /// with `--pdf`, `portfolio-full.*` from one with `--full`), removed so that every
        /// portfolio file in the folder comes from this build.
        public var removed: [URL] = []
        public var omissions: [Omission]
        /// The one-page portfolio's estimated height, as a share of the A4 page's content area
        /// (the selection fills at most `PageBudget.usable`, 96 %).
        public var pageFill: Double
        /// Whether `pageFill` and the choice come from the browser's layout (`--pdf`) rather than the estimate.
        public var measured = false
    }

    /// One rendered output held in memory until every output is ready.
    struct Output {
        var url: URL
        var data: Data
    }

    /// A file written by another module into the output folder. `write` is given a scratch path
    /// (`Scratch`) and runs on another thread while the portfolio renders; the build reads the
    /// file back and moves it into place with the other outputs only when every output is ready.
    public struct ExtraOutput: Sendable {
        public var fileName: String
        public var write: @Sendable (URL) throws(FolioError) -> Void

        public init(fileName: String, write: @escaping @Sendable (URL) throws(FolioError) -> Void) {
            self.fileName = fileName
            self.write = write
        }
    }

    /// Starts writing `extras` for the output folder `folder` now, on another thread, for a caller
    /// with checks of its own to make first (`OutputGuard`): the xlsx is the longest step of a
    /// build. `run` into `folder` takes them and waits for them; a caller that stops before `run`
    /// calls `waitForExtras()`, so that the thread's scratch folder is removed before folio exits.
    public mutating func startExtras(into folder: URL) {
        started = PendingExtras(extras, destination: folder)
    }

    /// Waits for the extras `startExtras(into:)` started (nothing when there are none).
    public func waitForExtras() {
        started?.finish()
    }

    public func run(_ workspace: Workspace, into folder: URL) throws(FolioError) -> Report {
        // Before the slow steps, so that a refusal comes at once; checked again under the lock.
        try OutputOwner.check(folder, workspace: workspace, replacing: replacesOtherWorkspace)
        // The extras (the xlsx skill matrix) on another thread meanwhile; always waited for.
        let pending = started.flatMap { $0.destination == folder ? $0 : nil } ?? PendingExtras(extras, destination: folder)
        defer { pending.finish() }
        // 1. Model: the one page always; the full portfolio when asked. When printing, the browser
        // lays every candidate block out once and the page is chosen from those heights.
        let onePage = PortfolioBuilder(options: with(full: false), generator: generator)
        var heights = BlockHeights.estimated
        var printer: PDFPrinter?
        if pdf {
            let chosen: PDFPrinter
            if let given = self.printer { chosen = given } else { chosen = try PDFPrinter.find() }
            printer = chosen
            let candidates = onePage.candidates(workspace)
            heights = try PageMeasurement.measure(candidates, renderer: HTMLRenderer(templates: templates), printer: chosen)
                .heights(for: candidates)
        }
        var variants = [onePage.build(workspace, heights: heights)]
        if options.full { variants.append(PortfolioBuilder(options: with(full: true), generator: generator).build(workspace)) }

        // 2. Render into memory.
        var renderers: [any Renderer] = [MarkdownRenderer(templates: templates), HTMLRenderer(templates: templates)]
        if templates.has("portfolio.txt.mustache") { renderers.append(TextRenderer(templates: templates)) }
        var outputs: [Output] = []
        var metadata: [URL: PDFMetadata] = [:]
        for portfolio in variants {
            for renderer in renderers {
                let url = folder.appendingPathComponent(OutputName.file(renderer.fileName(full: portfolio.full), base: baseName))
                outputs.append(Output(url: url, data: Data(try renderer.render(portfolio).utf8)))
                metadata[url] = portfolio.pdfMetadata
            }
        }

        // 3. PDF: print a scratch copy of each HTML, and hold the PDF in memory too.
        if pdf {
            guard let printer else { throw .usage(PDFPrinter.missingBrowserMessage) }
            let scratch = Scratch.url("build")
            defer { Scratch.remove(scratch) }
            for output in outputs where output.url.pathExtension == "html" {
                let html = scratch.appendingPathComponent(output.url.lastPathComponent)
                try AtomicFile.write(output.data, to: html)
                let printed = html.deletingPathExtension().appendingPathExtension("pdf")
                try printer.print(html, to: printed)
                guard var data = FileManager.default.contents(atPath: printed.path) else {
                    throw .io(path: printed.path, reason: LocalizedText(ko: "인쇄한 PDF를 다시 읽을 수 없습니다", en: "the printed PDF could not be read back"))
                }
                guard PDFCheck.pageCount(data) != nil else {
                    throw .io(path: printed.path, reason: LocalizedText(ko: "브라우저가 쓴 파일이 온전한 PDF가 아닙니다 (%PDF 머리, 파일 끝 또는 페이지가 없음). 이전 PDF는 그대로 두었습니다", en: "the browser wrote something that is not a whole PDF (no %PDF header, no end of file or no page); the previous PDF was kept"))
                }
                if let info = metadata[output.url], let described = info.applied(to: data) { data = described }
                outputs.append(Output(url: output.url.deletingPathExtension().appendingPathExtension("pdf"), data: data))
            }
        }

        for (fileName, data) in try pending.results() {
            outputs.append(Output(url: folder.appendingPathComponent(fileName), data: data))
        }

        // 4. Every file to a temporary name beside its destination, then all renamed into place.
        // Under the output folder's lock, so that two builds into one folder take turns and the
        // set in it always comes from one build.
        let (written, removed) = try OutputOwner.writing(into: folder, workspace: workspace, replacing: replacesOtherWorkspace) { () throws(FolioError) -> ([URL], [URL]) in
            let written = try Self.writeAll(outputs, in: folder)
            return (written, Self.removeStale(in: folder, keeping: Set(written.map(\.lastPathComponent)), renderers: renderers, base: baseName))
        }
        return Report(
            written: written, removed: removed, omissions: variants[0].omissions,
            pageFill: variants[0].estimatedHeight / PageBudget.pageHeight, measured: heights.measured)
    }

    /// Every file name this build may write or remove in its folder (portfolio files in each
    /// format, PDFs, the extras): what `OutputGuard` checks against the workspace's inputs.
    public var possibleFileNames: [String] {
        let renderers: [any Renderer] = [MarkdownRenderer(templates: templates), HTMLRenderer(templates: templates)]
        return Self.outputNames(renderers, base: baseName).sorted() + extras.map(\.fileName)
    }

    /// Every file name a build can write with these renderers: one page and full, each as the
    /// renderer's format and as PDF.
    static func outputNames(_ renderers: [any Renderer], base: String = "portfolio") -> Set<String> {
        var names = Set<String>()
        for renderer in renderers + [TextRenderer(templates: TemplateSet(locator: TemplateLocator()))] {
            for full in [false, true] {
                let name = OutputName.file(renderer.fileName(full: full), base: base)
                names.insert(name)
                names.insert((name as NSString).deletingPathExtension + ".pdf")
            }
        }
        return names
    }

    /// Removes the portfolio outputs in `folder` that this build did not write.
    static func removeStale(in folder: URL, keeping written: Set<String>, renderers: [any Renderer], base: String = "portfolio") -> [URL] {
        outputNames(renderers, base: base).subtracting(written).sorted().compactMap { name in
            let url = folder.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
            return (try? FileManager.default.removeItem(at: url)) != nil ? url : nil
        }
    }

    static func writeAll(_ outputs: [Output], in folder: URL) throws(FolioError) -> [URL] {
        var staged: [(temporary: URL, destination: URL)] = []
        var renamed = 0
        do throws(FolioError) {
            for output in outputs {
                do {
                    try FileManager.default.createDirectory(at: output.url.deletingLastPathComponent(), withIntermediateDirectories: true)
                } catch {
                    throw .io(path: output.url.path, reason: SystemErrorText.text(LocalizedText(ko: "쓸 수 없습니다", en: "cannot write"), error))
                }
                let temporary = AtomicFile.temporaryURL(beside: output.url)
                try AtomicFile.writeTemporary(output.data, to: temporary, for: output.url)
                staged.append((temporary, output.url))
            }
            // A folder where a file goes would stop the renames half-way: refused before the first one.
            for file in staged {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: file.destination.path, isDirectory: &isDirectory), isDirectory.boolValue {
                    throw .io(path: file.destination.path, reason: SystemErrorText.text(
                        LocalizedText(ko: "다 쓴 파일을 제자리로 옮길 수 없습니다", en: "cannot move the finished file into place"), errno: EISDIR))
                }
            }
            for file in staged {
                try AtomicFile.moveIntoPlace(file.temporary, file.destination)
                renamed += 1
            }
        } catch {
            // No temporary file is left behind: each one not yet renamed goes.
            for file in staged[renamed...] { AtomicFile.discard(file.temporary) }
            throw error
        }
        return staged.map(\.destination)
    }

    func with(full: Bool) -> PortfolioOptions {
        var copy = options
        copy.full = full
        return copy
    }
}

/// The extra outputs being written on another thread: each into a scratch folder, then read
/// back into memory so that the build stages it with the rendered files.
final class PendingExtras: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// The output folder the extras are for.
    let destination: URL
    private var outcome: Result<[(String, Data)], FolioError> = .success([])
    private var finished = false

    /// Starts writing `extras`; errors name the file in `destination`, where the user looks for it.
    init(_ extras: [PortfolioBuild.ExtraOutput], destination: URL) {
        self.destination = destination
        guard !extras.isEmpty else {
            finished = true
            return
        }
        let scratch = Scratch.url("build")
        BackgroundThread.detach(prestarted: true) { [self] in
            outcome = Self.write(extras, in: scratch).mapError { error in
                guard case .io(let path, let reason) = error, path.hasPrefix(scratch.path) else { return error }
                return .io(path: destination.path + path.dropFirst(scratch.path.count), reason: reason)
            }
            // Read back into memory already: the scratch folder goes at once, off the build's thread.
            Scratch.remove(scratch)
            done.signal()
        }
    }

    private static func write(_ extras: [PortfolioBuild.ExtraOutput], in scratch: URL) -> Result<[(String, Data)], FolioError> {
        // Inside `making`: an interrupt at this moment still finds the folder and removes it.
        let made = Cleanup.shared.making { Result { try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true) } }
        if case .failure(let error) = made {
            return .failure(.io(path: scratch.path, reason: SystemErrorText.text(LocalizedText(ko: "임시 폴더를 만들 수 없습니다", en: "cannot make a temporary folder"), error)))
        }
        var written: [(String, Data)] = []
        for extra in extras {
            let file = scratch.appendingPathComponent(extra.fileName)
            do throws(FolioError) { try extra.write(file) } catch { return .failure(error) }
            guard let data = FileManager.default.contents(atPath: file.path) else {
                return .failure(.io(path: file.path, reason: LocalizedText(ko: "방금 쓴 파일을 다시 읽을 수 없습니다", en: "the file just written could not be read back")))
            }
            written.append((extra.fileName, data))
        }
        return .success(written)
    }

    /// Waits for the extras and returns each file's name and contents, or the first error.
    func results() throws(FolioError) -> [(String, Data)] {
        finish()
        return try outcome.get()
    }

    /// Waits for the writing thread (once); it removes the scratch folder before it is done.
    func finish() {
        guard !finished else { return }
        finished = true
        done.wait()
    }
}
