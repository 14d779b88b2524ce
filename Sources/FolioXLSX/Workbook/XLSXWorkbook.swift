import CXlsxWriter
import Foundation
import FolioModel
import Synchronization

/// One libxlsxwriter workbook, owned from `workbook_new` to `workbook_close`.
///
/// Every C pointer (the workbook, its sheets, its formats) stays inside this type and
/// `XLSXSheet`; callers pass Swift values (`String`, `CellStyle`, indices) and get
/// `XLSXError`s carrying the library's own message. The type is deliberately not
/// `Sendable`: libxlsxwriter is not thread-safe, so one workbook lives on one task, and
/// closing (which touches process-wide C state) is serialised across all workbooks.
final class XLSXWorkbook {
    /// The file libxlsxwriter writes when the workbook is closed.
    let path: String
    private var handle: UnsafeMutablePointer<lxw_workbook>?
    private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]

    /// Starts a workbook that will be written to `path` by `close()`.
    ///
    /// The path is only opened at `close()`: a bad folder is reported there, not here.
    init(path: String) throws(XLSXError) {
        self.path = path
        try XLSXLibrary.load()
        guard let handle = workbook_new(path) else {
            throw XLSXError(code: LXW_ERROR_MEMORY_MALLOC_FAILED, operation: "create workbook \(path)")
        }
        self.handle = handle
    }

    deinit {
        // Not closed (an error happened while writing): free without writing a file.
        if let handle { lxw_workbook_free(handle) }
    }

    var isOpen: Bool { handle != nil }

    /// The open handle, or an error once the workbook has been closed.
    private func open(_ operation: @autoclosure () -> String) throws(XLSXError) -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw XLSXError(message: "the workbook is already closed", operation: operation()) }
        return handle
    }

    /// Adds a sheet. Names are checked first (at most 31 characters, no `[]:*?/\`, unique),
    /// so a bad name is an error with the library's reason instead of a NULL sheet.
    func addSheet(named name: String) throws(XLSXError) -> XLSXSheet {
        let handle = try open("add sheet \(name)")
        try XLSXError.check(workbook_validate_sheet_name(handle, name), "add sheet '\(name)'")
        guard let sheet = workbook_add_worksheet(handle, name) else {
            throw XLSXError(code: LXW_ERROR_PARAMETER_VALIDATION, operation: "add sheet '\(name)'")
        }
        return XLSXSheet(workbook: self, handle: sheet, name: name)
    }

    /// Title, author, subject and keywords shown in the spreadsheet's document properties.
    ///
    /// `created` is written into `docProps/core.xml`; fixing it makes two runs byte-identical.
    func setProperties(
        title: String, author: String, subject: String, keywords: String, comments: String, created: Date
    ) throws(XLSXError) {
        let handle = try open("set document properties")
        // The option struct holds `char *`: C copies that live through the call, freed after.
        let copies = [title, author, subject, keywords, comments].map { strdup(XLSXSheet.cellText($0)) }
        defer { copies.forEach { free($0) } }
        var properties = lxw_doc_properties()
        properties.title = copies[0]
        properties.author = copies[1]
        properties.subject = copies[2]
        properties.keywords = copies[3]
        properties.comments = copies[4]
        // 0 means "now" to the library: keep at least one second after the epoch.
        properties.created = time_t(max(1, created.timeIntervalSince1970.rounded(.down)))
        try XLSXError.check(workbook_set_properties(handle, &properties), "set document properties")
    }

    /// Writes the file and releases the library's memory. Errors about the output path,
    /// the zip container or temporary files arrive here.
    func close() throws(XLSXError) {
        let handle = try open("close workbook")
        // workbook_close frees the workbook whatever it returns.
        self.handle = nil
        formats.removeAll()
        // The file appears here: inside `Cleanup.making`, so an interrupt waits for it and removes it.
        // The library's own error lines are held back (`LibraryMessages`): the error says it.
        let (result, code) = Cleanup.shared.making {
            Self.closing.withLock { _ in
                LibraryMessages.holdingBack { () -> (lxw_error, Int32) in
                    errno = 0
                    let result = workbook_close(handle)
                    return (result, errno)
                }.value
            }
        }
        guard result == LXW_NO_ERROR else {
            var error = XLSXError(code: result, operation: "write the workbook file")
            // The file could not be made or written (a full disk, a missing folder): the system's
            // reason in folio's words, which the library printed only in its own line.
            if code != 0, Self.fileErrors.contains(result) {
                let reason = SystemErrorText.reason(errno: code)
                error.operation = ""
                error.message = reason.en
                error.koreanMessage = reason.ko
            }
            throw error
        }
    }

    /// The close errors that come from writing the file, whose `errno` is the reason.
    static let fileErrors: Set<lxw_error> = [
        LXW_ERROR_CREATING_XLSX_FILE, LXW_ERROR_CREATING_TMPFILE, LXW_ERROR_ZIP_FILE_OPERATION,
        LXW_ERROR_ZIP_FILE_ADD, LXW_ERROR_ZIP_CLOSE,
    ]

    /// Held while a workbook is written. libxlsxwriter 1.1 formats the creation time in
    /// `docProps/core.xml` with `gmtime`, whose result is one buffer for the whole process:
    /// two workbooks closed at once could swap dates (seen in CI as a wrong `dcterms:created`).
    private static let closing = Mutex(())

    /// The library format for a style, created once per distinct style.
    fileprivate func format(for style: CellStyle) throws(XLSXError) -> UnsafeMutablePointer<lxw_format>? {
        if style == .plain { return nil }
        if let existing = formats[style] { return existing }
        let handle = try open("add format")
        guard let format = workbook_add_format(handle) else {
            throw XLSXError(code: LXW_ERROR_MEMORY_MALLOC_FAILED, operation: "add format")
        }
        if style.bold { format_set_bold(format) }
        if style.wrap { format_set_text_wrap(format) }
        if style.alignTop { format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
        if style.centered { format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue)) }
        if style.alignRight { format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue)) }
        if let fill = style.fill {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, lxw_color_t(fill))
        }
        if let color = style.fontColor { format_set_font_color(format, lxw_color_t(color)) }
        if style.underline { format_set_underline(format, UInt8(LXW_UNDERLINE_SINGLE.rawValue)) }
        if let size = style.fontSize { format_set_font_size(format, size) }
        if let numberFormat = style.numberFormat { format_set_num_format(format, numberFormat) }
        if style.bottomBorder { format_set_bottom(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        if let rotation = style.rotation { format_set_rotation(format, rotation) }
        formats[style] = format
        return format
    }

    /// The library version actually linked (`pkg-config` reports the soname, not this).
    static var libraryVersion: String { String(cString: lxw_version()) }
}

