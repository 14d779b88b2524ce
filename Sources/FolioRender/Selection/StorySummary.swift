import Foundation
import FolioModel

/// A troubleshooting story in two lines, for the one-page card: what went wrong and why; what
/// was done and what it changed, with its measured result. Each part is a whole sentence, never
/// cut inside a word or a number: a line that is too long wraps, and the one-page selection
/// measures the wrapped box (seed 002: "구구절절 적지 말고, 한 눈에 잘 들어올 수 있도록").
enum StorySummary {
    /// The cause section's sentence that states the cause (`Causes.statement`, not the diagnostic
    /// step written before it), or the situation's first sentence when there is no cause section.
    static func problem(_ body: MarkdownBody) -> String? {
        Causes.statement(among: sentences(body.section(.cause))) ?? firstSentence(body.section(.situation))
    }

    /// The action's first sentence → the result's measured sentence: the first the text layer
    /// reads a measured change in (`6시간 → 20분`), else the first with a measured result, else the first.
    static func fix(_ body: MarkdownBody) -> String? {
        let action = doneSentence(body.section(.action))
        let results = sentences(body.section(.result))
        let scans = results.map { Measurement.scan($0) }
        let result = zip(results, scans).first { !$0.1.changes.isEmpty }?.0
            ?? zip(results, scans).first { $0.1.hasResult }?.0 ?? results.first
        switch (action, result) {
        case let (action?, result?): return action + " → " + result
        case let (action?, nil): return action
        case let (nil, result?): return result
        case (nil, nil): return nil
        }
    }

    /// The action's first sentence that says what was done. In an action section that weighs options
    /// inside (`## 해결 방법` with `- 대안 1: …`, `- 대안 2: …`, then "원인을 없애는 대안 2를 선택했습니다"),
    /// neither an option nor a sentence weighing them: the first sentence after the choice, else the
    /// chosen option without its label; never an option that was set aside.
    static func doneSentence(_ section: MarkdownBody.Section?) -> String? {
        guard let section, section.listsOptionsInside else { return firstSentence(section) }
        let options = Set(section.options.map { plain($0.value) })
        return sentences(section).first { !options.contains($0) && !section.weighsOptions($0) }
            ?? section.chosenOptions.first.map { plain(Alternatives.withoutLabel($0)) }
    }

    /// The first sentence of a section, without list markers or inline Markdown.
    static func firstSentence(_ section: MarkdownBody.Section?) -> String? {
        sentences(section).first
    }

    /// The section's sentences in order: each list item is one; a paragraph is split after
    /// `. `, `? `, `! ` and `。` (a decimal point, `99.9`, is not followed by a space).
    static func sentences(_ section: MarkdownBody.Section?) -> [String] {
        guard let section else { return [] }
        let lines = section.lines.map(\.value).filter { !$0.hasPrefix("```") && !$0.hasPrefix("~~~") }
        let isItem = { (line: String) in MarkdownBody.stripListMarker(line) != line }
        var blocks: [String] = []
        var paragraph: [String] = []
        for line in lines {
            if isItem(line) {
                if !paragraph.isEmpty { blocks.append(paragraph.joined(separator: " ")); paragraph = [] }
                blocks.append(MarkdownBody.stripListMarker(line))
            } else {
                paragraph.append(line)
            }
        }
        if !paragraph.isEmpty { blocks.append(paragraph.joined(separator: " ")) }
        var result: [String] = []
        for block in blocks {
            let text = plain(block)
            var start = text.startIndex
            var search = text.startIndex
            // One pass over the characters, not a search per terminator: this runs for every story.
            while let end = nextTerminator(in: text, from: search) {
                search = end.upperBound
                if text[end.lowerBound] == ".", !endsSentence(text[start..<end.lowerBound]) { continue }
                let sentence = text[start..<end.upperBound].trimmingCharacters(in: .whitespaces)
                if !sentence.isEmpty { result.append(sentence) }
                start = end.upperBound
            }
            let last = text[start...].trimmingCharacters(in: .whitespaces)
            if !last.isEmpty { result.append(last) }
        }
        return result
    }

    /// The first `. `, `。`, `? ` or `! ` at or after `start`, compared character by character.
    static func nextTerminator(in text: String, from start: String.Index) -> Range<String.Index>? {
        var index = start
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "。" { return index..<next }
            if character == "." || character == "?" || character == "!", next < text.endIndex, text[next] == " " {
                return index..<text.index(after: next)
            }
            index = next
        }
        return nil
    }

    /// Whether a period after `text` ends a sentence: not after another period (`INSERT ... ON`),
    /// an abbreviation (`e.g.`, `vs.`) or a single letter (`J. Kim`).
    static func endsSentence(_ text: Substring) -> Bool {
        guard let last = text.last, last != "." else { return false }
        let word = text.split(separator: " ").last.map { $0.lowercased() } ?? ""
        if ["e.g", "i.e", "vs", "etc", "approx", "cf", "mr", "ms", "dr", "no", "fig"].contains(word) { return false }
        return !(word.count == 1 && last.isLetter)
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
