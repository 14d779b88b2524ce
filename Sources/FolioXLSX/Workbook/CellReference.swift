/// A1-style references for the formulas folio writes.
enum CellReference {
    /// `0` → `A`, `25` → `Z`, `26` → `AA`.
    static func column(_ index: Int) -> String {
        var index = index
        var letters: [Character] = []
        repeat {
            letters.append(Character(UnicodeScalar(UInt8(65 + index % 26))))
            index = index / 26 - 1
        } while index >= 0
        return String(letters.reversed())
    }

    /// `(1, 2)` → `C2` (zero-based row and column).
    static func cell(row: Int, column index: Int) -> String { "\(column(index))\(row + 1)" }

    /// `B2:K2`.
    static func range(fromRow: Int, fromColumn: Int, toRow: Int, toColumn: Int) -> String {
        "\(cell(row: fromRow, column: fromColumn)):\(cell(row: toRow, column: toColumn))"
    }
}
