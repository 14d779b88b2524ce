import Foundation
import Testing
import FolioModel
import FolioTestSupport

/// `folio import` then `folio export` gives back every field the JSON Resume schema (v1.0.0)
/// defines, on the eight real résumés in ../shared/corpus and on our own fixture; the export is
/// valid against the schema.
@Suite struct JSONResumeRoundTripTests {
    static let fixtures = RepositoryPaths.root.appendingPathComponent("Tests/FolioModelTests/Fixtures")
    static let schema = fixtures.appendingPathComponent("jsonresume-schema-v1.0.0.json")
    static let corpusPresent = RepositoryPaths.hasShared("corpus/jsonresume")
    static let corpusSkip = Comment(rawValue: "needs ../shared/corpus/jsonresume beside the repository (CI has it)")
    static var corpus: [String] {
        let folder = RepositoryPaths.shared.appendingPathComponent("corpus/jsonresume")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    /// Imports `data`, loads the workspace, exports it: the parsed export and the workspace.
    static func roundTrip(_ data: Data, source: String) throws -> (export: [String: Any], workspace: Workspace, result: JSONResumeImporter.Result) {
        let result = try JSONResumeImporter.convert(data, source: source, today: YearMonth(year: 2026, month: 6)!)
        let workspace = try TemporaryWorkspace(result.files).load()
        let errors = workspace.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(source): \(errors.map { "\($0.location) \($0.message.en)" })")
        let exported = try JSONResumeExporter.data(from: workspace)
        let object = try #require(try JSONSerialization.jsonObject(with: exported) as? [String: Any])
        return (object, workspace, result)
    }

    @Test(.enabled(if: corpusPresent, corpusSkip), arguments: corpus)
    func corpusRoundTrips(_ name: String) throws {
        let data = try Data(contentsOf: RepositoryPaths.shared.appendingPathComponent("corpus/jsonresume/\(name)"))
        let input = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let (export, _, result) = try Self.roundTrip(data, source: name)
        let differences = SchemaFields.differences(SchemaFields.asImported(input), export)
        // Left out on purpose, and said so: publications; and two non-schema fields folio carries into
        // schema fields (a project's `position` becomes its role, `technologies` its stack).
        let inputProjects = SchemaFields.sortedProjects(input)
        let unexplained = differences.filter { difference in
            if difference.path.hasPrefix("publications") || difference.path.hasPrefix("references") { return difference.kind != .onlyInInput }
            if let index = difference.projectIndex, difference.kind == .onlyInExport {
                if difference.path.hasSuffix(".roles") { return inputProjects[index]["position"] == nil }
                if difference.path.hasSuffix(".keywords") { return inputProjects[index]["technologies"] == nil }
            }
            return true
        }
        #expect(unexplained.isEmpty, "\(name): \(unexplained.map(\.description))")
        if input["publications"] != nil, (input["publications"] as? [Any])?.isEmpty == false {
            #expect(result.notes.contains { $0.en.hasPrefix("publications") }, "\(name): publications left out without a note")
        }
    }

    @Test func ownFixtureRoundTripsExceptReferences() throws {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("resume-ko.json"))
        let input = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let (export, workspace, result) = try Self.roundTrip(data, source: "resume-ko.json")
        #expect(SchemaFields.differences(input, export).map(\.description) == ["references: only in input"])
        #expect(result.notes.map(\.ko).contains { $0.hasPrefix("references 1개") })
        #expect(result.language == .ko)
        // Free-form dates: `October 2022` – `Present` is ongoing, `2019` – `2021` stays years.
        let jobs = workspace.profile.experience
        #expect(jobs[0].period?.value.text(.ko) == "2022-10 – 현재")
        #expect(jobs[1].period?.value.text(.en) == "2019 – 2021")
        #expect(jobs[1].organization?.value == "데이터랩 \"인턴\"")
        let work = try #require(export["work"] as? [[String: Any]])
        #expect(work[0]["startDate"] as? String == "2022-10" && work[0]["endDate"] == nil)
        #expect(work[1]["startDate"] as? String == "2019" && work[1]["endDate"] as? String == "2021")
        // basics.label → headline and a suggested target; the years of work → a level.
        #expect(workspace.profile.headline?.value == "데이터 엔지니어")
        #expect(workspace.profile.target.role?.value == "data-engineer")
        #expect(workspace.profile.target.level?.value == "mid")
        // Skills keep their level (a word on the 1–5 scale) and their group as the category.
        let kafka = try #require(workspace.skill(named: "Apache Kafka"))
        #expect(kafka.level?.value == 4 && kafka.group?.value == "Streaming" && kafka.category == nil, "the catalog knows Kafka's category")
        #expect(workspace.skill(named: "SQL")?.level?.value == 5)
        #expect(workspace.profile.activities.first?.role?.value == "운영진")
        #expect(workspace.projects.map(\.id) == ["배송-이벤트-실시간-집계"], "a Korean title keeps its words as the file name")
        #expect(workspace.profile.location?.city?.value == "서울")
        #expect(workspace.profile.contact.github?.value == "https://github.com/seoyeon")
    }

