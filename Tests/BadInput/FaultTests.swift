import Foundation
import Testing
import FolioModel
@testable import FolioRender
import FolioTestSupport

/// What the browser hands back is checked before it replaces a PDF; outputs never land among
/// the inputs; the output folder's lock makes installs take turns.
@Suite struct FaultTests {
    @Test func onlyAWholePDFCounts() throws {
        let pdf = Data("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".utf8)
        #expect(PDFCheck.pageCount(pdf) == 1)
        #expect(PDFCheck.pageCount(pdf.prefix(pdf.count / 2)) == nil, "a truncated file has no %%EOF")
        #expect(PDFCheck.pageCount(Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) })) == nil, "random bytes")
        #expect(PDFCheck.pageCount(Data()) == nil)
        #expect(PDFCheck.pageCount(Data("%PDF-1.4\n%%EOF\n".utf8 + Data(count: 100))) == nil, "no page")
    }

    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: chromium != nil, "needs chromium to measure the page (CI installs it)"))
    func aBrowserThatWritesGarbageLeavesTheOldPDF() throws {
        let folder = try TemporaryWorkspace(SampleFiles.workspace)
        let out = folder.root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let old = Data("%PDF-old".utf8)
        try old.write(to: out.appendingPathComponent("portfolio.pdf"))
        // A "browser" that writes random bytes where it was asked to print.
        let script = folder.root.appendingPathComponent("fake-browser.sh")
        // It measures the page with the real browser, then "prints" random bytes.
        try Data("#!/bin/sh\nfor a in \"$@\"; do case $a in --dump-dom) exec \(Self.chromium!) \"$@\";; --print-to-pdf=*) head -c 3000 /dev/urandom > \"${a#--print-to-pdf=}\";; esac; done\n".utf8).write(to: script)
        chmod(script.path, 0o755)
        var build = PortfolioBuild(options: PortfolioOptions(), templates: TemplateSet(locator: TemplateLocator()), pdf: true, printer: PDFPrinter(browser: script, timeout: 20))
        build.extras = []
        #expect {
            _ = try build.run(try folder.load(), into: out)
        } throws: { error in
            "\(error)".contains("not a whole PDF")
        }
        #expect(try Data(contentsOf: out.appendingPathComponent("portfolio.pdf")) == old)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("portfolio.html").path), "nothing of the failed build installed")
    }

    @Test func outputsNeverGoIntoInputFolders() throws {
        let folder = try TemporaryWorkspace(SampleFiles.workspace)
        let workspace = try folder.load()
        for input in ["projects", "stories", "projects/sub"] {
            #expect(throws: FolioError.self) {
                try OutputGuard.check(folder.root.appendingPathComponent(input), fileNames: ["portfolio.md"], workspace: workspace)
            }
        }
        #expect(throws: FolioError.self) { try OutputGuard.check(folder.root, fileNames: ["skills.yaml"], workspace: workspace) }
        try OutputGuard.check(folder.root.appendingPathComponent("Output"), fileNames: ["portfolio.md"], workspace: workspace)
        try OutputGuard.check(folder.root, fileNames: ["portfolio.md"], workspace: workspace)
    }

    @Test func buildIntoProjectsIsRefusedAndWritesNothing() throws {
        let folder = try TemporaryWorkspace(SampleFiles.workspace)
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.root.appendingPathComponent("projects").path)
        let result = try FolioProcess.run(["build", folder.root.path, "-o", folder.root.appendingPathComponent("projects").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("작업 폴더의 projects/ 폴더로, folio가 읽는 입력 폴더입니다"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.root.appendingPathComponent("projects").path) == before)
    }

    @Test func theLockRemovesWhatAKilledInstallLeft() throws {
        let folder = try TemporaryWorkspace([:])
        let stale = folder.root.appendingPathComponent(".portfolio.md.\(UUID().uuidString).tmp")
        try Data("half".utf8).write(to: stale)
        let value = try OutputLock.holding(folder.root) { () throws(FolioError) -> Int in 7 }
        #expect(value == 7)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
    }

    @Test func staleScratchOfDeadProcessesIsRemoved() throws {
        let dead = Scratch.folder.appendingPathComponent("folio-build-999999-DEADBEEF")
        let mine = Scratch.url("build")
        try FileManager.default.createDirectory(at: dead, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        Scratch.removeStale()
        #expect(!FileManager.default.fileExists(atPath: dead.path))
        #expect(FileManager.default.fileExists(atPath: mine.path), "a live process's scratch stays")
        Scratch.remove(mine)
    }

    @Test func scratchLivesInAFolderOfItsOwnThatOnlyThisUserCanWrite() throws {
        let url = Scratch.url("build")
        #expect(url.deletingLastPathComponent().standardizedFileURL == Scratch.folder.standardizedFileURL)
        #expect(Scratch.folder.lastPathComponent == "folio-\(getuid())")
        var status = stat()
        #expect(lstat(Scratch.folder.path, &status) == 0)
        #expect(status.st_mode & S_IFMT == S_IFDIR)
        #expect(status.st_mode & 0o022 == 0, "mode \(String(status.st_mode & 0o777, radix: 8))")
        Scratch.remove(url)
    }
}
