import Foundation
import Testing
import FolioModel
import FolioTestSupport

/// Every bad input gets one clear finding at the file, line and column a user must edit.
@Suite struct ParserTests {
    func load(_ overrides: [String: String]) throws -> Workspace {
        var files = SampleFiles.workspace
        for (path, text) in overrides { files[path] = text }
        return try TemporaryWorkspace(files).load()
    }

    func only(_ rule: String, in workspace: Workspace) throws -> Finding {
        let matches = workspace.diagnostics.filter { $0.rule == rule }
        #expect(matches.count == 1, "expected one \(rule), got \(workspace.diagnostics.map { "\($0.location) \($0.rule)" })")
        return try #require(matches.first)
    }

    @Test func readsTheSampleWithoutProblems() throws {
        let workspace = try load(["folio.yaml": SampleFiles.profile + "\nheadline: 센서 데이터를 적재하는 신입 데이터 엔지니어\n"])
        #expect(workspace.diagnostics.isEmpty, "\(workspace.diagnostics)")
        #expect(workspace.profile.name?.value == "김데이터")
        #expect(workspace.profile.target.role?.location == SourceLocation(file: "folio.yaml", line: 7, column: 9))
        #expect(workspace.skills.first?.version?.value == "3.5")
        let project = try #require(workspace.project("sensor"))
        #expect(project.team?.value == 3)
        #expect(project.stack.map(\.value) == ["Apache Spark"])
        #expect(project.stack.first?.location.line == 4)
        #expect(project.body.section(.overview)?.heading.location.line == 6)
        #expect(workspace.stories.first?.project?.value == "sensor")
    }

    @Test func malformedYAMLPointsAtTheLine() throws {
        let workspace = try load(["folio.yaml": "name: 김데이터\ncontact:\n  email: [kim@example.com\ntarget:\n  role: data-engineer\n"])
        let finding = try only("parse.yaml", in: workspace)
        #expect(finding.location.file == "folio.yaml")
        // The unclosed `[` is on line 3, where the user must edit (libyaml notices on line 4).
        #expect(finding.location == SourceLocation(file: "folio.yaml", line: 3, column: 10))
        #expect(finding.severity == .error)
        #expect(finding.help.en.contains("quotes"))
        // The rest of the file is still read.
        #expect(workspace.profile.target.role?.value == "data-engineer")
    }

    @Test("an unclosed { is reported on its own line, at the brace, and the rest is read")
    func unclosedBraceIsReportedWhereItOpened() throws {
        let workspace = try load(["folio.yaml": "name: 김데이터\nheadline: {ETL 배치\ntarget:\n  role: data-engineer\n"])
        let finding = try only("parse.yaml", in: workspace)
        // libyaml notices on line 3; the brace to close (or quote) is on line 2, column 11.
        #expect(finding.location == SourceLocation(file: "folio.yaml", line: 2, column: 11))
        #expect(finding.message.en.contains("brace"))
        #expect(finding.help.en.contains("quotes"))
        #expect(finding.message.ko.contains("중괄호"))
        #expect(workspace.profile.target.role?.value == "data-engineer")
        // At the end of a skill list too, where the error used to be reported past the last line, once per attempt.
        let skills = try load(["skills.yaml": "- name: Python\n  version: {3.11\n"])
        let last = try only("parse.yaml", in: skills)
        #expect(last.location == SourceLocation(file: "skills.yaml", line: 2, column: 12))
    }

    @Test func brokenFrontMatterYAMLIsReportedInTheFileLines() throws {
        // Line 1 is the fence, so the YAML's line 3 is the file's line 4.
        let workspace = try load(["projects/sensor.md": "---\ntitle: 센서\nteam: 3\nstack: [Spark\n---\n## 개요\n"])
        let finding = try only("parse.yaml", in: workspace)
        #expect(finding.location.file == "projects/sensor.md")
        #expect(finding.location.line >= 4)
        // The other files are still read.
        #expect(workspace.profile.name?.value == "김데이터")
        #expect(workspace.stories.count == 1)
    }

    @Test func missingFrontMatterFence() throws {
        let workspace = try load(["projects/sensor.md": "# 센서 파이프라인\n\n내용\n"])
        let finding = try only("parse.front-matter", in: workspace)
        #expect(finding.location == SourceLocation(file: "projects/sensor.md", line: 1, column: 1))
        #expect(workspace.projects.isEmpty)
    }

    @Test func unclosedFrontMatter() throws {
        let workspace = try load(["stories/oom.md": "\n---\ntitle: OOM\n## 상황\n"])
        let finding = try only("parse.front-matter", in: workspace)
        #expect(finding.location == SourceLocation(file: "stories/oom.md", line: 2, column: 1))
    }

