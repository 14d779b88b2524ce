import Foundation
import Testing
import FolioModel
@testable import FolioRender
import FolioCheck
import FolioTestSupport

/// The one page chosen from heights the browser measured, and the text estimate (used without a
/// browser) calibrated against those measurements. Needs Chromium (`.ci/run` installs it).
@Suite(.serialized) struct PageMeasurementTests {
    static func printer() throws -> PDFPrinter {
        do { return try PDFPrinter.find() } catch {
            Issue.record("Chromium is not installed, so the page cannot be measured: sudo apt-get install chromium fonts-noto-cjk")
            throw error
        }
    }

    static func workspaces() throws -> [(String, Workspace)] {
        var list = [
            ("ko", try Fixtures.example("junior-data-engineer-ko")),
            ("en", try Fixtures.example("junior-data-engineer-en")),
        ]
        list.append(("crowded", try OnePageSelectionTests.crowded(5).1))
        list.append(("career-switcher", try TemporaryWorkspace(CareerSwitcher.files).load()))
        return list
    }

    /// Each block's estimate against its measured height: never more than 3 % under (the
    /// estimate must not overfill a page) and at most 30 % over (or it wastes the page).
    @Test func estimateIsCalibratedAgainstTheBrowser() throws {
        let printer = try Self.printer()
        for (name, workspace) in try Self.workspaces() {
            let candidates = PortfolioBuilder().candidates(workspace)
            let measured = try PageMeasurement.measure(candidates, renderer: HTMLRenderer(templates: Fixtures.templates), printer: printer)
            #expect(measured.projects.count == candidates.projects.count)
            func compare(_ what: String, _ estimate: Double, _ browser: Double) {
                #expect(estimate >= browser * 0.97 - 1, "\(name) \(what): estimated \(estimate) pt, measured \(browser) pt")
                #expect(estimate <= browser * 1.30 + 4, "\(name) \(what): estimated \(estimate) pt, measured \(browser) pt")
            }
            compare("header", BlockHeights.estimated.header(candidates.profile), measured.header)
            for (card, block) in zip(candidates.projects, measured.projects) {
                compare("card \(card.id)", PageBudget.projectCard(card), block.card)
                if let story = card.story { compare("story \(story.id)", PageBudget.storySummary(story), block.story) }
            }
            for (group, block) in zip(candidates.skills.groups, measured.groups) {
                compare("skills \(group.label)", PageBudget.skillGroup(group.skills), block.height)
            }
            // Each job, without and with each of its highlights, as the selection asks for it.
            #expect(measured.jobs.count == candidates.experience.count, "\(name)")
            for (card, job) in zip(candidates.experience, measured.jobs) {
                #expect(job.items.count == card.highlights.count, "\(name) \(card.id)")
                for count in 0...card.highlights.count {
                    var shown = card
                    shown.highlights = Array(card.highlights.prefix(count))
                    compare("job \(card.id) with \(count) highlights", PageBudget.experienceCard(shown), job.height(highlights: count))
                }
            }
        }
    }

