import Foundation
import FolioModel

/// Compares a posting with a workspace: for each requirement, matched with evidence, claimed
/// only, or missing; a fit score; the projects to feature; the gaps worth closing first.
public enum PostingMatcher {
    /// How many projects to suggest featuring, and how many gaps to report.
    public static let featuredCount = 3
    public static let gapCount = 3

    public static func match(
        _ posting: Posting, _ workspace: Workspace, today: YearMonth = .of(Date()), catalog: SkillCatalog = .shared,
        roles: RoleProfiles = .shared
    ) -> MatchReport {
        let index = WorkspaceEvidence(workspace, catalog: catalog)
        let matches = requirementMatches(posting.requirements, index: index, catalog: catalog)
        let possible = matches.reduce(0) { $0 + $1.requirement.kind.weight }
        let earned = matches.reduce(0) { $0 + $1.requirement.kind.weight * $1.status.credit }
        var notes: [LocalizedText] = []
        if posting.requirements.isEmpty {
            notes.append(LocalizedText(
                ko: "이 공고에서 folio가 아는 기술 이름을 찾지 못했습니다. 공고 본문을 그대로 붙여 넣었는지 확인하세요 (이미지로 된 공고는 글자로 옮겨야 합니다).",
                en: "No skill folio knows was found in this posting. Check that the posting's text was pasted in full (a posting published as an image must be typed out)."))
        }
        if !posting.hasHeadings, !posting.requirements.isEmpty {
            notes.append(LocalizedText(
                ko: "자격 요건·우대 사항 같은 제목을 찾지 못해, '우대'·'preferred'가 있는 줄만 우대로 보고 나머지는 필수로 봤습니다.",
                en: "No headings such as Requirements or Preferred were found: lines saying \"preferred\" or \"우대\" count as preferred, the rest as required."))
        }
        let gaps = self.gaps(matches, possible: possible, catalog: catalog)
        let company = workspace.profile.target.company.flatMap { roles.company($0.value) }.map { company in
            MatchReport.CompanyType(
                id: company.id, label: company.label, summary: company.summary, traits: company.traits,
                question: LocalizedText(
                    ko: "이 회사의 업무 프로세스에서 어떤 데이터가 생기고, 어떻게 수집·적재하겠습니까? 지원 전에 서비스를 써 보고 답을 준비하세요.",
                    en: "What data does this company's business process produce, and how would you collect and load it? Use the service before applying and prepare an answer."))
        }
        var report = MatchReport(
            posting: .init(file: posting.file, title: posting.title, hasHeadings: posting.hasHeadings,
                           headings: posting.sections.reduce(into: [:]) { map, section in
                               if let heading = section.heading, map[section.kind] == nil { map[section.kind] = heading }
                           }),
            workspace: workspace.root.standardizedFileURL.lastPathComponent,
            score: possible > 0 ? Int((earned / possible * 100).rounded()) : nil,
            earned: earned, possible: possible,
            required: matches.filter { $0.requirement.kind == .required },
            preferred: matches.filter { $0.requirement.kind == .preferred },
            conditions: posting.conditions.map { ConditionEvaluator.evaluate($0, workspace, index: index, today: today) },
            projects: featured(matches, index: index),
            gaps: gaps,
            emphasis: emphasis(matches),
            notes: notes)
        report.hiringSteps = posting.hiringSteps
        report.companyType = company
        return report
    }

    /// Each requirement matched, a tool asked for as the means of a kind of work (`ToolForWork`:
    /// "dbt를 활용한 데이터 모델링") judged once, at the tool's place, with the work as its purpose.
    static func requirementMatches(_ requirements: [Requirement], index: WorkspaceEvidence, catalog: SkillCatalog) -> [RequirementMatch] {
        let pairs = ToolForWork.pairs(in: requirements, catalog: catalog)
        let works = Set(pairs.map(\.work))
        return requirements.enumerated().compactMap { offset, requirement in
            guard !works.contains(offset) else { return nil }
            var match = requirementMatch(requirement, index: index)
            if let pair = pairs.first(where: { $0.tool == offset }) {
                let work = requirements[pair.work]
                match.requirement.kind = min(requirement.kind, work.kind)
                match.purpose(index.evidence(for: work.skills[0]))
            }
            return match
        }
    }

