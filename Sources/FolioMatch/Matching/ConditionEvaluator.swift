import Foundation
import FolioModel

/// Says for each condition whether the workspace shows it: `target.level` against years,
/// `education` against a degree, projects' `data.volume` and jobs' highlights against large-scale traffic, cloud
/// skills and certifications against cloud, the text of projects against open source.
enum ConditionEvaluator {
    /// Years a level usually stands for; a posting's years above it are for the user to address.

    static func evaluate(_ condition: Condition, _ workspace: Workspace, index: WorkspaceEvidence, today: YearMonth) -> ConditionMatch {
        let (status, evidence) = switch condition.topic {
        case .experience: experience(condition, workspace, today: today)
        case .entryLevel: entryLevel(condition, workspace, today: today)
        case .degree: degree(condition, workspace)
        case .largeScale: largeScale(workspace, today: today)
        case .domain: domain(condition, workspace)
        case .cloud: cloud(workspace, index: index)
        case .openSource: openSource(condition, workspace, index: index)
        case .certificate: certificate(condition, workspace)
        case .languageScore: languageScore(condition, workspace)
        }
        return ConditionMatch(condition: condition, status: status, evidence: evidence)
    }

    /// "4년(48개월)", "8개월" / "4 years (48 months)".
    static func duration(_ months: Int) -> LocalizedText {
        let years = months / 12, rest = months % 12
        if years == 0 { return LocalizedText(ko: "\(months)개월", en: "\(months) months") }
        let ko = rest == 0 ? "\(years)년(\(months)개월)" : "\(years)년 \(rest)개월(\(months)개월)"
        let en = rest == 0 ? "\(years) years (\(months) months)" : "\(years) years \(rest) months (\(months) months)"
        return LocalizedText(ko: ko, en: en)
    }

    /// Years against the work history (`experience:`, overlapping jobs counted once); without a
    /// work history, against the projects' periods (overlaps once) and `target.level`.
    static func experience(_ condition: Condition, _ workspace: Workspace, today: YearMonth) -> (ConditionMatch.Status, LocalizedText) {
        let career = workspace.profile.target.careerLevel
        let worked = workspace.experienceMonths(asOf: today)
        let months = worked ?? WorkHistory.months(workspace.projects.compactMap { $0.period?.value }, asOf: today)
        let span = duration(months)
        let stated = worked != nil
            ? LocalizedText(ko: "경력(experience)은 모두 \(span.ko)입니다", en: "Your work history adds up to \(span.en)")
            : LocalizedText(ko: "경력(experience)이 없고, 프로젝트 기간은 겹친 달을 한 번만 세어 모두 \(span.ko)입니다",
                            en: "There is no work history; your projects span \(span.en), overlapping months counted once")
        let asked = condition.label
        if let minimum = condition.years {
            if let worked, worked >= minimum * 12 { return (.shown, LocalizedText(ko: "\(stated.ko).", en: "\(stated.en).")) }
            if worked == nil, let career, career.typicalYears.lowerBound >= minimum, minimum > 0 {
                return (.shown, LocalizedText(
                    ko: "target.level \(career.rawValue) (보통 \(career.typicalYears.lowerBound)년 이상). \(stated.ko).",
                    en: "target.level \(career.rawValue) (usually \(career.typicalYears.lowerBound)+ years). \(stated.en)."))
            }
            return (.address, LocalizedText(
                ko: "공고는 \(Josa.object.after(asked.ko)) 바랍니다. \(stated.ko). 깊이 있게 다룬 기술과 장애 대응으로 보완하거나, 경력 조건이 필수인지 확인하세요.",
                en: "The posting asks for \(asked.en). \(stated.en). Lead with the depth of your stack and your incident stories, or check whether the years are a hard requirement."))
        }
        if let maximum = condition.maximumYears {
            let senior = career.map { $0.typicalYears.lowerBound > maximum } ?? false
            if let worked, worked / 12 > maximum || senior {
                return (.partial, LocalizedText(
                    ko: "공고는 \(asked.ko)인 사람을 찾습니다. \(stated.ko). 직급과 처우 기대가 맞는지 먼저 확인하세요.",
                    en: "The posting looks for \(asked.en.lowercased()). \(stated.en). Check that the level and pay fit your expectations first."))
            }
            // The label says the bound already ("경력 3년 이하", "Up to 3 years of experience"): no second "까지" / "up to".
            return (.shown, LocalizedText(
                ko: "공고는 \(asked.ko)인 사람을 찾고, 그 안에 듭니다. \(stated.ko).",
                en: "The posting looks for \(asked.en.lowercased()), and you are within it. \(stated.en)."))
        }
        if worked != nil { return (.shown, LocalizedText(ko: "\(stated.ko).", en: "\(stated.en).")) }
        guard let career else {
            return (.address, LocalizedText(
                ko: "folio.yaml에 target.level과 experience가 없습니다. \(stated.ko). 일한 곳이 있다면 experience에 적으세요.",
                en: "folio.yaml has no target.level and no experience. \(stated.en). If you have worked somewhere, add it under experience."))
        }
        return (.address, LocalizedText(
            ko: "target.level이 \(career.rawValue)입니다. 공고는 실무 경력을 바랍니다. \(stated.ko). 인턴·산학 과제가 있다면 experience에 적으세요.",
            en: "target.level is \(career.rawValue); the posting asks for work experience. \(stated.en). Add internships or industry projects under experience."))
    }

