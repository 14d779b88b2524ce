import Foundation

/// Substring search as Foundation's `contains` answers it, fast for ordinary text.
///
/// Foundation compares by canonical equivalence and matches only whole characters, which costs
/// about 20,000 instructions a call on Linux (`folio check` made thousands: a sixth of its time).
/// When both texts hold only scalars that neither combine with a neighbour nor decompose
/// differently in context (ASCII and Latin-1, precomposed Hangul syllables, CJK ideographs,
/// common punctuation, arrows and mathematical operators, enclosed numbers and geometric shapes, full-width forms), canonical equivalence is byte equality and every scalar
/// is a character, so the UTF-8 bytes are compared; any other text goes to Foundation. As in
/// Foundation, the empty phrase is in no text.
enum TextSearch {
    static func contains(_ text: some StringProtocol, _ phrase: some StringProtocol) -> Bool {
        guard isPlain(text), isPlain(phrase) else { return text.contains(phrase) }
        var haystack = String(text)
        var needle = String(phrase)
        return haystack.withUTF8 { bytes in
            needle.withUTF8 { needle in
                guard let first = needle.first, bytes.count >= needle.count else { return false }
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
    }

    /// The first range of `phrase` in `text`, as Foundation's `range(of:)` finds it: for plain
    /// text (see the type's description) by comparing UTF-8 bytes, else by Foundation.
    static func range(of phrase: String, in text: String) -> Range<String.Index>? {
        guard isPlain(text), isPlain(phrase) else { return text.range(of: phrase) }
        let haystack = Array(text.utf8)
        let needle = Array(phrase.utf8)
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = 0
        while index <= haystack.count - needle.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) {
                let utf8 = text.utf8
                let lower = utf8.index(utf8.startIndex, offsetBy: index)
                return lower..<utf8.index(lower, offsetBy: needle.count)
            }
            index += 1
        }
        return nil
    }

    /// How many times `phrase` occurs in `text`, not overlapping, as counting Foundation's
    /// `components(separatedBy:)` gives it: for plain text by comparing UTF-8 bytes.
    static func count(of phrase: String, in text: String) -> Int {
        guard !phrase.isEmpty else { return 0 }
        guard isPlain(text), isPlain(phrase) else { return text.components(separatedBy: phrase).count - 1 }
        var haystack = text
        var needle = phrase
        return haystack.withUTF8 { bytes in
            needle.withUTF8 { needle in
                guard bytes.count >= needle.count else { return 0 }
                var found = 0
                var index = 0
                let last = bytes.count - needle.count
                while index <= last {
                    var offset = 0
                    while offset < needle.count, bytes[index + offset] == needle[offset] { offset += 1 }
                    if offset == needle.count {
                        found += 1
                        index += needle.count
                    } else {
                        index += 1
                    }
                }
                return found
            }
        }
    }

    /// Whether every scalar of `text` is one that stands alone (see the type's description).
    /// Read on the UTF-8 bytes in place, decoding only the scalars beyond ASCII (the rules ask
    /// this of the same sentence for every phrase they look for).
    static func isPlain(_ text: some StringProtocol) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable(isPlain(utf8:)) { return answer }
        return text.unicodeScalars.allSatisfy { isPlain(scalar: $0.value) }
    }

    /// `isPlain` on well-formed UTF-8 (a Swift string's): a lead byte is followed by its
    /// continuation bytes; four-byte scalars lie beyond U+FFFF, where none is plain.
    static func isPlain(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0x0D { return false }
                index += 1
                continue
            }
            let value: UInt32
            if lead < 0xE0, index + 1 < bytes.count {
                value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            } else if lead < 0xF0, index + 2 < bytes.count {
                value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            } else {
                return false
            }
            if !isPlain(scalar: value) { return false }
        }
        return true
    }

    /// Whether one scalar stands alone.
    static func isPlain(scalar value: UInt32) -> Bool {
        switch value {
        // Not U+000D: CR LF is one character. Bullets and marks postings use (`■`, `●`, `①`,
        // `・`) have no canonical decomposition either.
        case 0..<0x0D, 0x0E..<0x300, 0xAC00...0xD7A3, 0x4E00...0x9FFF, 0x2010...0x2027, 0x2030...0x205E,
             0x2190...0x22FF, 0x2460...0x24FF, 0x2500...0x25FF, 0x3000...0x3029, 0x3130...0x318F, 0x30FB, 0xFF01...0xFF5E: true
        default: false
        }
    }
}

extension String {
    /// Whether `other` occurs in this text: Foundation's answer (canonical equivalence, whole
    /// characters; the empty string is in no text), through `TextSearch`'s byte comparison where
    /// that gives the same answer. Every module that imports FolioModel calls this one for a
    /// `String` argument instead of Foundation's generic `contains`, which on Linux was a sixth of
    /// `folio check`.
    public func contains(_ other: String) -> Bool { TextSearch.contains(self, other) }
}

extension String {
    /// The first range of `phrase`, as Foundation's `range(of:)` finds it (`TextSearch`).
    public func firstRangeOfText(_ phrase: String) -> Range<String.Index>? { TextSearch.range(of: phrase, in: self) }

    /// How many times `phrase` occurs, not overlapping, as `components(separatedBy:)` would
    /// count it (`TextSearch`); 0 for the empty phrase.
    public func occurrences(of phrase: String) -> Int { TextSearch.count(of: phrase, in: self) }
}

extension Substring {
    /// Whether `other` occurs in this text, as `String.contains(_:)` above answers it.
    public func contains(_ other: String) -> Bool { TextSearch.contains(self, other) }
}

extension String {
    /// The text in Unicode Normalization Form C (canonical composition), as Foundation's
    /// `precomposedStringWithCanonicalMapping` gives it. Text made only of scalars that NFC leaves
    /// as they are (ASCII, precomposed Latin-1 and Latin Extended letters, Hangul syllables, CJK
    /// ideographs, general and CJK punctuation, arrows and mathematical operators (`→`), enclosed
    /// numbers, box drawing and geometric shapes, full-width forms) is returned unchanged without
    /// asking Foundation, which costs about 10,000 instructions a call on Linux.
    public var nfc: String {
        let stable = unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0..<0x300, 0xAC00...0xD7A3, 0x4E00...0x9FFF, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x22FF,
                 0x2460...0x25FF, 0x3000...0x3029, 0xFF01...0xFF5E: true
            default: false
            }
        }
        return stable ? self : precomposedStringWithCanonicalMapping
    }
}
