extension StringProtocol where UTF8View: BidirectionalCollection, UTF8View.Index == Index {
    /// The text without leading and trailing white space (spaces, tabs, line breaks, and
    /// Unicode spaces such as U+3000).
    ///
    /// Native Swift instead of Foundation's `trimmingCharacters(in:)`, which bridges through
    /// NSString on Linux; and ASCII spaces are skipped on the UTF-8 bytes first, since the
    /// loader trims every line of every file and a 4,000-file workspace must load in well
    /// under a second.
    public func trimmedWhitespace() -> String {
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, Self.isASCIISpace(bytes[start]) { bytes.formIndex(after: &start) }
        while end > start, Self.isASCIISpace(bytes[bytes.index(before: end)]) { bytes.formIndex(before: &end) }
        let candidate = self[start..<end]
        // Rare: a non-ASCII space (U+3000, NBSP) at either end needs the Character-based trim.
        if let first = candidate.unicodeScalars.first, !first.isASCII, first.properties.isWhitespace {
            return Self.slowTrim(candidate)
        }
        if let last = candidate.unicodeScalars.last, !last.isASCII, last.properties.isWhitespace {
            return Self.slowTrim(candidate)
        }
        return String(candidate)
    }

    /// The text without leading and trailing spaces and tabs: what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` removes (Unicode's space separators, Zs, and
    /// U+0009), line breaks kept. Native Swift: Foundation's bridges through NSString on Linux,
    /// some 40,000 instructions a call.
    public func trimmingHorizontalSpace() -> String { trimmingScalars(where: Self.isHorizontalSpace) }

    /// The text without leading and trailing punctuation: what Foundation's
    /// `trimmingCharacters(in: .punctuationCharacters)` removes (Unicode's general categories P*).
    public func trimmingPunctuation() -> String { trimmingScalars(where: Self.isPunctuation) }

    /// The text without the scalars at either end that `test` accepts.
    private func trimmingScalars(where test: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, test(scalars[start]) { scalars.formIndex(after: &start) }
        while end > start, test(scalars[scalars.index(before: end)]) { scalars.formIndex(before: &end) }
        return String(scalars: scalars[start..<end])
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: true
        default: false
        }
    }

    private static func isHorizontalSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || (!scalar.isASCII && scalar.properties.generalCategory == .spaceSeparator)
    }

    private static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }

    private static func slowTrim(_ text: SubSequence) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[first...last])
    }
}

extension String {
    /// The text without the invisible format characters a copy from a web page or a chat leaves
    /// in a name: zero-width space, non-joiner and joiner (U+200B–U+200D), word joiner (U+2060)
    /// and a stray byte-order mark (U+FEFF). `Apache Spark\u{200B}` is `Apache Spark`: the same
    /// skill, printed without the character in every output. A joiner inside an emoji sequence
    /// (`👩‍💻`, `🏳️‍🌈`, `🧑🏽‍🚀`: after an emoji, its variation selector or skin tone, before another
    /// emoji) is kept: it is what makes the sequence one picture, and without it two are shown.
    public func droppingInvisibleFormatCharacters() -> String {
        guard unicodeScalars.contains(where: Self.isInvisibleFormat) else { return self }
        let scalars = Array(unicodeScalars)
        var kept: [Unicode.Scalar] = []
        kept.reserveCapacity(scalars.count)
        for (index, scalar) in scalars.enumerated() {
            if Self.isInvisibleFormat(scalar) {
                let joinsEmoji = scalar.value == 0x200D && index > 0 && index + 1 < scalars.count
                    && Self.endsEmoji(scalars[index - 1]) && Self.isEmoji(scalars[index + 1])
                guard joinsEmoji else { continue }
            }
            kept.append(scalar)
        }
        return String(scalars: kept)
    }

    /// An emoji picture (not the ASCII digits, `#` and `*` that have the emoji property as keycap bases).
    static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value > 0x7F && scalar.properties.isEmoji
    }

    /// What an emoji within a sequence ends with: the picture, its variation selector (U+FE0F) or its skin tone.
    static func endsEmoji(_ scalar: Unicode.Scalar) -> Bool {
        isEmoji(scalar) || scalar.value == 0xFE0F || scalar.properties.isEmojiModifier
    }

    /// The invisible format characters in the text (`droppingInvisibleFormatCharacters` drops them),
    /// as `U+200B` and so on, each once in the order found: for a message about a value made of them.
    public var invisibleFormatCharacterCodes: [String] {
        var codes: [String] = []
        for scalar in unicodeScalars where Self.isInvisibleFormat(scalar) {
            let code = "U+" + String(scalar.value, radix: 16, uppercase: true)
            if !codes.contains(code) { codes.append(code) }
        }
        return codes
    }

    static func isInvisibleFormat(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200D, 0x2060, 0xFEFF: true
        default: false
        }
    }

    /// The text split at every line feed that is a character of its own (not the end of a CR LF
    /// pair), as `split(separator: "\n", omittingEmptySubsequences: false)` splits it; on the
    /// UTF-8 bytes rather than the characters (a tenth of the YAML reader's time).
    public func linesAtLineFeeds() -> [String] {
        let bytes = Array(utf8)
        var lines: [String] = []
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A && (index == 0 || bytes[index - 1] != 0x0D) {
            lines.append(String(decoding: bytes[start..<index], as: UTF8.self))
            start = index + 1
        }
        lines.append(String(decoding: bytes[start...], as: UTF8.self))
        return lines
    }
}

extension Int {
    /// The number in decimal, zero-padded to `width` characters as C's `%0*d` pads it (`7` → `07`,
    /// `-5` → `-005` at width 4); without `String(format:)`, which costs a hundred times more on Linux.
    func zeroPadded(_ width: Int) -> String {
        let digits = String(magnitude)
        let sign = self < 0 ? "-" : ""
        let padding = Swift.max(0, width - sign.count - digits.count)
        return sign + String(repeating: "0", count: padding) + digits
    }
}
