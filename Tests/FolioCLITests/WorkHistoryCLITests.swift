import Foundation
import Testing
import FolioTestSupport

/// A work history as the command line reports it: a reversed range and a future start at their
/// line, in Korean and English; build and match read the forms people write.
@Suite struct WorkHistoryCLITests {
    static func workspace(_ period: String) throws -> TemporaryWorkspace {
        var files = SampleFiles.workspace
        files["folio.yaml"] = DateForms.profile(period, lang: "ko")
        return try TemporaryWorkspace(files)
    }

    @Test(arguments: ["ko", "en"])
    func reversedRangeIsAnErrorAtItsLine(lang: String) throws {
        let folder = try Self.workspace("2025.02 ~ 2024.07")
        let result = try FolioProcess.run(["check", folder.root.path, "--lang", lang])
        #expect(result.status == 1)
        #expect(result.stdout.contains("folio.yaml:13:13: error:"), "\(result.stdout)")
        #expect(result.stdout.contains(lang == "ko" ? "끝(2024-07)이 시작(2025-02)보다 앞섭니다" : "ends before it starts (2025-02 – 2024-07)"), "\(result.stdout)")
        // build refuses it and writes nothing.
        let output = folder.root.appendingPathComponent("out")
        let build = try FolioProcess.run(["build", folder.root.path, "-o", output.path])
        #expect(build.status == 1)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("portfolio.html").path))
    }

    @Test(arguments: ["ko", "en"])
    func futureStartIsAWarningAtItsLine(lang: String) throws {
        let folder = try Self.workspace("2099-03 – 현재")
        let result = try FolioProcess.run(["check", folder.root.path, "--lang", lang])
        #expect(result.stdout.contains("folio.yaml:13:13: warning:"), "\(result.stdout)")
        #expect(result.stdout.contains(lang == "ko" ? "아직 오지 않은 달" : "starts in the future"))
        #expect(try FolioProcess.run(["check", folder.root.path, "--strict"]).status == 1)
    }

    @Test func buildPrintsTheFormInTheWorkspaceLanguage() throws {
        let folder = try Self.workspace("2024년 7월 – 재직 중")
        let output = folder.root.appendingPathComponent("out")
        let build = try FolioProcess.run(["build", folder.root.path, "-o", output.path])
        #expect(build.status == 0, "\(build.stderr)")
        let markdown = try String(contentsOf: output.appendingPathComponent("portfolio.md"), encoding: .utf8)
        // The job is its own section (## 경력), its period beside its title.
        #expect(markdown.contains("## 경력\n\n### 데이터 엔지니어 · 주식회사 데이터 · 2024-07 – 현재"), "\(markdown)")
        let english = try FolioProcess.run(["build", folder.root.path, "-o", output.path, "--lang", "en"])
        #expect(english.status == 0)
        let markdownEN = try String(contentsOf: output.appendingPathComponent("portfolio.md"), encoding: .utf8)
        #expect(markdownEN.contains("## Experience\n\n### 데이터 엔지니어 · 주식회사 데이터 · 2024-07 – present"), "\(markdownEN)")
    }
}
