import Testing
import FolioTestSupport
import FolioModel
@testable import FolioCheck

/// A skill written twice in skills.yaml, in two spellings or two groups, is one finding at the second
/// entry that names the first one's line, in both languages.
@Suite struct SkillDuplicateTests {
    static let skills = """
        - name: Apache Hadoop
          level: 3
          version: "3.3"
          group: Data Platforms
        - name: Python
          level: 3
          version: "3.11"
        - name: PostgreSQL
          level: 3
          version: "15"
        - name: Hadoop 에코시스템(HDFS, Hive, HBase)
          level: 4
          group: Big Data
        - name: Postgres
          level: 2
        - name: Apache Hive
          level: 3
        """

    @Test func theSecondEntryIsReportedWithTheFirstOnesLine() throws {
        var files = SampleFiles.workspace
        files["skills.yaml"] = Self.skills
        let workspace = try TemporaryWorkspace(files).load()
        let found = Checker(today: YearMonth(year: 2026, month: 12)!).check(workspace, only: ["skill.duplicate"])
        #expect(found.map { "\($0.location.file):\($0.location.line)" } == ["skills.yaml:11", "skills.yaml:14"],
                "\(found.map { "\($0.location) \($0.message.en)" })")
        #expect(found.allSatisfy { $0.severity == .warning })
        #expect(found.first?.message.en == "`Hadoop 에코시스템(HDFS, Hive, HBase)` is the same skill as `Apache Hadoop` on line 1. The page and the xlsx show it once: merge the two entries.")
        #expect(found.first?.message.ko == "`Hadoop 에코시스템(HDFS, Hive, HBase)`은 1행의 `Apache Hadoop`과 같은 스킬입니다. 페이지와 xlsx에는 한 번만 나오니 두 항목을 하나로 합치세요.")
        #expect(found.last?.message.en == "`Postgres` is the same skill as `PostgreSQL` on line 8. The page and the xlsx show it once: merge the two entries.")
        #expect(found.last?.message.ko == "`Postgres`는 8행의 `PostgreSQL`과 같은 스킬입니다. 페이지와 xlsx에는 한 번만 나오니 두 항목을 하나로 합치세요.")
    }

    /// Related skills a résumé lists apart are no duplicate: a runtime and its language, practices of
    /// one family (corpus résumés list `JavaScript` and `Node.js`, `Agile` and `SCRUM`). The page shows
    /// them apart too: Node.js under its own name, a concept as written.
    @Test func relatedSkillsAreNotTheSameSkill() throws {
        var files = SampleFiles.workspace
        files["skills.yaml"] = """
            - name: JavaScript
            - name: Node.js
            - name: Agile
            - name: SCRUM
            - name: Continuous integration
            - name: Continuous deployment
            """
        let workspace = try TemporaryWorkspace(files).load()
        let found = Checker(today: YearMonth(year: 2026, month: 12)!).check(workspace, only: ["skill.duplicate"])
        #expect(found.isEmpty, "\(found.map { "\($0.location) \($0.message.en)" })")
        #expect(workspace.distinctSkills(catalog: .shared).count == 6)
    }

    @Test func thePageAndTheWorkbookListEachSkillOnce() throws {
        var files = SampleFiles.workspace
        files["skills.yaml"] = Self.skills
        let workspace = try TemporaryWorkspace(files).load()
        let names = workspace.distinctSkills(catalog: .shared).map(\.name.value)
        #expect(names == ["Apache Hadoop", "Python", "PostgreSQL", "Apache Hive"], "\(names)")
        // What the first entry leaves blank comes from the second.
        let hadoop = workspace.distinctSkills(catalog: .shared).first
        #expect(hadoop?.level?.value == 3 && hadoop?.version?.value == "3.3")
    }

    /// A new user's trial (an imported JSON Resume listing `Javascript` under Front End and `Node.js`
    /// under Back End): Node.js is the runtime, not another spelling of the language, so no finding
    /// tells the user to merge them, and the page keeps both; Node.js still implies JavaScript.
    @Test func nodeJSIsNotTheSameSkillAsJavaScript() throws {
        var files = SampleFiles.workspace
        files["skills.yaml"] = "- name: Javascript\n  group: Front End\n- name: Node.js\n  group: Back End\n"
        let workspace = try TemporaryWorkspace(files).load()
        let found = Checker(today: YearMonth(year: 2026, month: 12)!).check(workspace, only: ["skill.duplicate"])
        #expect(found.isEmpty, "\(found.map { "\($0.location) \($0.message.en)" })")
        #expect(workspace.distinctSkills(catalog: .shared).map(\.name.value) == ["Javascript", "Node.js"])
        #expect(SkillCatalog.shared.canonicalName("nodejs") == "Node.js")
        #expect(SkillCatalog.shared.implications(of: ["Node.js"]).contains("JavaScript"))
    }
}
