import Foundation
import FolioModel

/// Says for each condition whether the workspace shows it: `target.level` against years,
/// `education` against a degree, projects' `data.volume` against large-scale traffic, cloud
/// skills and certifications against cloud, the text of projects against open source.
enum ConditionEvaluator {
    /// Years a level usually stands for; a posting's years above it are for the user to address.

    static func evaluate(_ condition: Condition, _ workspace: Workspace, index: WorkspaceEvidence, today: YearMonth) -> ConditionMatch {
        let (status, evidence) = switch condition.topic {
        case .experience: experience(condition, workspace, today: today)
        case .entryLevel: entryLevel(workspace)
        case .degree: degree(condition, workspace)
        case .largeScale: largeScale(workspace)
        case .cloud: cloud(workspace, index: index)
        case .openSource: openSource(condition, workspace, index: index)
        }
        return ConditionMatch(condition: condition, status: status, evidence: evidence)
    }

    static func experience(_ condition: Condition, _ workspace: Workspace, today: YearMonth) -> (ConditionMatch.Status, LocalizedText) {
        let career = workspace.profile.target.careerLevel
        let level = career?.rawValue
        // Work history counts first, overlaps once; without one, the projects' months, overlaps once too.
        let worked = workspace.experienceMonths(asOf: today)
        let months = worked ?? WorkHistory.months(workspace.projects.compactMap { $0.period?.value }, asOf: today)
        let projects = worked != nil
            ? LocalizedText(ko: "경력(experience)은 모두 \(months)개월입니다", en: "your work history adds up to \(months) months")
            : LocalizedText(ko: "프로젝트 경험은 모두 \(months)개월입니다", en: "your projects add up to \(months) months")
        if let worked, let asked = condition.years, worked >= asked * 12 {
            return (.shown, LocalizedText(
                ko: "경력 \(worked / 12)년 \(worked % 12)개월 (experience)", en: "\(worked / 12) years \(worked % 12) months of work history (experience)"))
        }
        guard let level, let years = career?.typicalYears.lowerBound else {
            return (.address, LocalizedText(
                ko: "folio.yaml에 target.level이 없습니다. 경력을 이력서에 적고, \(projects.ko).",
                en: "folio.yaml has no target.level. State your experience on the résumé; \(projects.en)."))
        }
        if let asked = condition.years, asked <= years, years > 0 {
            return (.shown, LocalizedText(ko: "target.level \(level) (보통 \(years)년 이상)", en: "target.level \(level) (usually \(years)+ years)"))
        }
        let asked = condition.years.map { LocalizedText(ko: "\($0)년", en: "\($0) years") } ?? LocalizedText(ko: "경력", en: "experience")
        return (.address, LocalizedText(
            ko: "target.level이 \(level)입니다. 공고는 \(asked.ko)을 바랍니다: \(projects.ko). 깊이 있게 다룬 기술과 장애 대응으로 보완하거나, 경력 조건이 필수인지 확인하세요.",
            en: "target.level is \(level); the posting asks for \(asked.en): \(projects.en). Lead with the depth of your stack and your incident stories, or check whether the years are a hard requirement."))
    }

    static func entryLevel(_ workspace: Workspace) -> (ConditionMatch.Status, LocalizedText) {
        let level = workspace.profile.target.careerLevel?.rawValue ?? workspace.profile.target.level?.value ?? "-"
        return level == "junior"
            ? (.shown, LocalizedText(ko: "target.level junior: 신입 지원이 가능한 공고입니다", en: "target.level junior: the posting is open to new graduates"))
            : (.partial, LocalizedText(ko: "신입도 받는 공고입니다 (target.level \(level))", en: "the posting also takes new graduates (target.level \(level))"))
    }

