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
        return haystack.withUTF8 { bytes in needle.withUTF8 { occurs($0, in: bytes) } }
    }

    /// Whether any of `phrases` occurs in `text`, each as `contains` answers it, with the text read
    /// for plainness and copied once, not once a phrase: the posting readers ask every line for a
    /// dozen cues at a time.
    static func containsAny(_ text: some StringProtocol, _ phrases: [String]) -> Bool {
        guard isPlain(text) else { return phrases.contains { text.contains($0) } }
        var haystack = String(text)
        return haystack.withUTF8 { bytes in
            phrases.contains { phrase in
                guard isPlain(phrase) else { return text.contains(phrase) }
                var needle = phrase
                return needle.withUTF8 { occurs($0, in: bytes) }
            }
        }
    }

    /// Whether the bytes of `needle` occur in `bytes` (never an empty needle).
    private static func occurs(_ needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        firstOffset(of: needle, in: bytes) != nil
    }

    /// The offset of the first occurrence of the bytes of `needle` in `bytes`, or nil (also for an
    /// empty needle).
    private static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = 0
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first {
                var offset = 1
                while offset < needle.count, bytes[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// The first range of `phrase` in `text`, as Foundation's `range(of:)` finds it: for plain
    /// text (see the type's description) by comparing UTF-8 bytes, else by Foundation.
    static func range(of phrase: String, in text: String) -> Range<String.Index>? {
        guard isPlain(text), isPlain(phrase) else { return text.range(of: phrase) }
        // The bytes read in place, not copied into arrays: the catalog asks a line for every
        // certificate's and language test's words.
        var haystack = text
        var needle = phrase
        let offset = haystack.withUTF8 { bytes in needle.withUTF8 { firstOffset(of: $0, in: bytes) } }
        guard let offset else { return nil }
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: phrase.utf8.count)
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

    /// Whether every scalar of `text` is one that stands alone (see the type's description). Read
    /// from the UTF-8 bytes where the text has them in one piece (native strings and their
    /// substrings): a posting's line is asked this once for every cue looked for in it, and the
    /// generic scalar walk was half of `folio match` on a long posting in a debug build.
    static func isPlain(_ text: some StringProtocol) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isPlain(utf8:)) ?? text.unicodeScalars.allSatisfy { isPlain(scalar: $0.value) }
    }

    /// `isPlain` of valid UTF-8 (what a Swift string holds), decoding the scalars in place.
    static func isPlain(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                guard lead != 0x0D else { return false }
                index += 1
            } else if lead < 0xE0 {
                // Two bytes: U+0080–U+07FF.
                guard isPlain(scalar: UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)) else { return false }
                index += 2
            } else if lead < 0xF0 {
                // Three bytes: U+0800–U+FFFF.
                let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                guard isPlain(scalar: value) else { return false }
                index += 3
            } else {
                // Four bytes: beyond U+FFFF (emoji, rare ideographs), none of them plain.
                return false
            }
        }
        return true
    }

    /// Whether the scalar `value` stands alone.
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

    /// Whether any of `phrases` occurs in this text, as `contains(_:)` answers for each; the text is
    /// read once for the whole list.
    public func containsAny(of phrases: [String]) -> Bool { TextSearch.containsAny(self, phrases) }
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

    /// Whether any of `phrases` occurs in this text, as `String.containsAny(of:)` answers it.
    public func containsAny(of phrases: [String]) -> Bool { TextSearch.containsAny(self, phrases) }
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
