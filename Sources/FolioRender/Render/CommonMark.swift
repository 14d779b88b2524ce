import CCmarkGFM
import Foundation

/// CommonMark (with GitHub's strikethrough and autolink extensions) parsed and rendered by
/// libcmark-gfm, GitHub's own renderer (Debian: `libcmark-gfm-dev`, `libcmark-gfm-extensions-dev`).
///
/// What the user wrote is made safe on the syntax tree before rendering, then rendered in
/// cmark's safe mode:
/// - raw HTML (a block or inline tag) becomes text, so `<b>` shows as `<b>` and runs nothing;
///   an HTML comment (`<!-- folio-disable … -->`) is a note to folio and is dropped;
/// - a link keeps its destination only when `LinkPolicy` allows it (http, https, mailto), the
///   destination encoded by `LinkPolicy`; otherwise the link's text stays without the link;
/// - an image becomes a link to its address with its alt text (a self-contained page fetches
///   nothing), under the same policy;
/// - headings move down `headingOffset` levels (at most 6) to nest under a card's own heading.
///
/// cmark is linear on pathological input (long runs of `[`, `*`, `<`), which a test checks.
public struct CommonMark: Sendable {
    /// Levels added to every heading (`#` → `h1 + headingOffset`).
    public var headingOffset: Int

    public init(headingOffset: Int = 0) {
        self.headingOffset = headingOffset
    }

    /// The HTML of `markdown`, trimmed, safe to paste into a page.
    public func html(_ markdown: String) -> String {
        render(markdown) { document, options, extensions in cmark_render_html(document, options, extensions) }
            ?? Escaping.html(markdown)
    }

    /// The same sanitised tree written back as CommonMark, for the `.md` outputs: raw HTML is
    /// now text (cmark escapes it), refused links are their text alone, headings moved down.
    /// What a Markdown viewer shows for it is what `html(_:)` gives, whether or not the viewer
    /// keeps raw HTML.
    public func commonMark(_ markdown: String) -> String {
        render(markdown) { document, options, _ in cmark_render_commonmark(document, options, 0) }
            ?? Escaping.markdown(markdown)
    }

    /// Parses `markdown`, sanitises the tree and hands it to `renderer`; nil when cmark fails.
    private func render(
        _ markdown: String,
        _ renderer: (OpaquePointer, Int32, UnsafeMutablePointer<cmark_llist>?) -> UnsafeMutablePointer<CChar>?
    ) -> String? {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        guard let parser = cmark_parser_new(options) else { return nil }
        defer { cmark_parser_free(parser) }
        for extension_ in CommonMark.extensions.names {
            if let syntax = cmark_find_syntax_extension(extension_) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        let bytes = Array(markdown.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return nil }
        defer { cmark_node_free(document) }
        sanitise(document)
        guard let rendered = renderer(document, options, cmark_parser_get_syntax_extensions(parser)) else { return nil }
        defer { free(rendered) }
        return String(cString: rendered).trimmedWhitespace()
    }

    /// What a Markdown viewer that keeps raw HTML shows for `markdown`, with no clean-up: how the
    /// tests read a `.md` output back, so that HTML leaking into it is seen as elements.
    static func unsanitisedHTML(_ markdown: String) -> String {
        let bytes = Array(markdown.utf8)
        let rendered = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_markdown_to_html($0, buffer.count, CMARK_OPT_UNSAFE)
            }
        }
        guard let rendered else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// The GFM extensions folio turns on, registered once per process (registration writes a
    /// global list in the C library).
    private static let extensions = Extensions()

    private final class Extensions: Sendable {
        let names = ["strikethrough", "autolink"]
        init() { cmark_gfm_core_extensions_ensure_registered() }
    }

    /// Rewrites the tree in place: see the type's documentation.
    private func sanitise(_ document: OpaquePointer) {
        // Collect first: changing the tree while iterating over it is not allowed.
        var nodes: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            if cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) {
                nodes.append(node)
            }
        }
        cmark_iter_free(iterator)
        for node in nodes {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HTML_BLOCK: replaceHTML(node, block: true)
            case CMARK_NODE_HTML_INLINE: replaceHTML(node, block: false)
            case CMARK_NODE_LINK: checkLink(node)
            case CMARK_NODE_IMAGE: imageToLink(node)
            case CMARK_NODE_HEADING:
                let level = Int(cmark_node_get_heading_level(node))
                cmark_node_set_heading_level(node, Int32(min(6, level + headingOffset)))
            default: break
            }
        }
    }

    private func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// Raw HTML shown as the text the user typed; comments dropped.
    private func replaceHTML(_ node: OpaquePointer, block: Bool) {
        let source = literal(node)
        let trimmed = source.trimmedWhitespace()
        if trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->") {
            cmark_node_unlink(node)
            cmark_node_free(node)
            return
        }
        guard let text = cmark_node_new(CMARK_NODE_TEXT) else { return }
        cmark_node_set_literal(text, block ? trimmed : source)
        var replacement = text
        if block, let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) {
            cmark_node_append_child(paragraph, text)
            replacement = paragraph
        }
        cmark_node_insert_before(node, replacement)
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    /// A link whose destination the policy refuses is replaced by its text.
    private func checkLink(_ node: OpaquePointer) {
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        if let safe = LinkPolicy.safeHref(url) {
            cmark_node_set_url(node, safe)
            return
        }
        unwrap(node)
    }

    /// An image becomes a link to it, its alt text (or its address) as the link's text.
    private func imageToLink(_ node: OpaquePointer) {
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        guard let safe = LinkPolicy.safeHref(url) else { unwrap(node); return }
        guard let link = cmark_node_new(CMARK_NODE_LINK) else { return }
        cmark_node_set_url(link, safe)
        while let child = cmark_node_first_child(node) {
            cmark_node_unlink(child)
            cmark_node_append_child(link, child)
        }
        if cmark_node_first_child(link) == nil, let text = cmark_node_new(CMARK_NODE_TEXT) {
            cmark_node_set_literal(text, url)
            cmark_node_append_child(link, text)
        }
        cmark_node_insert_before(node, link)
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    /// Moves a node's children in its place and removes it.
    private func unwrap(_ node: OpaquePointer) {
        while let child = cmark_node_first_child(node) {
            cmark_node_unlink(child)
            cmark_node_insert_before(node, child)
        }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }
}
