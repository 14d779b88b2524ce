import FolioModel

/// Sheet "Skills" (스킬): one row per skill of `skills.yaml`, with version and depth for the
/// interviewer's "which version, and how far did you configure it?" (seed 002), years of use,
/// and the projects and stories that back it.
enum SkillsSheet {
    enum Column: Int, CaseIterable {
        case skill, category, level, version, depth, since, years, projects, stories, evidence, status
    }

    static func header(_ language: Language) -> [String] {
        [Labels.skill, Labels.category, Labels.level, Labels.version, Labels.depth, Labels.since,
         Labels.yearsOfUse, Labels.projectCount, Labels.storyCount, Labels.skillEvidence, Labels.status]
            .map { $0(language) }
    }

    static func write(_ evidence: SkillEvidence, to sheet: XLSXSheet, language: Language) throws(XLSXError) {
        var widths = ColumnWidths()
        let header = header(language)
        for (column, title) in header.enumerated() {
            try sheet.write(title, row: 0, column: column, style: .header)
            widths.fit(title, column: column)
        }

        for (index, skill) in evidence.skills.enumerated() {
            let row = index + 1
            func text(_ value: String, _ column: Column, _ style: CellStyle = .top) throws(XLSXError) {
                try sheet.write(value, row: row, column: column.rawValue, style: style)
                widths.fit(value, column: column.rawValue)
                if style.wrap { widths.wrap(value, row: row, column: column.rawValue) }
            }
            func number(_ value: Double?, _ column: Column, _ style: CellStyle = .top) throws(XLSXError) {
                guard let value else { return }
                try sheet.write(value, row: row, column: column.rawValue, style: style)
                widths.fit(value, format: style.numberFormat ?? "0", column: column.rawValue)
            }
            try text(skill.name, .skill)
            try text(SkillCategoryLabels.label(skill.category, language), .category)
            try number(skill.level.map(Double.init), .level)
            try text(skill.version, .version)
            try text(skill.depth, .depth, .text)
            try text(skill.since?.description ?? "", .since)
            try number(skill.yearsOfUse, .years, .oneDecimal)
            try number(Double(skill.projects.count), .projects)
            try number(Double(skill.stories.count), .stories)
            try text(evidence.evidenceText(for: skill), .evidence, .text)
            try text(
                skill.isEvidenced ? Labels.evidenced(language) : Labels.claimedOnly(language), .status,
                skill.isEvidenced ? .evidencedStatus : .claimedStatus)
        }

        let lastRow = max(evidence.skills.count, 1)
        let lastColumn = Column.allCases.count - 1
        let limits: [Int: ClosedRange<Double>] = [
            Column.skill.rawValue: 8...28,
            Column.version.rawValue: 6...24,
            Column.depth.rawValue: 20...44,
            Column.evidence.rawValue: 16...44,
        ]
        try widths.apply(to: sheet, limits: limits)
        try widths.applyRowHeights(to: sheet, limits: limits)
        try sheet.freezePanes(row: 1, column: 1)
        try sheet.autofilter(firstRow: 0, firstColumn: 0, lastRow: lastRow, lastColumn: lastColumn)
        try sheet.validateList(
            ["1", "2", "3", "4", "5"], column: Column.level.rawValue, rows: 1...lastRow,
            title: Labels.levelTitle(language), message: Labels.levelMessage(language))
        try sheet.colorScale(column: Column.level.rawValue, rows: 1...lastRow, minimum: 1, maximum: 5)
        try sheet.printLandscape(fitOnePageWide: true, repeatingRows: 0...0)
    }
}

extension CellStyle {
    static let evidencedStatus = CellStyle(alignTop: true, fill: 0xE2EFDA)
    static let claimedStatus = CellStyle(alignTop: true, fill: 0xFFF2CC)
    static let missingStatus = CellStyle(alignTop: true, fill: 0xFCE4D6)
}
