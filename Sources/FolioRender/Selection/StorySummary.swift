import Foundation
import FolioModel

/// A troubleshooting story in two lines, for the one-page card: what went wrong and why;
/// what was done and what it changed. Each line is cut to fit one printed line
/// (seed 002: "구구절절 적지 말고, 한 눈에 잘 들어올 수 있도록").
enum StorySummary {
    /// The cause's first sentence, or the situation's when there is no cause section.
    static func problem(_ body: MarkdownBody) -> String? {
        guard let text = firstSentence(body.section(.cause)) ?? firstSentence(body.section(.situation)) else { return nil }
        return PageBudget.truncate(text, toEm: PageBudget.storyLineEm)
    }

    /// The action's first sentence → the result's first line (its measured change).
    static func fix(_ body: MarkdownBody) -> String? {
        let action = firstSentence(body.section(.action))
        let result = firstSentence(body.section(.result))
        switch (action, result) {
        case let (action?, result?):
            let resultPart = PageBudget.truncate(result, toEm: PageBudget.storyLineEm * 0.45)
            let room = PageBudget.storyLineEm - PageBudget.em(resultPart) - PageBudget.em(" → ")
            return PageBudget.truncate(action, toEm: room) + " → " + resultPart
        case let (action?, nil):
            return PageBudget.truncate(action, toEm: PageBudget.storyLineEm)
        case let (nil, result?):
            return PageBudget.truncate(result, toEm: PageBudget.storyLineEm)
        case (nil, nil):
            return nil
        }
    }

    /// The first sentence of a section, without list markers or inline Markdown.
    static func firstSentence(_ section: MarkdownBody.Section?) -> String? {
        guard let section else { return nil }
        let lines = section.lines.map(\.value).filter { !$0.hasPrefix("```") && !$0.hasPrefix("~~~") }
        guard let first = lines.first else { return nil }
        // A list item stands alone; a paragraph runs on over the next lines until a list starts.
        let isItem = { (line: String) in MarkdownBody.stripListMarker(line) != line }
        var paragraph = [MarkdownBody.stripListMarker(first)]
        if !isItem(first) {
            paragraph += lines.dropFirst().prefix { !isItem($0) }
        }
        let text = plain(paragraph.joined(separator: " "))
        guard !text.isEmpty else { return nil }
        for end in [". ", "。", "? ", "! "] {
            // The standard library's search, not NSString's: this runs for every story.
            if let range = text.firstRange(of: end) {
                return String(text[..<range.lowerBound]) + end.trimmingCharacters(in: .whitespaces)
            }
        }
        return text
    }

    /// Inline Markdown reduced to its words: code ticks and `**` dropped, a link to its text.
    /// (Single `_` and `*` stay: they are more often part of a name, `unique_key`, than emphasis.)
    static func plain(_ line: String) -> String {
        var out = ""
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == "[", let close = line[index...].firstIndex(of: "]"),
               line.index(after: close) < line.endIndex, line[line.index(after: close)] == "(",
               let paren = line[close...].firstIndex(of: ")") {
                out += line[line.index(after: index)..<close]
                index = line.index(after: paren)
                continue
            }
            if character == "`" { index = line.index(after: index); continue }
            if line[index...].hasPrefix("**") || line[index...].hasPrefix("__") {
                index = line.index(index, offsetBy: 2)
                continue
            }
            out.append(character)
            index = line.index(after: index)
        }
        return out.trimmingCharacters(in: .whitespaces)
    }
}
