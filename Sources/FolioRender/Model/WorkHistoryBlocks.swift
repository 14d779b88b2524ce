import FolioModel
import Mustache

/// One job of the work history as shown: where, as what, when, your part and what you achieved.
public struct ExperienceCard: Sendable {
    /// `job-1`, `job-2` … in the order of folio.yaml, for anchors.
    public var id: String
    public var organization: String?
    public var position: String?
    /// "Position · Organization", whichever is written.
    public var title: String
    /// `2024-07 – 현재` / `2024-07 – present`, in the portfolio's language.
    public var period: String?
    public var team: String?
    public var role: String?
    public var location: String?
    public var summary: String?
    /// What you did and achieved; on the one page those that fit (a junior's at most `OnePageSelection.highlightsPerJob`).
    public var highlights: [String]
    public var stackLine: String?
}

/// `name · rank · organizer (date)` and, for a contest, the metric and what moved it.
public struct AwardLine: Sendable {
    public var name: String
    public var rank: String?
    public var organizer: String?
    public var date: String?
    /// "RMSE 0.412 → 0.371 — 시간대별 피처, LightGBM 튜닝"
    public var metricLine: String?
}

/// `영어 · TOEIC 915 (2024-05)` or `English · native`.
public struct LanguageLine: Sendable {
    public var language: String
    public var detail: String?
    public var date: String?
}

public struct OpenSourceLine: Sendable {
    public var project: String
    public var contribution: String?
    public var link: ContactLink?
}

public struct ActivityLine: Sendable {
    public var name: String
    public var role: String?
    public var period: String?
    public var summary: String?
}

extension PortfolioBuilder {
    /// The work history, most recent first (ongoing jobs first, then by start, then as written).
    func experienceCards(_ workspace: Workspace, language: Language) -> [ExperienceCard] {
        let jobs = workspace.profile.experience.enumerated().sorted { lhs, rhs in
            let a = lhs.element.period?.value, b = rhs.element.period?.value
            if let a, let b, a.ongoing != b.ongoing { return a.ongoing }
            let endA = a.map { $0.ongoing ? YearMonth(year: 2200, month: 12)! : ($0.end ?? $0.start) }
            let endB = b.map { $0.ongoing ? YearMonth(year: 2200, month: 12)! : ($0.end ?? $0.start) }
            if let endA, let endB, endA != endB { return endA > endB }
            if let a, let b, a.start != b.start { return a.start > b.start }
            return lhs.offset < rhs.offset
        }
        return jobs.map { offset, job in
            return ExperienceCard(
                id: "job-\(offset + 1)", organization: job.organization?.value, position: job.position?.value,
                title: job.displayTitle.isEmpty ? (language == .ko ? "경력" : "Experience") : job.displayTitle,
                period: job.period?.value.text(language), team: job.team?.value, role: job.role?.value,
                location: job.location?.value, summary: job.summary?.value, highlights: job.highlights.map(\.value),
                stackLine: job.stack.isEmpty ? nil : job.stack.map(\.value).joined(separator: " · "))
        }
    }

    func awardLines(_ profile: Profile) -> [AwardLine] {
        profile.awards.compactMap { award in
            guard let name = award.name?.value else { return nil }
            let metric = [award.metric?.value, award.approach?.value].compactMap { $0 }.joined(separator: " — ")
            return AwardLine(
                name: name, rank: award.rank?.value, organizer: award.organizer?.value,
                date: award.date?.value.description, metricLine: metric.isEmpty ? nil : metric)
        }
    }

    func languageLines(_ profile: Profile) -> [LanguageLine] {
        profile.languages.compactMap { entry in
            guard let language = entry.language?.value else { return nil }
            let test = [entry.test?.value, entry.score?.value].compactMap { $0 }.joined(separator: " ")
            let detail = [test.isEmpty ? nil : test, entry.fluency?.value].compactMap { $0 }.joined(separator: ", ")
            return LanguageLine(language: language, detail: detail.isEmpty ? nil : detail, date: entry.date?.value.description)
        }
    }