    @Test func wrongTypeNamesTheValue() throws {
        let workspace = try load(["projects/sensor.md": "---\ntitle: 센서\nteam: five\n---\n"])
        let finding = try only("parse.type", in: workspace)
        #expect(finding.location == SourceLocation(file: "projects/sensor.md", line: 3, column: 7))
        #expect(finding.message.en.contains("team"))
    }

    @Test func badDate() throws {
        let workspace = try load(["skills.yaml": "- name: Apache Spark\n  level: 3\n  since: 2024-13\n"])
        let finding = try only("parse.date", in: workspace)
        #expect(finding.location == SourceLocation(file: "skills.yaml", line: 3, column: 10))
    }

    @Test func badPeriod() throws {
        let workspace = try load(["projects/sensor.md": "---\ntitle: 센서\nperiod: 2024-09 – 2024-15\n---\n"])
        let finding = try only("parse.date", in: workspace)
        #expect(finding.location == SourceLocation(file: "projects/sensor.md", line: 3, column: 9))
    }

    @Test func periodsInTheWaysPeopleWriteThem() throws {
        #expect(try Period.parse("2024-09 – 2024-11").get() == Period(start: YearMonth(year: 2024, month: 9)!, end: YearMonth(year: 2024, month: 11)!))
        #expect(try Period.parse("2024.09 ~ 현재").get().ongoing)
        #expect(try Period.parse("2023-01 - 2023-03").get().end == YearMonth(year: 2023, month: 3))
        #expect(throws: Period.Problem.reversed(start: "2024-11", end: "2024-09")) { try Period.parse("2024-11 – 2024-09").get() }
    }

    @Test func unknownKeySuggestsTheNearest() throws {
        let workspace = try load(["projects/sensor.md": "---\ntitle: 센서\nstak: [Spark]\n---\n"])
        let finding = try only("parse.unknown-key", in: workspace)
        #expect(finding.location == SourceLocation(file: "projects/sensor.md", line: 3, column: 1))
        #expect(finding.message.en.contains("Did you mean `stack`"))
        #expect(finding.severity == .warning)
    }

    @Test func invalidUTF8IsLocated() throws {
        let workspace = try TemporaryWorkspace(SampleFiles.workspace)
        var bytes = Data("---\ntitle: ".utf8)
        bytes.append(contentsOf: [0xB0, 0xA1])  // "가" in EUC-KR
        bytes.append(Data("\n---\n".utf8))
        try workspace.write("projects/sensor.md", bytes)
        let loaded = try workspace.load()
        let finding = try only("parse.encoding", in: loaded)
        #expect(finding.location == SourceLocation(file: "projects/sensor.md", line: 2, column: 8))
    }

    @Test func emptyFile() throws {
        let workspace = try load(["stories/oom.md": "  \n"])
        let finding = try only("parse.empty", in: workspace)
        #expect(finding.location.file == "stories/oom.md")
    }

    @Test func bomAndCRLFKeepLineNumbers() throws {
        let workspace = try TemporaryWorkspace(SampleFiles.workspace)
        let text = "---\r\ntitle: 센서\r\nteam: five\r\n---\r\n## 개요\r\n내용\r\n"
        try workspace.write("projects/sensor.md", Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8))
        let loaded = try workspace.load()
        let finding = try only("parse.type", in: loaded)
        #expect(finding.location == SourceLocation(file: "projects/sensor.md", line: 3, column: 7))
        let section = try #require(loaded.projects.first?.body.section(.overview))
        #expect(section.heading.location.line == 5)
        #expect(section.lines.first?.value == "내용")
    }

    @Test func notAWorkspace() throws {
        let empty = try TemporaryWorkspace([:])
        #expect(throws: FolioError.notAWorkspace(path: empty.root.path)) { try WorkspaceLoader.load(at: empty.root) }
        let missing = empty.root.appendingPathComponent("nope")
        #expect(throws: FolioError.notADirectory(path: missing.path)) { try WorkspaceLoader.load(at: missing) }
    }

    @Test func sectionsMatchKoreanAndEnglishHeadings() {
        let body = MarkdownBody.parse("## 상황 / Situation\nA\n## Root cause\nB\n## 조치\nC\n```\n## not a heading\n```\n## 결과(Result)\nD\n<!-- folio-disable story.measured -->\n", file: "s.md", firstLine: 7)
        #expect(body.sections.map(\.kind) == [.situation, .cause, .action, .result])
        #expect(body.sections[1].heading.location == SourceLocation(file: "s.md", line: 9, column: 4))
        #expect(body.disabledRules == ["story.measured"])
    }

    @Test func skillCatalogResolvesAliases() {
        let catalog = SkillCatalog.shared
        #expect(catalog.entries.count >= 120)
        #expect(catalog.lookup("pyspark")?.name == "Apache Spark")
        #expect(catalog.lookup("스파크")?.name == "Apache Spark")
        #expect(catalog.lookup("k8s")?.name == "Kubernetes")
        #expect(catalog.lookup("쿠버네티스")?.name == "Kubernetes")
        #expect(catalog.lookup("Spark 3.5")?.name == "Apache Spark")
        #expect(catalog.suggestion(for: "Sparkk") == "Apache Spark")
        #expect(RoleProfiles.shared.role("data-engineer")?.core.count == 4)
    }

    /// Names and GUI clients that real imported résumés list (../shared/corpus): web tools are known
    /// (a career switcher's React is a skill, not a typo), database and Git clients are editors, and
    /// three-letter names get no "did you mean" (`SSH` is not Bash, `TOR` is not Rails).
    @Test func skillCatalogReadsImportedSkillLists() {
        let catalog = SkillCatalog.shared
        #expect(catalog.lookup("ReactJs")?.name == "React")
        #expect(catalog.lookup("ExpressJs")?.name == "Express")
        #expect(catalog.lookup("AngularJs")?.name == "Angular")
        #expect(catalog.lookup("Amazon AWS")?.name == "AWS")
        #expect(catalog.lookup("PgAdmin")?.kind == .editor)
        #expect(catalog.lookup("MysqlWorkbench")?.kind == .editor)
        #expect(catalog.lookup("Robomongo")?.kind == .editor)
        #expect(catalog.suggestion(for: "SSH") == nil)
        #expect(catalog.suggestion(for: "TOR") == nil)
        #expect(catalog.suggestion(for: "Pyton") == "Python")
        #expect(catalog.categories.contains("web"))
        #expect(catalog.categories == catalog.categories.sorted())
    }

    @Test func koreanExampleParsesCleanly() throws {
        let workspace = try WorkspaceLoader.load(at: RepositoryPaths.example("junior-data-engineer-ko"))
        #expect(workspace.diagnostics.isEmpty, "\(workspace.diagnostics.map { "\($0.location) \($0.message.en)" })")
        #expect(workspace.projects.count >= 3)
        #expect(workspace.stories.count >= 4)
        #expect(workspace.skills.count >= 15)
    }
}

