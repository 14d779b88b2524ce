import Foundation

/// Substring search as Foundation's `contains` answers it, fast for ordinary text.
///
/// Foundation compares by canonical equivalence and matches only whole characters, which costs
/// a few hundred thousand instructions a call on Linux (the essay rules made thousands). When
/// both texts hold only scalars that neither combine with a neighbour nor decompose differently
/// in context (ASCII and Latin-1, precomposed Hangul syllables, CJK ideographs, common
/// punctuation, full-width forms), canonical equivalence is byte equality and every scalar is a
/// character, so the UTF-8 bytes are compared; any other text goes to Foundation.
enum TextSearch {
    static func contains(_ text: String, _ phrase: String) -> Bool {
        guard isPlain(text), isPlain(phrase) else { return text.contains(phrase) }
        let needle = Array(phrase.utf8)
        guard let first = needle.first else { return true }
        var haystack = text
        return haystack.withUTF8 { bytes in
            guard bytes.count >= needle.count else { return false }
            var index = 0
            let last = bytes.count - needle.count
            while index <= last {
                if bytes[index] == first {
                    var offset = 1
                    while offset < needle.count, bytes[index + offset] == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
                index += 1
            }
            return false
        }
    }

    /// Whether every scalar of `text` is one that stands alone (see the type's description).
    static func isPlain(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0..<0x300, 0xAC00...0xD7A3, 0x4E00...0x9FFF, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0xFF01...0xFF5E: true
            default: false
            }
        }
    }
}
