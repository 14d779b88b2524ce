/// Column widths computed from the text written, since libxlsxwriter 1.1.4 has no autofit.
///
/// Widths are in characters of the default font; Hangul and other wide characters take
/// about two, so a Korean header is not cut off.
struct ColumnWidths {
    private var widths: [Int: Double] = [:]

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
