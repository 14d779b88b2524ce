import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How an application form counts the length of an answer: the four rules Korean 자기소개서
/// forms state (공백 포함, 공백 제외, bytes in CP949/EUC-KR, bytes in UTF-8).
///
/// Every rule counts the NFC form of the text (a form receives `한` as one precomposed syllable
/// even when a Mac pasted it as three jamo), and a line break (LF, CR or CRLF) as
/// `LineBreaks.width` characters or bytes: 1 where the form's script counts `\n`, 2 where the
/// form counts what the browser submits (`\r\n`).
public enum CountingRule: String, Sendable, CaseIterable, Codable {
    /// 공백 포함: every character, spaces and line breaks included. A character is a UTF-16
    /// code unit, as a form's `maxlength` and its script's `value.length` count: an emoji
    /// outside the Basic Multilingual Plane (😀) counts 2, a Hangul syllable or a letter 1.
    case withSpaces = "with-spaces"
    /// 공백 제외: as `withSpaces`, but spaces, tabs, line breaks and other white space count 0.
    case withoutSpaces = "without-spaces"
    /// Bytes in CP949 (what a form labelled EUC-KR really uses: the WHATWG Encoding Standard
    /// maps the label `euc-kr` to windows-949): 1 per ASCII character, 2 per Hangul syllable,
    /// jamo, Hanja or symbol of KS X 1001. A character CP949 cannot hold (an emoji, `é`, `—`)
    /// is sent by the browser as a decimal character reference (`&#128512;`), so it counts the
    /// bytes of that reference; `EssayCount.unencodable` names such characters.
    case bytesCP949 = "bytes-cp949"
    /// Bytes in UTF-8: 1 per ASCII character, 3 per Hangul syllable, 4 per emoji outside the BMP.
    case bytesUTF8 = "bytes-utf8"

    /// The rule a user names: `with-spaces`, `공백 포함`, `bytes`, `euc-kr`, `utf-8 bytes` ….
    public init?(userValue: String) {
        let key = userValue.lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "_" }
        switch key {
        case "withspaces", "공백포함", "spaces", "characters", "chars", "자", "글자": self = .withSpaces
        case "withoutspaces", "nospaces", "공백제외", "공백미포함": self = .withoutSpaces
        case "bytes", "byte", "바이트", "bytescp949", "cp949", "euckr", "bytesEUCKR".lowercased(), "cp949bytes", "euckrbytes":
            self = .bytesCP949
        case "bytesutf8", "utf8", "utf8bytes": self = .bytesUTF8
        default: return nil
        }
    }

    /// The words a person reads, e.g. `공백 포함` / `with spaces`.
    public var label: LocalizedText {
        switch self {
        case .withSpaces: LocalizedText(ko: "공백 포함", en: "with spaces")
        case .withoutSpaces: LocalizedText(ko: "공백 제외", en: "without spaces")
        case .bytesCP949: LocalizedText(ko: "바이트(CP949/EUC-KR)", en: "bytes (CP949/EUC-KR)")
        case .bytesUTF8: LocalizedText(ko: "바이트(UTF-8)", en: "bytes (UTF-8)")
        }
    }

    /// The unit after a number: `자` / `characters` or `바이트` / `bytes`.
    public var unit: LocalizedText {
        switch self {
        case .withSpaces, .withoutSpaces: LocalizedText(ko: "자", en: " characters")
        case .bytesCP949, .bytesUTF8: LocalizedText(ko: "바이트", en: " bytes")
        }
    }
}

/// How many characters (or bytes) a line break counts: 1 (`\n`) or 2 (`\r\n`, as submitted).
public enum LineBreaks: Int, Sendable, Codable, CaseIterable {
    case one = 1
    case two = 2

    public var width: Int { rawValue }
}

/// The one place folio counts an answer's length (CountingRule describes each rule).
public enum EssayCount {
    /// The length of `text` under `rule`, with line breaks counted `lineBreaks.width` each.
    public static func count(_ text: String, _ rule: CountingRule, lineBreaks: LineBreaks = .one) -> Int {
        var total = 0
        for character in normalized(text) { total += weight(of: character, rule, lineBreaks: lineBreaks) }
        return total
    }

    /// The counts under every rule, in `CountingRule.allCases` order.
    public static func counts(_ text: String, lineBreaks: LineBreaks = .one) -> [CountingRule: Int] {
        var counts: [CountingRule: Int] = [:]
        for rule in CountingRule.allCases { counts[rule] = count(text, rule, lineBreaks: lineBreaks) }
        return counts
    }

    /// The offset, in `Character`s of `text` as written, of the first character that takes the
    /// count past `limit`; nil when the text fits.
    public static func crossing(_ text: String, limit: Int, _ rule: CountingRule, lineBreaks: LineBreaks = .one) -> Int? {
        var total = 0
        for (offset, character) in text.enumerated() {
            total += weight(of: Character(String(character).nfc), rule, lineBreaks: lineBreaks)
            if total > limit { return offset }
        }
        return nil
    }

    /// The distinct characters of `text` that CP949 (EUC-KR) cannot hold, in order of appearance.
    public static func unencodable(_ text: String) -> [Character] {
        var seen: [Character] = []
        for character in normalized(text) where !character.isNewline && cp949Bytes(character) == nil && !seen.contains(character) {
            seen.append(character)
        }
        return seen
    }

    /// The text as a form receives it: NFC (precomposed Hangul syllables).
    public static func normalized(_ text: String) -> String {
        text.nfc
    }

    /// What one character (already NFC) adds to the count.
    static func weight(of character: Character, _ rule: CountingRule, lineBreaks: LineBreaks) -> Int {
        if character.isNewline { return rule == .withoutSpaces ? 0 : lineBreaks.width }
        switch rule {
        case .withSpaces: return character.utf16.count
        case .withoutSpaces: return character.isWhitespace ? 0 : character.utf16.count
        case .bytesUTF8: return character.utf8.count
        case .bytesCP949:
            if let bytes = cp949Bytes(character) { return bytes }
            // The browser submits what the encoding cannot hold as `&#NNNN;`, one per scalar.
            return character.unicodeScalars.reduce(0) { $0 + "&#\($1.value);".utf8.count }
        }
    }

    /// The CP949 length of one character, or nil when CP949 cannot hold it (glibc's iconv).
    static func cp949Bytes(_ character: Character) -> Int? {
        if character.isASCII { return character.utf8.count }
        // Hangul syllables U+AC00–U+D7A3: all 11,172 are in CP949 (the 2,350 of KS X 1001 and the 8,822 UHC adds).
        if character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first, (0xAC00...0xD7A3).contains(scalar.value) {
            return 2
        }
        return Self.converter.bytes(String(character))
    }

    static let converter = CP949Converter()
}

/// Converts text to CP949 with the C library's iconv; one converter per call, so it is thread-safe.
struct CP949Converter: Sendable {
    /// The CP949 length of `text`, or nil when some character cannot be converted.
    func bytes(_ text: String) -> Int? {
        let descriptor = iconv_open("CP949", "UTF-8")
        guard descriptor != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(descriptor) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 2 + 8)
        var inputLeft = input.count
        var outputLeft = output.count
        let capacity = output.count
        let result = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                var inputPointer = inputBuffer.baseAddress
                var outputPointer = outputBuffer.baseAddress
                return iconv(descriptor, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
            }
        }
        guard result != -1, inputLeft == 0 else { return nil }
        return capacity - outputLeft
    }
}