    /// A domain the posting asks for, against the projects' `data.domain` and `data.source`, and the
    /// jobs' `about:` and `summary:` (a project done at a job is in the job's domain: the settlement
    /// batch of a fashion commerce platform is commerce work).
    static func domain(_ condition: Condition, _ workspace: Workspace) -> (ConditionMatch.Status, LocalizedText) {
        let key = condition.domain ?? ""
        let name = DomainWords.label(key)
        func jobText(_ job: Experience) -> String {
            [job.about?.value, job.summary?.value].compactMap { $0 }.joined(separator: " ")
        }
        let jobs = workspace.profile.experience.filter { DomainWords.keys(of: jobText($0)).contains(key) }
        var found: [String] = []
        for project in workspace.projects {
            let data = [project.data?.domain?.value, project.data?.source?.value].compactMap { $0 }.joined(separator: " ")
            if DomainWords.keys(of: data).contains(key) {
                found.append("\(project.id) (data: \(data))")
            } else if let job = workspace.job(of: project.id), jobs.contains(where: { $0.organization?.value == job.organization?.value }) {
                found.append("\(project.id) (\(job.organization?.value ?? ""))")
            }
        }
        for job in jobs { found.append("\(job.organization?.value ?? "") (\(jobText(job)))") }
        if !found.isEmpty {
            let list = found.joined(separator: ", ")
            return (.shown, LocalizedText(
                ko: "\(list). 그 업무 프로세스에서 어떤 데이터가 생기는지 설명할 준비를 하세요.",
                en: "\(list). Be ready to explain what data that business process produces."))
        }
        // The domains in the user's language: "물류", not "logistics".
        let domains = workspace.projects.compactMap { $0.data?.domain?.value }
        func named(_ language: Language) -> String {
            domains.map { value in
                let keys = DomainWords.words.map(\.key).filter(DomainWords.keys(of: value).contains)
                if keys.isEmpty { return DomainWords.suggestedNames[value.lowercased()].map { $0(language) } ?? value }
                return keys.map { DomainWords.label($0)(language) }.joined(separator: "·")
            }.joined(separator: ", ")
        }
        let have = domains.isEmpty ? LocalizedText(ko: "data.domain을 적은 프로젝트가 없습니다", en: "no project states data.domain")
            : LocalizedText(ko: "프로젝트의 도메인은 \(named(.ko))입니다", en: "your projects' domains are \(named(.en))")
        return (.address, LocalizedText(
            ko: "공고는 \(name.ko) 도메인 경험을 바랍니다. \(have.ko). 그 도메인의 업무 흐름과 데이터가 어디서 생기는지 공부해 면접에서 말할 수 있게 하세요.",
            en: "The posting asks for \(name.en.lowercased()) domain experience; \(have.en). Study how data arises in that business so you can talk about it in the interview."))
    }

