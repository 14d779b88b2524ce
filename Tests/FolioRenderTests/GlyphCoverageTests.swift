import Foundation
import Testing
@testable import FolioRender

/// Fontconfig's charset notation read into coverage, and the characters outside it located.
@Suite struct GlyphCoverageTests {
    @Test func missingCharactersAreFoundAtTheirScalarOffset() {
        let coverage = GlyphCoverage(fontconfigCharsets: "20-7e a0-17f\nac00-d7a3 4e00-9fff\n2013-2014")
        let missing = coverage.missing(in: "김 🚀 go 𪛖 金–")
        #expect(missing.map(\.character) == ["🚀", "𪛖"])
        #expect(missing.map(\.offset) == [2, 7])
        #expect(coverage.missing(in: "a\u{200D}b\u{FE0F} c").isEmpty, "joiners and variation selectors draw nothing")
    }

    /// The cached coverage's name follows the font folders: adding a font (a file in a folder
    /// two levels down) changes it; the font files themselves are not each looked at.
    @Test func addingAFontChangesTheFingerprint() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("folio-test-fonts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("truetype/noto")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("font".utf8).write(to: folder.appendingPathComponent("A.ttf"))
        var before = ""
        FontconfigFingerprint.describe(root.path, into: &before, depth: 0)
        #expect(before.contains(folder.path + " "))
        #expect(!before.contains("A.ttf"), "font files are not described one by one")
        try Data("font".utf8).write(to: folder.appendingPathComponent("B.ttf"))
        var after = ""
        FontconfigFingerprint.describe(root.path, into: &after, depth: 0)
        #expect(after != before)
        var again = ""
        FontconfigFingerprint.describe(root.path, into: &again, depth: 0)
        #expect(again == after, "the same fonts give the same description")
    }

    @Test func installedFontsDrawHangul() throws {
        let coverage = try #require(GlyphCoverage.installed, "fontconfig (fc-list) is not installed")
        #expect(coverage.missing(in: "김하늘 Apache Airflow 2.8 · 99.9 %").isEmpty, "install fonts-noto-cjk")
    }
}
