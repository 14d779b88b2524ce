import CXlsxWriter
import FolioModel
import Foundation

/// A libxlsxwriter call that failed: the library's error code, its own message
/// (`lxw_strerror`) and what folio was doing when it happened.
struct XLSXError: Error, Equatable, CustomStringConvertible {
    /// The `lxw_error` value.
    var code: UInt32
    /// The library's text for the code.
    var message: String
    /// What was being written, e.g. `write string at Skills!B7`.
    var operation: String

    init(code: lxw_error, operation: String) {
        self.code = code.rawValue
        self.message = lxw_strerror(code).map { String(cString: $0) } ?? "libxlsxwriter error \(code.rawValue)"
        self.operation = operation
    }

    /// An error folio detects before calling the library (a closed workbook, an unusable handle).
    init(message: String, operation: String) {
        self.code = LXW_ERROR_PARAMETER_VALIDATION.rawValue
        self.message = message
        self.operation = operation
    }

    /// The message in Korean, when folio wrote it (the library's own messages are English only).
    var koreanMessage: String?

    /// "operation: message", or the message alone when there is no operation (the library could not be opened).
    var description: String { operation.isEmpty ? message : "\(operation): \(message)" }

    /// `description` in both languages: the Korean message when there is one, else the English.
    var text: LocalizedText {
        LocalizedText(ko: koreanMessage.map { operation.isEmpty ? $0 : "\(operation): \($0)" } ?? description, en: description)
    }

    /// The error as the user sees it: the skill matrix at `url` could not be written, and why.
    func cannotWriteMatrix(at url: URL) -> FolioError {
        .io(path: url.path, reason: LocalizedText(ko: "xlsx 스킬 매트릭스를 쓸 수 없습니다: \(text.ko)", en: "cannot write the xlsx skill matrix: \(text.en)"))
    }

    /// Throws when `code` is not `LXW_NO_ERROR`.
    static func check(_ code: lxw_error, _ operation: @autoclosure () -> String) throws(XLSXError) {
        guard code != LXW_NO_ERROR else { return }
        throw XLSXError(code: code, operation: operation())
    }
}
