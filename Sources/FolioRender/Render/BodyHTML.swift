import Ink

/// Turns the Markdown of a project or story section into HTML with Ink, keeping none of the
/// user's raw HTML and none of their unsafe links.
///
/// Ink passes raw HTML (`<script>`, `<img onerror=…>`) through and writes link URLs into
/// `href` unescaped. So `<` outside code is escaped before Ink sees it (`BodyMarkdown`), and
/// modifiers replace the risky fragments: raw HTML that still reaches Ink becomes escaped text;
/// a link keeps its href only when `LinkPolicy` allows the scheme, and the href is escaped;
/// an image becomes a link to it (a self-contained page fetches nothing), with its alt text.
/// Headings are moved down `headingOffset` levels to nest under the card's own heading.
public struct BodyHTML: Sendable {
    public var headingOffset: Int

    public init(headingOffset: Int = 2) {
        self.headingOffset = headingOffset
    }

    public func render(_ markdown: String) -> String {
        parser().html(from: BodyMarkdown.escapeRawHTML(markdown)).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func parser() -> MarkdownParser {
        let offset = headingOffset
        let rawHTML = Modifier(target: .html) { _, markdown in
            Escaping.html(String(markdown))
        }
        let links = Modifier(target: .links) { html, markdown in
            BodyHTML.safeLink(html: html, markdown: markdown, image: false)
        }
        let images = Modifier(target: .images) { html, markdown in
            BodyHTML.safeLink(html: html, markdown: markdown.dropFirst(), image: true)
        }
        let headings = Modifier(target: .headings) { html, _ in
            BodyHTML.shiftHeading(html, by: offset)
        }
        return MarkdownParser(modifiers: [rawHTML, links, images, headings])
    }

    /// Rebuilds a link from its Markdown: `[text](url)` or `[text][reference]`.
    static func safeLink(html: String, markdown: Substring, image: Bool) -> String {
        guard markdown.hasPrefix("[") else { return Escaping.html(String(markdown)) }
        var textEnd: Substring.Index?
        var href: String?
        if markdown.hasSuffix(")") {
            // The destination is after the `](` whose URL Ink actually used: try each from the right.
            var search = markdown.endIndex
            while let range = markdown.range(of: "](", options: .backwards, range: markdown.startIndex..<search) {
                let url = String(markdown[range.upperBound..<markdown.index(before: markdown.endIndex)])
                let opening = image ? "<img src=\"\(url)\"" : "<a href=\"\(url)\">"
                if html.hasPrefix(opening) {
                    textEnd = range.lowerBound
                    href = LinkPolicy.safeHref(url)
                    break
                }
                search = range.lowerBound
            }
        } else if let range = markdown.range(of: "][", options: .backwards) {
            // A reference link: its URL is declared elsewhere; keep the text and drop the link.
            textEnd = range.lowerBound
        }
        guard let textEnd else { return Escaping.html(String(markdown)) }
        let text = String(markdown[markdown.index(after: markdown.startIndex)..<textEnd])
        var title = BodyHTML(headingOffset: 0).inline(text)
        if image, title.isEmpty { title = Escaping.html(href ?? "image") }
        guard let href else { return "<span class=\"dropped-link\">\(title)</span>" }
        let kind = image ? " class=\"image-link\"" : ""
        return "<a\(kind) href=\"\(Escaping.html(href))\" rel=\"noopener\">\(title)</a>"
    }

    /// Inline Markdown (a link's text) rendered without its paragraph.
    func inline(_ markdown: String) -> String {
        var html = render(markdown)
        if html.hasPrefix("<p>"), html.hasSuffix("</p>") {
            html = String(html.dropFirst(3).dropLast(4))
        }
        return html
    }

    static func shiftHeading(_ html: String, by offset: Int) -> String {
        guard offset > 0, html.hasPrefix("<h"), let level = html.dropFirst(2).first?.wholeNumberValue else { return html }
        let shifted = min(6, level + offset)
        return "<h\(shifted)" + html.dropFirst(3).dropLast(5) + "</h\(shifted)>"
    }
}
