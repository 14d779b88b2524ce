import FolioModel

/// The layout the Target and Posting sheets share: a title, a count per status (COUNTIF
/// formulas over the status column), a blank row, then a filterable table whose header row
/// and first column stay in view.
struct StatusTable {
    struct Cell {
        var text: String?
        var number: Double?
        var style: CellStyle = .top

        static func text(_ value: String, _ style: CellStyle = .top) -> Cell { Cell(text: value, style: style) }
        static func number(_ value: Int?) -> Cell { Cell(number: value.map(Double.init)) }
    }

    var title: String
    var header: [String]
    /// The column holding the status text the summary counts.
    var statusColumn: Int
    /// Status labels in the order the summary shows them.
    var statuses: [String]
    var rows: [[Cell]]
    var notes: [String] = []
    /// Columns of long text: wrapped, wider.
    var wideColumns: Set<Int> = []

    static let headerRow = 3

    func write(to sheet: XLSXSheet) throws(XLSXError) {
        var widths = ColumnWidths()
        try sheet.write(title, row: 0, column: 0, style: .title)

        let firstRow = StatusTable.headerRow + 1
        let lastRow = StatusTable.headerRow + max(rows.count, 1)
        let statusRange = CellReference.range(
            fromRow: firstRow, fromColumn: statusColumn, toRow: lastRow, toColumn: statusColumn)
        for (offset, status) in statuses.enumerated() {
            let count = rows.filter { $0.indices.contains(statusColumn) && $0[statusColumn].text == status }.count
            try sheet.write(status, row: 1, column: offset * 2, style: .top)
            let formula = "COUNTIF(\(statusRange),\"\(status.replacingOccurrences(of: "\"", with: "\"\""))\")"
            try sheet.writeFormula(formula, value: Double(count), row: 1, column: offset * 2 + 1, style: .total)
        }

        for (column, title) in header.enumerated() {
            try sheet.write(title, row: StatusTable.headerRow, column: column, style: .header)
            widths.fit(title, column: column)
        }
        for (index, cells) in rows.enumerated() {
            let row = firstRow + index
            for (column, cell) in cells.enumerated() {
                if let text = cell.text {
                    try sheet.write(text, row: row, column: column, style: cell.style)
                    widths.fit(text, column: column)
                    if cell.style.wrap { widths.wrap(text, row: row, column: column) }
                } else if let number = cell.number {
                    try sheet.write(number, row: row, column: column, style: cell.style)
                    widths.fit(number, column: column)
                }
            }
        }
        for (offset, note) in notes.enumerated() {
            try sheet.write(note, row: lastRow + 2 + offset, column: 0, style: .note)
        }

        var limits: [Int: ClosedRange<Double>] = [:]
        var styles: [Int: CellStyle] = [:]
        for column in wideColumns {
            limits[column] = 16...40
            styles[column] = .text
        }
        try widths.apply(to: sheet, limits: limits, styles: styles)
        try widths.applyRowHeights(to: sheet, limits: limits)
        try sheet.freezePanes(row: firstRow, column: 1)
        try sheet.autofilter(
            firstRow: StatusTable.headerRow, firstColumn: 0, lastRow: lastRow, lastColumn: max(header.count - 1, 0))
        try sheet.printLandscape(fitOnePageWide: true, repeatingRows: StatusTable.headerRow...StatusTable.headerRow)
    }
}
