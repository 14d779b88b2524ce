import Foundation
import Testing
@testable import FolioRender

/// Markdown bodies through libcmark-gfm, and the link filter, read back as elements.
@Suite struct BodyHTMLTests {
    func render(_ markdown: String, headingOffset: Int = 2) -> HTMLElement {
        HTMLTree.parse(BodyHTML(headingOffset: headingOffset).render(markdown))
    }

    @Test func headingsNestUnderTheCard() {
        let document = render("### 세부 단계\n본문", headingOffset: 2)
        #expect(document.first("h5")?.text == "세부 단계")
        #expect(document.all("h3").isEmpty)
    }

    @Test func referenceLinksKeepTheirTextButNotAnUncheckedURL() {
        let document = render("[저장소][repo]\n\n[repo]: javascript:alert(1)\n")
        #expect(document.all("a").isEmpty)
        #expect(document.text.contains("저장소"))
    }

    @Test func codeKeepsAngleBracketsAsText() {
        let document = render("`<b>x</b>` 와 <b>굵게</b>\n\n```sql\nSELECT * FROM t WHERE a < 3;\n```\n")
        #expect(document.first("code")?.text == "<b>x</b>")
        #expect(document.all("b").isEmpty)
        #expect(document.first("pre")?.text == "SELECT * FROM t WHERE a < 3;")
    }

    @Test func linkPolicyKeepsOnlyWebAndMail() {
        #expect(LinkPolicy.safeHref("https://github.com/kim") == "https://github.com/kim")
        #expect(LinkPolicy.safeHref("HTTP://EXAMPLE.COM/") == "HTTP://EXAMPLE.COM/")
        #expect(LinkPolicy.safeHref("mailto:kim@example.com") == "mailto:kim@example.com")
        #expect(LinkPolicy.safeHref("javascript:alert(1)") == nil)
        #expect(LinkPolicy.safeHref("java\tscript:alert(1)") == nil)
        #expect(LinkPolicy.safeHref("data:text/html,<script>") == nil)
        #expect(LinkPolicy.safeHref("vbscript:x") == nil)
        #expect(LinkPolicy.safeHref("github.com/kim") == nil, "no scheme: not a link a browser would follow the same way")
        #expect(LinkPolicy.safeHref("https://") == nil)
        #expect(LinkPolicy.mailto("kim@example.com") == "mailto:kim@example.com")
        #expect(LinkPolicy.mailto("javascript:alert(1)//@x") == nil)
    }

    @Test("the scheme is read after percent-decoding and with whitespace and invisible characters removed")
    func linkPolicyDecodesBeforeItJudges() {
        for url in [
            "JAVASCRIPT:alert(1)", "JaVaScRiPt:alert(1)", "java%0ascript:alert(1)", "java%0Ascript:alert(1)",
            "java%09script:alert(1)", "%6Aavascript:alert(1)", "java%250ascript:alert(1)", "java\u{200B}script:alert(1)",
            " javascript:alert(1)", "\u{FEFF}javascript:alert(1)", "java\nscript:alert(1)", "https%3a//evil.example",
            "http:evil.example", "https:///evil", "//evil.example/x", "/relative", "data%3Atext/html,x", "file:///etc/passwd",
            "%E0%A4%A", "https://ex ample.com", "https://example.com/\u{1B}[2J",
        ] {
            #expect(LinkPolicy.safeHref(url) == nil, "\(url.debugDescription) must be dropped")
        }
        #expect(LinkPolicy.safeHref("https://example.com/a%20b?q=%EA%B0%80") == "https://example.com/a%20b?q=%EA%B0%80")
        #expect(LinkPolicy.safeHref("https://example.com/(x)\"") == "https://example.com/%28x%29%22")
    }
}
