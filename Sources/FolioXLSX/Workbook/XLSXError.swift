import CXlsxWriter

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

    var description: String { "\(operation): \(message)" }

    /// Throws when `code` is not `LXW_NO_ERROR`.
    static func check(_ code: lxw_error, _ operation: @autoclosure () -> String) throws(XLSXError) {
        guard code != LXW_NO_ERROR else { return }
        throw XLSXError(code: code, operation: operation())
    }
}