    /// 신입 judged by the work history, not by the level word: `target.level: junior` with 26 months
    /// of work is no new graduate, and applies as an experienced hire (through "경력 3년 이하" when the
    /// posting says so on the same line).
    static func entryLevel(_ condition: Condition, _ workspace: Workspace, today: YearMonth) -> (ConditionMatch.Status, LocalizedText) {
        let level = workspace.profile.target.careerLevel?.rawValue ?? workspace.profile.target.level?.value ?? "-"
        // An intern still applies as 신입: internships count as a plus, not as 경력.
        let interned = workspace.profile.experience.filter(\.isInternship).compactMap { $0.period?.value }
        guard let worked = workspace.experienceMonths(asOf: today, internships: false), worked > 0 else {
            if !interned.isEmpty {
                let span = duration(WorkHistory.months(interned, asOf: today))
                return (.shown, LocalizedText(
                    ko: "\(Josa.topic.after("인턴 " + span.ko)) 경력으로 세지 않아 신입으로 지원할 수 있습니다. 인턴 경험은 강점으로 내세우세요",
                    en: "an internship (\(span.en)) does not count as work experience, so you can apply as a new graduate; lead with the internship"))
            }
            return level == "junior" || level == "-"
                ? (.shown, LocalizedText(ko: "경력(experience)이 없어 신입으로 지원할 수 있는 공고입니다",
                                         en: "no work history, so you can apply as a new graduate"))
                : (.partial, LocalizedText(ko: "신입도 받는 공고입니다 (target.level \(level))", en: "the posting also takes new graduates (target.level \(level))"))
        }
        let span = interned.isEmpty ? duration(worked)
            : LocalizedText(ko: "인턴을 빼고 \(duration(worked).ko)", en: "\(duration(worked).en) (internships not counted)")
        let lowered = condition.text.lowercased()
        let years = ConditionReader.years(in: lowered)
        if let maximum = years?.maximum, worked <= maximum * 12 {
            return (.partial, LocalizedText(
                ko: "경력(experience)이 \(span.ko)이라 신입이 아니라 경력으로 지원합니다. 이 줄의 '경력 \(maximum)년 이하'로 지원할 수 있습니다",
                en: "with \(span.en) of work you apply as an experienced hire, not as a new graduate; this line's \"up to \(maximum) years\" lets you apply"))
        }
        return (.partial, LocalizedText(
            ko: "경력(experience)이 \(span.ko)이라 신입이 아닙니다. 신입 공고라면 경력자도 받는지 확인하세요",
            en: "with \(span.en) of work you are not a new graduate; check whether the posting takes experienced applicants"))
    }

