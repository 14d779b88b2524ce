import Foundation
import Testing
import FolioModel
import FolioCheck
import FolioTestSupport

/// One YAML mistake is reported where it is, with the fix in words, and the rest of the file is
/// still read: no false "missing" findings from what could not be read.
@Suite struct RecoveryTests {
    let today = YearMonth(year: 2025, month: 6)!

    func check(_ overrides: [String: String]) throws -> (Workspace, [Finding]) {
        var files = SampleFiles.workspace
        for (path, text) in overrides { files[path] = text }
        let workspace = try TemporaryWorkspace(files).load()
        return (workspace, Checker(today: today).check(workspace))
    }

    func parseErrors(_ findings: [Finding]) -> [Finding] { findings.filter { $0.rule.hasPrefix("parse.") && $0.severity == .error } }

    @Test func aColonInAValueIsQuotedAndTheValueKept() throws {
        let (workspace, findings) = try check(["projects/sensor.md": "---\ntitle: ETL: 일 배치\nteam: 3\nstack: [Apache Spark]\n---\n## 개요\n텍스트\n"])
        let error = try #require(parseErrors(findings).only)
        #expect(error.location == SourceLocation(file: "projects/sensor.md", line: 2, column: 8))
        #expect(error.help.en.contains("Put it in quotes: `title: \"ETL: 일 배치\"`"))
        #expect(error.help.ko.contains("따옴표로 감싸세요"))
        #expect(workspace.project("sensor")?.title?.value == "ETL: 일 배치")
        #expect(workspace.project("sensor")?.team?.value == 3)
        #expect(!findings.contains { $0.message.en.contains("no team size") })
    }

    @Test func aValueStartingWithAStarIsQuoted() throws {
        let (workspace, findings) = try check(["projects/sensor.md": "---\ntitle: 센서\nteam: 3\nrole: **리드** 엔지니어\n---\n## 개요\n텍스트\n"])
        let error = try #require(parseErrors(findings).only)
        #expect(error.location.line == 4)
        #expect(error.message.en.contains("starting with `*`"))
        #expect(workspace.project("sensor")?.role?.value == "**리드** 엔지니어")
    }

    @Test func aDuplicateKeyIsReportedWhereItIsRepeated() throws {
        let (workspace, findings) = try check(["folio.yaml": SampleFiles.profile + "\nname: 이중\n"])
        let error = try #require(parseErrors(findings).only)
        #expect(error.rule == "parse.duplicate-key")
        #expect(error.location == SourceLocation(file: "folio.yaml", line: 8, column: 1))
        #expect(error.message.en.contains("first at line 1"))
        #expect(error.help.en.contains("Remove one"))
        #expect(workspace.profile.name?.value == "김데이터")
        #expect(workspace.profile.contact.email?.value == "kim@example.com")
    }

