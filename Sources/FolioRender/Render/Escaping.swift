import FolioModel
import Mustache

/// Escaping of user text for the two output formats.
public enum Escaping {
    /// Text for HTML element content and double- or single-quoted attribute values.
    public static func html(_ text: String) -> String {
        // Most values have none of the five: nothing to replace, and no walk over the characters.
        if !text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Text for HTML element content with its Markdown code spans as `<code>`: a finding's message
    /// or an interview answer that names `` `contact.email` `` reads as code on the page, not as
    /// backticks. Everything is escaped, the spans' content too; a span is closed by a backtick run
    /// of the same length (as in `markdown`), and an unclosed or empty one stays as written.
    public static func htmlWithCode(_ text: String) -> String {
        let characters = Array(text)
        var out = "", plain = ""
        var index = 0
        while index < characters.count {
            guard characters[index] == "`" else {
                plain.append(characters[index])
                index += 1
                continue
            }
            let run = characters[index...].prefix { $0 == "`" }.count
            if let close = closingRun(of: run, in: characters, from: index + run),
               characters[(index + run)..<close].contains(where: { $0 != " " }) {
                out += html(plain) + "<code>" + html(String(characters[(index + run)..<close])) + "</code>"
                plain = ""
                index = close + run
            } else {
                plain += String(repeating: "`", count: run)
                index += run
            }
        }
        return out + html(plain)
    }

    /// Text that stays text in GitHub-flavoured Markdown: inline markup characters are
    /// backslash-escaped, HTML is turned into entities, a leading block marker (`#`, `-`, `>`,
    /// `1.`) cannot start a heading, list or quote, and line breaks become spaces so a value
    /// cannot end the list item or table row it sits in. A code span the user wrote
    /// (`` `unique_key` ``, closed by a backtick run of the same length) is kept as it is: its
    /// content is shown literally, HTML and all.
    public static func markdown(_ text: String) -> String {
        isPlainMarkdownText(text) ? text : escapedMarkdown(text)
    }

    /// `markdown(_:)` for text that needs a change, character by character.
    static func escapedMarkdown(_ text: String) -> String {
        let oneLine = text.split(whereSeparator: \.isNewline).map { $0.trimmingHorizontalSpace() }
            .joined(separator: " ")
        let characters = Array(oneLine)
        var out = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "`" {
                let run = characters[index...].prefix { $0 == "`" }.count
                if let close = closingRun(of: run, in: characters, from: index + run),
                   characters[(index + run)..<close].contains(where: { $0 != " " }) {
                    out += String(characters[index..<(close + run)])
                    index = close + run
                } else {
                    out += String(repeating: "\\`", count: run)
                    index += run
                }
                continue
            }
            switch character {
            case "\\", "*", "_", "[", "]", "|", "~", "#", "!": out += "\\" + String(character)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            default:
                // Control characters (a form feed, an escape) are no text a reader can see.
                if character.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
                    out += " "
                } else {
                    out.append(character)
                }
            }
            index += 1
        }
        if let first = out.first, "-+=".contains(first) { out = "\\" + out }
        // "1. " or "1) " at the start would begin an ordered list.
        let digits = out.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count < out.count {
            let afterIndex = out.index(out.startIndex, offsetBy: digits.count)
            let after = out[afterIndex]
            let next = out.index(after: afterIndex) < out.endIndex ? out[out.index(after: afterIndex)] : " "
            if after == "." || after == ")", next == " " {
                out.insert("\\", at: out.index(out.startIndex, offsetBy: digits.count))
            }
        }
        return out
    }

    /// Whether `markdown(_:)` would return `text` as it is: no markup or HTML character, no line
    /// break or control character, no space at either end, and no block marker or number first.
    /// Asked on the bytes and scalars, so that most values skip the walk over their characters.
    static func isPlainMarkdownText(_ text: String) -> Bool {
        let special: Set<UInt8> = Set("\\*_[]|~#!<>&`".utf8)
        for byte in text.utf8 where byte < 0x20 || byte == 0x7F || special.contains(byte) { return false }
        for scalar in text.unicodeScalars where (0x80...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}" {
            return false
        }
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
        let isSpace = { (scalar: Unicode.Scalar) in scalar == " " || scalar.properties.generalCategory == .spaceSeparator }
        if isSpace(first) || isSpace(last) || "-+=".unicodeScalars.contains(first) { return false }
        return text.first?.isNumber != true
    }

    /// Where a backtick run of exactly `length` starts at or after `start`, if any.
    private static func closingRun(of length: Int, in characters: [Character], from start: Int) -> Int? {
        var index = start
        while index < characters.count {
            guard characters[index] == "`" else { index += 1; continue }
            let run = characters[index...].prefix { $0 == "`" }.count
            if run == length { return index }
            index += run
        }
        return nil
    }

    /// Plain text (`.txt` outputs): control characters, which no reader sees and a terminal
    /// would act on, become spaces; everything else is kept as written.
    public static func plainText(_ text: String) -> String {
        String(scalars: text.unicodeScalars.map { scalar in
            (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value) ? " " : scalar
        })
    }
}

/// Mustache content type `MARKDOWN`: `{{value}}` in a `.md` template is escaped for Markdown
/// (select it with `{{% CONTENT_TYPE: MARKDOWN}}` on a template's first line).
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { Escaping.markdown(text) }
}

/// Mustache content type `FOLIO_HTML`: like the built-in HTML type, and also escapes `'`.
struct HTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { Escaping.html(text) }
}