    static func degree(_ condition: Condition, _ workspace: Workspace) -> (ConditionMatch.Status, LocalizedText) {
        let entries = workspace.profile.education.map { education in
            [education.school?.value, education.program?.value].compactMap { $0 }.joined(separator: " ")
        }
        let degrees = entries.compactMap { entry -> (entry: String, degree: Condition.Degree, related: Bool)? in
            let lowered = entry.lowercased()
            let degree: Condition.Degree
            if ["박사", "ph.d", "phd", "doctor"].contains(where: lowered.contains) { degree = .doctorate }
            else if ["석사", "master", "m.s.", "msc"].contains(where: lowered.contains) { degree = .master }
            else if ["학사", "학부", "bachelor", "b.s.", "b.a.", "bsc", "대학교 졸업"].contains(where: lowered.contains) { degree = .bachelor }
            else { return nil }
            let related = ["컴퓨터", "전산", "소프트웨어", "정보", "통계", "수학", "산업공학", "데이터", "computer", "software", "statistic", "math", "data", "information"]
                .contains(where: lowered.contains)
            return (entry, degree, related)
        }
        guard let best = degrees.max(by: { $0.degree < $1.degree }) else {
            return (.address, LocalizedText(
                ko: "folio.yaml의 education에 학위가 보이지 않습니다. 학교와 전공, 학위를 적으세요.",
                en: "No degree in folio.yaml's education. Add your school, major and degree."))
        }
        let evidence = LocalizedText(ko: "education: \(best.entry)", en: "education: \(best.entry)")
        if best.degree < (condition.degree ?? .bachelor) { return (.address, evidence) }
        if condition.relatedField, !degrees.contains(where: \.related) { return (.partial, evidence) }
        return (.shown, evidence)
    }

    static func largeScale(_ workspace: Workspace) -> (ConditionMatch.Status, LocalizedText) {
        let volumes = workspace.projects.compactMap { project -> (id: String, text: String, large: Bool)? in
            guard let volume = project.data?.volume?.value else { return nil }
            return (project.id, volume, DataVolume(volume).isLarge)
        }
        if let large = volumes.first(where: \.large) {
            return (.shown, LocalizedText(
                ko: "\(large.id): \(large.text). 실서비스 트래픽이 아니라면 규모와 그 규모에서 겪은 문제를 정확히 말할 준비를 하세요.",
                en: "\(large.id): \(large.text). If this was not live-service traffic, be ready to say the scale precisely and what broke at it."))
        }
        if let some = volumes.first {
            return (.partial, LocalizedText(
                ko: "\(some.id): \(some.text). 대용량이라 하기엔 작습니다: 부하 시험이나 더 큰 공개 데이터로 규모를 키운 경험을 더하세요.",
                en: "\(some.id): \(some.text). Small for \"large scale\": add a load test or a larger public dataset."))
        }
        return (.address, LocalizedText(
            ko: "프로젝트에 data.volume이 없습니다. 다룬 데이터의 양(행 수, GB, 초당 건수)을 적으세요.",
            en: "No project states data.volume. Give the amount of data you handled (rows, GB, events per second)."))
    }

    static func cloud(_ workspace: Workspace, index: WorkspaceEvidence) -> (ConditionMatch.Status, LocalizedText) {
        let cloudSkills = Set(index.catalog.entries.filter { $0.category == "cloud" }.map(\.name))
        let evidences = cloudSkills.sorted().map { index.evidence(for: $0) }.filter { $0.status != .missing }
        let certificates = workspace.profile.certifications.map(\.name.value).filter { name in
            ["aws", "gcp", "google cloud", "azure", "클라우드", "cloud"].contains { name.lowercased().contains($0) }
        }
        let evidenced = evidences.filter { $0.status == .evidenced }
        var ko: [String] = []
        var en: [String] = []
        if !evidenced.isEmpty {
            let text = evidenced.map { "\($0.skill) (\($0.projects.joined(separator: ", ")))" }.joined(separator: ", ")
            ko.append(text); en.append(text)
        } else if !evidences.isEmpty {
            let text = evidences.map(\.skill).joined(separator: ", ")
            ko.append("\(text): 프로젝트 근거 없음"); en.append("\(text): no project behind it")
        }
        if !certificates.isEmpty {
            ko.append("자격증 " + certificates.joined(separator: ", "))
            en.append("certification " + certificates.joined(separator: ", "))
        }
        if !evidenced.isEmpty { return (.shown, LocalizedText(ko: ko.joined(separator: " · "), en: en.joined(separator: " · "))) }
        if !ko.isEmpty { return (.partial, LocalizedText(ko: ko.joined(separator: " · "), en: en.joined(separator: " · "))) }
        return (.address, LocalizedText(
            ko: "클라우드 경험이 없습니다. 프로젝트 하나를 AWS나 GCP에 올려 보고 stack에 적으세요 (seed 002: AWS 자격증도 권합니다).",
            en: "No cloud experience. Deploy one project on AWS or GCP and list it in its stack (seed 002 also suggests an AWS certification)."))
    }

