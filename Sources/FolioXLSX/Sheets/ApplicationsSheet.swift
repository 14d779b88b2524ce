import FolioModel

/// Sheet "Applications" (지원서): one row per 자기소개서 question of `essays/*.md` — company,
/// question, limit, the answer's length under the limit's counting rule (`EssayCount`), fill %
/// and a status — so the applications can be filtered by what still needs work.
enum ApplicationsSheet {
    enum Status {
        case fits, over, short, noLimit
    }

    /// Portals advise 80–90 % of a limit; `essay.fill` uses the same line.
    static let fillThreshold = 80

    static func status(count: Int, limit: Essay.Limit?) -> Status {
        guard let limit else { return .noLimit }
        if count > limit.value { return .over }
        return count * 100 < limit.value * fillThreshold ? .short : .fits
    }

    static func table(_ workspace: Workspace, language: Language) -> StatusTable {
        let label: (Status) -> String = { status in
            switch status {
            case .fits: Labels.essayFits(language)
            case .over: Labels.essayOver(language)
            case .short: Labels.essayShort(language)
            case .noLimit: Labels.essayNoLimit(language)
            }
        }
        let style: (Status) -> CellStyle = { status in
            switch status {
            case .fits: .evidencedStatus
            case .short, .noLimit: .claimedStatus
            case .over: .missingStatus
            }
        }
        var rows: [[StatusTable.Cell]] = []
        for essay in workspace.essays {
            for question in essay.questions {
                let rule = question.limit?.rule ?? essay.defaultRule
                let count = question.count(rule, lineBreaks: essay.lineBreaks)
                let status = status(count: count, limit: question.limit)
                let limitText = question.limit.map { "\($0.value)\($0.rule.unit(language)) (\($0.rule.label(language)))" } ?? ""
                rows.append([
                    .text(essay.companyName),
                    .text(question.title, .text),
                    .text(limitText),
                    .number(count),
                    .number(question.limit.map { count * 100 / max($0.value, 1) }),
                    .text(label(status), style(status)),
                    .text(essay.deadline?.value ?? ""),
                    .text(essay.file),
                ])
            }
        }
        return StatusTable(
            title: Labels.applicationsTitle(language),
            header: [Labels.company, Labels.question, Labels.limit, Labels.count, Labels.fill, Labels.status,
                     Labels.deadline, Labels.file].map { $0(language) },
            statusColumn: 5,
            statuses: [Status.fits, .short, .over, .noLimit].map(label),
            rows: rows, notes: [Labels.applicationsNote(language)], wideColumns: [1])
    }
}
