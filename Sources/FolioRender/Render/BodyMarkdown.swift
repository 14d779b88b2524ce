/// The Markdown of a project or story section, made safe to paste under a card's heading in
/// the `.md` outputs: headings move down so they nest under the card, and raw HTML outside
/// code becomes text (GitHub would strip it; other viewers might run it).
enum BodyMarkdown {
    static func nest(_ markdown: String, headingOffset: Int) -> String {
        var inFence = false
        var lines: [String] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                lines.append(line)
                continue
            }
            if inFence { lines.append(line); continue }
            var text = escapeTags(line)
            if trimmed.hasPrefix("#") { text = String(repeating: "#", count: headingOffset) + trimmed }
            lines.append(text)
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