/// One worksheet of an `XLSXWorkbook`. It keeps its workbook alive, and every call checks
/// that the workbook is still open, so the C sheet pointer is never used after it is freed.
final class XLSXSheet {
    let name: String
    private let workbook: XLSXWorkbook
    private let handle: UnsafeMutablePointer<lxw_worksheet>

    /// Excel's limits: 1,048,576 rows, 16,384 columns, 32,767 characters in a cell.
    static let maxRows = 1_048_576
    static let maxColumns = 16_384
    static let maxCellCharacters = 32_767
    static let maxURLLength = 2_079
    static let maxLinks = 65_530
    private var links = 0

    fileprivate init(workbook: XLSXWorkbook, handle: UnsafeMutablePointer<lxw_worksheet>, name: String) {
        self.workbook = workbook
        self.handle = handle
        self.name = name
    }

    // MARK: Cells

    /// Writes text as a string cell, whatever it starts with: `=1+1` stays text, never a formula.
    /// Text longer than a cell holds is cut with an ellipsis rather than failing.
    func write(_ text: String, row: Int, column: Int, style: CellStyle = .plain) throws(XLSXError) {
        let (r, c) = try cell(row, column, "write text")
        let format = try workbook.format(for: style)
        try XLSXError.check(
            worksheet_write_string(handle, r, c, XLSXSheet.cellText(text), format),
            "write text at \(reference(row, column))")
    }

