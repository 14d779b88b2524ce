import Foundation

/// The document information a PDF reader, a mail client's preview and an applicant-tracking
/// system show for the file: title (the person's name and headline), author and subject.
/// Chromium writes the title (from `<title>`) and the language (`/Lang`, from `<html lang>`) but
/// no author, so folio adds an incremental update to the printed file: a new information
/// dictionary and a cross-reference section pointing at it. The original bytes stay as they are.
public struct PDFMetadata: Sendable, Equatable {
    public var title: String
    public var author: String
    public var subject: String?
    public var keywords: [String]

    public init(title: String, author: String, subject: String? = nil, keywords: [String] = []) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
    }

    /// `pdf` with this metadata, or nil when the file is not a PDF with a classic trailer
    /// (the one Chromium's Skia writes); the caller then keeps the file as printed.
    public func applied(to pdf: Data) -> Data? {
        let tail = String(decoding: pdf.suffix(4096), as: UTF8.self)
        guard let startxref = Self.lastNumber(after: "startxref", in: tail),
              let trailerRange = tail.range(of: "trailer", options: .backwards) else { return nil }
        let trailer = tail[trailerRange.upperBound...]
        guard let size = Self.lastNumber(after: "/Size", in: String(trailer)),
              let root = trailer.range(of: #"/Root\s+\d+\s+\d+\s+R"#, options: .regularExpression) else { return nil }
        var info = "/Title \(Self.text(title)) /Author \(Self.text(author))"
        if let subject, !subject.isEmpty { info += " /Subject \(Self.text(subject))" }
        if !keywords.isEmpty { info += " /Keywords \(Self.text(keywords.joined(separator: ", ")))" }
        if let old = Self.oldInfo(in: pdf, trailer: String(trailer)) {
            for key in ["Creator", "Producer", "CreationDate", "ModDate"] {
                if let value = Self.entry(key, in: old) { info += " /\(key) \(value)" }
            }
        }
        var update = pdf.last == UInt8(ascii: "\n") ? "" : "\n"
        let objectOffset = pdf.count + update.utf8.count
        update += "\(size) 0 obj\n<< \(info) >>\nendobj\n"
        let xrefOffset = objectOffset + "\(size) 0 obj\n<< \(info) >>\nendobj\n".utf8.count
        update += "xref\n\(size) 1\n" + String(format: "%010d 00000 n\r\n", objectOffset)
        update += "trailer\n<< /Size \(size + 1) \(trailer[root]) /Info \(size) 0 R /Prev \(startxref) >>\n"
        update += "startxref\n\(xrefOffset)\n%%EOF\n"
        return pdf + Data(update.utf8)
    }

    /// A PDF text string: UTF-16BE with a byte-order mark, as hex (any language, nothing to escape).
    static func text(_ value: String) -> String {
        "<FEFF" + value.utf16.map { String(format: "%04X", $0) }.joined() + ">"
    }

    static func lastNumber(after keyword: String, in text: String) -> Int? {
        guard let range = text.range(of: keyword, options: .backwards) else { return nil }
        let digits = text[range.upperBound...].drop { $0.isWhitespace }.prefix { $0.isNumber }
        return Int(digits)
    }

    /// The body of the information dictionary the trailer names, as text.
    static func oldInfo(in pdf: Data, trailer: String) -> String? {
        guard let reference = trailer.range(of: #"/Info\s+\d+"#, options: .regularExpression),
              let number = Int(trailer[reference].dropFirst(5).trimmingHorizontalSpace()) else { return nil }
        let text = String(decoding: pdf, as: UTF8.self)
        guard let start = text.range(of: "\n\(number) 0 obj"),
              let end = text.range(of: "endobj", range: start.upperBound..<text.endIndex) else { return nil }
        return String(text[start.upperBound..<end.lowerBound])
    }

    /// `/Key value` from a flat dictionary, the value a string `(…)`, `<…>` or a name.
    static func entry(_ key: String, in dictionary: String) -> String? {
        let pattern = "/\(key)\\s*(\\((?:\\\\.|[^\\\\)])*\\)|<[0-9A-Fa-f]*>|/[^\\s/<>()]+)"
        guard let range = dictionary.range(of: pattern, options: .regularExpression) else { return nil }
        return String(dictionary[range].dropFirst(key.count + 1)).trimmingHorizontalSpace()
    }
}
