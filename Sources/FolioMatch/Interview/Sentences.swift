import Foundation
import FolioModel

/// Splits prose into sentences and shortens them for cards that must be said in a minute.
enum Sentences {
    /// The prose of a Markdown section as sentences: lines wrapped inside a paragraph are
    /// joined again, list items stay apart, and sentences end at `.`, `?`, `!` before a space.
    /// A decimal point ("1.2억") is not an end: it is not followed by a space.
    static func prose(_ section: MarkdownBody.Section, includingBullets: Bool = false) -> [String] {
        var paragraphs: [String] = []
        var current: [String] = []
        for line in section.lines {
            let stripped = MarkdownBody.stripListMarker(line.value)
            if stripped != line.value.trimmingCharacters(in: .whitespaces) {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")); current = [] }
                if includingBullets { paragraphs.append(stripped) }
            } else {
                current.append(stripped)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return paragraphs.flatMap(split)
    }

    /// Sentences of a text, split after `.`, `?`, `!` followed by a space, and at line ends.
    static func split(_ text: String) -> [String] {
        var sentences: [String] = []
        for line in text.components(separatedBy: "\n") {
            var current = ""
            let characters = Array(line)
            for (index, character) in characters.enumerated() {
                current.append(character)
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                if ".?!。".contains(character), next == " " {
                    append(current, to: &sentences)
                    current = ""
                }
            }
            append(current, to: &sentences)
        }
        return sentences
    }

    private static func append(_ sentence: String, to list: inout [String]) {
        let trimmed = sentence.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty { list.append(trimmed) }
    }

    /// The first sentence of a section, list items included.
    static func first(_ section: MarkdownBody.Section) -> String? { prose(section, includingBullets: true).first }
}