    @Test func tabIndentationIsNamedAndStillRead() throws {
        let (workspace, findings) = try check(["folio.yaml": SampleFiles.profile.replacingOccurrences(of: "\n  ", with: "\n\t")])
        let error = try #require(parseErrors(findings).only)
        #expect(error.rule == "parse.tab")
        #expect(error.location.line == 4)
        #expect(error.message.en.contains("tab") && error.message.ko.contains("탭"))
        #expect(workspace.profile.contact.email?.value == "kim@example.com")
        #expect(workspace.profile.target.role?.value == "data-engineer")
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() throws {
        let filler = (1...70).map { "  - 결과 \($0)" }.joined(separator: "\n")
        let project = "---\ntitle: 'ETL 배치\nteam: 3\nimpact:\n\(filler)\n  - it's done\n---\n## 개요\n텍스트\n"
        let (workspace, findings) = try check(["projects/sensor.md": project])
        let error = try #require(parseErrors(findings).only, "\(parseErrors(findings).map(\.location))")
        #expect(error.location == SourceLocation(file: "projects/sensor.md", line: 2, column: 8))
        #expect(error.message.en.contains("not closed"))
        #expect(workspace.project("sensor")?.team?.value == 3)
        #expect(workspace.project("sensor")?.impact.count == 71)
        #expect(!findings.contains { $0.rule == "parse.missing" && $0.location.file == "projects/sensor.md" }, "the title was written: not 'missing'")
    }

    @Test func aControlCharacterIsReportedAtItsPlace() throws {
        let (workspace, findings) = try check(["folio.yaml": SampleFiles.profile.replacingOccurrences(of: "email: kim", with: "email: \u{1B}kim")])
        let error = try #require(parseErrors(findings).only)
        #expect(error.rule == "parse.control-character")
        #expect(error.location == SourceLocation(file: "folio.yaml", line: 4, column: 10))
        #expect(error.message.en.contains("U+001B"))
        #expect(workspace.profile.target.role?.value == "data-engineer")
    }

    @Test func aLostBlockDrawsNoFalseMissingFindings() throws {
        // `contact:` has a broken line; what is left out is not also "missing".
        let profile = SampleFiles.profile.replacingOccurrences(of: "  email: kim@example.com", with: "  email: [kim@example.com, {")
        let (_, findings) = try check(["folio.yaml": profile])
        #expect(!parseErrors(findings).isEmpty)
        #expect(!findings.contains { $0.rule == "profile.reachable" && $0.message.en.contains("no email") }, "\(findings.map(\.message.en))")
    }

    @Test func billionLaughsIsALocatedErrorAndReadsNothing() throws {
        var yaml = "- name: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for (name, previous) in zip("bcdefghi", "abcdefgh") {
            yaml += "- name: &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        yaml += "- name: Apache Spark\n  depth: *i\n"
        let start = Date()
        let (workspace, findings) = try check(["skills.yaml": yaml])
        #expect(Date().timeIntervalSince(start) < 20, "bounded: the expansion is cut off, not computed")
        let error = try #require(parseErrors(findings).only)
        #expect(error.rule == "parse.alias")
        #expect(error.location == SourceLocation(file: "skills.yaml", line: 2, column: 13))
        #expect(workspace.skills.isEmpty)
        #expect(!findings.contains { $0.location.file == "skills.yaml" && !$0.rule.hasPrefix("parse.") })
    }

    @Test func aCommentOnlyProfileAndAnUntitledProjectDrawFindings() throws {
        let (_, findings) = try check([
            "folio.yaml": "# name: 김데이터\n# lang: ko\n",
            "projects/untitled.md": "---\nteam: 2\n---\n## 개요\n텍스트\n",
            "projects/bare.md": "---\n---\n## 개요\n텍스트\n",
        ])
        #expect(findings.contains { $0.rule == "parse.empty" && $0.location.file == "folio.yaml" && $0.severity == .error })
        #expect(findings.contains { $0.rule == "parse.missing" && $0.location == SourceLocation(file: "projects/untitled.md", line: 3) })
        #expect(findings.contains { $0.rule == "parse.missing" && $0.location == SourceLocation(file: "projects/bare.md", line: 2) })
    }

    @Test func aColonLineInAListIsReadAsText() throws {
        let (workspace, findings) = try check(["projects/sensor.md": "---\ntitle: 센서\nteam: 3\nimpact:\n  - Runtime: 52 min → 9 min\n---\n## 개요\n텍스트\n"])
        #expect(workspace.project("sensor")?.impact.map(\.value) == ["Runtime: 52 min → 9 min"])
        let warning = try #require(findings.first { $0.rule == "parse.quote" })
        #expect(warning.location.line == 5)
        #expect(warning.help.en.contains("- \"Runtime: 52 min → 9 min\""))
        #expect(parseErrors(findings).isEmpty)
    }

    @Test func notRegularFilesSayWhatTheyAre() throws {
        let folder = try TemporaryWorkspace(SampleFiles.workspace)
        let projects = folder.root.appendingPathComponent("projects")
        try FileManager.default.createDirectory(at: projects.appendingPathComponent("dir.md"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: projects.appendingPathComponent("loop.md").path, withDestinationPath: "loop.md")
        try FileManager.default.createSymbolicLink(atPath: projects.appendingPathComponent("dangling.md").path, withDestinationPath: "none.md")
        try FileManager.default.createSymbolicLink(atPath: projects.appendingPathComponent("zero.md").path, withDestinationPath: "/dev/zero")
        #expect(mkfifo(projects.appendingPathComponent("fifo.md").path, 0o644) == 0)
        let workspace = try folder.load()
        func message(_ file: String) -> String {
            workspace.diagnostics.first { $0.location.file == "projects/\(file)" && $0.rule == "parse.not-a-file" }?.message.en ?? "(none)"
        }
        #expect(message("dir.md").contains("a folder"))
        #expect(message("loop.md").contains("loop"))
        #expect(message("dangling.md").contains("points to nothing"))
        #expect(message("zero.md").contains("a device"))
        #expect(message("fifo.md").contains("pipe"))
        #expect(!workspace.diagnostics.contains { $0.message.en.contains("permission") })
        #expect(workspace.project("sensor") != nil)
    }
}

extension Array {
    /// The only element, or nil when there are none or several.
    var only: Element? { count == 1 ? first : nil }
}
