import FolioModel

/// Measures of free text the rules share: numbers, display width and reading-aloud time.
public enum TextMeasure {
    /// Whether the text has a digit: the seeds ask for numbers (000 §1.1 "정확한 단어선택").
    public static func containsNumber(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains { ("0"..."9").contains($0) || ("０"..."９").contains($0) }
    }

    /// Whether a scalar is a Hangul syllable (가–힣).
    static func isHangulSyllable(_ scalar: Unicode.Scalar) -> Bool {
        (0xAC00...0xD7A3).contains(scalar.value)
    }

    /// Columns the text takes in a monospaced reader's eye: Hangul, CJK and full-width
    /// characters count 2, everything else 1 (so 50 Hangul syllables ≈ 100 Latin letters).
    public static func displayWidth(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in width + (isWide(scalar) ? 2 : 1) }
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
            return true
        default:
            return false
        }
    }

    /// Words separated by white space.
    public static func words(_ text: some StringProtocol) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).count
    }

    /// Seconds to read the text aloud, at the rates of `SpeakingTime` (shared with the
    /// interview sheet), in the language the text is mostly written in.
    public static func secondsToRead(_ text: String) -> Double {
        SpeakingTime.seconds(for: text, language: SpeakingTime.dominantLanguage(of: text))
    }
}
