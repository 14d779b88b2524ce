import FolioModel

/// Sheet "Matrix" (매트릭스): skills down, projects across. ● where the project's stack uses
/// the skill, ◆ where one of the project's stories is about it, and totals per row and column
/// as spreadsheet formulas, so a recruiter who edits a mark sees the totals follow.
enum MatrixSheet {
    static func write(_ evidence: SkillEvidence, to sheet: XLSXSheet, language: Language) throws(XLSXError) {
        let projectCount = evidence.columns.count
        let skillCount = evidence.skills.count
        let firstProject = 1
        let lastProject = projectCount  // column index; < firstProject when there are no projects
        let projectTotal = projectCount + 1
        let storyTotal = projectCount + 2
        let totalRow = skillCount + 1
        var widths = ColumnWidths()

        try sheet.write(Labels.skill(language), row: 0, column: 0, style: .header)
        widths.fit(Labels.skill(language), column: 0)
        for (offset, project) in evidence.columns.enumerated() {
            if let link = project.link {
                try sheet.writeLink(link, text: project.title, row: 0, column: firstProject + offset, style: .rotatedHeader)
            } else {
                try sheet.write(project.title, row: 0, column: firstProject + offset, style: .rotatedHeader)
            }
        }
        try sheet.write(Labels.usedInProjects(language), row: 0, column: projectTotal, style: .header)
        try sheet.write(Labels.storyMarks(language), row: 0, column: storyTotal, style: .header)

        let both = Labels.stackMark + Labels.storyMark
        var columnCounts = [Int](repeating: 0, count: projectCount)
        var stackSum = 0, storySum = 0
        for (index, skill) in evidence.skills.enumerated() {
            let row = index + 1
            try sheet.write(skill.name, row: row, column: 0)
            widths.fit(skill.name, column: 0)
            var stackMarks = 0, storyMarks = 0
            for (column, mark) in evidence.marks[index].sorted(by: { $0.key < $1.key }) {
                let text = (mark.contains(.stack) ? Labels.stackMark : "") + (mark.contains(.story) ? Labels.storyMark : "")
                try sheet.write(text, row: row, column: firstProject + column, style: .mark)
                columnCounts[column] += 1
                if mark.contains(.stack) { stackMarks += 1 }
                if mark.contains(.story) { storyMarks += 1 }
            }
            stackSum += stackMarks
            storySum += storyMarks
            if projectCount > 0 {
                let range = CellReference.range(fromRow: row, fromColumn: firstProject, toRow: row, toColumn: lastProject)
                try sheet.writeFormula(
                    "COUNTIF(\(range),\"\(Labels.stackMark)\")+COUNTIF(\(range),\"\(both)\")",
                    value: Double(stackMarks), row: row, column: projectTotal, style: .total)
                try sheet.writeFormula(
                    "COUNTIF(\(range),\"\(Labels.storyMark)\")+COUNTIF(\(range),\"\(both)\")",
                    value: Double(storyMarks), row: row, column: storyTotal, style: .total)
            } else {
                try sheet.write(0, row: row, column: projectTotal, style: .total)
                try sheet.write(0, row: row, column: storyTotal, style: .total)
            }
        }

        try sheet.write(Labels.total(language), row: totalRow, column: 0, style: .header)
        for column in [projectTotal, storyTotal] + Array(firstProject..<(lastProject + 1)) {
            let value: Int
            switch column {
            case projectTotal: value = stackSum
            case storyTotal: value = storySum
            default: value = columnCounts[column - firstProject]
            }
            if skillCount > 0 {
                // Marked cells per project; the sum of the row totals for the two total columns.
                let range = CellReference.range(fromRow: 1, fromColumn: column, toRow: skillCount, toColumn: column)
                let function = column >= projectTotal ? "SUM" : "COUNTA"
                try sheet.writeFormula("\(function)(\(range))", value: Double(value), row: totalRow, column: column, style: .total)
            } else {
                try sheet.write(0, row: totalRow, column: column, style: .total)
            }
        }
        try sheet.write(Labels.legend(language), row: totalRow + 2, column: 0, style: .note)

        try widths.apply(to: sheet, limits: [0: 10...28])
        // Project titles stand upright in the header, one narrow column each (they ran into each
        // other lying flat); the header row is as tall as the longest title needs, up to 260 pt.
        var headerHeight = 30.0
        for column in firstProject..<(lastProject + 1) {
            let width = ColumnWidths.displayWidth(evidence.columns[column - firstProject].title)
            try sheet.setColumn(column, width: 6)
            headerHeight = max(headerHeight, min(width * 5.8 + 12, 260))
        }
        if projectCount > 0 { try sheet.setRow(0, height: headerHeight) }
        try sheet.setColumn(projectTotal, width: 12)
        try sheet.setColumn(storyTotal, width: 12)
        try sheet.freezePanes(row: 1, column: 1)
        try sheet.autofilter(firstRow: 0, firstColumn: 0, lastRow: max(skillCount, 1), lastColumn: storyTotal)
        // Upright: skills run down the page under the tall header.
        try sheet.printLandscape(fitOnePageWide: true, repeatingRows: 0...0, portrait: true)
    }
}
