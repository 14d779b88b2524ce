import Foundation

/// The text of one workspace file, decoded as the promises in FORMAT.md say:
/// UTF-8 with or without a BOM, LF or CRLF (normalised to LF; line numbers unchanged).
public struct SourceText: Sendable {
    /// Path relative to the workspace root.
    public let file: String
    /// The text with the BOM removed and CRLF / CR turned into LF.
    public let text: String

    public init(file: String, text: String) {
        self.file = file
        self.text = text
    }

    /// Decodes raw bytes, or returns the finding that explains why it cannot.
    public static func decode(_ data: Data, file: String) -> Result<SourceText, Finding> {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(Finding(
                "parse.encoding", .error, at: SourceLocation(file: file, line: 1),
                message: LocalizedText(
                    ko: "UTF-16으로 저장된 파일입니다. folio는 UTF-8만 읽습니다.",
                    en: "this file is saved as UTF-16; folio reads UTF-8 only."),
                help: LocalizedText(
                    ko: "편집기에서 인코딩을 UTF-8로 바꿔 다시 저장하세요.",
                    en: "Save the file again with the encoding set to UTF-8.")))
        }
        if let offset = firstInvalidUTF8Offset(bytes) {
            let location = locationOfByte(offset, in: bytes, file: file)
            return .failure(Finding(
                "parse.encoding", .error, at: location,
                message: LocalizedText(
                    ko: "UTF-8이 아닌 바이트가 있습니다 (0x\(String(format: "%02X", bytes[offset]))). EUC-KR(CP949)로 저장된 파일일 수 있습니다.",
                    en: "invalid UTF-8 byte 0x\(String(format: "%02X", bytes[offset])); the file may be saved in another encoding (e.g. EUC-KR or Latin-1)."),
                help: LocalizedText(
                    ko: "편집기에서 인코딩을 UTF-8로 바꿔 다시 저장하세요 (예: iconv -f cp949 -t utf-8).",
                    en: "Save the file again as UTF-8 (e.g. iconv -f latin1 -t utf-8).")))
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if bytes.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return .success(SourceText(file: file, text: text))
    }

    /// The lines of the text, without their line breaks. Line `n` is `lines[n - 1]`.
    public var lines: [Substring] {
        // Split on bytes: the text is LF-only after decoding, and byte splitting is far
        // cheaper than Character splitting on thousands of files.
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
    }

    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            if index + length > bytes.count { return index }
            for continuation in 1..<length where bytes[index + continuation] & 0xC0 != 0x80 {
                return index
            }
            if length == 3 {
                let second = bytes[index + 1]
                if (byte == 0xE0 && second < 0xA0) || (byte == 0xED && second > 0x9F) { return index }
            }
            if length == 4 {
                let second = bytes[index + 1]
                if (byte == 0xF0 && second < 0x90) || (byte == 0xF4 && second > 0x8F) { return index }
            }
            index += length
        }
        return nil
    }

    private static func locationOfByte(_ offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        // Column in scalars: count the lead bytes of the (valid) prefix of this line.
        let column = bytes[lineStart..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1
        return SourceLocation(file: file, line: line, column: column)
    }
}
