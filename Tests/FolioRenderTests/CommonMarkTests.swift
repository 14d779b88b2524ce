import Foundation
import Testing
@testable import FolioRender

/// Project and story bodies through libcmark-gfm: conformance on the CommonMark spec's examples
/// that a résumé uses (emphasis, lists, code, links, headings), the places where folio differs on
/// purpose (its link policy, raw HTML shown as text), and input built to be slow.
@Suite struct CommonMarkTests {
    /// One example of the CommonMark spec (0.30/0.31 text, by section), and what folio writes
    /// instead when its safety policy differs on purpose.
    struct Example: Sendable, CustomStringConvertible {
        var section: String
        var markdown: String
        var spec: String
        /// nil: folio writes what the spec says.
        var folio: String?
        var description: String { "\(section): \(markdown.debugDescription)" }
    }

    static let examples: [Example] = [
        // Emphasis and strong emphasis.
        Example(section: "emphasis", markdown: "*foo bar*", spec: "<p><em>foo bar</em></p>"),
        Example(section: "emphasis", markdown: "a * foo bar*", spec: "<p>a * foo bar*</p>"),
        Example(section: "emphasis", markdown: "a*\"foo\"*", spec: "<p>a*&quot;foo&quot;*</p>"),
        Example(section: "emphasis", markdown: "foo*bar*", spec: "<p>foo<em>bar</em></p>"),
        Example(section: "emphasis", markdown: "5*6*78", spec: "<p>5<em>6</em>78</p>"),
        Example(section: "emphasis", markdown: "_foo bar_", spec: "<p><em>foo bar</em></p>"),
        Example(section: "emphasis", markdown: "foo_bar_", spec: "<p>foo_bar_</p>"),
        Example(section: "emphasis", markdown: "5_6_78", spec: "<p>5_6_78</p>"),
        Example(section: "emphasis", markdown: "_foo_bar_baz_", spec: "<p><em>foo_bar_baz</em></p>"),
        Example(section: "emphasis", markdown: "**foo bar**", spec: "<p><strong>foo bar</strong></p>"),
        Example(section: "emphasis", markdown: "__foo bar__", spec: "<p><strong>foo bar</strong></p>"),
        Example(section: "emphasis", markdown: "foo**bar**", spec: "<p>foo<strong>bar</strong></p>"),
        Example(section: "emphasis", markdown: "*foo **bar** baz*", spec: "<p><em>foo <strong>bar</strong> baz</em></p>"),
        Example(section: "emphasis", markdown: "***foo***", spec: "<p><em><strong>foo</strong></em></p>"),
        Example(section: "emphasis", markdown: "**foo*", spec: "<p>*<em>foo</em></p>"),
        Example(section: "emphasis", markdown: "*foo**", spec: "<p><em>foo</em>*</p>"),
        Example(section: "emphasis", markdown: "foo***", spec: "<p>foo***</p>"),
        Example(section: "emphasis", markdown: "*(*foo*)*", spec: "<p><em>(<em>foo</em>)</em></p>"),
        Example(section: "emphasis", markdown: "** is not an empty emphasis", spec: "<p>** is not an empty emphasis</p>"),
        Example(section: "emphasis", markdown: "*a `*`*", spec: "<p><em>a <code>*</code></em></p>"),
        Example(section: "emphasis", markdown: "*foo [bar* baz]", spec: "<p><em>foo [bar</em> baz]</p>"),
        // Lists.
        Example(section: "lists", markdown: "- foo\n- bar\n+ baz", spec: "<ul>\n<li>foo</li>\n<li>bar</li>\n</ul>\n<ul>\n<li>baz</li>\n</ul>"),
        Example(section: "lists", markdown: "1. foo\n2. bar\n3) baz", spec: "<ol>\n<li>foo</li>\n<li>bar</li>\n</ol>\n<ol start=\"3\">\n<li>baz</li>\n</ol>"),
        Example(section: "lists", markdown: "Foo\n- bar\n- baz", spec: "<p>Foo</p>\n<ul>\n<li>bar</li>\n<li>baz</li>\n</ul>"),
        Example(section: "lists", markdown: "The number of windows in my house is\n14.  The number of doors is 6.",
                spec: "<p>The number of windows in my house is\n14.  The number of doors is 6.</p>"),
        Example(section: "lists", markdown: "The number of windows in my house is\n1.  The number of doors is 6.",
                spec: "<p>The number of windows in my house is</p>\n<ol>\n<li>The number of doors is 6.</li>\n</ol>"),
        Example(section: "list items", markdown: "- one\n\n two", spec: "<ul>\n<li>one</li>\n</ul>\n<p>two</p>"),
        Example(section: "list items", markdown: "- one\n\n  two", spec: "<ul>\n<li>\n<p>one</p>\n<p>two</p>\n</li>\n</ul>"),
        Example(section: "list items", markdown: "123456789. ok", spec: "<ol start=\"123456789\">\n<li>ok</li>\n</ol>"),
        Example(section: "list items", markdown: "1234567890. not ok", spec: "<p>1234567890. not ok</p>"),
        Example(section: "list items", markdown: "-1. not ok", spec: "<p>-1. not ok</p>"),
        Example(section: "lists", markdown: "- a\n- b\n\n- c",
                spec: "<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n<li>\n<p>c</p>\n</li>\n</ul>"),
        Example(section: "lists", markdown: "* a\n*\n\n* c",
                spec: "<ul>\n<li>\n<p>a</p>\n</li>\n<li></li>\n<li>\n<p>c</p>\n</li>\n</ul>"),
        Example(section: "lists", markdown: "- a\n  - b\n    - c",
                spec: "<ul>\n<li>a\n<ul>\n<li>b\n<ul>\n<li>c</li>\n</ul>\n</li>\n</ul>\n</li>\n</ul>"),
        // Code spans and code blocks.
        Example(section: "code spans", markdown: "`foo`", spec: "<p><code>foo</code></p>"),
        Example(section: "code spans", markdown: "`` foo ` bar ``", spec: "<p><code>foo ` bar</code></p>"),
        Example(section: "code spans", markdown: "` `` `", spec: "<p><code>``</code></p>"),
        Example(section: "code spans", markdown: "`foo   bar \nbaz`", spec: "<p><code>foo   bar  baz</code></p>"),
        Example(section: "code spans", markdown: "`foo\\`bar`", spec: "<p><code>foo\\</code>bar`</p>"),
        Example(section: "code spans", markdown: "*foo`*`", spec: "<p>*foo<code>*</code></p>"),
        Example(section: "code spans", markdown: "`<a href=\"`\">`", spec: "<p><code>&lt;a href=&quot;</code>&quot;&gt;`</p>"),
        Example(section: "fenced code blocks", markdown: "```\n<\n >\n```", spec: "<pre><code>&lt;\n &gt;\n</code></pre>"),
        Example(section: "fenced code blocks", markdown: "```ruby\ndef foo(x)\n  return 3\nend\n```",
                spec: "<pre><code class=\"language-ruby\">def foo(x)\n  return 3\nend\n</code></pre>"),
        Example(section: "fenced code blocks", markdown: "~~~\naaa\n```\n~~~", spec: "<pre><code>aaa\n```\n</code></pre>"),
        Example(section: "fenced code blocks", markdown: "```\naaa", spec: "<pre><code>aaa\n</code></pre>"),
        Example(section: "indented code blocks", markdown: "    a simple\n      indented code block",
                spec: "<pre><code>a simple\n  indented code block\n</code></pre>"),
        // Headings.
        Example(section: "ATX headings", markdown: "# foo", spec: "<h1>foo</h1>"),
        Example(section: "ATX headings", markdown: "#5 bolt\n\n#hashtag", spec: "<p>#5 bolt</p>\n<p>#hashtag</p>"),
        Example(section: "ATX headings", markdown: "## foo ##", spec: "<h2>foo</h2>"),
        Example(section: "setext headings", markdown: "Foo *bar*\n=========", spec: "<h1>Foo <em>bar</em></h1>"),
        // Links, autolinks and images: folio keeps http, https and mailto destinations only.
        Example(section: "links", markdown: "[link](http://example.com#fragment)", spec: "<p><a href=\"http://example.com#fragment\">link</a></p>"),
        Example(section: "links", markdown: "[link](http://example.com?foo=3#frag)", spec: "<p><a href=\"http://example.com?foo=3#frag\">link</a></p>"),
        Example(section: "links", markdown: "[link](foo bar)", spec: "<p>[link](foo bar)</p>"),
        Example(section: "links", markdown: "[foo`](/uri)`", spec: "<p>[foo<code>](/uri)</code></p>"),
        Example(section: "links", markdown: "[link](/uri \"title\")",
                spec: "<p><a href=\"/uri\" title=\"title\">link</a></p>", folio: "<p>link</p>"),
        Example(section: "links", markdown: "[link]()", spec: "<p><a href=\"\">link</a></p>", folio: "<p>link</p>"),
        Example(section: "links", markdown: "[link](#fragment)", spec: "<p><a href=\"#fragment\">link</a></p>", folio: "<p>link</p>"),
        Example(section: "links", markdown: "[link *foo **bar** `#`*](/uri)",
                spec: "<p><a href=\"/uri\">link <em>foo <strong>bar</strong> <code>#</code></em></a></p>",
                folio: "<p>link <em>foo <strong>bar</strong> <code>#</code></em></p>"),
        Example(section: "links", markdown: "[foo *bar](baz*)", spec: "<p><a href=\"baz*\">foo *bar</a></p>", folio: "<p>foo *bar</p>"),
        Example(section: "link reference definitions", markdown: "[foo]: /url \"title\"\n\n[foo]",
                spec: "<p><a href=\"/url\" title=\"title\">foo</a></p>", folio: "<p>foo</p>"),
        Example(section: "autolinks", markdown: "<http://foo.bar.baz>", spec: "<p><a href=\"http://foo.bar.baz\">http://foo.bar.baz</a></p>"),
        Example(section: "autolinks", markdown: "<http://foo.bar.baz/test?q=hello&id=22&boolean>",
                spec: "<p><a href=\"http://foo.bar.baz/test?q=hello&amp;id=22&amp;boolean\">http://foo.bar.baz/test?q=hello&amp;id=22&amp;boolean</a></p>"),
        Example(section: "autolinks", markdown: "<MAILTO:FOO@BAR.BAZ>", spec: "<p><a href=\"MAILTO:FOO@BAR.BAZ\">MAILTO:FOO@BAR.BAZ</a></p>"),
        Example(section: "autolinks", markdown: "<foo@bar.example.com>", spec: "<p><a href=\"mailto:foo@bar.example.com\">foo@bar.example.com</a></p>"),
        Example(section: "emphasis", markdown: "**a<http://foo.bar/?q=**>", spec: "<p>**a<a href=\"http://foo.bar/?q=**\">http://foo.bar/?q=**</a></p>"),
        Example(section: "images", markdown: "![foo](/url \"title\")",
                spec: "<p><img src=\"/url\" alt=\"foo\" title=\"title\" /></p>", folio: "<p>foo</p>"),
        // Raw HTML: folio shows it as the text the user typed.
        Example(section: "raw HTML", markdown: "<a><bab><c2c>",
                spec: "<p><a><bab><c2c></p>", folio: "<p>&lt;a&gt;&lt;bab&gt;&lt;c2c&gt;</p>"),
        Example(section: "raw HTML", markdown: "foo <!-- this is a\ncomment - with hyphen -->",
                spec: "<p>foo <!-- this is a\ncomment - with hyphen --></p>", folio: "<p>foo </p>"),
    ]

