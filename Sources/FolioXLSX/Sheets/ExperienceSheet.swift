import FolioModel

/// Sheet "Experience" (경력): one row per job of `experience:`, as written, with its months
/// (ongoing ones up to this month) and the total with overlaps counted once — the figure
/// `folio check` and `folio match` use for "3+ years".
enum ExperienceSheet {
    enum Column: Int, CaseIterable {
        case organization, position, team, start, end, months, role, highlights, projects, stack
    }

    static func header(_ language: Language) -> [String] {
        [Labels.organization, Labels.position, Labels.team, Labels.start, Labels.end, Labels.months,
         Labels.ownPart, Labels.highlights, Labels.jobProjects, Labels.jobStack].map { $0(language) }
    }

    static func write(_ workspace: Workspace, to sheet: XLSXSheet, today: YearMonth, language: Language) throws(XLSXError) {
        var widths = ColumnWidths()
        for (column, title) in header(language).enumerated() {
            try sheet.write(title, row: 0, column: column, style: .header)
            widths.fit(title, column: column)
        }
        let jobs = workspace.profile.experience
        for (index, job) in jobs.enumerated() {
            let row = index + 1
            func text(_ value: String?, _ column: Column, _ style: CellStyle = .top) throws(XLSXError) {
                guard let value, !value.isEmpty else { return }
                try sheet.write(value, row: row, column: column.rawValue, style: style)
                widths.fit(value, column: column.rawValue)
                if style.wrap { widths.wrap(value, row: row, column: column.rawValue) }
            }
            let period = job.period?.value
            try text(job.organization?.value, .organization)
            try text(job.position?.value, .position)
            try text(job.team?.value, .team)
            try text(period?.from.description, .start)
            try text(period.map { $0.ongoing ? Labels.ongoing(language) : ($0.to ?? $0.from).description }, .end)
            if let period {
                let months = Double(period.months(asOf: today))
                try sheet.write(months, row: row, column: Column.months.rawValue, style: .top)
                widths.fit(months, column: Column.months.rawValue)
            }
            try text(job.role?.value, .role, .text)
            try text(job.highlights.map { "• " + $0.value }.joined(separator: "\n"), .highlights, .text)
            try text(job.projects.map { workspace.project($0.value)?.displayTitle ?? $0.value }.joined(separator: "; "), .projects, .text)
            try text(job.stack.map(\.value).joined(separator: ", "), .stack, .text)
        }
        // The total the checks use: overlapping jobs counted once. Its label spans the columns
        // left of the months, so it is read whole however narrow the date columns are.
        let totalRow = jobs.count + 2
        try sheet.write(
            Labels.totalMonths(language), row: totalRow,
            columns: Column.organization.rawValue...Column.end.rawValue, style: .totalLabel)
        let total = Double(workspace.experienceMonths(asOf: today) ?? 0)
        try sheet.write(total, row: totalRow, column: Column.months.rawValue, style: .total)

        let limits: [Int: ClosedRange<Double>] = [
            Column.organization.rawValue: 10...30,
            Column.role.rawValue: 16...40,
            Column.highlights.rawValue: 24...60,
            Column.projects.rawValue: 12...40,
            Column.stack.rawValue: 12...36,
        ]
        try widths.apply(to: sheet, limits: limits)
        // A cell of several highlights is as tall as its lines, as on the Skills sheet.
        try widths.applyRowHeights(to: sheet, limits: limits)
        try sheet.freezePanes(row: 1, column: 1)
        try sheet.autofilter(firstRow: 0, firstColumn: 0, lastRow: max(jobs.count, 1), lastColumn: Column.allCases.count - 1)
        try sheet.printLandscape(fitOnePageWide: true, repeatingRows: 0...0)
    }
}
