import Foundation

/// Turns a JSON Resume (https://jsonresume.org/schema) into the files of a folio workspace, so
/// someone with a résumé already can start from it. Every section the schema has is mapped
/// (docs/format.md, "JSON Resume"); what folio has no place for is named in `notes`, never
/// dropped silently. Stories, versions and depth are what a JSON Resume lacks; `folio check` on
/// the result says what to add.
public enum JSONResumeImporter {
    /// The workspace files (relative path → text) and what could not be carried, and why.
    public struct Result: Sendable {
        public var files: [String: String]
        public var notes: [LocalizedText]
        public var language: Language
    }

    /// The workspace files only.
    public static func workspaceFiles(from data: Data, source: String) throws(FolioError) -> [String: String] {
        try convert(data, source: source).files
    }

    /// Reads the JSON Resume in `data` (`source` names it in errors).
    public static func convert(_ data: Data, source: String, today: YearMonth = .of(Date())) throws(FolioError) -> Result {
        let raw: Any
        do {
            raw = try JSONSerialization.jsonObject(with: data)
        } catch {
            // Foundation names a byte offset at best: the place to edit is found by reading the JSON again.
            if let problem = JSONSyntax.firstProblem(in: data) {
                throw .invalidFile(path: source, line: problem.line, column: problem.column, message: LocalizedText(
                    ko: "JSON 문법 오류: " + problem.message.ko, en: "invalid JSON: " + problem.message.en))
            }
            throw .io(path: source, reason: LocalizedText(ko: "올바른 JSON이 아닙니다: \(error.localizedDescription)", en: "not valid JSON: \(error.localizedDescription)"))
        }
        guard let object = raw as? [String: Any] else {
            throw .io(path: source, reason: LocalizedText(ko: "JSON Resume는 `basics`, `work`, `skills` 같은 항목을 가진 JSON 객체입니다", en: "a JSON Resume is a JSON object with `basics`, `work`, `skills` …"))
        }
        let resume: JSONResume
        let decoded = forgiving(object)
        do {
            resume = try JSONDecoder().decode(JSONResume.self, from: decoded.flatMap { try? JSONSerialization.data(withJSONObject: $0) } ?? data)
        } catch let error as DecodingError {
            throw .io(path: source, reason: JSONDecodingProblem.reason(error, in: decoded ?? object))
        } catch {
            throw .io(path: source, reason: LocalizedText(ko: "JSON Resume가 아닙니다: \(error.localizedDescription)", en: "not a JSON Resume: \(error.localizedDescription)"))
        }
        var converter = Converter(resume: resume, raw: object, today: today)
        return converter.run()
    }

    /// The list fields of each section, which real files sometimes give as one text.
    static let listFields: [String: [String]] = [
        "work": ["highlights", "technologies", "keywords"], "volunteer": ["highlights"], "education": ["courses"],
        "skills": ["keywords"], "interests": ["keywords"], "projects": ["highlights", "keywords", "roles", "technologies"],
    ]

    /// The résumé with a list written as one text read as a list: `"highlights": "Cut batch time"` is one
    /// highlight, and a text of bulleted lines (`• Built A\n• Built B`) one highlight a line, as a theme
    /// shows them; `"keywords": "Spark, Hive"` is one keyword (the catalog splits it later). A text that
    /// holds bulleted lines inside a list is split the same way. Nil when nothing needed it.
    static func forgiving(_ object: [String: Any]) -> [String: Any]? {
        var out = object
        var changed = false
        for (section, fields) in listFields {
            guard let entries = object[section] as? [Any] else { continue }
            out[section] = entries.map { entry -> Any in
                guard var item = entry as? [String: Any] else { return entry }
                for field in fields {
                    if let text = item[field] as? String {
                        item[field] = bulletLines(text)
                        changed = true
                    } else if let list = item[field] as? [Any], list.contains(where: { ($0 as? String).map { bulletLines($0).count > 1 } ?? false }) {
                        item[field] = list.flatMap { ($0 as? String).map(bulletLines) ?? [$0] }
                        changed = true
                    }
                }
                return item
            }
        }
        return changed ? out : nil
    }

    /// `• Built A\n• Built B` → the two lines without their bullets; any other text → itself.
    static func bulletLines(_ text: String) -> [Any] {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingHorizontalSpace() }.filter { !$0.isEmpty }
        let bullets: Set<Character> = ["•", "-", "*", "·", "▪", "◦", "–"]
        guard lines.count > 1, lines.allSatisfy({ bullets.contains($0.first!) && $0.dropFirst().first == " " }) else { return [text] }
        return lines.map { String($0.dropFirst(2)).trimmingHorizontalSpace() }
    }

    /// JSON Resume's level words on folio's 1–5 scale, and back.
    static let levelWords: [String: Int] = [
        "beginner": 1, "novice": 1, "basic": 1, "elementary": 2, "familiar": 2, "intermediate": 3, "proficient": 3,
        "competent": 3, "advanced": 4, "experienced": 4, "expert": 5, "master": 5, "fluent": 5,
    ]

    /// A YAML double-quoted scalar: JSON string syntax is valid YAML, so any text round-trips.
    static func quoted(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])) ?? Data("[\"\"]".utf8)
        let array = String(decoding: data, as: UTF8.self)
        return String(array.dropFirst().dropLast())
    }

    /// A file name for a title: ASCII letters and digits and Hangul syllables (`배송 이벤트 실시간 집계` →
    /// `배송-이벤트-실시간-집계`, not `project-1`), the rest as single hyphens.
    static func slug(_ text: String, fallback: String) -> String {
        let ascii = text.lowercased().precomposedStringWithCanonicalMapping.unicodeScalars.map { scalar -> Character in
            (scalar.isASCII && CharacterSet.alphanumerics.contains(scalar)) || (0xAC00...0xD7A3).contains(scalar.value) ? Character(scalar) : "-"
        }
        let collapsed = String(ascii).split(separator: "-").joined(separator: "-")
        return collapsed.isEmpty ? fallback : String(collapsed.prefix(48))
    }
}