    /// An example's files with every impact line and story sentence made longer (long Korean or
    /// English text), and with `extraSkills` more skills.
    static func lengthened(_ example: String, clause: String, extraSkills: Int = 0) throws -> (TemporaryWorkspace, Workspace) {
        let root = RepositoryPaths.example(example)
        var files: [String: String] = [:]
        let paths = try FileManager.default.subpathsOfDirectory(atPath: root.path)
        for path in paths where path.hasSuffix(".md") || path.hasSuffix(".yaml") || path.hasSuffix(".txt") {
            guard path != "EXPECTED.md" else { continue }
            var text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            if path.hasPrefix("projects/") || path.hasPrefix("stories/") {
                text = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                    let trimmed = line.trimmingCharacters(in: .whitespaces)
                    if trimmed.hasPrefix("- "), path.hasPrefix("projects/"), !trimmed.contains(":") { return String(line) + clause }
                    if path.hasPrefix("stories/"), !trimmed.isEmpty, !trimmed.hasPrefix("#"), !trimmed.hasPrefix("---"),
                       !trimmed.contains(": "), !trimmed.hasPrefix("```") {
                        return String(line) + clause
                    }
                    return String(line)
                }.joined(separator: "\n")
            }
            if path == "skills.yaml", extraSkills > 0 {
                text += (1...extraSkills).map { "\n- name: Tool\($0)\n  level: \(1 + $0 % 4)\n  version: \"\($0).0\"\n  depth: 설정과 튜닝을 직접 했습니다\n  since: 2024-01" }.joined()
            }
            files[path] = text
        }
        let folder = try TemporaryWorkspace(files)
        return (folder, try folder.load())
    }

    /// The lowest inked row of each page (pdftoppm at 72 dpi, grey) as a share of the A4 content height.
    static func fill(_ pdf: URL) throws -> [Double] {
        let prefix = pdf.deletingPathExtension().path + "-fill"
        _ = try PDFEndToEndTests.run("pdftoppm", ["-r", "72", "-gray", pdf.path, prefix])
        let folder = pdf.deletingLastPathComponent()
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix(URL(fileURLWithPath: prefix).lastPathComponent) && $0.hasSuffix(".pgm") }.sorted()
        return try pages.map { name in
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            // P5 header: magic, width height, maxval, each on its own line here.
            var newlines: [Int] = []
            for (index, byte) in data.enumerated() where byte == 0x0A { newlines.append(index); if newlines.count == 3 { break } }
            let size = String(decoding: data[(newlines[0] + 1)..<newlines[1]], as: UTF8.self).split(separator: " ").compactMap { Int($0) }
            let (width, height) = (size[0], size[1])
            let pixels = data[(newlines[2] + 1)...]
            var lowest = 0
            for row in 0..<height {
                let start = pixels.startIndex + row * width
                if pixels[start..<(start + width)].contains(where: { $0 < 200 }) { lowest = row }
            }
            let top = 11 / 25.4 * 72
            return (Double(lowest) - top) / PageBudget.pageHeight
        }
    }

    /// The three examples, three lengthened workspaces, a crowded one and a career switcher's print to exactly one page that is at least
    /// 85 % full or holds everything; nothing on it is cut with "…"; what was left out is reported
    /// with its file:line, and it is really not on the page.
    @Test(arguments: ["junior-data-engineer-ko", "junior-data-engineer-en", "needs-work", "long-ko", "long-en", "many-skills", "crowded", "career-switcher"])
    func measuredPageIsOneFullPage(name: String) throws {
        let printer = try Self.printer()
        var keep: TemporaryWorkspace?
        let workspace: Workspace
        switch name {
        case "long-ko":
            (keep, workspace) = try Self.lengthened("junior-data-engineer-ko", clause: " 그리고 같은 방식을 다른 팀의 야간 배치 잡 세 개에도 적용해 재처리 요청을 한 달 동안 한 건도 받지 않았습니다.")
        case "long-en":
            (keep, workspace) = try Self.lengthened("junior-data-engineer-en", clause: " We then applied the same approach to three other nightly jobs and had no reprocessing request for a whole month.")
        case "many-skills":
            (keep, workspace) = try Self.lengthened("junior-data-engineer-ko", clause: " 재현 절차를 문서로 남겼습니다.", extraSkills: 24)
        case "crowded":
            (keep, workspace) = try OnePageSelectionTests.crowded(6)
        case "career-switcher":
            let folder = try TemporaryWorkspace(CareerSwitcher.files)
            (keep, workspace) = (folder, try folder.load())
        default:
            workspace = try Fixtures.example(name)
        }
        _ = keep
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let build = PortfolioBuild(options: PortfolioOptions(), templates: Fixtures.templates, pdf: true, printer: printer)
        let report = try build.run(workspace, into: folder)
        let pdf = try #require(report.written.first { $0.pathExtension == "pdf" })
        #expect(try PDFEndToEndTests.pages(pdf) == 1, "\(name)")
        let fills = try Self.fill(pdf)
        #expect(fills.count == 1)
        let fill = fills.first ?? 0

        #expect(fill <= 1.0)
        #expect(fill >= 0.85 || report.omissions.isEmpty, "\(name): \(Int(fill * 100)) % full with \(report.omissions.count) items left out")
        // `folio check` reports exactly the featured items the printed page left out.
        let checker = Checker(rules: [PortfolioOnePageRule()], today: YearMonth(year: 2025, month: 6)!)
        let warned = checker.check(workspace, only: ["portfolio.one-page"])
        let featured = report.omissions.filter(\.featured)
        #expect(warned.map(\.location) == Array(featured.prefix(1).map(\.location)), "\(name): one finding, at the first item left out")
        for omission in featured { #expect(warned.first?.message.en.contains(omission.description.en) == true, "\(name): \(omission.description.en)") }
        if name == "crowded" { #expect(featured.count >= 2, "six featured projects cannot all fit") }
        let text = try PDFEndToEndTests.run("pdftotext", [pdf.path, "-"])
        #expect(!text.contains("…"), "\(name): nothing is cut mid-sentence")
        let squeezed = text.filter { !$0.isWhitespace }
        for omission in report.omissions where omission.kind == .project || omission.kind == .story {
            #expect(omission.location.line > 0 && !omission.location.file.isEmpty)
            let title = omission.description.en.split(separator: "'").dropFirst().first.map(String.init) ?? ""
            #expect(!title.isEmpty && !squeezed.contains(title.filter { !$0.isWhitespace }), "\(name): \(title) was left out")
        }
    }
}
