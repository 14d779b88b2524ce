import Mustache

/// Escaping of user text for the two output formats.
public enum Escaping {
    /// Text for HTML element content and double- or single-quoted attribute values.
    public static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Text that stays text in GitHub-flavoured Markdown: inline markup characters are
    /// backslash-escaped, HTML is turned into entities, a leading block marker (`#`, `-`, `>`,
    /// `1.`) cannot start a heading, list or quote, and line breaks become spaces so a value
    /// cannot end the list item or table row it sits in.
    public static func markdown(_ text: String) -> String {
        let oneLine = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        var out = ""
        for character in oneLine {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "~", "#": out += "\\" + String(character)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            default: out.append(character)
            }
        }
        if let first = out.first, "-+=".contains(first) { out = "\\" + out }
        // "1. " or "1) " at the start would begin an ordered list.
        let digits = out.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count < out.count {
            let afterIndex = out.index(out.startIndex, offsetBy: digits.count)
            let after = out[afterIndex]
            let next = out.index(after: afterIndex) < out.endIndex ? out[out.index(after: afterIndex)] : " "
            if after == "." || after == ")", next == " " {
                out.insert("\\", at: out.index(out.startIndex, offsetBy: digits.count))
            }
        }
        return out
    }
}

/// Mustache content type `MARKDOWN`: `{{value}}` in a `.md` template is escaped for Markdown
/// (select it with `{{% CONTENT_TYPE: MARKDOWN}}` on a template's first line).
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { Escaping.markdown(text) }
}

/// Mustache content type `FOLIO_HTML`: like the built-in HTML type, and also escapes `'`.
struct HTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { Escaping.html(text) }
}