    @Test func notesNameWhatIsNotCarried() throws {
        let data = Data("""
            {"basics": {"name": "A", "image": "https://x/y.png", "metrics": []}, "accomplishments": [{"title": "x"}],
             "work": [{"name": "B", "startDate": "Spring 2019", "pinned": true}],
             "skills": [{"name": "Go", "level": "Wizard"}], "meta": {"theme": "elegant"}}
            """.utf8)
        let result = try JSONResumeImporter.convert(data, source: "x.json")
        let notes = result.notes.map(\.en)
        #expect(notes.contains("accomplishments: not a JSON Resume section; not carried."))
        #expect(notes.contains("basics.metrics (1): not a JSON Resume field; not carried."))
        #expect(notes.contains("work[].pinned (1): not a JSON Resume field; not carried."))
        #expect(notes.contains { $0.hasPrefix("work[0].startDate `Spring 2019` is not a date") })
        #expect(notes.contains { $0.hasPrefix("skills[0].level `Wizard`") })
        #expect(notes.contains { $0.hasPrefix("meta.theme") })
        #expect(notes.contains { $0.hasPrefix("basics.image") })
    }

    /// Forms real files use that the schema does not: a list given as one text, bulleted lines in one
    /// highlight, timestamps and month/year dates. Each read, none refused or lost.
    @Test func realWorldVariantsAreRead() throws {
        let data = Data("""
            {"basics": {"name": "A"},
             "work": [{"name": "X", "startDate": "2019-01-01T00:00:00.000Z", "endDate": "current", "highlights": "Cut batch time 6 h → 40 min"},
                      {"name": "Y", "startDate": "Jan 2017", "endDate": "12/2018", "highlights": ["• Built A\\n• Built B 10 → 2 min", "Kept: a - b\\nc"]}],
             "skills": [{"name": "Big Data", "keywords": "Spark, Hive"}],
             "projects": [{"name": "P", "keywords": "AWS S3/EMR"}]}
            """.utf8)
        let result = try JSONResumeImporter.convert(data, source: "x.json", today: YearMonth(year: 2026, month: 6)!)
        #expect(result.notes.isEmpty, "\(result.notes.map(\.en))")
        let workspace = try TemporaryWorkspace(result.files).load()
        let jobs = workspace.profile.experience
        #expect(jobs[0].period?.value.text(.en) == "2019-01 – present")
        #expect(jobs[0].highlights.map(\.value) == ["Cut batch time 6 h → 40 min"])
        #expect(jobs[1].period?.value.text(.en) == "2017-01 – 2018-12", "12/2018 is December 2018, not an open end")
        #expect(jobs[1].highlights.map(\.value) == ["Built A", "Built B 10 → 2 min", "Kept: a - b\nc"])
        #expect(workspace.skills.map(\.name.value) == ["Spark", "Hive"])
        #expect(workspace.projects.first?.stack.map(\.value) == ["AWS S3", "EMR"])
    }

