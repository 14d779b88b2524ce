import Foundation

/// Which links a portfolio keeps: http, https and mailto only. A `javascript:` or `data:` link
/// in a workspace would run or embed something in the reader's browser; a relative link would
/// break in a single self-contained file. Anything else is shown as text without a link.
public enum LinkPolicy {
    public static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// The URL to put in an `href`, or nil when the link must be dropped.
    ///
    /// Browsers ignore ASCII whitespace and control characters inside a scheme
    /// (`java\tscript:`), so the scheme is read with those removed, and such a URL is dropped.
    public static func safeHref(_ raw: String) -> String? {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty,
              !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let scheme = trimmed[..<colon].lowercased()
        guard allowedSchemes.contains(scheme) else { return nil }
        let rest = trimmed[trimmed.index(after: colon)...]
        if scheme == "mailto" { return rest.contains("@") && !rest.contains(" ") ? encode(trimmed) : nil }
        guard rest.hasPrefix("//"), rest.count > 2, !rest.contains(" ") else { return nil }
        return encode(trimmed)
    }

    /// Percent-encodes the characters that could end an HTML attribute or a Markdown link
    /// destination early; the URL means the same.
    static func encode(_ url: String) -> String {
        var out = ""
        for character in url {
            switch character {
            case "\"": out += "%22"
            case "'": out += "%27"
            case "<": out += "%3C"
            case ">": out += "%3E"
            case "(": out += "%28"
            case ")": out += "%29"
            case "`": out += "%60"
            case "\\": out += "%5C"
            default: out.append(character)
            }
        }
        return out
    }

    /// An email address as a mailto: link, or nil when it does not look like one.
    public static func mailto(_ email: String) -> String? {
        let trimmed = email.trimmingCharacters(in: .whitespaces)
        guard trimmed.contains("@"), !trimmed.contains(" "), !trimmed.contains(":") else { return nil }
        return safeHref("mailto:" + trimmed)
    }
}
