/// The user's Markdown made safe before it is pasted into a `.md` output:
/// raw HTML outside code becomes text (`<` → `&lt;`, which Markdown shows as `<`), and for the
/// `.md` outputs headings move down so they nest under the card's own heading.
enum BodyMarkdown {
    static func nest(_ markdown: String, headingOffset: Int) -> String {
        transform(markdown) { line, trimmed in
            trimmed.hasPrefix("#") ? String(repeating: "#", count: headingOffset) + trimmed : line
        }
    }

    /// Applies `change` to each line outside fenced code, after escaping its tags.
    static func transform(_ markdown: String, _ change: (String, String) -> String) -> String {
        var fence: String?
        var lines: [String] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                let marker = String(trimmed.prefix(3))
                if fence == nil { fence = marker } else if fence == marker { fence = nil }
                lines.append(line)
                continue
            }
            if fence != nil { lines.append(line); continue }
            let escaped = escapeTags(line)
            lines.append(change(escaped, escapeTags(trimmed)))
        }
        return lines.joined(separator: "\n")
    }

    /// `<` outside inline code becomes `&lt;`.
    static func escapeTags(_ line: String) -> String {
        var out = ""
        var inCode = false
        for character in line {
            if character == "`" { inCode.toggle() }
            out += (character == "<" && !inCode) ? "&lt;" : String(character)
        }
        return out
    }
}