    /// The highest degree in `education` (`DegreeLevel`: 학사, B.Sc., M.S., Ph.D. …) against the level
    /// asked; a related field by the catalog's degrees (컴퓨터공학 → CS Fundamentals) or the words of
    /// the field. An entry whose degree folio cannot read is named, not called missing.
    static func degree(_ condition: Condition, _ workspace: Workspace) -> (ConditionMatch.Status, LocalizedText) {
        let catalog = SkillCatalog.shared
        let entries = workspace.profile.education.map { education -> (entry: String, level: DegreeLevel?, related: Bool) in
            let parts = [education.school?.value, education.program?.value, education.degree?.value, education.major?.value]
            var seen = Set<String>()
            let entry = parts.compactMap { $0 }.filter { part in
                // `program:` is `degree` and `major` joined when not written: each part once.
                seen.insert(part).inserted && !parts.compactMap({ $0 }).contains { $0 != part && $0.contains(part) }
            }.joined(separator: " ")
            let lowered = entry.lowercased()
            let related = !catalog.skills(impliedByDegree: entry).isEmpty
                || ["정보", "데이터", "software", "data", "information"].contains(where: lowered.contains)
            return (entry, education.degreeLevel, related)
        }
        let degrees = entries.compactMap { item in item.level.map { (entry: item.entry, degree: $0, related: item.related) } }
        guard let best = degrees.max(by: { $0.degree < $1.degree }) else {
            if let written = workspace.profile.education.compactMap(\.degree).first {
                return (.address, LocalizedText(
                    ko: "education의 degree '\(written.value)'에서 학위를 읽지 못했습니다 (\(written.location.file):\(written.location.line)). 학사, 석사, 박사나 BSc, MSc, PhD처럼 적으세요.",
                    en: "Could not read a degree from education's degree '\(written.value)' (\(written.location.file):\(written.location.line)). Write it as BSc, MSc, PhD or 학사, 석사, 박사."))
            }
            if let entry = entries.first(where: { !$0.entry.isEmpty }) {
                return (.address, LocalizedText(
                    ko: "education에 \(Josa.subject.after(entry.entry)) 있지만 학위가 없습니다. degree: 학사처럼 학위를 적으세요.",
                    en: "education lists \(entry.entry) but no degree. Add it, as in degree: BSc."))
            }
            return (.address, LocalizedText(
                ko: "folio.yaml의 education에 학위가 보이지 않습니다. 학교와 전공, 학위를 적으세요.",
                en: "No degree in folio.yaml's education. Add your school, major and degree."))
        }
        // The entry, then where it is written: "보여 줌: education: …" read as two labels.
        let evidence = LocalizedText(ko: "\(best.entry) (folio.yaml 학력)", en: "\(best.entry) (folio.yaml education)")
        if best.degree < (condition.degree ?? .bachelor) { return (.address, evidence) }
        if condition.relatedField, !degrees.contains(where: \.related) { return (.partial, evidence) }
        return (.shown, evidence)
    }

    /// A certificate asked against `certifications:`: held when a certification names it (`SQLD`),
    /// is the same catalog certificate (`정보처리 기사` for `정보처리기사`), or for "<skill> 자격증" is a
    /// certificate of that skill (`AWS Certified Solutions Architect` for "AWS 자격증"). Using the skill
    /// in a project is no certificate.
    static func certificate(_ condition: Condition, _ workspace: Workspace) -> (ConditionMatch.Status, LocalizedText) {
        let catalog = SkillCatalog.shared
        let names = workspace.profile.certifications.map(\.name.value)
        func holds(_ name: String, _ asked: String) -> Bool {
            if name.lowercased().contains(asked.lowercased()) { return true }
            let same = Set(catalog.certificates(namedIn: asked).map(\.index))
            if !same.isDisjoint(with: catalog.certificates(namedIn: name).map(\.index)) { return true }
            guard catalog.lookup(asked)?.name == asked else { return false }
            return catalog.implications(of: catalog.skills(impliedByCertificate: name)).contains(asked)
        }
        let held = names.filter { name in condition.certificates.contains { holds(name, $0) } }
        if !held.isEmpty {
            let list = held.joined(separator: ", ")
            return (.shown, LocalizedText(ko: "\(list) (folio.yaml 자격증)", en: "\(list) (folio.yaml certifications)"))
        }
        let asked = condition.label
        let have = names.isEmpty
            ? LocalizedText(ko: "folio.yaml에 certifications가 없습니다", en: "folio.yaml lists no certifications")
            : LocalizedText(ko: "certifications에는 \(names.joined(separator: ", "))만 있습니다", en: "certifications lists only \(names.joined(separator: ", "))")
        return (.address, LocalizedText(
            ko: "\(Josa.subject.after(asked.ko)) 없습니다. \(have.ko). 취득했다면 certifications에 적고, 준비 중이면 응시 예정을 면접에서 말할 수 있게 하세요.",
            en: "No \(asked.en). \(have.en). If you hold it, add it under certifications; if you are preparing for it, be ready to say when you sit the exam."))
    }