    @Test func specExamplesThatMatterForARésumé() {
        var agreeing = 0
        for example in Self.examples {
            let html = CommonMark().html(example.markdown)
            #expect(html == example.folio ?? example.spec, "\(example)")
            if html == example.spec { agreeing += 1 }
        }
        // Every difference from the spec is one of the deliberate ones listed above.
        let deliberate = Self.examples.filter { $0.folio != nil }.count
        #expect(agreeing == Self.examples.count - deliberate)
        #expect(Self.examples.count - deliberate >= 55, "the conformance sample stays broad")
    }

    /// What Ink got wrong on real bodies (issue 12): snake_case names and a numbered list after a line.
    @Test func snakeCaseAndNumberedStepsReadAsWritten() {
        #expect(CommonMark().html("`data_interval_start` 와 data_interval_start 를 비교")
            == "<p><code>data_interval_start</code> 와 data_interval_start 를 비교</p>")
        #expect(CommonMark().html("조치는 세 단계였습니다.\n1. 원인 파티션 찾기\n2. 재처리")
            == "<p>조치는 세 단계였습니다.</p>\n<ol>\n<li>원인 파티션 찾기</li>\n<li>재처리</li>\n</ol>")
        #expect(CommonMark().html("가용성 **99.9 %** 유지") == "<p>가용성 <strong>99.9 %</strong> 유지</p>")
    }

    @Test func unsafeLinksKeepTheirTextAndSafeOnesAreEncoded() {
        let html = CommonMark().html("[a](javascript:alert(1)) [b](https://ok.example/a_(b)) <javascript:alert(2)> www.example.com ![img](data:image/png;base64,AA)")
        #expect(html == "<p>a <a href=\"https://ok.example/a_%28b%29\">b</a> javascript:alert(2) <a href=\"http://www.example.com\">www.example.com</a> img</p>")
    }

    @Test func headingsMoveDownAndStopAtSix() {
        #expect(CommonMark(headingOffset: 2).html("# a\n#### b") == "<h3>a</h3>\n<h6>b</h6>")
    }

    /// Input built to make a backtracking parser slow renders, and renders as text. (How fast is
    /// measured in `Benchmarks/markdown.sh` as a ratio against ordinary text of the same size.)
    @Test(arguments: [
        String(repeating: "[", count: 30_000),
        String(repeating: "[a](", count: 20_000),
        String(repeating: "![[", count: 20_000),
        String(repeating: "*a **", count: 20_000),
        String(repeating: "<", count: 30_000) + "a",
        String(repeating: "[]( ", count: 20_000),
        String(repeating: "> ", count: 5_000) + "a",
    ])
    func pathologicalInputRendersAsText(markdown: String) {
        let html = CommonMark().html(markdown)
        #expect(html.hasPrefix("<p>") || html.hasPrefix("<blockquote>"), "\(html.prefix(40))")
        #expect(!html.contains("<a "))
    }
}