    static func openSource(_ condition: Condition, _ workspace: Workspace, index: WorkspaceEvidence) -> (ConditionMatch.Status, LocalizedText) {
        if condition.contribution {
            // `open_source:` in folio.yaml is the contribution itself.
            if let entry = workspace.profile.openSource.first(where: { $0.project != nil }), let project = entry.project?.value {
                let what = entry.contribution.map { ": \($0.value)" } ?? ""
                return (.shown, LocalizedText(stringLiteral: "open_source \(project)\(what)"))
            }
            let lines = workspace.projects.flatMap { project in project.body.lines.map { (project.file, $0.value) } }
                + workspace.stories.flatMap { story in story.body.lines.map { (story.file, $0.value) } }
            let hit = lines.first { _, text in
                let lowered = text.lowercased()
                return ["오픈소스", "오픈 소스", "open source", "open-source", "upstream"].contains(where: lowered.contains)
                    && ["기여", "contribut", "pr ", "pull request", "merged", "머지", "커밋", "commit"].contains(where: lowered.contains)
            }
            if let hit { return (.shown, LocalizedText(stringLiteral: "\(hit.0): \(hit.1)")) }
            return (.address, LocalizedText(
                ko: "오픈소스 기여가 보이지 않습니다. 쓰던 도구에 문서 수정이나 작은 버그 수정 PR을 보내고 그 링크를 프로젝트에 남기세요.",
                en: "No open-source contribution found. Send a documentation fix or a small bug-fix PR to a tool you use, and link it from a project."))
        }
        let openCategories: Set<String> = ["distributed-processing", "streaming", "search", "orchestration", "container", "monitoring", "data-quality", "etl", "nosql"]
        let built = workspace.projects.compactMap { project -> String? in
            let tools = index.skills(of: project).filter { name in
                index.catalog.lookup(name).map { openCategories.contains($0.category) } ?? false
            }.sorted()
            return tools.isEmpty ? nil : "\(project.id): \(tools.prefix(4).joined(separator: ", "))"
        }
        guard !built.isEmpty else {
            return (.address, LocalizedText(
                ko: "오픈소스 도구를 직접 구축·운영한 프로젝트가 없습니다.",
                en: "No project where you set up and ran open-source tools yourself."))
        }
        let text = built.joined(separator: "; ")
        return (.shown, LocalizedText(
            ko: "\(text). 왜 그 도구를 골랐고 어떻게 설정했는지 말할 준비를 하세요.",
            en: "\(text). Be ready to say why you chose each tool and how you configured it."))
    }
}

/// The amount of data a `data.volume` line states, read well enough to tell "large" apart:
/// "하루 약 1.2억 건 (약 40 GB)", "평균 초당 1,400건", "2 TB", "3 million rows".
struct DataVolume {
    var rows: Double = 0
    var bytes: Double = 0
    var perSecond: Double = 0

    init(_ text: String) {
        let lowered = text.lowercased().replacingOccurrences(of: ",", with: "")
        for (value, unit) in Self.numbers(#"(\d+(?:\.\d+)?)\s*(pb|tb|gb)"#, lowered) {
            let scale: Double = unit == "pb" ? 1e15 : unit == "tb" ? 1e12 : 1e9
            bytes = max(bytes, value * scale)
        }
        for (value, unit) in Self.numbers(#"(\d+(?:\.\d+)?)\s*(억|만|billion|million)"#, lowered) {
            let scale: Double = unit == "억" ? 1e8 : unit == "만" ? 1e4 : unit == "billion" ? 1e9 : 1e6
            rows = max(rows, value * scale)
        }
        for (value, _) in Self.numbers(#"초당\s*(?:약\s*)?(\d+(?:\.\d+)?)()"#, lowered) + Self.numbers(#"(\d+(?:\.\d+)?)\s*(?:건|events?|rows?|records?|req(?:uests)?)?\s*(/\s*s\b|per second|/sec)"#, lowered) {
            perSecond = max(perSecond, value)
        }
    }

    /// 100 GB, a hundred million rows (1억), or a thousand events a second.
    var isLarge: Bool { bytes >= 100e9 || rows >= 1e8 || perSecond >= 1_000 }

    static func numbers(_ pattern: String, _ text: String) -> [(Double, String)] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            guard let valueRange = Range(match.range(at: 1), in: text), let value = Double(text[valueRange]) else { return nil }
            let unit = Range(match.range(at: 2), in: text).map { String(text[$0]) } ?? ""
            return (value, unit)
        }
    }
}