    /// A language score asked against `languages:` (`test:` and `score:`) and certifications named
    /// after the test (`TOEIC 850`): levels by their place (OPIc IM2 < IH), numbers by size.
    static func languageScore(_ condition: Condition, _ workspace: Workspace) -> (ConditionMatch.Status, LocalizedText) {
        let catalog = SkillCatalog.shared
        guard let name = condition.test, let test = catalog.languageTests.first(where: { $0.name == name }) else {
            return (.partial, LocalizedText(stringLiteral: condition.text))
        }
        // (what is written, its score) for each result of this test in the workspace.
        var results: [(written: String, score: LanguageScore?)] = []
        for entry in workspace.profile.languages {
            let said = [entry.test?.value, entry.fluency?.value].compactMap { $0 }.joined(separator: " ")
            guard catalog.languageTest(namedIn: said)?.test.name == name else { continue }
            let score = entry.score?.value
            results.append(([entry.test?.value ?? name, score].compactMap { $0 }.joined(separator: " "),
                            LanguageScore.read(score ?? said, test: test)))
        }
        for certification in workspace.profile.certifications {
            let text = certification.name.value
            guard let (found, range) = catalog.languageTest(namedIn: text), found.name == name else { continue }
            results.append((text, LanguageScore.read(String(text.lowercased()[range.upperBound...]), test: test)))
        }
        let asked = condition.label
        guard !results.isEmpty else {
            return (.address, LocalizedText(
                ko: "folio.yaml의 languages에 \(name) 점수가 없습니다. 있다면 test와 score로 적으세요 (languages의 test \(name), score …).",
                en: "folio.yaml's languages gives no \(name) score. If you have one, add it as test and score (languages, test \(name), score …)."))
        }
        let list = results.map(\.written).joined(separator: ", ")
        guard let wanted = condition.score.flatMap({ LanguageScore.read($0, test: test) }) else {
            return (.shown, LocalizedText(stringLiteral: list))
        }
        let best = results.compactMap(\.score).max { $0.rank < $1.rank }
        guard let best else {
            return (.partial, LocalizedText(
                ko: "\(list)에서 점수를 읽지 못했습니다. languages의 score에 점수나 등급만 적으세요.",
                en: "Could not read the score of \(list). Give only the score or grade in languages' score."))
        }
        if best.rank >= wanted.rank { return (.shown, LocalizedText(stringLiteral: list)) }
        return (.address, LocalizedText(
            ko: "\(list)입니다. 공고는 \(Josa.object.after(asked.ko)) 바랍니다. 지원 전에 점수를 올리거나 최근 점수를 적으세요.",
            en: "\(list); the posting asks for \(asked.en). Raise the score before applying, or give a more recent one."))
    }