    @Test func wrongTypesAreNamed() {
        #expect(throws: FolioError.self) { try JSONResumeImporter.convert(Data("{\"work\": {\"name\": 1}}".utf8), source: "x.json") }
        #expect(throws: FolioError.self) { try JSONResumeImporter.convert(Data("[1]".utf8), source: "x.json") }
    }

    @Test func exampleExportCarriesStoriesAndSkillDepthInMeta() throws {
        let workspace = try WorkspaceLoader.load(at: RepositoryPaths.example("junior-data-engineer-ko"))
        let data = try JSONResumeExporter.data(from: workspace)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let folio = try #require((object["meta"] as? [String: Any])?["folio"] as? [String: Any])
        #expect((folio["stories"] as? [Any])?.count == workspace.stories.count)
        let skills = try #require(folio["skills"] as? [[String: Any]])
        #expect(skills.contains { $0["name"] as? String == "Apache Spark" && $0["depth"] != nil && $0["version"] != nil })
        let projects = try #require(object["projects"] as? [[String: Any]])
        #expect(projects.count == workspace.projects.count)
        #expect(projects.allSatisfy { ($0["highlights"] as? [String])?.isEmpty == false })
    }

    /// A workspace exported, imported and exported again gives the same résumé: `meta.folio` (stories,
    /// skill versions and depth, a job's own part, project sections and links …) is read back by import.
    @Test(arguments: ["junior-data-engineer-ko", "junior-data-engineer-en", "needs-work"])
    func exportThenImportGivesTheWorkspaceBack(_ example: String) throws {
        let original = try WorkspaceLoader.load(at: RepositoryPaths.example(example))
        let first = try JSONResumeExporter.data(from: original)
        let result = try JSONResumeImporter.convert(first, source: "resume.json")
        #expect(result.notes.isEmpty, "\(result.notes.map(\.en))")
        let again = try TemporaryWorkspace(result.files).load()
        let errors = again.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.location) \($0.message.en)" })")
        let second = try JSONResumeExporter.data(from: again)
        let a = try #require(try JSONSerialization.jsonObject(with: first) as? [String: Any])
        let b = try #require(try JSONSerialization.jsonObject(with: second) as? [String: Any])
        let differences = RawDifferences.of(a, b)
        #expect(differences.isEmpty, "\(example): \(differences.prefix(20))")
        // What a user notices: the same stories, projects by the same ids, skills with their version and depth.
        #expect(again.stories.map(\.id).sorted() == original.stories.map(\.id).sorted())
        #expect(again.projects.map(\.id).sorted() == original.projects.map(\.id).sorted())
        #expect(again.skills.map(\.name.value) == original.skills.map(\.name.value))
        #expect(again.skills.map { $0.depth?.value } == original.skills.map { $0.depth?.value })
        #expect(again.profile.target.role?.value == original.profile.target.role?.value)
        #expect(again.profile.contact.blog?.value == original.profile.contact.blog?.value)
        #expect(again.profile.education.map { $0.program?.value } == original.profile.education.map { $0.program?.value })
        #expect(again.profile.education.map { $0.major?.value } == original.profile.education.map { $0.major?.value })
        #expect(again.profile.contact.github?.value == original.profile.contact.github?.value)
        #expect(again.profile.experience.map { $0.role?.value } == original.profile.experience.map { $0.role?.value })
    }

    @Test func checkSettingsComeBack() throws {
        var files = SampleFiles.workspace
        files["folio.yaml"] = (files["folio.yaml"] ?? "") + "\ncheck:\n  disable: [project.domain-reuse]\n  severity: { skill.version: error }\n"
        let original = try TemporaryWorkspace(files).load()
        #expect(original.profile.check.disable.map(\.value) == ["project.domain-reuse"])
        let result = try JSONResumeImporter.convert(try JSONResumeExporter.data(from: original), source: "resume.json")
        let again = try TemporaryWorkspace(result.files).load()
        #expect(again.profile.check.disable.map(\.value) == ["project.domain-reuse"])
        #expect(again.profile.check.severity["skill.version"]?.value == .error)
        #expect(again.diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    // MARK: Schema validation (Python's jsonschema, which .ci/run installs)

    static let validatorPresent: Bool = (try? python(["-c", "import jsonschema"]).status) == 0
    static let validatorSkip = Comment(rawValue: "needs python3 with the jsonschema package (.ci/run pip-installs jsonschema)")

    static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// Validates each file against the schema copy; the output names each invalid one.
    static func validate(_ files: [URL]) throws -> (status: Int32, output: String) {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            bad = 0
            for path in sys.argv[2:]:
                errors = list(jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).iter_errors(json.load(open(path))))
                for error in errors:
                    print(path, list(error.path), error.message)
                bad += bool(errors)
            sys.exit(1 if bad else 0)
            """
        return try python(["-c", script, schema.path] + files.map(\.path))
    }

    @Test(.enabled(if: validatorPresent, validatorSkip))
    func exportsAreValidJSONResumes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var inputs: [(String, Data)] = [("resume-ko.json", try Data(contentsOf: Self.fixtures.appendingPathComponent("resume-ko.json")))]
        if Self.corpusPresent {
            for name in Self.corpus {
                inputs.append((name, try Data(contentsOf: RepositoryPaths.shared.appendingPathComponent("corpus/jsonresume/\(name)"))))
            }
        }
        var files: [URL] = []
        for (name, data) in inputs {
            let url = folder.appendingPathComponent("export-\(name)")
            let (_, workspace, _) = try Self.roundTrip(data, source: name)
            try JSONResumeExporter.data(from: workspace).write(to: url)
            files.append(url)
        }
        for example in ["junior-data-engineer-ko", "junior-data-engineer-en", "needs-work"] {
            let url = folder.appendingPathComponent("export-\(example).json")
            try JSONResumeExporter.data(from: WorkspaceLoader.load(at: RepositoryPaths.example(example))).write(to: url)
            files.append(url)
        }
        let result = try Self.validate(files)
        #expect(result.status == 0, "\(result.output)")
        #expect(files.count == inputs.count + 3)
    }

    @Test(.enabled(if: validatorPresent, validatorSkip))
    func theSchemaCopyRejectsFreeFormDates() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-bad-\(UUID().uuidString).json")
        try Data(#"{"work": [{"name": "A", "startDate": "October 2022"}]}"#.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try Self.validate([url])
        #expect(result.status == 1 && result.output.contains("startDate"), "\(result.output)")
    }
}

/// The fields the JSON Resume v1.0.0 schema defines, for comparing an input with its export:
/// other fields are dropped, the older names `company`, `website` and `gpa` read as `name`, `url`
/// and `score`, blank texts and empty lists count as absent, texts are compared trimmed
/// ("whitespace aside"), dates as the date they name, and projects in name order (folio keeps them as files).
enum SchemaFields {
    indirect enum Shape: Sendable { case text, list(Shape), object([String: Shape]) }

    static let schema: [String: Shape] = {
        let text = Shape.text, texts = Shape.list(.text)
        func entries(_ fields: [String: Shape]) -> Shape { .list(.object(fields)) }
        return [
            "basics": .object([
                "name": text, "label": text, "image": text, "email": text, "phone": text, "url": text, "summary": text,
                "location": .object(["address": text, "postalCode": text, "city": text, "countryCode": text, "region": text]),
                "profiles": entries(["network": text, "username": text, "url": text]),
            ]),
            "work": entries(["name": text, "location": text, "description": text, "position": text, "url": text, "startDate": text, "endDate": text, "summary": text, "highlights": texts]),
            "volunteer": entries(["organization": text, "position": text, "url": text, "startDate": text, "endDate": text, "summary": text, "highlights": texts]),
            "education": entries(["institution": text, "url": text, "area": text, "studyType": text, "startDate": text, "endDate": text, "score": text, "courses": texts]),
            "awards": entries(["title": text, "date": text, "awarder": text, "summary": text]),
            "certificates": entries(["name": text, "date": text, "url": text, "issuer": text]),
            "publications": entries(["name": text, "publisher": text, "releaseDate": text, "url": text, "summary": text]),
            "skills": entries(["name": text, "level": text, "keywords": texts]),
            "languages": entries(["language": text, "fluency": text]),
            "interests": entries(["name": text, "keywords": texts]),
            "references": entries(["name": text, "reference": text]),
            "projects": entries(["name": text, "description": text, "highlights": texts, "keywords": texts, "startDate": text, "endDate": text, "url": text, "roles": texts, "entity": text, "type": text]),
        ]
    }()
    static let aliases = ["company": "name", "website": "url", "gpa": "score"]

    static let dateFields: Set<String> = ["startDate", "endDate", "date", "releaseDate"]

    static func normalize(_ value: Any, _ shape: Shape, key: String = "") -> Any? {
        switch shape {
        case .text:
            if value is NSNull { return nil }
            let text = "\(value)".trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { return nil }
            // A free-form date (`October 2022`) is invalid under the schema; folio writes it as ISO 8601
            // (`2022-10`), and an end of `Present` as no end: the same date, compared as such.
            if dateFields.contains(key) { return Period.isOngoing(text) ? nil : PartialDate(text)?.iso8601 ?? text }
            return text
        case .list(let item):
            guard let array = value as? [Any] else { return nil }
            let items = array.compactMap { normalize($0, item) }
            return items.isEmpty ? nil : items
        case .object(let fields):
            guard let object = value as? [String: Any] else { return nil }
            var out: [String: Any] = [:]
            for (key, field) in object {
                let name = fields[key] == nil ? (aliases[key] ?? key) : key
                guard let shape = fields[name], out[name] == nil || fields[key] != nil, let normalized = normalize(field, shape, key: name) else { continue }
                out[name] = normalized
            }
            return out.isEmpty ? nil : out
        }
    }

    /// The input as `folio import` documentedly rewrites it (docs/format.md, "JSON Resume"): a skill keyword
    /// naming several of the catalog's skills split (`AWS S3/IAM` → AWS S3, AWS IAM) and a skill listed
    /// once; in a project's keywords, figures and fields of work (`87k+ LOC`, `Financial Analysis`) moved
    /// to a `Keywords:` line of the description, and the listed skills its highlights name added.
    static func asImported(_ resume: [String: Any]) -> [String: Any] {
        var out = resume
        var seen = Set<String>()
        var listed: [String] = []
        if let skills = resume["skills"] as? [[String: Any]] {
            out["skills"] = skills.map { group -> [String: Any] in
                var group = group
                guard let keywords = group["keywords"] as? [String] else { return group }
                let names = keywords.flatMap { JSONResumeImporter.skillNames($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
                    .filter { seen.insert(SkillCatalog.normalize($0)).inserted }
                listed += names
                group["keywords"] = names
                return group
            }
        }
        let catalog = SkillCatalog.shared
        if let projects = resume["projects"] as? [[String: Any]] {
            out["projects"] = projects.map { project -> [String: Any] in
                var project = project
                let keywords = ((project["keywords"] ?? project["technologies"]) as? [String] ?? [])
                    .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
                let aside = keywords.filter { catalog.isFigure($0) || catalog.isPractice($0) }
                var stack = keywords.filter { !aside.contains($0) }.flatMap(JSONResumeImporter.skillNames)
                let highlights = (project["highlights"] as? [String]) ?? []
                for name in listed where !catalog.isFigure(name) && !catalog.isPractice(name)
                    && !stack.contains(where: { catalog.canonicalName($0) == catalog.canonicalName(name) }) {
                    let mentions = SkillMentions(of: name, entry: catalog.lookup(name))
                    if highlights.contains(where: { mentions.found(in: $0) }) { stack.append(name) }
                }
                project["keywords"] = stack
                if !aside.isEmpty {
                    let description = ((project["description"] as? String) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                    project["description"] = description + (description.isEmpty ? "" : "\n\n") + "Keywords: " + aside.joined(separator: ", ")
                }
                return project
            }
        }
        return out
    }

    static func normalizedResume(_ resume: [String: Any]) -> [String: Any] {
        var out = (normalize(resume, .object(schema)) as? [String: Any]) ?? [:]
        if let projects = out["projects"] as? [[String: Any]] {
            out["projects"] = projects.sorted { "\($0["name"] ?? "")" < "\($1["name"] ?? "")" }
        }
        return out
    }

    /// The input's projects (raw fields) in the order `differences` compares them.
    static func sortedProjects(_ resume: [String: Any]) -> [[String: Any]] {
        let projects = (resume["projects"] as? [[String: Any]]) ?? []
        return projects.filter { normalize($0, schema["projects"].map { if case .list(let item) = $0 { item } else { $0 } }!) != nil }
            .sorted { "\($0["name"] ?? "")".trimmingCharacters(in: .whitespaces) < "\($1["name"] ?? "")".trimmingCharacters(in: .whitespaces) }
    }

    struct Difference: CustomStringConvertible {
        enum Kind: String { case onlyInInput = "only in input", onlyInExport = "only in export", differs }
        var path: String
        var kind: Kind
        var detail = ""
        var description: String { "\(path): \(kind.rawValue)\(detail.isEmpty ? "" : " (\(detail))")" }
        /// `projects[2].roles` → 2.
        var projectIndex: Int? {
            guard path.hasPrefix("projects["), let end = path.firstIndex(of: "]") else { return nil }
            return Int(path[path.index(path.startIndex, offsetBy: 9)..<end])
        }
    }

    static func differences(_ input: [String: Any], _ output: [String: Any]) -> [Difference] {
        var found: [Difference] = []
        func compare(_ a: Any?, _ b: Any?, _ path: String) {
            switch (a, b) {
            case (nil, nil): return
            case (_?, nil): found.append(Difference(path: path, kind: .onlyInInput))
            case (nil, _?): found.append(Difference(path: path, kind: .onlyInExport))
            case (let a as [String: Any], let b as [String: Any]):
                for key in Set(a.keys).union(b.keys).sorted() { compare(a[key], b[key], path.isEmpty ? key : "\(path).\(key)") }
            case (let a as [Any], let b as [Any]):
                if a.count != b.count { found.append(Difference(path: path, kind: .differs, detail: "\(a.count) vs \(b.count) entries")) }
                for (index, pair) in zip(a, b).enumerated() { compare(pair.0, pair.1, "\(path)[\(index)]") }
            case (let a as String, let b as String):
                if a != b { found.append(Difference(path: path, kind: .differs, detail: "\(a.prefix(40)) vs \(b.prefix(40))")) }
            default:
                found.append(Difference(path: path, kind: .differs, detail: "types"))
            }
        }
        compare(normalizedResume(input), normalizedResume(output), "")
        return found
    }
}

/// Every path where two parsed JSON values differ.
enum RawDifferences {
    static func of(_ a: Any?, _ b: Any?, _ path: String = "") -> [String] {
        switch (a, b) {
        case (nil, nil): return []
        case (let a as [String: Any], let b as [String: Any]):
            return Set(a.keys).union(b.keys).sorted().flatMap { of(a[$0], b[$0], path.isEmpty ? $0 : "\(path).\($0)") }
        case (let a as [Any], let b as [Any]):
            let counts = a.count == b.count ? [] : ["\(path): \(a.count) vs \(b.count) entries"]
            return counts + zip(a, b).enumerated().flatMap { of($0.element.0, $0.element.1, "\(path)[\($0.offset)]") }
        case (let a as NSObject, let b as NSObject):
            return a == b ? [] : ["\(path): \(String(describing: a).prefix(60)) vs \(String(describing: b).prefix(60))"]
        default:
            return ["\(path): \(a.map { "\($0)".prefix(60) } ?? "nil") vs \(b.map { "\($0)".prefix(60) } ?? "nil")"]
        }
    }
}
