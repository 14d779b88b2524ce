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
        // The first sentence with a change, else the first with a result, else the first: scanned
        // in order until a change is found.
        var scanned: [(sentence: String, scan: MeasurementScan)] = []
        for sentence in results {
            let scan = Measurement.scan(sentence)
            if !scan.changes.isEmpty { break }
            scanned.append((sentence, scan))
        }
        let result = (scanned.count < results.count ? results[scanned.count] : nil)
            ?? scanned.first { $0.scan.hasResult }?.sentence ?? results.first
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
            // On the UTF-8 bytes: every terminator is ASCII or `。` (E3 80 82), and no byte of a
            // multi-byte character is ASCII. Character by character this was a twentieth of `check`.
            let text = Array(plain(block).utf8)
            var start = 0
            var search = 0
            while let end = nextTerminator(in: text, from: search) {
                search = end.upperBound
                if text[end.lowerBound] == UInt8(ascii: "."),
                   !endsSentence(Substring(String(decoding: text[start..<end.lowerBound], as: UTF8.self))) { continue }
                let sentence = String(decoding: text[start..<end.upperBound], as: UTF8.self).trimmingHorizontalSpace()
                if !sentence.isEmpty { result.append(sentence) }
                start = end.upperBound
            }
            let last = String(decoding: text[start...], as: UTF8.self).trimmingHorizontalSpace()
            if !last.isEmpty { result.append(last) }
        }
        return result
    }

    /// The first `. `, `。`, `? ` or `! ` at or after `start` in UTF-8 `text`, as byte offsets.
    static func nextTerminator(in text: [UInt8], from start: Int) -> Range<Int>? {
        var index = start
        while index < text.count {
            let byte = text[index]
            if byte == 0xE3, index + 2 < text.count, text[index + 1] == 0x80, text[index + 2] == 0x82 { return index..<(index + 3) }
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!"),
               index + 1 < text.count, text[index + 1] == UInt8(ascii: " ") {
                return index..<(index + 2)
            }
            index += 1
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
        // On the UTF-8 bytes: the marks are ASCII, and no byte of a multi-byte character is.
        let bytes = Array(line.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        func first(_ byte: Character, from index: Int) -> Int? {
            let value = byte.asciiValue!
            var position = index
            while position < bytes.count { if bytes[position] == value { return position }; position += 1 }
            return nil
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "["), let close = first("]", from: index + 1), close + 1 < bytes.count,
               bytes[close + 1] == UInt8(ascii: "("), let paren = first(")", from: close) {
                out += bytes[(index + 1)..<close]
                index = paren + 1
                continue
            }
            if byte == UInt8(ascii: "`") { index += 1; continue }
            if byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_"), index + 1 < bytes.count, bytes[index + 1] == byte {
                index += 2
                continue
            }
            out.append(byte)
            index += 1
        }
        return String(decoding: out, as: UTF8.self).trimmingHorizontalSpace()
    }
}