    /// Projects' `data.volume` and jobs' highlights (measured by the text layer) against "대용량": a
    /// job's highlight that states an amount of data (`일 10억 건 …`, `2TB/day …`;
    /// `Measurement.showsDataScale`) shows it as a project's volume does, and is production data;
    /// the evidence names its line. The advice fits the user: a student is pointed to a load test or
    /// a larger public data set, someone with a work history or production data to the scale and
    /// what broke at it.
    static func largeScale(_ workspace: Workspace, today: YearMonth) -> (ConditionMatch.Status, LocalizedText) {
        // `place` says where it is written; `shown` the same when it is shown, with "production data".
        struct Volume { var place: LocalizedText; var shown: LocalizedText; var large: Bool; var production: Bool }
        var volumes = workspace.projects.compactMap { project -> Volume? in
            guard let volume = project.data?.volume?.value, Measurement.scan(volume).measurements.contains(where: \.isVolume) else { return nil }
            let source = [project.data?.source?.value, project.data?.domain?.value].compactMap { $0 }.joined(separator: " ").lowercased()
            let production = productionWords.contains { source.contains($0) } || workspace.job(of: project.id) != nil
            let place = LocalizedText(ko: "프로젝트 \(project.id)의 데이터 \(volume)", en: "project \(project.id) handles \(volume)")
            return Volume(
                place: place, shown: production ? LocalizedText(ko: place.ko + " (운영 데이터)", en: place.en + " (production data)") : place,
                large: DataScale(volume).isLarge, production: production)
        }
        for job in workspace.profile.experience {
            for highlight in job.highlights where Measurement.scan(highlight.value).measurements.contains(where: \.showsDataScale) {
                let line = "\(highlight.location.file):\(highlight.location.line)"
                volumes.append(Volume(
                    place: LocalizedText(ko: "경력 '\(job.displayTitle)'의 성과 '\(highlight.value)' (\(line))", en: "job '\(job.displayTitle)': '\(highlight.value)' (\(line))"),
                    shown: LocalizedText(
                        ko: "경력 '\(job.displayTitle)'의 성과 '\(highlight.value)' (\(line), 운영 데이터)",
                        en: "job '\(job.displayTitle)': '\(highlight.value)' (\(line), production data)"),
                    large: DataScale(highlight.value).isLarge, production: true))
            }
        }
        let experienced = workspace.experienceMonths(asOf: today).map { $0 >= 12 } ?? false
            || (workspace.profile.target.careerLevel.map { $0.typicalYears.lowerBound >= 2 } ?? false)
        let best = volumes.first(where: \.large) ?? volumes.first(where: \.production) ?? volumes.first
        guard let best else {
            return (.address, LocalizedText(
                ko: "프로젝트에 data.volume이 없습니다. 다룬 데이터의 양(행 수, GB, 초당 건수)을 적으세요.",
                en: "No project states data.volume. Give the amount of data you handled (rows, GB, events per second)."))
        }
        if best.large || best.production {
            return (.shown, LocalizedText(
                ko: "\(best.shown.ko). 최대치와 증가 추세, 그 규모에서 겪은 문제와 해결을 정확히 말할 준비를 하세요.",
                en: "\(best.shown.en). Be ready to give the peak, the growth and what broke at that scale and how you fixed it."))
        }
        if experienced {
            return (.partial, LocalizedText(
                ko: "\(best.place.ko). 실무에서 다룬 가장 큰 데이터의 양(최대치, 하루 건수)을 data.volume에 적으세요.",
                en: "\(best.place.en). State the largest data you handled at work (peak, daily count) in data.volume."))
        }
        return (.partial, LocalizedText(
            ko: "\(best.place.ko). 대용량이라 하기엔 작습니다: 부하 시험이나 더 큰 공개 데이터로 규모를 키운 경험을 더하세요.",
            en: "\(best.place.en). Small for \"large scale\": add a load test or a larger public dataset."))
    }

    /// Words in `data.source` saying the data is a live service's.
    static let productionWords = ["운영", "실서비스", "서비스 db", "사내", "production", "live", "prod "]

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
            ko.append("\(text) (프로젝트 근거 없음)"); en.append("\(text) (no project behind it)")
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
                let what = entry.contribution.map { " · \($0.value)" } ?? ""
                return (.shown, LocalizedText(stringLiteral: "\(project)\(what) (folio.yaml open_source)"))
            }
            let lines = workspace.projects.flatMap { project in project.body.lines.map { (project.file, $0.value) } }
                + workspace.stories.flatMap { story in story.body.lines.map { (story.file, $0.value) } }
            let hit = lines.first { _, text in
                let lowered = text.lowercased()
                return ["오픈소스", "오픈 소스", "open source", "open-source", "upstream"].contains(where: lowered.contains)
                    && ["기여", "contribut", "pr ", "pull request", "merged", "머지", "커밋", "commit"].contains(where: lowered.contains)
            }
            if let hit { return (.shown, LocalizedText(stringLiteral: "\(hit.1) (\(hit.0))")) }
            return (.address, LocalizedText(
                ko: "오픈소스 기여가 보이지 않습니다. 쓰던 도구에 문서 수정이나 작은 버그 수정 PR을 보내고 그 링크를 프로젝트에 남기세요.",
                en: "No open-source contribution found. Send a documentation fix or a small bug-fix PR to a tool you use, and link it from a project."))
        }
        let openCategories: Set<String> = ["distributed-processing", "streaming", "search", "orchestration", "container", "monitoring", "data-quality", "etl", "nosql"]
        let built = workspace.projects.compactMap { project -> String? in
            let tools = index.skills(of: project).filter { name in
                index.catalog.lookup(name).map { openCategories.contains($0.category) } ?? false
            }.sorted()
            return tools.isEmpty ? nil : "\(project.id) (\(tools.prefix(4).joined(separator: ", ")))"
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