    func openSourceLines(_ profile: Profile) -> [OpenSourceLine] {
        profile.openSource.compactMap { entry in
            guard let project = entry.project?.value else { return nil }
            return OpenSourceLine(
                project: project, contribution: entry.contribution?.value,
                link: entry.url.map { ContactLink(label: "PR", text: Self.displayURL($0.value), href: LinkPolicy.safeHref($0.value)) })
        }
    }

    func activityLines(_ profile: Profile, language: Language) -> [ActivityLine] {
        profile.activities.compactMap { entry in
            guard let name = entry.name?.value ?? entry.organization?.value else { return nil }
            return ActivityLine(name: name, role: entry.role?.value, period: entry.period?.value.text(language), summary: entry.summary?.value)
        }
    }

    /// Mid-level and up lead with the work history; so does a workspace with no level and three
    /// or more years of it.
    static func leadsWithWork(_ workspace: Workspace, today: YearMonth) -> Bool {
        guard !workspace.profile.experience.isEmpty else { return false }
        if let level = workspace.profile.target.level?.value.lowercased() { return ["mid", "senior", "lead"].contains(level) }
        return (workspace.experienceMonths(asOf: today) ?? 0) >= 36
    }
}

extension PageBudget {
    /// A job: title row, role and team, stack, highlights.
    static func experienceCard(_ card: ExperienceCard) -> Double {
        let side = card.period.map { em($0) * bodySize + 8 } ?? 0
        var height = cardGap + Double(lines(card.title, size: titleSize * 1.05, width: pageWidth - side - 8)) * titleLine
        for text in [[card.role, card.team].compactMap { $0 }.joined(separator: " · "), card.stackLine ?? ""] where !text.isEmpty {
            height += Double(lines(text, size: bodySize, width: pageWidth - labelWidth)) * bodyLine
        }
        for line in card.highlights {
            height += Double(lines(line, size: bodySize, width: pageWidth - listIndent)) * bodyLine
        }
        return height
    }

    /// The awards and languages rows of the background section.
    static func honours(awards: [AwardLine], languages: [LanguageLine]) -> Double {
        var height = 0.0
        for award in awards {
            let text = [award.name, award.rank, award.organizer, award.date].compactMap { $0 }.joined(separator: " · ")
            height += Double(lines(text, size: bodySize, width: pageWidth - labelWidth)) * bodyLine
            if let metric = award.metricLine { height += Double(lines(metric, size: bodySize, width: pageWidth - labelWidth)) * bodyLine }
        }
        if !languages.isEmpty {
            let text = languages.map { [$0.language, $0.detail].compactMap { $0 }.joined(separator: " ") }.joined(separator: " · ")
            height += Double(lines(text, size: bodySize, width: pageWidth - labelWidth)) * bodyLine
        }
        return height
    }
}

// Mustache lookups (see Portfolio+Mustache.swift): every stored property a template can name.

extension ExperienceCard: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "organization": self.organization
        case "position": self.position
        case "title": self.title
        case "period": self.period
        case "team": self.team
        case "role": self.role
        case "location": self.location
        case "summary": self.summary
        case "highlights": self.highlights
        case "stackLine": self.stackLine
        default: nil
        }
    }
}

extension AwardLine: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "rank": self.rank
        case "organizer": self.organizer
        case "date": self.date
        case "metricLine": self.metricLine
        default: nil
        }
    }
}

extension LanguageLine: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "language": self.language
        case "detail": self.detail
        case "date": self.date
        default: nil
        }
    }
}

extension OpenSourceLine: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "project": self.project
        case "contribution": self.contribution
        case "link": self.link?.node
        default: nil
        }
    }
}

extension ActivityLine: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "role": self.role
        case "period": self.period
        case "summary": self.summary
        default: nil
        }
    }
}
