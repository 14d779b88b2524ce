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

    @Test func installedFontsDrawHangul() throws {
        let coverage = try #require(GlyphCoverage.installed, "fontconfig (fc-list) is not installed")
        #expect(coverage.missing(in: "김하늘 Apache Airflow 2.8 · 99.9 %").isEmpty, "install fonts-noto-cjk")
    }
}
