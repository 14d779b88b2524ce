/// Column widths computed from the text written, since libxlsxwriter 1.1.4 has no autofit.
///
/// Widths are in characters of the default font; Hangul and other wide characters take
/// about two, so a Korean header is not cut off.
struct ColumnWidths {
    private var widths: [Int: Double] = [:]
    /// Wrapped cells by row, for the row heights: a spreadsheet opened from a file does not
    /// always grow a row to its wrapped text (LibreOffice keeps one line), so folio sets them.
    private var wrapped: [Int: [(column: Int, text: String)]] = [:]

    /// Notes that `text` in a wrapping cell of `row` needs its lines shown.
    mutating func wrap(_ text: String, row: Int, column: Int) {
        wrapped[row, default: []].append((column, text))
    }

    /// Sets each row holding wrapped text to its number of lines at the columns' widths
    /// (15 pt a line, at most `maximumLines`).
    func applyRowHeights(to sheet: XLSXSheet, limits: [Int: ClosedRange<Double>] = [:], maximumLines: Int = 12) throws(XLSXError) {
        for (row, cells) in wrapped.sorted(by: { $0.key < $1.key }) {
            let lines = cells.map { cell in
                ColumnWidths.lines(cell.text, width: width(cell.column, limits: limits[cell.column] ?? 6...40))
            }.max() ?? 1
            if lines > 1 { try sheet.setRow(row, height: Double(min(lines, maximumLines)) * 15) }
        }
    }

    /// Lines `text` wraps to in a column `width` characters wide (words kept whole where they fit).
    ///
    /// One pass over the scalars: a space ends a word, a line break (`\n`, `\r\n`) a paragraph;
    /// a word is as wide as `displayWidth` counts it.
    static func lines(_ text: String, width: Double) -> Int {
        // The default font draws Hangul a little narrower than the two columns counted for it.
        let room = max(width * 1.1 - 1.5, 1)
        var total = 0
        var lines = 1
        var used = 0.0
        var word = 0.0
        func endWord() {
            if used > 0, used + 1 + word > room {
                lines += 1
                used = 0
            }
            if word > room {
                lines += Int((word / room).rounded(.down))
                used = word.truncatingRemainder(dividingBy: room)
            } else {
                used += (used > 0 ? 1 : 0) + word
            }
            word = 0
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ":
                endWord()
            case "\n":
                endWord()
                total += lines
                lines = 1
                used = 0
            case "\r":
                continue
            default:
                word += isWide(scalar) ? 2 : 1
            }
        }
        endWord()
        return max(total + lines, 1)
    }

    /// Widens `column` to hold `text` (its longest line).
    mutating func fit(_ text: String, column: Int) {
        let width = ColumnWidths.displayWidth(text)
        if width > widths[column, default: 0] { widths[column] = width }
    }

    mutating func fit(_ number: Double, format: String = "0", column: Int) {
        let shown = format == "0.0" ? ((number * 10).rounded() / 10).description : Int(number.rounded()).description
        fit(shown, column: column)
    }

    /// The width for `column`: the widest text plus padding, kept within `limits`.
    func width(_ column: Int, limits: ClosedRange<Double> = 6...40) -> Double {
        min(max(widths[column, default: 0] + 2, limits.lowerBound), limits.upperBound)
    }

    /// Sets every fitted column on `sheet`, wider limits for the columns named in `limits`.
    func apply(to sheet: XLSXSheet, limits: [Int: ClosedRange<Double>] = [:], styles: [Int: CellStyle] = [:]) throws(XLSXError) {
        for column in widths.keys.sorted() {
            try sheet.setColumn(
                column, width: width(column, limits: limits[column] ?? 6...40), style: styles[column] ?? .plain)
        }
    }

    /// Characters counted as 1, wide East Asian characters as 2, for the longest line.
    static func displayWidth(_ text: String) -> Double {
        var longest = 0.0
        var current = 0.0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                longest = max(longest, current)
                current = 0
                continue
            }
            current += isWide(scalar) ? 2 : 1
        }
        return max(longest, current)
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