    static func requirementMatch(_ requirement: Requirement, index: WorkspaceEvidence) -> RequirementMatch {
        let members = requirement.skills.map { index.evidence(for: $0) }
        let best = members.min { lhs, rhs in
            lhs.status != rhs.status ? lhs.status < rhs.status : (lhs.level ?? 0) > (rhs.level ?? 0)
        } ?? members[0]
        return RequirementMatch(
            requirement: requirement, status: best.status, best: best, members: members,
            evidenceText: evidenceText(best, group: requirement.isAnyOf))
    }

    static func evidenceText(_ evidence: SkillEvidence, group: Bool) -> LocalizedText {
        var ko: [String] = []
        var en: [String] = []
        // Shown through tools that imply it: each tool with where it is used, not one tool
        // credited with every project ("충족: MySQL (settlement-batch), PostgreSQL (ddareungi-pipeline)").
        if !evidence.viaUses.isEmpty {
            ko.append(evidence.viaUses.joined(separator: ", "))
            en.append(evidence.viaUses.joined(separator: ", "))
        } else if !evidence.projects.isEmpty {
            ko.append("프로젝트 " + evidence.projects.joined(separator: ", "))
            en.append("projects " + evidence.projects.joined(separator: ", "))
        }
        if !evidence.stories.isEmpty, evidence.viaUses.isEmpty {
            ko.append("사례 " + evidence.stories.joined(separator: ", "))
            en.append("stories " + evidence.stories.joined(separator: ", "))
        }
        if !evidence.jobs.isEmpty, evidence.viaUses.isEmpty {
            ko.append("경력 " + evidence.jobs.joined(separator: ", "))
            en.append("work at " + evidence.jobs.joined(separator: ", "))
        }
        if !evidence.credentials.isEmpty {
            ko.append("자격·학력 " + evidence.credentials.joined(separator: ", "))
            en.append("credential " + evidence.credentials.joined(separator: ", "))
        }
        if evidence.listed {
            // "수준 미기재" as `folio check` says it (skill.evidence), not "수준 ?".
            let version = evidence.version.map { ", \($0)" } ?? ""
            ko.append((evidence.level.map { "수준 \($0)" } ?? "수준 미기재") + version)
            en.append((evidence.level.map { "level \($0)" } ?? "no level given") + version)
        }
        if evidence.status != .evidenced {
            if !evidence.mentionedIn.isEmpty {
                ko.append("본문에만 언급: " + evidence.mentionedIn.joined(separator: ", "))
                en.append("named only in the text of " + evidence.mentionedIn.joined(separator: ", "))
            } else if evidence.listed, evidence.credentials.isEmpty {
                ko.append("skills.yaml에만 있음")
                en.append("only in skills.yaml")
            }
        }
        if evidence.status == .missing {
            ko = ["작업 폴더에 없음"]
            en = ["not in the workspace"]
        }
        // A kind of tool shown through one tool, or a group met by one member: name it.
        let through = evidence.status == .missing || !evidence.viaUses.isEmpty ? (evidence.viaUses.isEmpty ? nil : "") : evidence.via ?? (group ? evidence.skill : nil)
        return LocalizedText(
            ko: (through.map { $0.isEmpty ? "충족: " : "충족: \($0) — " } ?? "") + ko.joined(separator: " · "),
            en: (through.map { $0.isEmpty ? "via " : "via \($0) — " } ?? "") + en.joined(separator: " · "))
    }

    /// Projects ranked by the weight of the requirements their stack and stories cover.
    static func featured(_ matches: [RequirementMatch], index: WorkspaceEvidence) -> [ProjectFit] {
        let fits = index.workspace.projects.compactMap { project -> (fit: ProjectFit, featured: Bool, stories: Int)? in
            let covered = index.skills(of: project)
            var points = 0.0
            var skills: [String] = []
            for match in matches {
                let hits = match.requirement.skills.filter { index.covers(covered, $0) }
                guard !hits.isEmpty else { continue }
                points += match.requirement.kind.weight
                skills.append(contentsOf: hits.filter { !skills.contains($0) })
            }
            guard points > 0 else { return nil }
            return (ProjectFit(id: project.id, title: project.displayTitle, points: points, skills: skills),
                    project.featured, index.workspace.stories(of: project.id).count)
        }
        return fits.sorted { lhs, rhs in
            if lhs.fit.points != rhs.fit.points { return lhs.fit.points > rhs.fit.points }
            if lhs.featured != rhs.featured { return lhs.featured }
            return lhs.stories > rhs.stories
        }.prefix(featuredCount).map(\.fit)
    }