    func write(_ number: Double, row: Int, column: Int, style: CellStyle = .plain) throws(XLSXError) {
        let (r, c) = try cell(row, column, "write number")
        let format = try workbook.format(for: style)
        try XLSXError.check(worksheet_write_number(handle, r, c, number, format), "write number at \(reference(row, column))")
    }

    /// Writes text as one string cell spread over `columns` of `row` (merged), for a label wider
    /// than the column it belongs to. The text is in the first cell, as spreadsheets read it.
    func write(_ text: String, row: Int, columns: ClosedRange<Int>, style: CellStyle = .plain) throws(XLSXError) {
        guard columns.count > 1 else { return try write(text, row: row, column: columns.lowerBound, style: style) }
        let (r, first) = try cell(row, columns.lowerBound, "merge cells")
        let (_, last) = try cell(row, columns.upperBound, "merge cells")
        let format = try workbook.format(for: style)
        try XLSXError.check(
            worksheet_merge_range(handle, r, first, r, last, XLSXSheet.cellText(text), format),
            "merge \(reference(row, columns.lowerBound)):\(reference(row, columns.upperBound))")
    }

    /// Writes a formula (folio's own, never user text) with the value folio computed, so a reader
    /// that does not recalculate still shows the right number.
    func writeFormula(_ formula: String, value: Double, row: Int, column: Int, style: CellStyle = .plain) throws(XLSXError) {
        let (r, c) = try cell(row, column, "write formula")
        let format = try workbook.format(for: style)
        try XLSXError.check(
            worksheet_write_formula_num(handle, r, c, formula, format, value), "write formula at \(reference(row, column))")
    }

    /// Writes a hyperlink when `url` is http or https; anything else (`javascript:`, `file:`,
    /// a bare word) is written as plain text so a spreadsheet never opens it. So is a link Excel
    /// cannot hold (over 2,079 characters, or past 65,530 links in a sheet), rather than failing.
    func writeLink(_ url: String, text: String, row: Int, column: Int, style: CellStyle = .plain) throws(XLSXError) {
        guard XLSXSheet.isWebLink(url), url.utf8.count <= XLSXSheet.maxURLLength, links < XLSXSheet.maxLinks else {
            try write(text, row: row, column: column, style: style)
            return
        }
        links += 1
        let (r, c) = try cell(row, column, "write link")
        let format = try workbook.format(for: style.asLink)
        try XLSXError.check(
            worksheet_write_url_opt(handle, r, c, url, format, XLSXSheet.cellText(text), nil),
            "write link at \(reference(row, column))")
    }

    /// U+FFFE and U+FFFF, which no XML document may contain.
    static func isNoXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    /// Whether a URL may become a clickable link: http and https only, with no space or control
    /// character anywhere in it.
    static func isWebLink(_ url: String) -> Bool {
        guard !url.trimmingHorizontalSpace().unicodeScalars.contains(where: { $0.value <= 0x20 || (0x7F...0xA0).contains($0.value) }) else {
            return false
        }
        let lowered = url.trimmingHorizontalSpace().lowercased()
        return (lowered.hasPrefix("http://") || lowered.hasPrefix("https://")) && !lowered.contains(where: \.isWhitespace)
    }

    // MARK: Layout

    /// Sets the width of one column, in characters of the default font.
    func setColumn(_ column: Int, width: Double, style: CellStyle = .plain) throws(XLSXError) {
        let (_, c) = try cell(0, column, "set column width")
        let format = try workbook.format(for: style)
        try XLSXError.check(worksheet_set_column(handle, c, c, width, format), "set width of column \(reference(0, column))")
    }

    /// Sets the height of one row, in points (a line of the default font is 15).
    func setRow(_ row: Int, height: Double) throws(XLSXError) {
        let (r, _) = try cell(row, 0, "set row height")
        try XLSXError.check(worksheet_set_row(handle, r, height, nil), "set height of row \(row + 1)")
    }