/// Blank values a user must fill in are reported where they belong.
@Suite struct MissingValueTests {
    @Test func blankNameHeadlineAndLevel() throws {
        var files = SampleFiles.workspace
        files["folio.yaml"] = "name: \"\"\nheadline:\nlang: en\n"
        files["skills.yaml"] = "- name: Apache Spark\n  level:\n  version: \"3.5\"\n"
        let workspace = try TemporaryWorkspace(files).load()
        let missing = workspace.diagnostics.filter { $0.rule == "parse.missing" }.map { "\($0.location) \($0.severity)" }
        #expect(missing == ["folio.yaml:1:1 error", "folio.yaml:2:1 warning"])
    }

    /// A blank `level:` reads as no `level` key: unrated, with no finding either way (a new user's trial
    /// got "`level`(1–5)이 없습니다" for one and nothing for the other).
    @Test func aBlankLevelIsAnUnratedSkill() throws {
        var files = SampleFiles.workspace
        files["skills.yaml"] = "- name: Apache Spark\n  level:\n  version: \"3.5\"\n- name: Git\n  version: \"2.43\"\n"
        let workspace = try TemporaryWorkspace(files).load()
        #expect(workspace.skills.map(\.level?.value) == [nil, nil])
        let skillDiagnostics = workspace.diagnostics.filter { $0.location.file == "skills.yaml" }
        #expect(skillDiagnostics.isEmpty, "\(skillDiagnostics.map { "\($0.location) \($0.message.en)" })")
        files["skills.yaml"] = "- name: Apache Spark\n  level: 7\n"
        let wrong = try TemporaryWorkspace(files).load().diagnostics.filter { $0.location.file == "skills.yaml" }
        #expect(wrong.map { "\($0.location.line)" } == ["2"], "a wrong value is still reported at its line")
    }
}

/// Korean particles follow the sound of the word before them.
@Suite struct JosaTests {
    @Test func particlesFollowTheLastSound() {
        #expect(Josa.topic.after("`K-pop 팬덤`") == "`K-pop 팬덤`은")
        #expect(Josa.topic.after("`Postgress`") == "`Postgress`는")
        #expect(Josa.object.after("`Apache Spark`") == "`Apache Spark`를")
        #expect(Josa.object.after("`PostgreSQL`") == "`PostgreSQL`을")
        #expect(Josa.subject.after("`2024-13`") == "`2024-13`이")
        #expect(Josa.subject.after("5") == "5가")
        #expect(Josa.subject.after("`team`") == "`team`이")
        #expect(Josa.subject.after("목록") == "목록이")
        #expect(Josa.subject.after("단일 값") == "단일 값이")
        #expect(Josa.subject.after("빈 값") == "빈 값이")
        #expect(Josa.subject.after("숫자") == "숫자가")
    }
}
