import Foundation
import FolioModel

/// Formats a match report for the terminal. Never prints: the CLI does.
public struct MatchTextReporter: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    public func report(_ report: MatchReport) -> String {
        let ko = language == .ko
        var out: [String] = []
        out.append((ko ? "채용 공고: " : "Posting: ") + "\(report.posting.title) (\(report.posting.file))")
        out.append((ko ? "작업 폴더: " : "Workspace: ") + report.workspace)
        if let score = report.score {
            out.append((ko ? "적합도: " : "Fit: ") + "\(score)/100  (\(number(report.earned))/\(number(report.possible)) "
                + (ko ? "점; 필수 ×2, 우대 ×1, 근거 있음 1 · 주장만 ½ · 없음 0)" : "points; required ×2, preferred ×1, evidenced 1 · claimed ½ · missing 0)"))
        }
        for note in report.notes { out.append("note: " + note(language)) }

        // The duties name the tools of the job: weighed like preferred, but shown under their own
        // heading, not as 우대 the posting never wrote.
        let described = report.preferred.filter { Self.describesJob($0.requirement.section) }
        let blocks: [(LocalizedText, [RequirementMatch])] = [
            (RequirementKind.required.label, report.required),
            (RequirementKind.preferred.label, report.preferred.filter { !Self.describesJob($0.requirement.section) }),
            (dutiesTitle(report.posting), described),
        ]
        for (title, matches) in blocks where !matches.isEmpty {
            out.append("")
            let counts = [MatchStatus.evidenced, .claimed, .missing].map { status in
                "\(status.label(language)) \(matches.filter { $0.status == status }.count)"
            }.joined(separator: ", ")
            out.append("\(title(language)) (\(counts))")
            let width = min(28, matches.map { $0.label.count }.max() ?? 0)
            for match in matches {
                let name = match.label.padding(toLength: max(width, match.label.count), withPad: " ", startingAt: 0)
                out.append("  \(symbol(match.status)) \(name)  [\(ko ? "줄" : "line") \(match.requirement.line)] \(match.evidence(language))")
            }
        }

        if !report.conditions.isEmpty {
            out.append("")
            out.append(ko ? "그 밖의 조건" : "Other conditions")
            for condition in report.conditions {
                let symbol = condition.status == .shown ? "✓" : condition.status == .partial ? "~" : "!"
                let kind = condition.condition.topic == .entryLevel ? "" : condition.condition.kind.label(language) + ", "
                out.append("  \(symbol) \(condition.condition.label(language)) [\(kind)\(ko ? "줄" : "line") \(condition.condition.line)] — \(condition.status.label(language)): \(condition.evidence(language))")
            }
        }

        if !report.projects.isEmpty {
            out.append("")
            out.append(ko ? "앞에 둘 프로젝트" : "Projects to feature")
            for (rank, project) in report.projects.enumerated() {
                out.append("  \(rank + 1). \(project.id) — \(project.title) (\(number(project.points))\(ko ? "점" : " pts"): \(project.skills.joined(separator: ", ")))")
            }
        }

        if !report.gaps.isEmpty {
            out.append("")
            out.append(ko ? "점수를 가장 많이 올릴 보완 \(report.gaps.count)가지"
                : report.gaps.count == 1 ? "The gap that would raise the score most" : "The \(report.gaps.count) gaps that would raise the score most")
            for (rank, gap) in report.gaps.enumerated() {
                let part = Self.describesJob(gap.requirement.section)
                    ? (report.posting.headings[gap.requirement.section] ?? (ko ? "업무 소개" : "job description"))
                    : gap.requirement.kind.label(language)
                out.append("  \(rank + 1). [+\(Int(gap.gain.rounded()))] (\(part), \(ko ? "줄" : "line") \(gap.requirement.line)) \(gap.advice(language))")
            }
        }
        if let company = report.companyType {
            out.append("")
            out.append((ko ? "회사 유형 (target.company): " : "Company type (target.company): ") + company.label(language))
            out.append("  " + company.summary(language))
            for trait in company.traits { out.append("  - " + trait(language)) }
            out.append("  ? " + company.question(language))
        }
        if !report.hiringSteps.isEmpty {
            out.append("")
            out.append(ko ? "채용 절차" : "Hiring steps")
            for step in report.hiringSteps { out.append("  - " + step.advice(language)) }
        }
        if !report.emphasis.isEmpty {
            out.append("")
            out.append((ko ? "강조할 기술 (folio build --for): " : "Skills to emphasise (folio build --for): ") + report.emphasis.joined(separator: ", "))
        }
        return out.joined(separator: "\n")
    }

    /// Whether a part of the posting describes the job (duties, introduction) rather than asking.
    static func describesJob(_ section: Posting.SectionKind) -> Bool { section == .duties || section == .intro }

    /// "주요업무에 나온 기술 (우대처럼 1점)": the heading as the posting wrote it.
    func dutiesTitle(_ posting: MatchReport.PostingSummary) -> LocalizedText {
        let heading = posting.headings[.duties]
        return LocalizedText(
            ko: "\(heading ?? "업무 소개")에 나온 기술 (우대처럼 1점)",
            en: "Named in \(heading.map { "\"\($0)\"" } ?? "the job description") (weighed as preferred)")
    }

    func symbol(_ status: MatchStatus) -> String {
        switch status {
        case .evidenced: "✓"
        case .claimed: "~"
        case .missing: "✗"
        }
    }

    func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