/// Mustache content type `FOLIO_TEXT`, for `.txt` templates: `Escaping.plainText`.
struct PlainTextContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { Escaping.plainText(text) }
}

/// How every template folio renders is read: the escaping is chosen by the file's extension,
/// not by the template, so a copied and edited template cannot turn it off.
///
/// - `*.md.mustache` escapes values with `Escaping.markdown`, `*.html.mustache` with
///   `Escaping.html`, `*.txt.mustache` with `Escaping.plainText`; a `{{% CONTENT_TYPE: … }}`
///   line in the template is replaced by that choice.
/// - `{{{name}}}` and `{{& name}}` insert a value unescaped, so they are allowed only for the
///   values folio prepares itself, whose names end in `html`, `markdown` or `css` (the
///   stylesheet, sanitised bodies); anything else is a template error at its line.
public enum TemplateSource {
    /// The template text to parse, or the error for an unescaped user value.
    public static func prepare(_ text: String, path: String) throws(FolioError) -> String {
        registerContentTypes
        let type: String
        if path.hasSuffix(".md.mustache") { type = "MARKDOWN" }
        else if path.hasSuffix(".html.mustache") { type = "FOLIO_HTML" }
        else { type = "FOLIO_TEXT" }
        var lines = text.linesAtLineFeeds()
        for (number, line) in lines.enumerated() {
            for (whole, name) in rawTags(in: line) {
                let lowered = name.lowercased()
                guard name == "." || lowered.hasSuffix("html") || lowered.hasSuffix("markdown") || lowered.hasSuffix("css") else {
                    throw .template(
                        path: "\(path):\(number + 1)",
                        reason: LocalizedText(
                            ko: "\(Josa.subject.after("`\(whole)`")) `\(name)`의 값을 이스케이프하지 않고 넣습니다. `{{\(name)}}`로 쓰세요 (그대로 넣을 수 있는 것은 folio가 준비한 …html, …markdown, …css 이름의 값뿐입니다)",
                            en: "`\(whole)` would insert `\(name)` unescaped; write `{{\(name)}}` (only values folio prepares, named …html, …markdown or …css, may be inserted raw)"))
                }
            }
        }
        // Keep the line count, so template errors keep their line numbers.
        if let first = lines.first, isContentTypePragma(first) {
            lines[0] = ""
        }
        return "{{% CONTENT_TYPE: \(type)}}" + lines.joined(separator: "\n")
    }

    /// Every `{{{name}}}` and `{{& name}}` of a line, left to right, with the name inside (white
    /// space trimmed), as the pattern `\{\{(?:\{\s*([^}]*?)\s*\}|&\s*([^}]*?)\s*)\}\}` finds them.
    /// Read character by character: compiling and running a Swift Regex cost more than parsing the
    /// templates.
    static func rawTags(in line: String) -> [(whole: String, name: String)] {
        // Most lines have no `{{{` and no `{{&`: ask the UTF-8 bytes before walking the characters.
        var brace = 0
        let opens = line.utf8.contains { byte in
            if byte == UInt8(ascii: "{") {
                brace += 1
                return brace >= 3
            }
            defer { brace = 0 }
            return brace >= 2 && byte == UInt8(ascii: "&")
        }
        guard opens else { return [] }
        var found: [(whole: String, name: String)] = []
        var index = line.startIndex
        while index < line.endIndex {
            let second = line.index(after: index)
            guard line[index] == "{", second < line.endIndex, line[second] == "{",
                  case let third = line.index(after: second), third < line.endIndex, line[third] == "{" || line[third] == "&" else {
                index = second
                continue
            }
            let triple = line[third] == "{"
            let contentStart = line.index(after: third)
            let close = line[contentStart...].firstIndex(of: "}") ?? line.endIndex
            // `{{{name}}}` closes with three braces, `{{& name}}` with two.
            let closing = triple ? 3 : 2
            guard line[close...].prefix(closing).count == closing, line[close...].prefix(closing).allSatisfy({ $0 == "}" }) else {
                index = second
                continue
            }
            let end = line.index(close, offsetBy: closing)
            let name = line[contentStart..<close].trimmedWhitespace()
            found.append((String(line[index..<end]), name))
            index = end
        }
        return found
    }

    /// Whether the line is a `{{% CONTENT_TYPE: … }}` pragma alone, as the pattern
    /// `^\s*\{\{%\s*CONTENT_TYPE\s*:[^}]*\}\}\s*$` matches it.
    static func isContentTypePragma(_ line: String) -> Bool {
        var rest = Substring(line).drop(while: \.isWhitespace)
        guard rest.hasPrefix("{{%") else { return false }
        rest = rest.dropFirst(3).drop(while: \.isWhitespace)
        guard rest.hasPrefix("CONTENT_TYPE") else { return false }
        rest = rest.dropFirst("CONTENT_TYPE".count).drop(while: \.isWhitespace)
        guard rest.first == ":" else { return false }
        rest = rest.dropFirst().drop { $0 != "}" }
        guard rest.hasPrefix("}}") else { return false }
        return rest.dropFirst(2).allSatisfy(\.isWhitespace)
    }

    /// The content types `prepare` selects, registered once per process.
    static let registerContentTypes: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
        MustacheContentTypes.register(HTMLContentType(), named: "FOLIO_HTML")
        MustacheContentTypes.register(PlainTextContentType(), named: "FOLIO_TEXT")
    }()
}