    /// Keeps the rows above `row` and the columns left of `column` in view while scrolling.
    func freezePanes(row: Int, column: Int) throws(XLSXError) {
        let (r, c) = try cell(row, column, "freeze panes")
        worksheet_freeze_panes(handle, r, c)
    }

    /// Filter buttons on the header row over the given range.
    func autofilter(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) throws(XLSXError) {
        let (r1, c1) = try cell(firstRow, firstColumn, "autofilter")
        let (r2, c2) = try cell(lastRow, lastColumn, "autofilter")
        try XLSXError.check(worksheet_autofilter(handle, r1, c1, r2, c2), "autofilter \(name)")
    }

    /// A drop-down list that only accepts `values` in one column.
    func validateList(
        _ values: [String], column: Int, rows: ClosedRange<Int>, title: String, message: String
    ) throws(XLSXError) {
        let (r1, c) = try cell(rows.lowerBound, column, "data validation")
        let (r2, _) = try cell(rows.upperBound, column, "data validation")
        // value_list is a NULL-terminated `char **`; the library copies it during the call.
        var list: [UnsafeMutablePointer<CChar>?] = values.map { strdup($0) } + [nil]
        let titleCopy = strdup(title), messageCopy = strdup(message)
        defer {
            list.forEach { free($0) }
            free(titleCopy)
            free(messageCopy)
        }
        let code = list.withUnsafeMutableBufferPointer { buffer -> lxw_error in
            var validation = lxw_data_validation()
            validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            validation.value_list = buffer.baseAddress
            validation.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
            validation.error_title = titleCopy
            validation.error_message = messageCopy
            validation.input_title = titleCopy
            validation.input_message = messageCopy
            return worksheet_data_validation_range(handle, r1, c, r2, c, &validation)
        }
        try XLSXError.check(code, "data validation on \(name) column \(reference(0, column))")
    }

    /// A red–yellow–green colour scale over one column, from `minimum` to `maximum`.
    func colorScale(column: Int, rows: ClosedRange<Int>, minimum: Double, maximum: Double) throws(XLSXError) {
        let (r1, c) = try cell(rows.lowerBound, column, "conditional format")
        let (r2, _) = try cell(rows.upperBound, column, "conditional format")
        var scale = lxw_conditional_format()
        scale.type = UInt8(LXW_CONDITIONAL_3_COLOR_SCALE.rawValue)
        scale.min_rule_type = UInt8(LXW_CONDITIONAL_RULE_TYPE_NUMBER.rawValue)
        scale.min_value = minimum
        scale.min_color = 0xF8696B
        scale.mid_rule_type = UInt8(LXW_CONDITIONAL_RULE_TYPE_NUMBER.rawValue)
        scale.mid_value = (minimum + maximum) / 2
        scale.mid_color = 0xFFEB84
        scale.max_rule_type = UInt8(LXW_CONDITIONAL_RULE_TYPE_NUMBER.rawValue)
        scale.max_value = maximum
        scale.max_color = 0x63BE7B
        try XLSXError.check(
            worksheet_conditional_format_range(handle, r1, c, r2, c, &scale),
            "colour scale on \(name) column \(reference(0, column))")
    }

    /// Landscape (or `portrait`) A4 with the header rows repeated on every page; `fitOnePageWide`
    /// scales the sheet to one page wide (as many pages tall as needed).
    func printLandscape(fitOnePageWide: Bool, repeatingRows rows: ClosedRange<Int>, portrait: Bool = false) throws(XLSXError) {
        let (r1, _) = try cell(rows.lowerBound, 0, "print setup")
        let (r2, _) = try cell(rows.upperBound, 0, "print setup")
        if portrait { worksheet_set_portrait(handle) } else { worksheet_set_landscape(handle) }
        worksheet_set_paper(handle, 9)  // A4
        if fitOnePageWide { worksheet_fit_to_pages(handle, 1, 0) }
        try XLSXError.check(worksheet_repeat_rows(handle, r1, r2), "repeat rows on \(name)")
    }

    /// Makes this the sheet shown when the file opens.
    func activate() {
        guard workbook.isOpen else { return }
        worksheet_activate(handle)
    }

    // MARK: Helpers

