/// User text made safe to print on a terminal: escape sequences and control characters from a
/// workspace (a title with `ESC[2J`, a file name with a newline) are shown as visible escapes
/// (`\e`, `\n`, `\u{9B}`) so they cannot move the cursor, recolour the screen or start a line
/// that looks like a finding. The one escaping function for terminal output.
public enum TerminalText {
    /// One line: every C0 and C1 control character, DEL and the bidirectional overrides become
    /// visible escapes; a line break becomes `\n`.
    public static func line(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else { out.unicodeScalars.append(scalar); continue }
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{1B}": out += "\\e"
            default: out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return out
    }

    /// Several lines: each line cleaned as by `line(_:)`, the line breaks kept.
    public static func lines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line(String($0)) }.joined(separator: "\n")
    }

    /// C0 (U+0000–U+001F), DEL, C1 (U+0080–U+009F), and the bidi embeddings, overrides and
    /// isolates (U+202A–U+202E, U+2066–U+2069) that reorder what a terminal shows.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}

extension TerminalText {
    /// JSON text made terminal-safe without changing what it means: the characters `line(_:)`
    /// escapes that a JSON encoder leaves raw (DEL, C1, bidi controls) become `\uXXXX` escapes.
    /// They can only occur inside JSON strings, where the escape is valid.
    public static func json(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar), scalar != "\n" {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
