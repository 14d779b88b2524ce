import Foundation

/// A small HTML parser for the tests: enough of the HTML tokenizer to read what a browser
/// would build from our output (void elements, raw-text `script`/`style`, quoted and unquoted
/// attributes, character references, implied end tags closed by their parent's end tag).
/// The tests assert on elements, attributes and text, never on the HTML source.
final class HTMLElement {
    let name: String
    var attributes: [String: String]
    var children: [HTMLNode] = []
    weak var parent: HTMLElement?

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every descendant element named `name` (a tag, or `tag.class`, or `.class`, or `#id`).
    func all(_ selector: String) -> [HTMLElement] {
        var found: [HTMLElement] = []
        for child in children {
            guard case .element(let element) = child else { continue }
            if element.matches(selector) { found.append(element) }
            found += element.all(selector)
        }
        return found
    }

    func first(_ selector: String) -> HTMLElement? { all(selector).first }

    func matches(_ selector: String) -> Bool {
        if selector.hasPrefix("#") { return attributes["id"] == String(selector.dropFirst()) }
        let parts = selector.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if !parts[0].isEmpty, parts[0] != name { return false }
        let classes = Set((attributes["class"] ?? "").split(separator: " ").map(String.init))
        return parts.dropFirst().allSatisfy { classes.contains($0) }
    }

    /// The text content, whitespace collapsed.
    var text: String {
        rawText.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    var rawText: String {
        children.map { child in
            switch child {
            case .text(let text): text
            case .element(let element): element.rawText
            }
        }.joined()
    }
}

enum HTMLNode {
    case element(HTMLElement)
    case text(String)
}

enum HTMLTree {
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
    static let rawTextElements: Set<String> = ["script", "style", "textarea", "title"]

    /// The document: a root element holding `html`.
    static func parse(_ html: String) -> HTMLElement {
        let root = HTMLElement(name: "#document", attributes: [:])
        var current = root
        let characters = Array(html)
        var index = 0
        var text = ""

        func flushText() {
            if !text.isEmpty { current.children.append(.text(decode(text))) }
            text = ""
        }

        while index < characters.count {
            let character = characters[index]
            guard character == "<", index + 1 < characters.count else {
                text.append(character)
                index += 1
                continue
            }
            let next = characters[index + 1]
            if next == "!" {
                // Comment or doctype: skip to the end.
                flushText()
                let rest = String(characters[index...])
                let end = rest.hasPrefix("<!--") ? rest.range(of: "-->").map { rest.distance(from: rest.startIndex, to: $0.upperBound) }
                    : rest.firstIndex(of: ">").map { rest.distance(from: rest.startIndex, to: $0) + 1 }
                index += end ?? characters.count
                continue
            }
            if next == "/" {
                var cursor = index + 2
                var name = ""
                while cursor < characters.count, characters[cursor] != ">" { name.append(characters[cursor]); cursor += 1 }
                flushText()
                let closing = name.trimmingCharacters(in: .whitespaces).lowercased()
                // Close up to the matching open element (implied end tags).
                var element: HTMLElement? = current
                while let candidate = element, candidate.name != closing { element = candidate.parent }
                if let element, let parent = element.parent { current = parent }
                index = cursor + 1
                continue
            }
            guard next.isLetter else {
                text.append(character)
                index += 1
                continue
            }
            flushText()
            // Start tag.
            var cursor = index + 1
            var name = ""
            while cursor < characters.count, !characters[cursor].isWhitespace, characters[cursor] != ">", characters[cursor] != "/" {
                name.append(characters[cursor]); cursor += 1
            }
            name = name.lowercased()
            var attributes: [String: String] = [:]
            var selfClosing = false
            while cursor < characters.count, characters[cursor] != ">" {
                let c = characters[cursor]
                if c.isWhitespace { cursor += 1; continue }
                if c == "/" { selfClosing = true; cursor += 1; continue }
                var key = ""
                while cursor < characters.count, !characters[cursor].isWhitespace, !"=>/".contains(characters[cursor]) {
                    key.append(characters[cursor]); cursor += 1
                }
                var value = ""
                if cursor < characters.count, characters[cursor] == "=" {
                    cursor += 1
                    if cursor < characters.count, characters[cursor] == "\"" || characters[cursor] == "'" {
                        let quote = characters[cursor]
                        cursor += 1
                        while cursor < characters.count, characters[cursor] != quote { value.append(characters[cursor]); cursor += 1 }
                        cursor += 1
                    } else {
                        while cursor < characters.count, !characters[cursor].isWhitespace, characters[cursor] != ">" {
                            value.append(characters[cursor]); cursor += 1
                        }
                    }
                }
                if !key.isEmpty { attributes[key.lowercased()] = decode(value) }
            }
            index = cursor + 1
            let element = HTMLElement(name: name, attributes: attributes)
            element.parent = current
            current.children.append(.element(element))
            if voidElements.contains(name) || selfClosing { continue }
            if rawTextElements.contains(name) {
                let rest = String(characters[index...])
                let closeTag = "</\(name)"
                let end = rest.range(of: closeTag, options: .caseInsensitive)
                let body = end.map { String(rest[..<$0.lowerBound]) } ?? rest
                element.children.append(.text(name == "title" || name == "textarea" ? decode(body) : body))
                index += body.count
                if let end, let close = rest[end.upperBound...].firstIndex(of: ">") {
                    index += rest.distance(from: end.lowerBound, to: close) + 1
                }
                continue
            }
            current = element
        }
        flushText()
        return root
    }

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "&", let semicolon = text[index...].firstIndex(of: ";"),
               text.distance(from: index, to: semicolon) <= 10 {
                let entity = String(text[text.index(after: index)..<semicolon])
                let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}"]
                var decoded: String?
                if let value = named[entity] {
                    decoded = value
                } else if entity.hasPrefix("#x") || entity.hasPrefix("#X"), let code = UInt32(entity.dropFirst(2), radix: 16) {
                    decoded = Unicode.Scalar(code).map { String(Character($0)) }
                } else if entity.hasPrefix("#"), let code = UInt32(entity.dropFirst()) {
                    decoded = Unicode.Scalar(code).map { String(Character($0)) }
                }
                if let decoded {
                    out += decoded
                    index = text.index(after: semicolon)
                    continue
                }
            }
            out.append(text[index])
            index = text.index(after: index)
        }
        return out
    }
}
