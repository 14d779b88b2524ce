import Foundation
@testable import FolioRender

/// Finds user text that escaped into markup: an element, an event handler or a link a reader's
/// browser or Markdown viewer would act on, a formula a spreadsheet would run, a control
/// character a terminal would obey.
enum LeakDetector {
    /// Elements no folio output ever writes: their presence means user HTML got through.
    static let forbiddenTags: Set<String> = [
        "script", "iframe", "img", "svg", "object", "embed", "math", "form", "input", "button", "textarea",
        "select", "base", "frame", "frameset", "applet", "audio", "video", "source", "details", "marquee",
        "template", "noscript", "xmp", "plaintext", "x", "scr", "mtext", "body2",
    ]
    /// Attributes whose value is loaded or followed.
    static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset"]

    /// The problems in an HTML document, compared with the same document made from harmless text
    /// (`baseline`): tags and attributes the template itself writes are expected.
    static func html(_ html: String, baseline: String) -> [String] {
        var problems: [String] = []
        let tags = self.tags(html)
        let baselineTags = self.tags(baseline)
        func count(_ name: String, in list: [Tag]) -> Int { list.filter { $0.name == name }.count }
        for tag in tags {
            if forbiddenTags.contains(tag.name) { problems.append("<\(tag.name)> element") }
            for (name, value) in tag.attributes {
                if name.hasPrefix("on") { problems.append("\(name)= on <\(tag.name)>") }
                if urlAttributes.contains(name) {
                    let decoded = decodeEntities(value)
                    if !decoded.hasPrefix("#"), LinkPolicy.safeHref(decoded) == nil {
                        problems.append("\(name)=\"\(value)\" on <\(tag.name)>")
                    }
                }
                if name == "style", !baselineTags.contains(where: { $0.attributes.contains { $0 == ("style", value) } }) {
                    problems.append("style=\"\(value)\" on <\(tag.name)>")
                }
            }
        }
        for name in ["style", "meta", "link", "title", "html", "head", "body"] where count(name, in: tags) > count(name, in: baselineTags) {
            problems.append("an extra <\(name)>")
        }
        return problems
    }

    /// A Markdown output as a viewer that keeps raw HTML would show it, checked as HTML.
    static func markdown(_ markdown: String, baseline: String) -> [String] {
        html(CommonMark.unsanitisedHTML(markdown), baseline: CommonMark.unsanitisedHTML(baseline))
    }

    /// Control characters a terminal acts on (anything below U+0020 but the line break, DEL,
    /// C1, bidi overrides).
    static func terminal(_ text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
                || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
        }.map { "raw U+\(String(format: "%04X", $0.value)) on the terminal" }
    }

    struct Tag {
        var name: String
        var attributes: [(String, String)]
    }

    static func tags(_ html: String) -> [Tag] {
        html.matches(of: /<([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/).map { match in
            let attributes = String(match.output.2).matches(of: /([^\s"'=\/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/).map { attribute in
                var value = String(attribute.output.2 ?? "")
                if value.hasPrefix("\"") || value.hasPrefix("'") { value = String(value.dropFirst().dropLast()) }
                return (String(attribute.output.1).lowercased(), value)
            }
            return Tag(name: String(match.output.1).lowercased(), attributes: attributes)
        }
    }

    static func decodeEntities(_ text: String) -> String {
        var out = text
        for (entity, character) in [("&amp;", "&"), ("&quot;", "\""), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&colon;", ":"), ("&Tab;", "\t")] {
            out = out.replacingOccurrences(of: entity, with: character)
        }
        for match in out.matches(of: /&#(x?)([0-9a-fA-F]+);/).reversed() {
            let value = match.output.1.isEmpty ? UInt32(match.output.2) : UInt32(match.output.2, radix: 16)
            if let value, let scalar = Unicode.Scalar(value) {
                out.replaceSubrange(match.range, with: String(Character(scalar)))
            }
        }
        return out
    }
}
