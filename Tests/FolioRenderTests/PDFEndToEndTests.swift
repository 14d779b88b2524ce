import Foundation
import Testing
import FolioModel
@testable import FolioRender
import FolioTestSupport

/// Prints real PDFs with the installed Chromium and reads them back with poppler's `pdfinfo`
/// and `pdftotext`. CI installs both (`.ci/run`); without them these tests fail and say so.
@Suite(.serialized) struct PDFEndToEndTests {
    static func tool(_ name: String) -> URL? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Runs `name arguments…` and returns its standard output.
    static func run(_ name: String, _ arguments: [String]) throws -> String {
        let executable = try #require(tool(name), "\(name) is not installed: sudo apt-get install poppler-utils")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(name) \(arguments) exited \(process.terminationStatus)")
        return String(decoding: data, as: UTF8.self)
    }

    static func pages(_ pdf: URL) throws -> Int? {
        let info = try run("pdfinfo", [pdf.path])
        return info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }
    }

    func printOnePage(_ workspace: Workspace, into folder: URL, theme: String? = nil) throws -> URL {
        let printer: PDFPrinter
        do {
            printer = try PDFPrinter.find()
        } catch {
            Issue.record("Chromium is not installed, so the PDF cannot be tested: sudo apt-get install chromium fonts-noto-cjk")
            throw error
        }
        #expect(Self.tool("pdfinfo") != nil, "pdfinfo is not installed: sudo apt-get install poppler-utils")
        let templates = TemplateSet(locator: TemplateLocator(), theme: theme)
        let build = PortfolioBuild(options: PortfolioOptions(), templates: templates, pdf: true, printer: printer)
        let report = try build.run(workspace, into: folder)
        return try #require(report.written.first { $0.pathExtension == "pdf" })
    }

    @Test func koreanExamplePrintsToExactlyOneA4PageWithItsNameAndFeaturedProjects() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = try Fixtures.example("junior-data-engineer-ko")
        let pdf = try printOnePage(workspace, into: folder)
        #expect(try Self.pages(pdf) == 1)
        let info = try Self.run("pdfinfo", [pdf.path])
        #expect(info.contains("(A4)"), "\(info)")
        let text = try Self.run("pdftotext", ["-layout", pdf.path, "-"])
        #expect(text.contains("김하늘"))
        let featured = workspace.projects.filter(\.featured)
        #expect(featured.count == 2)
        // pdftotext may break a long title across lines; compare without whitespace.
        let squeezed = text.filter { !$0.isWhitespace }
        for project in featured {
            #expect(squeezed.contains(project.displayTitle.filter { !$0.isWhitespace }), "\(project.displayTitle)")
        }
    }

    /// The page budget is an estimate: a workspace far too big for one page must still print to
    /// one page, and what was left out must really be missing from it.
    @Test func crowdedWorkspaceStillPrintsToOnePage() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, workspace) = try OnePageSelectionTests.crowded(7)
        let pdf = try printOnePage(workspace, into: folder)
        #expect(try Self.pages(pdf) == 1)
        let text = try Self.run("pdftotext", [pdf.path, "-"]).filter { !$0.isWhitespace }
        let selection = OnePageSelection.select(workspace)
        for project in selection.projects { #expect(text.contains(project.title.filter { !$0.isWhitespace })) }
        let omittedProjects = selection.omitted.filter { $0.kind == .project }
        #expect(!omittedProjects.isEmpty)
        for omission in omittedProjects {
            let title = omission.description.ko.replacingOccurrences(of: "프로젝트 '", with: "").dropLast()
            #expect(!text.contains(title.filter { !$0.isWhitespace }), "\(title) was left out")
        }
    }

    @Test func englishExamplePrintsToOnePage() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = try printOnePage(try Fixtures.example("junior-data-engineer-en"), into: folder)
        #expect(try Self.pages(pdf) == 1)
        // The work history is on the printed page, before the projects, ongoing as "present".
        let text = try Self.run("pdftotext", [pdf.path, "-"])
        let experience = try #require(text.range(of: "Experience")), projects = try #require(text.range(of: "Projects"))
        #expect(experience.lowerBound < projects.lowerBound)
        #expect(text.contains("Parcelly") && text.contains("Shoply") && text.contains("2023-03 – present"))
    }

    /// The internship is the work history section of the printed page, after the projects and
    /// before the education, with its highlights.
    @Test func koreanExamplePrintsTheInternship() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = try printOnePage(try Fixtures.example("junior-data-engineer-ko"), into: folder)
        #expect(try Self.pages(pdf) == 1)
        let text = try Self.run("pdftotext", [pdf.path, "-"]).filter { !$0.isWhitespace }
        let order = ["프로젝트", "경력", "연구인턴·포항공과대학교인공지능연구원", "주간매출리포트작성4시간→매주월06:30자동생성", "학력·자격"]
        let positions = try order.map { try #require(text.range(of: $0), "\($0) in \(text)").lowerBound }
        #expect(positions == positions.sorted(), "\(text)")
        // The period is on the title's row, at its right (pdftotext reads it after the row's left side).
        #expect(text.contains("2024-12–2025-02"))
    }

    /// The new user's case: a junior career switcher's two-year job prints as its own section with
    /// every highlight, not as one line under the education, and the page is still one A4 page.
    @Test func careerSwitcherPrintsTheJobWithItsHighlights() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = try TemporaryWorkspace(CareerSwitcher.files)
        let pdf = try printOnePage(try workspace.load(), into: folder)
        #expect(try Self.pages(pdf) == 1)
        let text = try Self.run("pdftotext", [pdf.path, "-"]).filter { !$0.isWhitespace }
        let squeeze = { (line: String) in line.filter { !$0.isWhitespace } }
        let order = ["프로젝트", "경력", squeeze(CareerSwitcher.jobTitle)] + CareerSwitcher.highlights.map(squeeze) + ["학력·자격", "한빛대학교"]
        let positions = try order.map { try #require(text.range(of: $0), "\($0) in \(text)").lowerBound }
        #expect(positions == positions.sorted(), "\(text)")
        #expect(text.contains("이메일seoyeon.park@example.com") && text.contains("블로그seoyeon.example.dev"), "\(text)")
    }

    /// What an applicant-tracking system reads: every skill name on the page, found by poppler's
    /// `pdftotext` and by pypdf (a Python extractor; `.ci/run` pip-installs it), with no `ﬁ`/`ﬂ`
    /// ligature characters; and the PDF's title, author and language.
    @Test(arguments: ["junior-data-engineer-ko", "junior-data-engineer-en"], ["classic", "plain"])
    func textExtractorsFindEverySkillAndTheMetadata(example: String, theme: String) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = try Fixtures.example(example)
        let pdf = try printOnePage(workspace, into: folder, theme: theme)
        #expect(try Self.pages(pdf) == 1)
        let portfolio = PortfolioBuilder(options: PortfolioOptions()).build(workspace)
        let names = portfolio.skills.groups.flatMap { $0.skills.map(\.name) }
        #expect(names.count >= 10)
        let poppler = try Self.run("pdftotext", [pdf.path, "-"])
        let script = "import sys, pypdf; print(''.join(p.extract_text() for p in pypdf.PdfReader(sys.argv[1]).pages))"
        let pypdf = try Self.run("python3", ["-c", script, pdf.path])
        #expect(!pypdf.isEmpty, "pypdf is not installed: python3 -m pip install pypdf")
        for (extractor, text) in [("pdftotext", poppler), ("pypdf", pypdf)] {
            #expect(!text.contains("\u{FB01}") && !text.contains("\u{FB02}"), "\(extractor) reads ligature characters")
            let squeezed = text.filter { !$0.isWhitespace }
            for name in names {
                #expect(squeezed.contains(name.filter { !$0.isWhitespace }), "\(extractor) does not find \(name)")
            }
        }
        let info = try Self.run("pdfinfo", [pdf.path])
        let headline = try #require(workspace.profile.headline?.value)
        #expect(info.contains("Title:           \((workspace.profile.name?.value ?? "")) — \(headline)"), "\(info)")
        #expect(info.contains("Author:          \((workspace.profile.name?.value ?? ""))"), "\(info)")
        let lang = try Self.run("python3", ["-c", "import sys, pypdf; print(pypdf.PdfReader(sys.argv[1]).trailer['/Root']['/Lang'])", pdf.path])
        #expect(lang.trimmingCharacters(in: .whitespacesAndNewlines) == workspace.language.rawValue)
    }

    /// `--full` of every example: numbered pages ("2/5"), no page holding only the footer or the
    /// number, and every project's title on the same page as its facts and first impact line.
    @Test(arguments: ["junior-data-engineer-ko", "junior-data-engineer-en", "needs-work"])
    func fullPortfolioKeepsEachProjectHeaderWithItsImpact(example: String) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = try Fixtures.example(example)
        let printer = try PDFPrinter.find()
        let build = PortfolioBuild(options: PortfolioOptions(full: true), templates: Fixtures.templates, pdf: true, printer: printer)
        let report = try build.run(workspace, into: folder)
        let pdf = try #require(report.written.first { $0.lastPathComponent == "portfolio-full.pdf" })
        let count = try #require(try Self.pages(pdf))
        let pages = try (1...count).map { page in
            try Self.run("pdftotext", ["-f", "\(page)", "-l", "\(page)", pdf.path, "-"]).filter { !$0.isWhitespace }
        }
        for (index, text) in pages.enumerated() {
            let number = "\(index + 1)/\(count)"
            #expect(text.hasSuffix(number), "\(example) page \(index + 1) is numbered")
            #expect(text.dropLast(number.count).count > 80, "\(example) page \(index + 1) holds more than the footer: \(text.prefix(60))")
        }
        for project in workspace.projects {
            let title = project.displayTitle.filter { !$0.isWhitespace }
            let titlePage = pages.firstIndex { $0.contains(title) }
            #expect(titlePage != nil, "\(example): \(title)")
            if let first = project.impact.first?.value.filter({ !$0.isWhitespace }).prefix(20), let titlePage {
                #expect(pages[titlePage].contains(first), "\(example): \(title)'s impact starts on its page")
            }
        }
    }
}
