/// How a cell looks, as a value: the workbook turns each distinct style into one
/// libxlsxwriter format, so callers never hold a C format pointer.
struct CellStyle: Hashable, Sendable {
    var bold = false
    var wrap = false
    var alignTop = false
    var centered = false
    var alignRight = false
    /// RGB fill, e.g. `0xDDEBF7`.
    var fill: UInt32?
    /// RGB font colour.
    var fontColor: UInt32?
    var underline = false
    var fontSize: Double?
    /// An Excel number format such as `0.0`.
    var numberFormat: String?
    var bottomBorder = false
    /// Text turned by this many degrees (90: reads bottom to top), for narrow header columns.
    var rotation: Int16?

    static let plain = CellStyle()
    /// The header row of every sheet: bold on a light fill, wrapped, with a rule below.
    static let header = CellStyle(bold: true, wrap: true, alignTop: true, fill: 0xDDEBF7, bottomBorder: true)
    /// A Matrix project header: the header turned upright, so long titles stay in their narrow
    /// column instead of running into the next.
    static let rotatedHeader = CellStyle(bold: true, wrap: false, alignTop: false, fill: 0xDDEBF7, bottomBorder: true, rotation: 90)
    /// Long text (depth, evidence): wrapped and aligned to the top so rows read evenly.
    static let text = CellStyle(wrap: true, alignTop: true)
    static let top = CellStyle(alignTop: true)
    static let oneDecimal = CellStyle(alignTop: true, numberFormat: "0.0")
    static let mark = CellStyle(centered: true)
    static let total = CellStyle(bold: true, centered: true, fill: 0xF2F2F2)
    /// The label of a total, right-aligned against its number.
    static let totalLabel = CellStyle(bold: true, alignRight: true, fill: 0xF2F2F2)
    static let title = CellStyle(bold: true, fontSize: 14)
    static let note = CellStyle(fontColor: 0x595959)

    /// The same style with the blue underline of a link.
    var asLink: CellStyle {
        var style = self
        style.underline = true
        style.fontColor = 0x0563C1
        return style
    }
}
