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
            if stripped != line.value.trimmingHorizontalSpace() {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")); current = [] }
                if includingBullets { paragraphs.append(stripped) }
            } else {
                current.append(stripped)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return paragraphs.flatMap(split)
    }

    /// Sentences of a text, split after `.`, `?`, `!` followed by a space (not after an ellipsis `...`
    /// or an option's label `A.`), and at line ends.
    static func split(_ text: String) -> [String] {
        var sentences: [String] = []
        for line in text.components(separatedBy: "\n") {
            var current = ""
            let characters = Array(line)
            for (index, character) in characters.enumerated() {
                current.append(character)
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                // An ellipsis ("INSERT ... ON CONFLICT") and an option's label ("A. executor 메모리 증설",
                // "2. 재시도") leave the sentence open.
                let ellipsis = character == "." && index > 0 && characters[index - 1] == "."
                let label = character == "." && Self.isLabel(current.dropLast())
                if ".?!。".contains(character), next == " ", !ellipsis, !label {
                    append(current, to: &sentences)
                    current = ""
                }
            }
            append(current, to: &sentences)
        }
        return sentences
    }

    /// A list label: one letter or a number, alone at the start ("A", "12").
    static func isLabel(_ text: Substring) -> Bool {
        let trimmed = text.trimmingHorizontalSpace()
        return (trimmed.count == 1 && trimmed.first?.isLetter == true) || (!trimmed.isEmpty && trimmed.count <= 2 && trimmed.allSatisfy(\.isNumber))
    }

    private static func append(_ sentence: String, to list: inout [String]) {
        let trimmed = sentence.trimmingHorizontalSpace()
        if !trimmed.isEmpty { list.append(trimmed) }
    }

    /// The first sentence of a section, list items included.
    static func first(_ section: MarkdownBody.Section) -> String? { prose(section, includingBullets: true).first }
}
