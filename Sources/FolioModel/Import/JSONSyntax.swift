import Foundation

/// Finds the first syntax error of a JSON document, at its line and column, with what is wrong in
/// both languages: Foundation's parser on Linux says only "around character 34" (a byte offset)
/// or "unexpected end of file", which is no place to edit. Iterative (an explicit stack), so a
/// document nested a million levels deep is read in linear time without exhausting the stack.
public enum JSONSyntax {
    /// A syntax error: 1-based line, and column in characters.
    public struct Problem: Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var message: LocalizedText
    }

    enum State { case value, valueOrClose, keyOrClose, key, colon, commaOrClose, end }


    /// The first syntax error of `data`, or nil when it is well-formed JSON.
    public static func firstProblem(in data: Data) -> Problem? {
        let bytes = [UInt8](data)
        guard let (offset, message) = scan(bytes) else { return nil }
        return locate(offset, in: bytes, message)
    }

    static func scan(_ bytes: [UInt8]) -> (Int, LocalizedText)? {
        var stack: [UInt8] = []
        var state = State.value
        var position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func afterValue() { state = stack.isEmpty ? .end : .commaOrClose }
        func shown(_ byte: UInt8) -> String {
            byte >= 0x20 && byte < 0x7F ? "`\(Character(Unicode.Scalar(byte)))`" : String(format: "0x%02X", byte)
        }
        while true {
            while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
            guard position < bytes.count else {
                if state == .end { return nil }
                let open = stack.last.map { $0 == UInt8(ascii: "{") ? "{" : "[" }
                return (bytes.count, LocalizedText(
                    ko: "JSON이 끝나기 전에 파일이 끝났습니다\(open.map { " (닫히지 않은 \($0))" } ?? "").",
                    en: "the file ends before the JSON does\(open.map { " (an unclosed \($0))" } ?? "")."))
            }
            let byte = bytes[position]
            switch state {
            case .end:
                return (position, LocalizedText(ko: "JSON 문서가 끝난 뒤에 \(shown(byte)) 글자가 더 있습니다.", en: "\(shown(byte)) after the end of the JSON document."))
            case .colon:
                guard byte == UInt8(ascii: ":") else {
                    return (position, LocalizedText(ko: "키 뒤에 콜론(:)이 와야 하는데 \(shown(byte)) 글자가 있습니다.", en: "expected `:` after the key, found \(shown(byte))."))
                }
                position += 1
                state = .value
            case .keyOrClose, .key:
                // A comma before `}` is accepted, as Foundation's parser (which reads the file) accepts it.
                if byte == UInt8(ascii: "}") {
                    stack.removeLast()
                    position += 1
                    afterValue()
                } else if byte == UInt8(ascii: "\"") {
                    if let problem = string(bytes, &position) { return problem }
                    state = .colon
                } else {
                    return (position, LocalizedText(ko: "따옴표로 감싼 키(\"name\")가 와야 하는데 \(shown(byte)) 글자가 있습니다.", en: "expected a key in double quotes (\"name\"), found \(shown(byte))."))
                }
            case .commaOrClose:
                let top = stack.last!
                if byte == UInt8(ascii: ",") {
                    position += 1
                    state = top == UInt8(ascii: "{") ? .key : .value
                } else if byte == UInt8(ascii: "}") && top == UInt8(ascii: "{") || byte == UInt8(ascii: "]") && top == UInt8(ascii: "[") {
                    stack.removeLast()
                    position += 1
                    afterValue()
                } else {
                    let close = top == UInt8(ascii: "{") ? "}" : "]"
                    return (position, LocalizedText(ko: "쉼표(,)나 \(close) 글자가 와야 하는데 \(shown(byte)) 글자가 있습니다.", en: "expected `,` or `\(close)`, found \(shown(byte))."))
                }
            case .value, .valueOrClose:
                // `[1, 2,]` too (as Foundation); a `]` where the document's first value belongs is not.
                if byte == UInt8(ascii: "]"), !stack.isEmpty, stack.last == UInt8(ascii: "[") {
                    stack.removeLast()
                    position += 1
                    afterValue()
                } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                    stack.append(byte)
                    position += 1
                    state = byte == UInt8(ascii: "{") ? .keyOrClose : .valueOrClose
                } else if byte == UInt8(ascii: "\"") {
                    if let problem = string(bytes, &position) { return problem }
                    afterValue()
                } else if byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                    if let problem = number(bytes, &position) { return problem }
                    afterValue()
                } else if let word = ["true", "false", "null"].first(where: { $0.utf8.first == byte }) {
                    guard bytes[position...].starts(with: word.utf8) else {
                        return (position, LocalizedText(ko: "`\(word)`의 철자가 틀렸습니다. 글자라면 큰따옴표로 감싸세요.", en: "a misspelt `\(word)`; put text in double quotes."))
                    }
                    position += word.utf8.count
                    afterValue()
                } else {
                    return (position, LocalizedText(
                        ko: "값이 와야 하는데 \(shown(byte)) 글자가 있습니다. 글자는 큰따옴표로 감싸세요 (\"…\").",
                        en: "expected a value, found \(shown(byte)); text goes in double quotes (\"…\")."))
                }
            }
        }
    }

    /// Moves past the string opening at `position`; a problem when it is not closed or holds a raw
    /// control character or a bad escape.
    static func string(_ bytes: [UInt8], _ position: inout Int) -> (Int, LocalizedText)? {
        let start = position
        position += 1
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") { position += 1; return nil }
            if byte < 0x20 {
                return (position, byte == 0x0A
                    ? LocalizedText(ko: "이 줄에서 연 따옴표(\")가 줄 끝까지 닫히지 않았습니다.", en: "the string opened on this line is not closed before the line ends.")
                    : LocalizedText(ko: "문자열 안에 제어 문자(0x\(String(format: "%02X", byte)))가 있습니다. \\n, \\t처럼 쓰세요.", en: "a control character (0x\(String(format: "%02X", byte))) inside a string; write it as \\n, \\t …"))
            }
            if byte == UInt8(ascii: "\\") {
                guard position + 1 < bytes.count else { break }
                let escape = bytes[position + 1]
                if escape == UInt8(ascii: "u") {
                    let hex = bytes[min(bytes.count, position + 2)..<min(bytes.count, position + 6)]
                    guard hex.count == 4, hex.allSatisfy({ Character(Unicode.Scalar($0)).isHexDigit }) else {
                        return (position, LocalizedText(ko: "\\u 뒤에는 16진수 네 자리가 와야 합니다.", en: "`\\u` must be followed by four hex digits."))
                    }
                    position += 6
                    continue
                }
                guard "\"\\/bfnrt".utf8.contains(escape) else {
                    return (position, LocalizedText(ko: "잘못된 이스케이프입니다. 역슬래시는 \\\\로 쓰세요.", en: "an invalid escape; write a backslash as \\\\."))
                }
                position += 2
                continue
            }
            position += 1
        }
        return (start, LocalizedText(ko: "여기서 연 따옴표(\")가 파일 끝까지 닫히지 않았습니다.", en: "the string opened here is never closed."))
    }

    static func number(_ bytes: [UInt8], _ position: inout Int) -> (Int, LocalizedText)? {
        let start = position
        while position < bytes.count, "+-.eE0123456789".utf8.contains(bytes[position]) { position += 1 }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard text.wholeMatch(of: /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/) != nil else {
            return (start, LocalizedText(ko: "JSON 숫자가 아닙니다: `\(text)`. 글자라면 큰따옴표로 감싸세요.", en: "`\(text)` is not a JSON number; put text in double quotes."))
        }
        return nil
    }

    /// Line and column (in characters) of a byte offset.
    static func locate(_ offset: Int, in bytes: [UInt8], _ message: LocalizedText) -> Problem {
        let before = bytes[..<min(offset, bytes.count)]
        let line = before.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let lineStart = (before.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
        let column = String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self).count + 1
        return Problem(line: line, column: column, message: message)
    }
}