    /// The requirements not yet evidenced, by the score they would add; required first on ties.
    static func gaps(_ matches: [RequirementMatch], possible: Double, catalog: SkillCatalog = .shared) -> [Gap] {
        guard possible > 0 else { return [] }
        let open = matches.enumerated().filter { $0.element.status != .evidenced }
        let ranked = open.sorted { lhs, rhs in
            let left = lhs.element.requirement.kind.weight * (1 - lhs.element.status.credit)
            let right = rhs.element.requirement.kind.weight * (1 - rhs.element.status.credit)
            if left != right { return left > right }
            if lhs.element.requirement.kind != rhs.element.requirement.kind { return lhs.element.requirement.kind < rhs.element.requirement.kind }
            // What the posting asks for (우대사항) before the tools its duties name.
            let leftAsked = !MatchTextReporter.describesJob(lhs.element.requirement.section)
            let rightAsked = !MatchTextReporter.describesJob(rhs.element.requirement.section)
            if leftAsked != rightAsked { return leftAsked }
            return lhs.offset < rhs.offset
        }
        return ranked.prefix(gapCount).map { _, match in
            let gain = match.requirement.kind.weight * (1 - match.status.credit) / possible * 100
            return Gap(requirement: match.requirement, status: match.status, gain: gain, advice: advice(for: match, catalog: catalog), label: match.label)
        }
    }

    /// What to do about a requirement not yet evidenced. A versioned tool is to be written with
    /// its version and how far it was configured (seed 002); a concept (데이터 모델링, ETL), a
    /// managed service or SQL has no version to give, so the advice asks for what was done with it.
    static func advice(for match: RequirementMatch, catalog: SkillCatalog = .shared) -> LocalizedText {
        let best = match.best
        let name = best.skill
        let group = match.requirement.isAnyOf
        let target = group
            ? LocalizedText(ko: "\(match.requirement.label) 중 하나", en: "one of \(match.requirement.label)")
            : LocalizedText(stringLiteral: name)
        if let purpose = match.purpose, match.status != .evidenced {
            return advice(tool: match, target: target, work: purpose)
        }
        let entry = catalog.lookup(name)
        let versioned = entry?.hasVersion ?? true
        let concept = entry?.kind == .concept
        switch best.status {
        case .evidenced:
            return ""
        case .claimed:
            if let file = best.mentionedIn.first(where: { $0.hasPrefix("projects/") }) {
                return LocalizedText(
                    ko: "\(target.ko): \(file) 본문에는 나오지만 stack에 없습니다. 그 프로젝트의 stack에 넣고, "
                        + (versioned ? "skills.yaml에 버전과 어디까지 설정했는지 적으세요." : "무엇을 어떻게 했는지 본문에 한 문장으로 적으세요."),
                    en: "\(target.en): \(file) names it in its text but not in `stack`. Add it to that project's stack, and "
                        + (versioned ? "give its version and how far you configured it in skills.yaml." : "say in a sentence what you did and how."))
            }
            let low = (best.level ?? 0) <= 1
            return LocalizedText(
                ko: "\(target.ko): skills.yaml에만 있고 프로젝트·사례에 근거가 없습니다. 쓴 프로젝트의 stack에 넣거나, skills: [\(name)]인 트러블슈팅 이야기를 하나 쓰세요."
                    + (low ? " 지금 수준이 1이라면 작은 실습으로 면접에서 설명할 만큼 써 보세요." : ""),
                en: "\(target.en): only in skills.yaml, with no project or story behind it. Add it to the stack of the project where you used it, or write a troubleshooting story with skills: [\(name)]."
                    + (low ? " At level 1, use it in a small exercise first so you can explain it in an interview." : ""))
        case .missing:
            if concept {
                return LocalizedText(
                    ko: "\(target.ko): 작업 폴더에 없습니다. 해 본 적이 있다면 그 프로젝트의 stack에 \(Josa.object.after(name)) 넣고, 무엇을 어떻게 했는지 본문에 적으세요. 없다면 기존 프로젝트에 붙여 보는 작은 실습(\(name))을 하고 이야기로 남기세요.",
                    en: "\(target.en): not in the workspace. If you have done it, add it to that project's stack and say in its text what you did and how; if not, add \(name) to an existing project as a small exercise and write the story.")
            }
            let record = versioned
                ? LocalizedText(ko: "skills.yaml에 버전·설정 범위와 함께 적고", en: "add it to skills.yaml with its version and depth")
                : LocalizedText(ko: "skills.yaml에 어디까지 써 봤는지(depth) 적고", en: "add it to skills.yaml with how far you used it (depth)")
            return LocalizedText(
                ko: "\(target.ko): 작업 폴더에 없습니다. 써 본 적이 있다면 \(record.ko) 그 프로젝트의 stack에 넣으세요. 없다면 기존 프로젝트에 붙여 보는 작은 실습(\(name))을 하고 이야기로 남기세요.",
                en: "\(target.en): not in the workspace. If you have used it, \(record.en) and to the stack of that project; if not, add \(name) to an existing project as a small exercise and write the story.")
        }
    }

