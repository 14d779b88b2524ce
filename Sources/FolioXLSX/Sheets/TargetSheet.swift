import FolioModel

/// Sheet "Target" (목표): what the seeds expect of the target role and company type against
/// the user's skills: have with evidence, have without, missing, missing but only preferred.
enum TargetSheet {
    static func table(_ comparison: TargetComparison, language: Language) -> StatusTable {
        let statusText: (TargetComparison.Status) -> String = { status in
            switch status {
            case .evidenced: Labels.haveEvidenced(language)
            case .claimedOnly: Labels.haveClaimed(language)
            case .missing: Labels.missing(language)
            case .missingPreferred: Labels.missingPreferred(language)
            }
        }
        let statusStyle: (TargetComparison.Status) -> CellStyle = { status in
            switch status {
            case .evidenced: .evidencedStatus
            case .claimedOnly: .claimedStatus
            case .missing: .missingStatus
            case .missingPreferred: .top
            }
        }
        let title = [Labels.targetTitle(language), comparison.heading].compactMap { $0 }.joined(separator: ": ")
        let rows = comparison.rows.map { row -> [StatusTable.Cell] in
            [
                .text(row.sources.map { $0(language) }.joined(separator: " · ")),
                .text(row.expectation, .text),
                .text(row.userSkills.joined(separator: ", "), .text),
                .number(row.level),
                .text(statusText(row.status), statusStyle(row.status)),
                .text(row.evidence.joined(separator: "; "), .text),
                .text(row.seed, .text),
            ]
        }
        return StatusTable(
            title: title,
            header: [Labels.source, Labels.expectation, Labels.yourSkills, Labels.levelTitle, Labels.status,
                     Labels.evidence, Labels.seed].map { $0(language) },
            statusColumn: 4,
            statuses: [Labels.haveEvidenced(language), Labels.haveClaimed(language), Labels.missing(language),
                       Labels.missingPreferred(language)],
            rows: rows, notes: comparison.notes, wideColumns: [1, 2, 5, 6])
    }
}
