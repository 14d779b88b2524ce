/// A JSON value as `JSONReader` reads it.
enum JSONValue: Sendable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    var string: String? { if case .string(let value) = self { value } else { nil } }
    var bool: Bool? { if case .bool(let value) = self { value } else { nil } }
    var array: [JSONValue]? { if case .array(let value) = self { value } else { nil } }
    var object: [String: JSONValue]? { if case .object(let value) = self { value } else { nil } }
    /// The value as an array of strings, nil unless every element is a string.
    var strings: [String]? {
        guard let array else { return nil }
        var result: [String] = []
        result.reserveCapacity(array.count)
        for element in array {
            guard let text = element.string else { return nil }
            result.append(text)
        }
        return result
    }

    subscript(key: String) -> JSONValue? { object?[key] }
}

/// Reads the JSON files folio ships (`skills.json`) straight from their UTF-8 bytes (RFC 8259:
/// objects, arrays, strings with every escape including surrogate pairs, numbers, literals).
/// `JSONSerialization` spent a twentieth of `folio check` on the skill catalog alone, most of it
/// boxing values as `Any` and casting them back. Nil for text that is not JSON.
enum JSONReader {
    static func parse(_ bytes: [UInt8]) -> JSONValue? {
        var reader = Reader(bytes: bytes)
        reader.skipSpace()
        guard let value = reader.value() else { return nil }
        reader.skipSpace()
        return reader.position == bytes.count ? value : nil
    }

    private struct Reader {
        let bytes: [UInt8]
        var position = 0
        var depth = 0

        mutating func skipSpace() {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x09, 0x0A, 0x0D: position += 1
                default: return
                }
            }
        }

        mutating func value() -> JSONValue? {
            guard position < bytes.count, depth < 512 else { return nil }
            switch bytes[position] {
            case UInt8(ascii: "{"): return object()
            case UInt8(ascii: "["): return array()
            case UInt8(ascii: "\""): return string().map(JSONValue.string)
            case UInt8(ascii: "t"): return literal("true", .bool(true))
            case UInt8(ascii: "f"): return literal("false", .bool(false))
            case UInt8(ascii: "n"): return literal("null", .null)
            default: return number()
            }
        }

        mutating func literal(_ word: String, _ value: JSONValue) -> JSONValue? {
            let spelled = Array(word.utf8)
            guard position + spelled.count <= bytes.count, bytes[position..<(position + spelled.count)].elementsEqual(spelled) else { return nil }
            position += spelled.count
            return value
        }

        mutating func object() -> JSONValue? {
            position += 1
            depth += 1
            defer { depth -= 1 }
            var members: [String: JSONValue] = [:]
            skipSpace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "}") { position += 1; return .object(members) }
            while true {
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\""), let key = string() else { return nil }
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return nil }
                position += 1
                skipSpace()
                guard let member = value() else { return nil }
                members[key] = member
                skipSpace()
                guard position < bytes.count else { return nil }
                if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                if bytes[position] == UInt8(ascii: "}") { position += 1; return .object(members) }
                return nil
            }
        }

        mutating func array() -> JSONValue? {
            position += 1
            depth += 1
            defer { depth -= 1 }
            var elements: [JSONValue] = []
            skipSpace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") { position += 1; return .array(elements) }
            while true {
                skipSpace()
                guard let element = value() else { return nil }
                elements.append(element)
                skipSpace()
                guard position < bytes.count else { return nil }
                if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(elements) }
                return nil
            }
        }

        /// A string at `position` (its opening quote), escapes resolved.
        mutating func string() -> String? {
            position += 1
            var start = position
            var text: [UInt8] = []
            var escapes = false
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") {
                    defer { position += 1 }
                    // Without escapes (nearly every string of the catalog) straight from the bytes.
                    guard escapes else { return String(decoding: bytes[start..<position], as: UTF8.self) }
                    text.append(contentsOf: bytes[start..<position])
                    return String(decoding: text, as: UTF8.self)
                }
                if byte < 0x20 { return nil }
                guard byte == UInt8(ascii: "\\") else { position += 1; continue }
                escapes = true
                text.append(contentsOf: bytes[start..<position])
                position += 1
                guard position < bytes.count else { return nil }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escaped)
                case UInt8(ascii: "b"): text.append(0x08)
                case UInt8(ascii: "f"): text.append(0x0C)
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "r"): text.append(0x0D)
                case UInt8(ascii: "t"): text.append(0x09)
                case UInt8(ascii: "u"):
                    guard var unit = hex4() else { return nil }
                    // A surrogate pair spells one scalar; a lone surrogate becomes U+FFFD.
                    if (0xD800...0xDBFF).contains(unit), position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                       bytes[position + 1] == UInt8(ascii: "u") {
                        let save = position
                        position += 2
                        if let low = hex4(), (0xDC00...0xDFFF).contains(low) {
                            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            position = save
                        }
                    }
                    text.append(contentsOf: Array(String(Unicode.Scalar(unit) ?? "\u{FFFD}").utf8))
                default:
                    return nil
                }
                start = position
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard position + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for byte in bytes[position..<(position + 4)] {
                let digit: UInt32
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
                default: return nil
                }
                value = value * 16 + digit
            }
            position += 4
            return value
        }

        mutating func number() -> JSONValue? {
            let start = position
            while position < bytes.count, "+-0123456789.eE".utf8.contains(bytes[position]) { position += 1 }
            guard position > start, let value = Double(String(decoding: bytes[start..<position], as: UTF8.self)) else { return nil }
            return .number(value)
        }
    }
}