    /// One ask, a tool for a kind of work ("dbt를 활용한 데이터 모델링"): what is missing of the two.
    static func advice(tool match: RequirementMatch, target: LocalizedText, work: SkillEvidence) -> LocalizedText {
        let tool = match.best.status == .evidenced ? match.best.skill : target.ko
        let toolEN = match.best.status == .evidenced ? match.best.skill : target.en
        let label = match.label
        let asked = LocalizedText(
            ko: "공고는 \(Josa.direction.after(tool)) 하는 \(Josa.object.after(work.skill)) 묻습니다",
            en: "The posting asks for \(work.skill) done with \(toolEN)")
        if match.best.status == .evidenced {
            let where_ = match.best.projects.first.map { LocalizedText(ko: "프로젝트 \($0)", en: "project \($0)") }
                ?? LocalizedText(ko: "작업 폴더", en: "the workspace")
            return LocalizedText(
                ko: "\(label): \(asked.ko). \(Josa.topic.after(tool)) \(where_.ko)에 있지만 \(Josa.topic.after(work.skill)) 보이지 않습니다. 그 프로젝트의 stack에 \(Josa.object.after(work.skill)) 넣고, \(Josa.direction.after(tool)) 무엇을 했는지(예: 어떤 테이블을 어떤 구조로) 본문에 적으세요.",
                en: "\(label): \(asked.en). \(tool) is in \(where_.en), but \(work.skill) is not shown. Add \(work.skill) to that project's stack and say in its text what you did with \(tool) (which tables, which structure).")
        }
        if work.status != .missing {
            return LocalizedText(
                ko: "\(label): \(asked.ko). \(Josa.topic.after(work.skill)) 보이지만 \(Josa.subject.after(target.ko)) \(match.best.status == .claimed ? "skills.yaml이나 본문에만 있습니다" : "작업 폴더에 없습니다"). \(Josa.object.after(target.ko)) 쓴 프로젝트가 있다면 그 stack에 넣고, 없다면 \(Josa.object.after(work.skill)) 한 프로젝트에 \(Josa.object.after(target.ko)) 붙여 보는 작은 실습을 하고 이야기로 남기세요.",
                en: "\(label): \(asked.en). \(work.skill) is shown, but \(target.en) is \(match.best.status == .claimed ? "only in skills.yaml or in text" : "not in the workspace"). If a project used it, add it to that stack; if not, add \(target.en) to the project where you did \(work.skill) as a small exercise and write the story.")
        }
        return LocalizedText(
            ko: "\(label): 작업 폴더에 없습니다. \(asked.ko). 해 본 적이 있다면 그 프로젝트의 stack에 둘 다 넣고 무엇을 했는지 본문에 적으세요. 없다면 기존 프로젝트의 데이터를 가지고 \(Josa.direction.after(target.ko)) \(Josa.object.after(work.skill)) 해 보는 작은 실습을 하고 이야기로 남기세요.",
            en: "\(label): not in the workspace. \(asked.en). If you have done it, add both to that project's stack and say what you did; if not, do \(work.skill) with \(target.en) on an existing project's data as a small exercise and write the story.")
    }

    /// Matched skills to emphasise: required before preferred, evidenced before claimed.
    static func emphasis(_ matches: [RequirementMatch]) -> [String] {
        var names: [String] = []
        for kind in [RequirementKind.required, .preferred] {
            for status in [MatchStatus.evidenced, .claimed] {
                for match in matches where match.requirement.kind == kind && match.status == status {
                    let name = match.best.via ?? match.best.skill
                    if !names.contains(name) { names.append(name) }
                }
            }
        }
        return names
    }
}
