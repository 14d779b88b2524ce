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
    public func trimmingHorizontalSpace() -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, Self.isHorizontalSpace(scalars[start]) { scalars.formIndex(after: &start) }
        while end > start, Self.isHorizontalSpace(scalars[scalars.index(before: end)]) { scalars.formIndex(before: &end) }
        var trimmed = String.UnicodeScalarView()
        trimmed.append(contentsOf: scalars[start..<end])
        return String(trimmed)
    }

    /// The text without leading and trailing punctuation: what Foundation's
    /// `trimmingCharacters(in: .punctuationCharacters)` removes (Unicode's general categories P*).
    public func trimmingPunctuation() -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, Self.isPunctuation(scalars[start]) { scalars.formIndex(after: &start) }
        while end > start, Self.isPunctuation(scalars[scalars.index(before: end)]) { scalars.formIndex(before: &end) }
        var trimmed = String.UnicodeScalarView()
        trimmed.append(contentsOf: scalars[start..<end])
        return String(trimmed)
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
