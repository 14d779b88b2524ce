import Foundation

/// Which links a portfolio keeps: http, https and mailto only. A `javascript:` or `data:` link
/// in a workspace would run or embed something in the reader's browser; a relative link would
/// break in a single self-contained file. Anything else is shown as text without a link.
public enum LinkPolicy {
    public static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// The URL to put in an `href` (HTML) or a Markdown link destination, or nil when the link
    /// must be dropped. The one link check of every output.
    ///
    /// The scheme is read the way a browser might come to read it: percent-escapes decoded
    /// (repeatedly: `java%250ascript:`), then every whitespace, control and invisible
    /// character removed (`java\tscript:`, `java%0ascript:`, a zero-width space), then
    /// lower-cased (`JAVASCRIPT:`). Only `http`, `https` and `mailto` pass; a URL with no scheme
    /// (relative) is dropped too. A kept URL must itself hold no whitespace or control character.
    public static func safeHref(_ raw: String) -> String? {
        let trimmed = raw.trimmedWhitespace()
        guard !trimmed.isEmpty, !trimmed.unicodeScalars.contains(where: isInvisible) else { return nil }
        let decoded = String(scalars: percentDecoded(trimmed).unicodeScalars.filter { !isInvisible($0) })
        guard let colon = decoded.firstIndex(of: ":") else { return nil }
        let scheme = decoded[..<colon].lowercased()
        guard allowedSchemes.contains(scheme) else { return nil }
        // What follows the scheme is read from the URL as written (after the same colon).
        guard let writtenColon = trimmed.firstIndex(of: ":"), trimmed[..<writtenColon].lowercased() == scheme else { return nil }
        let rest = trimmed[trimmed.index(after: writtenColon)...]
        if scheme == "mailto" { return rest.contains("@") ? encode(trimmed) : nil }
        guard rest.hasPrefix("//"), rest.count > 2, !rest.dropFirst(2).hasPrefix("/") else { return nil }
        return encode(trimmed)
    }

    /// Whitespace, control characters (C0, DEL, C1) and the invisible format characters a
    /// browser or a reader skips over (soft hyphen, zero-width space/joiners, BOM, bidi marks).
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x20, 0x7F...0xA0, 0xAD, 0x1680, 0x180E, 0x2000...0x200F, 0x2028...0x202F, 0x205F...0x206F, 0x3000, 0xFEFF:
            true
        default:
            false
        }
    }

    /// `%xx` escapes decoded until none is left (at most 4 rounds), bytes that are no UTF-8 kept as escapes.
    static func percentDecoded(_ text: String) -> String {
        var current = text
        for _ in 0..<4 {
            guard current.contains("%"), let next = current.removingPercentEncoding ?? lenientlyDecoded(current),
                  next != current else { break }
            current = next
        }
        return current
    }

    /// Decodes the `%xx` escapes that form valid UTF-8 one by one (Foundation gives up on the
    /// whole string at the first invalid one).
    static func lenientlyDecoded(_ text: String) -> String? {
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
               let value = UInt8(String(decoding: utf8[(index + 1)...(index + 2)], as: UTF8.self), radix: 16) {
                bytes.append(value)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
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
        let trimmed = email.trimmingHorizontalSpace()
        guard trimmed.contains("@"), !trimmed.contains(" "), !trimmed.contains(":") else { return nil }
        return safeHref("mailto:" + trimmed)
    }
}