    /// Checks the workbook is open and the cell is inside Excel's grid; returns C indices.
    private func cell(_ row: Int, _ column: Int, _ operation: String) throws(XLSXError) -> (lxw_row_t, lxw_col_t) {
        guard workbook.isOpen else { throw XLSXError(message: "the workbook is already closed", operation: operation) }
        guard (0..<XLSXSheet.maxRows).contains(row), (0..<XLSXSheet.maxColumns).contains(column) else {
            throw XLSXError(code: LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, operation: "\(operation) at row \(row + 1), column \(column + 1) of \(name)")
        }
        return (lxw_row_t(row), lxw_col_t(column))
    }

    private func reference(_ row: Int, _ column: Int) -> String {
        "\(name)!\(CellReference.column(column))\(row + 1)"
    }

    /// Text a cell can hold: the one escaping of user text for xlsx. Without NUL (it would end
    /// the C string) and the other characters XML 1.0 cannot hold (C0 controls but tab and line
    /// break, U+FFFE, U+FFFF: libxlsxwriter writes them raw and the file would not open), at
    /// most 32,767 UTF-16 units, cut with an ellipsis. Formulas are never made from it: text
    /// is always written as a string cell.
    static func cellText(_ text: String) -> String {
        // utf8/utf16 views are cheap; Foundation's `contains(String)` is not, on 100,000 cells.
        var clean = text.utf8.contains(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A }) || text.unicodeScalars.contains(where: isNoXMLCharacter)
            ? String(scalars: text.unicodeScalars.filter { !isNoXMLCharacter($0) && ($0.value >= 0x20 || $0 == "\t" || $0 == "\n") })
            : text
        guard clean.utf16.count > maxCellCharacters else { return clean }
        var kept = String.UnicodeScalarView()
        var units = 0
        for scalar in clean.unicodeScalars {
            let width = scalar.utf16.count
            if units + width > maxCellCharacters - 1 { break }
            kept.append(scalar)
            units += width
        }
        clean = String(kept) + "…"
        return clean
    }
}

/// libxlsxwriter itself, opened the first time a workbook is made rather than when folio starts
/// (`Sources/CXlsxWriter/lazy.c`): commands that write no xlsx never load it, nor minizip, zlib and
/// libcrypto behind it (about a millisecond of every start).
public enum XLSXLibrary {
    /// Opens the library once. Throws, with the loader's reason and the package to install, when
    /// it is missing or too old (`$FOLIO_LIBXLSXWRITER` names another file to open).
    static func load() throws(XLSXError) {
        guard let failure = folio_xlsxwriter_load() else { return }
        let reason = String(cString: failure)
        var error = XLSXError(message: "", operation: "")
        if let chosen = ProcessInfo.processInfo.environment["FOLIO_LIBXLSXWRITER"], !chosen.isEmpty {
            error.message = "the library FOLIO_LIBXLSXWRITER names could not be loaded (\(reason)); unset it to use the installed libxlsxwriter"
            error.koreanMessage = "\(Josa.subject.after("FOLIO_LIBXLSXWRITER 변수")) 가리키는 라이브러리를 열 수 없습니다 (\(reason)). 설치된 libxlsxwriter를 쓰려면 이 변수를 지우세요"
        } else {
            error.message = "libxlsxwriter could not be loaded (\(reason)); install it: apt-get install libxlsxwriter4"
            error.koreanMessage = "\(Josa.object.after("libxlsxwriter")) 열 수 없습니다 (\(reason)). 설치하세요: apt-get install libxlsxwriter4"
        }
        throw error
    }

    /// Throws the error `load()` would, as a `FolioError` at `destination` (the xlsx a command is
    /// about to write): for a command that checks before it writes anything (`folio match --xlsx`).
    public static func require(for destination: URL) throws(FolioError) {
        do {
            try load()
        } catch {
            throw error.cannotWriteMatrix(at: destination)
        }
    }

    /// Opens the library on another thread, for a command that will write an xlsx (`folio build`).
    public static func warmUp() {
        BackgroundThread.detach { _ = folio_xlsxwriter_load() }
    }
}