/// One conversion: the resume, its raw JSON (to name fields folio does not read), the notes.
private struct Converter {
    let resume: JSONResume
    let raw: [String: Any]
    let today: YearMonth
    let language: Language
    /// `meta.folio` of a résumé `folio export` wrote: what the schema has no field for, read back so
    /// that export then import gives the workspace again.
    let folio: FolioExtension?
    var notes: [LocalizedText] = []
    /// skills.yaml's entries, made first: the stacks name them.
    var skillList: [ListedSkill] = []

    init(resume: JSONResume, raw: [String: Any], today: YearMonth) {
        self.resume = resume
        self.raw = raw
        self.today = today
        let basics = resume.basics
        let text = [basics?.name, basics?.label, basics?.summary].compactMap { $0?.value }.joined(separator: " ")
        folio = resume.meta?.folio
        language = folio?.lang.flatMap(Language.init(rawValue:))
            ?? (text.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) } ? .ko : .en)
    }

    typealias Q = JSONResumeImporter

    mutating func run() -> JSONResumeImporter.Result {
        noteUnreadFields()
        skillList = listedSkills()
        var files: [String: String] = [:]
        files["folio.yaml"] = profile()
        files["skills.yaml"] = skills()
        var used = Set<String>()
        for (index, project) in (resume.projects ?? []).enumerated() {
            // A résumé folio exported names the project's file; stories and jobs refer to it by that id.
            var id = Self.at(index, folio?.projects).flatMap { Self.fileID($0.id) }
                ?? Q.slug(project.name?.nonBlank ?? "", fallback: "project-\(index + 1)")
            while used.contains(id) { id += "-\(index + 1)" }
            used.insert(id)
            files["projects/\(id).md"] = self.project(project, index: index)
        }
        for (index, story) in (folio?.stories ?? []).enumerated() {
            var id = Self.fileID(story.id) ?? "story-\(index + 1)"
            while files["stories/\(id).md"] != nil { id += "-\(index + 1)" }
            files["stories/\(id).md"] = self.story(story)
        }
        return JSONResumeImporter.Result(files: files, notes: notes, language: language)
    }

    // MARK: What is not carried

    static let sectionKeys: [String: Set<String>] = [
        "basics": ["name", "label", "image", "email", "phone", "url", "website", "summary", "location", "profiles"],
        "work": ["name", "company", "location", "description", "position", "url", "website", "startDate", "endDate", "summary", "highlights", "technologies", "keywords"],
        "volunteer": ["organization", "position", "url", "startDate", "endDate", "summary", "highlights"],
        "education": ["institution", "url", "website", "area", "studyType", "startDate", "endDate", "score", "gpa", "courses"],
        "awards": ["title", "date", "awarder", "summary"],
        "certificates": ["name", "date", "url", "issuer"],
        "skills": ["name", "level", "keywords"],
        "languages": ["language", "fluency"],
        "interests": ["name", "keywords"],
        "projects": ["name", "description", "highlights", "keywords", "startDate", "endDate", "url", "website", "roles", "position", "technologies", "entity", "type"],
    ]

    mutating func note(_ ko: String, _ en: String) { notes.append(LocalizedText(ko: ko, en: en)) }

    mutating func noteUnreadFields() {
        for key in raw.keys.sorted() {
            switch key {
            case "publications":
                let count = resume.publications?.count ?? 0
                if count > 0 {
                    note("publications \(count)개: folio에는 논문·글을 적을 곳이 없어 옮기지 않았습니다. 발표라면 activities에, 글이라면 contact.blog에 적을 수 있습니다.",
                         "publications (\(count)): folio has no place for papers and articles; not carried. A talk fits `activities:`, a blog `contact.blog`.")
                }
            case "references":
                let count = resume.references?.count ?? 0
                if count > 0 {
                    note("references \(count)개: 추천인은 포트폴리오에 싣지 않으므로 옮기지 않았습니다.",
                         "references (\(count)): a portfolio does not carry referees; not carried.")
                }
            case "meta":
                let keys = ((raw["meta"] as? [String: Any]) ?? [:]).keys.filter { !["canonical", "version", "lastModified", "folio"].contains($0) }.sorted()
                if !keys.isEmpty {
                    note("meta.\(keys.joined(separator: ", meta.")): resume-cli 설정이라 옮기지 않았습니다 (folio는 자체 템플릿을 씁니다).",
                         "meta.\(keys.joined(separator: ", meta.")): resume-cli settings; not carried (folio has its own templates).")
                }
            case "$schema":
                continue
            case let section where Self.sectionKeys[section] != nil:
                let entries: [[String: Any]] = section == "basics" ? [(raw[section] as? [String: Any]) ?? [:]] : (raw[section] as? [[String: Any]]) ?? []
                var unknown: [String: Int] = [:]
                for entry in entries { for field in entry.keys where !Self.sectionKeys[section]!.contains(field) { unknown[field, default: 0] += 1 } }
                // `basics` is one object; the other sections are lists.
                let prefix = section == "basics" ? "basics." : "\(section)[]."
                for (field, count) in unknown.sorted(by: { $0.key < $1.key }) {
                    note("\(prefix)\(field) (\(count)개): JSON Resume 스키마에 없는 항목이라 옮기지 않았습니다.",
                         "\(prefix)\(field) (\(count)): not a JSON Resume field; not carried.")
                }
            default:
                note("\(key): JSON Resume 스키마에 없는 섹션이라 옮기지 않았습니다.", "\(key): not a JSON Resume section; not carried.")
            }
        }
        // folio's own export writes the job of a project as its `entity`; `meta.folio` carries the link back.
        let projectExtras = folio != nil ? 0 : (resume.projects ?? []).filter { $0.entity?.nonBlank != nil || $0.type?.nonBlank != nil }.count
        if projectExtras > 0 {
            note("projects[].entity, type (\(projectExtras)개): folio 프로젝트에 해당 항목이 없어 옮기지 않았습니다.",
                 "projects[].entity and type (\(projectExtras)): folio projects have no such fields; not carried.")
        }
        if let image = resume.basics?.image?.nonBlank {
            note("basics.image (\(image)): 사진은 옮기지 않았습니다.", "basics.image (\(image)): photos are not carried.")
        }
    }

    // MARK: Dates

    /// `start – end` at the precision written, ongoing when the end is missing or `Present`.
    mutating func period(_ start: JSONText?, _ end: JSONText?, at place: String) -> String? {
        guard let startText = start?.nonBlank else {
            if let endText = end?.nonBlank {
                note("\(place): 시작일 없이 끝(\(endText))만 있어 기간을 옮기지 않았습니다.",
                     "\(place): an end (\(endText)) without a start; the period is not carried.")
            }
            return nil
        }
        guard let from = Self.resumeDate(startText) else {
            note("\(place).startDate `\(startText)`: 날짜로 읽을 수 없어 기간을 옮기지 않았습니다.",
                 "\(place).startDate `\(startText)` is not a date folio can read; the period is not carried.")
            return nil
        }
        guard let endText = end?.nonBlank, !Period.isOngoing(endText) else {
            return "\(from.iso8601) – \(language == .ko ? "현재" : "present")"
        }
        guard let to = Self.resumeDate(endText) else {
            note("\(place).endDate `\(endText)`: 날짜로 읽을 수 없어 시작일만 옮겼습니다 (진행 중으로 읽힙니다).",
                 "\(place).endDate `\(endText)` is not a date folio can read; only the start is carried (it reads as ongoing).")
            return "\(from.iso8601) – \(language == .ko ? "현재" : "present")"
        }
        if case .failure(.reversed) = Period.parse("\(from.iso8601) – \(to.iso8601)") {
            note("\(place): 끝(\(endText))이 시작(\(startText))보다 앞서 그대로 옮겼습니다. `folio check`가 위치를 알려 줍니다.",
                 "\(place) ends (\(endText)) before it starts (\(startText)); carried as written, `folio check` points at it.")
        }
        return "\(from.iso8601) – \(to.iso8601)"
    }

    /// A résumé's date as folio reads dates (`PartialDate`), and two forms JSON Resume files use that a
    /// workspace does not: a timestamp (`2019-01-01T00:00:00.000Z`, the day is kept) and month/year
    /// (`12/2018`, `3/2019`).
    static func resumeDate(_ text: String) -> PartialDate? {
        if let date = PartialDate(text) { return date }
        let trimmed = text.trimmingHorizontalSpace()
        if trimmed.count > 10, let t = trimmed.firstIndex(of: "T"), trimmed.distance(from: trimmed.startIndex, to: t) == 10 {
            return PartialDate(String(trimmed[..<t]))
        }
        let parts = trimmed.split(separator: "/")
        if parts.count == 2, let month = Int(parts[0]), (1...12).contains(month), parts[0].count <= 2,
           parts[1].count == 4, let year = Int(parts[1]) {
            return PartialDate(String(format: "%04d-%02d", year, month))
        }
        return nil
    }

    /// The period of a start and an end, without notes (for the years of work history).
    static func readPeriod(_ start: JSONText?, _ end: JSONText?) -> Period? {
        guard let from = start?.nonBlank.flatMap(resumeDate) else { return nil }
        guard let endText = end?.nonBlank, !Period.isOngoing(endText), let to = resumeDate(endText) else {
            return Period(from: from, to: nil, ongoing: true)
        }
        return to < from ? nil : Period(from: from, to: to)
    }

    mutating func date(_ text: JSONText?, at place: String) -> String? {
        guard let written = text?.nonBlank else { return nil }
        guard let date = Self.resumeDate(written) else {
            note("\(place) `\(written)`: 날짜로 읽을 수 없어 옮기지 않았습니다.", "\(place) `\(written)` is not a date folio can read; not carried.")
            return nil
        }
        return date.iso8601
    }

    // MARK: folio.yaml

    /// Writes `key: "value"` when there is a value.
    func field(_ lines: inout [String], _ indent: String, _ key: String, _ value: String?) {
        if let value, !value.trimmedWhitespace().isEmpty { lines.append("\(indent)\(key): \(Q.quoted(value))") }
    }

    func list(_ lines: inout [String], _ indent: String, _ key: String, _ values: [JSONText]?, block: Bool) {
        let items = (values ?? []).compactMap(\.nonBlank)
        guard !items.isEmpty else { return }
        if block {
            lines.append("\(indent)\(key):")
            lines += items.map { "\(indent)  - \(Q.quoted($0))" }
        } else {
            lines.append("\(indent)\(key): [\(items.map(Q.quoted).joined(separator: ", "))]")
        }
    }

    mutating func profile() -> String {
        let basics = resume.basics ?? JSONResume.Basics()
        var lines: [String] = []
        lines.append(language == .ko ? "# JSON Resume에서 가져온 프로필입니다. `folio check`가 더 채울 곳을 알려 줍니다." : "# Imported from a JSON Resume. `folio check` lists what to add.")
        lines.append("name: \(Q.quoted(basics.name?.nonBlank ?? ""))")
        field(&lines, "", "headline", basics.label?.nonBlank)
        lines.append("lang: \(language.rawValue)")
        if let location = basics.location {
            let parts: [(String, JSONText?)] = [("address", location.address), ("postal_code", location.postalCode), ("city", location.city), ("region", location.region), ("country", location.countryCode)]
            if parts.contains(where: { $0.1?.nonBlank != nil }) {
                lines.append("location:")
                for (key, value) in parts { field(&lines, "  ", key, value?.nonBlank) }
            }
        }
        lines.append("contact:")
        field(&lines, "  ", "email", basics.email?.nonBlank)
        field(&lines, "  ", "phone", basics.phone?.nonBlank)
        field(&lines, "  ", "portfolio", basics.url?.nonBlank)
        let profiles = (basics.profiles ?? []).filter { $0.network?.nonBlank != nil }
        // folio's export writes `contact.blog` as a profile named Blog (GitHub and LinkedIn the loader finds itself).
        field(&lines, "  ", "blog", profiles.first { $0.network?.nonBlank?.lowercased() == "blog" }?.url?.nonBlank)
        if !profiles.isEmpty {
            lines.append("  profiles:")
            for profile in profiles {
                lines.append("    - network: \(Q.quoted(profile.network!.nonBlank!))")
                field(&lines, "      ", "username", profile.username?.nonBlank)
                field(&lines, "      ", "url", profile.url?.nonBlank)
            }
        }
        if lines.last == "contact:" { lines.removeLast() }

        let work = resume.work ?? []
        let months = WorkHistory.months(work.compactMap { Self.readPeriod($0.startDate, $0.endDate) }, asOf: today)
        lines.append("target:")
        if let target = folio?.target, !target.isEmpty {
            // Exported by folio: the target as the user set it.
            for key in ["role", "company", "level"] { field(&lines, "  ", key, target[key]) }
        } else if let label = basics.label?.nonBlank, let role = WorkHistory.role(forTitle: label) {
            lines.append(language == .ko ? "  # basics.label \(Q.quoted(label))에서 고른 직무입니다. 맞는지 확인하세요." : "  # suggested from basics.label \(Q.quoted(label)); check it")
            lines.append("  role: \(role)")
        } else {
            lines.append(language == .ko
                ? "  # 지원할 직무를 정하세요 (seed 002 \"나에게 맞는 포지션을 고른다\"): data-engineer | ml-engineer | data-analyst | data-scientist | performance-marketer"
                : "  # Pick the role you apply for: data-engineer | ml-engineer | data-analyst | data-scientist | performance-marketer")
            lines.append("  role: \"\"")
        }
        if months > 0, folio?.target?["level"] == nil {
            let level = months < 36 ? "junior" : months < 96 ? "mid" : "senior"
            lines.append("  level: \(level)" + (language == .ko ? "   # 경력 \(months / 12)년 \(months % 12)개월에서 고른 수준" : "   # from \(months / 12) years \(months % 12) months of work history"))
        }
        if let strengths = folio?.strengths, !strengths.isEmpty {
            lines.append("strengths:")
            for key in ["base", "alpha"] { field(&lines, "  ", key, strengths[key]) }
        }
        field(&lines, "", "intro", basics.summary?.nonBlank)
        experience(&lines, work)
        education(&lines)
        certifications(&lines)
        awards(&lines)
        languages(&lines)
        activities(&lines)
        interests(&lines)
        openSource(&lines)
        if let check = folio?.check, check.disable?.isEmpty == false || check.severity?.isEmpty == false {
            lines.append("check:")
            list(&lines, "  ", "disable", check.disable?.map { JSONText($0) }, block: false)
            if let severity = check.severity, !severity.isEmpty {
                lines.append("  severity:")
                for (rule, level) in severity.sorted(by: { $0.key < $1.key }) { lines.append("    \(Q.quoted(rule)): \(Q.quoted(level))") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    mutating func experience(_ lines: inout [String], _ work: [JSONResume.Work]) {
        guard !work.isEmpty else { return }
        lines.append("experience:")
        for (index, job) in work.enumerated() {
            var entry: [String] = []
            field(&entry, "    ", "organization", job.name?.nonBlank)
            field(&entry, "    ", "position", job.position?.nonBlank)
            field(&entry, "    ", "period", period(job.startDate, job.endDate, at: "work[\(index)]"))
            field(&entry, "    ", "location", job.location?.nonBlank)
            field(&entry, "    ", "url", job.url?.nonBlank)
            field(&entry, "    ", "about", job.description?.nonBlank)
            field(&entry, "    ", "summary", job.summary?.nonBlank)
            list(&entry, "    ", "highlights", job.highlights, block: true)
            if let detail = Self.at(index, folio?.experience) {
                // Exported by folio: the job's own part, team, projects and stack as they were.
                field(&entry, "    ", "team", detail.team)
                field(&entry, "    ", "role", detail.role)
                list(&entry, "    ", "projects", detail.projects?.map { JSONText($0) }, block: false)
                list(&entry, "    ", "stack", detail.stack?.map { JSONText($0) }, block: false)
                entry[0] = "  - " + entry[0].dropFirst(4)
                lines += entry
                continue
            }
            // A JSON Resume job has no stack: its `technologies` (a common extra) and the listed skills its
            // summary and highlights name, technologies only, as for a project.
            let technologies = (job.technologies ?? []).compactMap(\.nonBlank)
            let aside = technologies.filter(Self.isNotTechnology)
            if !aside.isEmpty {
                note("work[\(index)].keywords \(aside.map { "`\($0)`" }.joined(separator: ", ")): 기술이 아니라 분야·업무나 수치라 stack에 넣지 않았습니다. highlights에 문장으로 쓰세요.",
                     "work[\(index)].keywords \(aside.map { "`\($0)`" }.joined(separator: ", ")): fields of work or figures, not technologies; left out of the stack. Say them in a highlight.")
            }
            var stack = technologies.filter { !aside.contains($0) }.flatMap(Self.skillNames)
            var stated = Set(stack.map(Self.stackKey))
            for name in skillsNamed(in: ([job.summary] + (job.highlights ?? [])).compactMap { $0?.nonBlank })
            where !Self.isNotTechnology(name) && stated.insert(Self.stackKey(name)).inserted {
                stack.append(name)
            }
            if !stack.isEmpty {
                entry.append("    stack: [\(stack.map(Q.quoted).joined(separator: ", "))]"
                    + ((job.technologies ?? []).isEmpty ? (language == .ko ? "   # 요약과 highlights에 나온 스킬" : "   # the skills its summary and highlights name") : ""))
            }
            if entry.isEmpty { entry = ["    organization: \"\""] }
            entry[0] = "  - " + entry[0].dropFirst(4)
            lines += entry
        }
    }

    mutating func education(_ lines: inout [String]) {
        let items = resume.education ?? []
        guard !items.isEmpty else { return }
        lines.append("education:")
        for (index, item) in items.enumerated() {
            lines.append("  - school: \(Q.quoted(item.institution?.nonBlank ?? ""))")
            field(&lines, "    ", "degree", item.studyType?.nonBlank)
            // folio's export writes a `program` (free text instead of degree and major) as the area.
            if let program = Self.at(index, folio?.education) ?? nil, program == item.area?.nonBlank {
                field(&lines, "    ", "program", program)
            } else {
                field(&lines, "    ", "major", item.area?.nonBlank)
            }
            field(&lines, "    ", "period", period(item.startDate, item.endDate, at: "education[\(index)]"))
            field(&lines, "    ", "score", item.score?.nonBlank)
            list(&lines, "    ", "courses", item.courses, block: true)
            field(&lines, "    ", "url", item.url?.nonBlank)
        }
    }

    mutating func certifications(_ lines: inout [String]) {
        let items = (resume.certificates ?? []).filter { $0.name?.nonBlank != nil }
        guard !items.isEmpty else { return }
        lines.append("certifications:")
        for (index, item) in items.enumerated() {
            lines.append("  - name: \(Q.quoted(item.name!.nonBlank!))")
            field(&lines, "    ", "date", date(item.date, at: "certificates[\(index)].date"))
            field(&lines, "    ", "issuer", item.issuer?.nonBlank)
            field(&lines, "    ", "url", item.url?.nonBlank)
        }
    }

    mutating func awards(_ lines: inout [String]) {
        let items = resume.awards ?? []
        guard !items.isEmpty else { return }
        lines.append("awards:")
        for (index, item) in items.enumerated() {
            lines.append("  - name: \(Q.quoted(item.title?.nonBlank ?? ""))")
            field(&lines, "    ", "organizer", item.awarder?.nonBlank)
            field(&lines, "    ", "date", date(item.date, at: "awards[\(index)].date"))
            let detail = Self.at(index, folio?.awards)
            // folio's export writes rank · metric · approach as the summary of an award that has none.
            let joined = [detail?.rank, detail?.metric, detail?.approach].compactMap { $0 }.joined(separator: " · ")
            field(&lines, "    ", "summary", item.summary?.nonBlank.flatMap { detail != nil && $0 == joined ? nil : $0 })
            field(&lines, "    ", "rank", detail?.rank)
            field(&lines, "    ", "metric", detail?.metric)
            field(&lines, "    ", "approach", detail?.approach)
            field(&lines, "    ", "url", detail?.url)
        }
    }

    func languages(_ lines: inout [String]) {
        let items = resume.languages ?? []
        guard !items.isEmpty else { return }
        lines.append("languages:")
        for (index, item) in items.enumerated() {
            lines.append("  - language: \(Q.quoted(item.language?.nonBlank ?? ""))")
            let test = Self.at(index, folio?.languages)
            // folio's export writes `TOEIC 915` as the fluency of a language given by its test alone.
            let joined = [test?.test, test?.score].compactMap { $0 }.joined(separator: " ")
            field(&lines, "    ", "fluency", item.fluency?.nonBlank.flatMap { test != nil && $0 == joined ? nil : $0 })
            field(&lines, "    ", "test", test?.test)
            field(&lines, "    ", "score", test?.score)
            field(&lines, "    ", "date", test?.date)
        }
    }

    mutating func activities(_ lines: inout [String]) {
        let items = resume.volunteer ?? []
        guard !items.isEmpty else { return }
        lines.append("activities:")
        for (index, item) in items.enumerated() {
            lines.append("  - organization: \(Q.quoted(item.organization?.nonBlank ?? ""))")
            field(&lines, "    ", "name", Self.at(index, folio?.activities) ?? nil)
            field(&lines, "    ", "role", item.position?.nonBlank)
            field(&lines, "    ", "period", period(item.startDate, item.endDate, at: "volunteer[\(index)]"))
            field(&lines, "    ", "summary", item.summary?.nonBlank)
            list(&lines, "    ", "highlights", item.highlights, block: true)
            field(&lines, "    ", "url", item.url?.nonBlank)
        }
    }

    func openSource(_ lines: inout [String]) {
        let items = folio?.openSource ?? []
        guard !items.isEmpty else { return }
        lines.append("open_source:")
        for item in items {
            var entry: [String] = []
            field(&entry, "    ", "project", item.project)
            field(&entry, "    ", "contribution", item.contribution)
            field(&entry, "    ", "url", item.url)
            field(&entry, "    ", "date", item.date)
            guard !entry.isEmpty else { continue }
            entry[0] = "  - " + entry[0].dropFirst(4)
            lines += entry
        }
        if lines.last == "open_source:" { lines.removeLast() }
    }

    /// An id from `meta.folio` as a file name, when it is one: no folder separators, not hidden.
    static func fileID(_ id: String) -> String? {
        let trimmed = id.trimmedWhitespace()
        guard !trimmed.isEmpty, !trimmed.hasPrefix("."), !trimmed.contains(where: { "/\\:".contains($0) || $0.isNewline }) else { return nil }
        return String(trimmed.prefix(100))
    }

    /// The `index`th entry of a `meta.folio` list, if there is one.
    static func at<T>(_ index: Int, _ items: [T]?) -> T? {
        guard let items, items.indices.contains(index) else { return nil }
        return items[index]
    }

    func interests(_ lines: inout [String]) {
        let items = (resume.interests ?? []).filter { $0.name?.nonBlank != nil }
        guard !items.isEmpty else { return }
        lines.append("interests:")
        for item in items {
            lines.append("  - name: \(Q.quoted(item.name!.nonBlank!))")
            list(&lines, "    ", "keywords", item.keywords, block: false)
        }
    }

    // MARK: skills.yaml

    /// One skill as skills.yaml gets it.
    struct ListedSkill {
        var name: String
        var level: Int?
        /// One of folio's categories, only for a skill the catalog does not know.
        var category: String?
        /// The résumé's heading it was listed under.
        var group: String?
        /// From `meta.folio.skills`, for a résumé folio exported.
        var version: String?
        var depth: String?
        var since: String?
    }

    /// A keyword as the skills it names: `AWS S3/IAM` → AWS S3, AWS IAM; `HTML5, HTML` → HTML5 (one
    /// skill written twice); anything with a part the catalog does not know stays whole.
    static func skillNames(_ keyword: String) -> [String] { JSONResumeImporter.skillNames(keyword) }

    /// A figure (`87k+ LOC`) or a field of work (`Financial Analysis`): not for a `stack:`.
    static func isNotTechnology(_ keyword: String) -> Bool {
        SkillCatalog.shared.isFigure(keyword) || SkillCatalog.shared.isPractice(keyword)
    }

    /// The key of a stack entry: the catalog's name (a stack is counted by it), else the text normalised.
    static func stackKey(_ name: String) -> String {
        SkillCatalog.normalize(SkillCatalog.shared.canonicalName(name))
    }
}

extension JSONResumeImporter {
    /// A skill keyword as the skills.yaml entries import writes for it: `AWS S3/IAM` → `AWS S3`, `AWS IAM`
    /// (each part the catalog's, `SkillCatalog.parts(of:)`); `HTML5, HTML` → `HTML5` (one skill written
    /// twice); a keyword with a part the catalog does not know stays whole.
    public static func skillNames(_ keyword: String) -> [String] {
        guard let parts = SkillCatalog.shared.parts(of: keyword) else { return [keyword] }
        var seen = Set<String>()
        return parts.filter { seen.insert($0.entry.name).inserted }.map(\.written)
    }
}

extension Converter {

    /// The key two writings of one skill share: the text normalised (`MySql`, `MySQL`). Not the catalog's
    /// name: it reads `Node.js` as JavaScript and `SCRUM` as Agile, which a résumé lists apart.
    static func skillKey(_ name: String) -> String {
        SkillCatalog.normalize(name)
    }

    /// Each keyword a skill (compounds split into the catalog's skills), listed once, with its group as
    /// `group:`, the category of folio's the group stands for when the catalog does not know the skill,
    /// and the group's level word on the 1–5 scale.
    mutating func listedSkills() -> [ListedSkill] {
        var listed: [ListedSkill] = []
        var position: [String: Int] = [:]
        for (index, group) in (resume.skills ?? []).enumerated() {
            guard let heading = group.name?.nonBlank else { continue }
            var level: Int?
            if let word = group.level?.nonBlank {
                level = JSONResumeImporter.levelWords[word.lowercased()] ?? Int(word).flatMap { (1...5).contains($0) ? $0 : nil }
                if level == nil {
                    note("skills[\(index)].level `\(word)`: folio의 1–5 단계로 옮길 수 없어 비워 두었습니다.",
                         "skills[\(index)].level `\(word)` is not on folio's 1–5 scale; left blank.")
                }
            }
            let keywords = (group.keywords ?? []).compactMap(\.nonBlank)
            if let details = folio?.skills ?? (folio == nil ? nil : []) {
                // Exported by folio: each entry as skills.yaml had it, its category and group included.
                for name in keywords.isEmpty ? [heading] : keywords {
                    let detail = details.first { $0.name == name }
                    listed.append(ListedSkill(
                        name: name, level: detail?.level ?? level, category: detail?.category, group: detail?.group,
                        version: detail?.version, depth: detail?.depth, since: detail?.since))
                }
                continue
            }
            let names = (keywords.isEmpty ? [heading] : keywords).flatMap(Self.skillNames)
            let category = keywords.isEmpty ? nil : SkillCatalog.shared.category(forGroup: heading, members: names)
            for name in names {
                let key = Self.skillKey(name)
                if let at = position[key] {
                    do {
                        note("skills[\(index)] `\(name)`: \(listed[at].group.map { "`\($0)`" } ?? "앞")에 이미 있는 스킬(`\(listed[at].name)`)이라 한 번만 적었습니다.",
                             "skills[\(index)] `\(name)` is the same skill as `\(listed[at].name)`\(listed[at].group.map { " under `\($0)`" } ?? ""); listed once.")
                    }
                    continue
                }
                position[key] = listed.count
                // A category only for what reads as a tool's name: not for a practice (`Docker Image design`)
                // or a phrase (`Familiar with multistage builds`), which a category would have asked a version of.
                let known = SkillCatalog.shared.lookup(name) != nil
                let toolLike = !SkillCatalog.shared.isPractice(name) && name.split(separator: " ").count <= 3
                listed.append(ListedSkill(name: name, level: level, category: known || !toolLike ? nil : category, group: keywords.isEmpty ? nil : heading))
            }
        }
        return listed
    }

    mutating func skills() -> String {
        var lines = [language == .ko
            ? "# JSON Resume에서 가져온 스킬입니다. 각 스킬에 level(1–5), 써 본 version, 어디까지 설정했는지(depth)를 채우세요."
            : "# Imported from a JSON Resume. Give each skill a level (1–5), the version you used and what you configured (depth)."]
        lines.append(language == .ko
            ? "# group은 이력서의 스킬 묶음 제목(export가 그대로 씁니다), category는 카탈로그에 없는 스킬의 folio 분류입니다."
            : "# `group` is the résumé's heading (export writes it back); `category` is folio's, for skills the catalog does not know.")
        for skill in skillList {
            lines.append("- name: \(Q.quoted(skill.name))")
            if let level = skill.level { lines.append("  level: \(level)") }
            field(&lines, "  ", "version", skill.version)
            field(&lines, "  ", "depth", skill.depth)
            field(&lines, "  ", "since", skill.since)
            if let category = skill.category { lines.append("  category: \(Q.quoted(category))") }
            if let group = skill.group { lines.append("  group: \(Q.quoted(group))") }
        }
        if skillList.isEmpty { lines.append("[]") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The listed skills a job's or a project's own words name, in skills.yaml's order: what its
    /// `stack:` gets when the résumé gives it none (a JSON Resume job has no such field).
    func skillsNamed(in texts: [String]) -> [String] {
        guard !texts.isEmpty else { return [] }
        return skillList.map(\.name).filter { name in
            let mentions = SkillMentions(of: name, entry: SkillCatalog.shared.lookup(name))
            return texts.contains { mentions.found(in: $0) }
        }
    }

    // MARK: projects/*.md

    /// A project of a résumé folio exported: its stack, team, data, links and sections as they were.
    func exportedProject(_ project: JSONResume.Project, _ detail: FolioExtension.ProjectDetail, _ start: [String]) -> String {
        var lines = start
        if let team = detail.team { lines.append("team: \(team)") }
        list(&lines, "", "stack", project.keywords, block: false)
        if let data = detail.data, !data.isEmpty {
            lines.append("data:")
            for key in ["source", "volume", "format", "domain"] { field(&lines, "  ", key, data[key]) }
        }
        let links = detail.links ?? project.url?.nonBlank.map { ["site": $0] } ?? [:]
        if !links.isEmpty {
            lines.append("links:")
            // The résumé's `url` is the first link (export writes the first); the others by name.
            let first = project.url?.nonBlank
            for (name, url) in links.sorted(by: { ($0.value == first ? 0 : 1, $0.key) < ($1.value == first ? 0 : 1, $1.key) }) { lines.append("  \(Q.quoted(name)): \(Q.quoted(url))") }
        }
        list(&lines, "", "impact", project.highlights, block: true)
        if detail.featured == true { lines.append("featured: true") }
        lines.append("---")
        if let overview = project.description?.nonBlank {
            lines += [language == .ko ? "## 개요" : "## Overview", "", overview]
        }
        for section in detail.sections ?? [] {
            for (heading, markdown) in section { lines += ["", "## \(heading)", "", markdown] }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A troubleshooting story from `meta.folio.stories`.
    func story(_ story: FolioExtension.StoryDetail) -> String {
        var lines = ["---"]
        field(&lines, "", "title", story.title)
        field(&lines, "", "project", story.project)
        list(&lines, "", "skills", story.skills?.map { JSONText($0) }, block: false)
        field(&lines, "", "date", story.date)
        lines.append("---")
        for section in story.sections ?? [] {
            for (heading, markdown) in section { lines += ["## \(heading)", "", markdown, ""] }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    mutating func project(_ project: JSONResume.Project, index: Int) -> String {
        var lines = ["---"]
        lines.append("title: \(Q.quoted(project.name?.nonBlank ?? "Untitled"))")
        field(&lines, "", "period", period(project.startDate, project.endDate, at: "projects[\(index)]"))
        let roles = (project.roles ?? []).compactMap(\.nonBlank)
        field(&lines, "", "role", roles.isEmpty ? project.position?.nonBlank : roles.joined(separator: " · "))
        if let detail = Self.at(index, folio?.projects) { return exportedProject(project, detail, lines) }
        // Keywords that are technologies make the stack; figures (`87k+ LOC`) and fields of work
        // (`Financial Analysis`) are told in the overview, as `project.stack-known` asks.
        let keywords = (project.keywords ?? project.technologies ?? []).compactMap(\.nonBlank)
        let aside = keywords.filter(Self.isNotTechnology)
        var stack = keywords.filter { !aside.contains($0) }.flatMap(Self.skillNames)
        let stated = Set(stack.map(Self.stackKey))
        stack += skillsNamed(in: (project.highlights ?? []).compactMap(\.nonBlank))
            .filter { !stated.contains(Self.stackKey($0)) && !Self.isNotTechnology($0) }
        var seen = Set<String>()
        stack = stack.filter { seen.insert(Self.stackKey($0)).inserted }
        if !stack.isEmpty { lines.append("stack: [\(stack.map(Q.quoted).joined(separator: ", "))]") }
        if let url = project.url?.nonBlank {
            lines.append("links:")
            lines.append("  site: \(Q.quoted(url))")
        }
        list(&lines, "", "impact", project.highlights, block: true)
        lines.append("---")
        lines.append(language == .ko ? "## 개요" : "## Overview")
        let paragraphs = [project.description?.nonBlank, aside.isEmpty ? nil : (language == .ko ? "키워드: " : "Keywords: ") + aside.joined(separator: ", ")]
            .compactMap { $0 }
        for paragraph in paragraphs.isEmpty ? [""] : paragraphs { lines += ["", paragraph] }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension JSONResumeImporter {
    /// Writes the workspace files (relative path → text) into `folder`, all or nothing: each file is
    /// written whole beside its place first, then linked into place only where nothing is there yet
    /// (so a file that appeared meanwhile is never replaced), and on any failure every file and folder
    /// this call made is removed again. Returns the paths written, sorted.
    ///
    /// - Throws: `FolioError.wouldOverwrite` naming the first file that exists (nothing is written),
    ///   or `FolioError.io` for a folder or file that cannot be made (nothing is left behind).
    @discardableResult
    public static func write(_ files: [String: String], into folder: URL) throws(FolioError) -> [String] {
        let manager = FileManager.default
        let paths = files.keys.sorted()
        for path in paths where manager.fileExists(atPath: folder.appendingPathComponent(path).path) {
            throw .wouldOverwrite(path: folder.appendingPathComponent(path).path)
        }
        var createdFolders: [URL] = []
        var temporaries: [URL] = []
        var placed: [URL] = []
        func undo() {
            for url in temporaries + placed { try? manager.removeItem(at: url) }
            for url in createdFolders.reversed() { try? manager.removeItem(at: url) }
        }
        // An interrupt (`Cleanup`) removes the same, so a stopped import leaves the folder as it was:
        // each folder and placed file is registered inside the `making` that makes it.
        defer { for url in createdFolders + placed { Cleanup.shared.forget(url) } }
        do throws(FolioError) {
            var staged: [(temporary: URL, destination: URL)] = []
            for path in paths {
                let destination = folder.appendingPathComponent(path)
                // The folders that do not exist yet, outermost first, so that undo removes only those.
                var missing: [URL] = []
                var parent = destination.deletingLastPathComponent()
                while !manager.fileExists(atPath: parent.path) {
                    missing.insert(parent, at: 0)
                    parent = parent.deletingLastPathComponent()
                }
                for url in missing {
                    do {
                        try Cleanup.shared.making {
                            try manager.createDirectory(at: url, withIntermediateDirectories: false)
                            Cleanup.shared.register(url)
                        }
                    } catch {
                        throw .io(path: url.path, reason: SystemErrorText.text(LocalizedText(ko: "폴더를 만들 수 없습니다", en: "cannot create the folder"), error))
                    }
                    createdFolders.append(url)
                }
                let temporary = AtomicFile.temporaryURL(beside: destination)
                do {
                    try Cleanup.shared.making { try Data(files[path]!.utf8).write(to: temporary) }
                } catch {
                    throw .io(path: destination.path, reason: SystemErrorText.text(LocalizedText(ko: "쓸 수 없습니다", en: "cannot write"), error))
                }
                temporaries.append(temporary)
                staged.append((temporary, destination))
            }
            for (temporary, destination) in staged {
                // link(2) fails where the destination exists: the no-overwrite promise holds to the last moment.
                let code: Int32? = Cleanup.shared.making {
                    guard link(temporary.path, destination.path) == 0 else { return errno }
                    Cleanup.shared.register(destination)
                    return nil
                }
                if let code {
                    if code == EEXIST { throw .wouldOverwrite(path: destination.path) }
                    throw .io(path: destination.path, reason: SystemErrorText.text(LocalizedText(ko: "다 쓴 파일을 제자리에 둘 수 없습니다", en: "cannot put the finished file in place"), errno: code))
                }
                placed.append(destination)
            }
        } catch {
            undo()
            throw error
        }
        // Whole: an interrupt from here on keeps the workspace (or, begun already, removes all of it).
        Cleanup.shared.keep(createdFolders + placed)
        for url in temporaries { AtomicFile.discard(url) }
        return paths
    }
}
