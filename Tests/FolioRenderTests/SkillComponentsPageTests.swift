import Foundation
import Testing
import FolioModel
import FolioCheck
@testable import FolioRender
import FolioTestSupport

/// `Hadoop 에코시스템(HDFS, Hive, HBase)` in skills.yaml is one skill with its components: one chip on
/// the page (the head by its catalog name, the components after it), and `folio check` reads it as
/// one known skill that holds Hive's SQL (no "unknown", no "SQL missing", no "not in skills.yaml" for
/// a stack's Hive).
@Suite struct SkillComponentsPageTests {
    static let files: [String: String] = [
        "folio.yaml": """
            name: 김하둡
            headline: 로그 플랫폼을 운영하는 데이터 엔지니어
            lang: ko
            contact:
              email: kim@example.com
              github: https://github.com/kim
            target:
              role: data-engineer
              level: junior
            """,
        "skills.yaml": """
            - name: Hadoop 에코시스템(HDFS, Hive, HBase)
              level: 3
              version: "CDH 6.3"
              depth: HDFS 블록 크기와 Hive 파티션 설계, HBase 로우키 설계
            - name: Python
              level: 3
              version: "3.11"
              depth: PySpark 잡과 Airflow 오퍼레이터 작성
            """,
        "projects/logs.md": """
            ---
            title: 로그 적재
            period: 2024-01 – 2024-03
            team: 1
            stack: [Python, Hive, Hadoop(HDFS, YARN)]
            ---
            ## 개요
            로그를 적재합니다.
            """,
    ]

    @Test func oneChipWithItsComponents() throws {
        let workspace = try TemporaryWorkspace(Self.files).load()
        let portfolio = PortfolioBuilder().build(workspace)
        let names = portfolio.skills.groups.flatMap(\.skills).map(\.name)
        #expect(names == ["Apache Hadoop (HDFS, Apache Hive, Apache HBase)", "Python"], "\(names)")
        let document = try Fixtures.html(workspace)
        let chips = document.first("section.skills")?.all("li").map(\.text) ?? []
        #expect(chips.filter { $0.contains("Hadoop") || $0.contains("Hive") || $0.contains("HDFS") }.count == 1, "\(chips)")
        let markdown = try Fixtures.markdown(workspace)
        #expect(markdown.contains("Apache Hadoop (HDFS, Apache Hive, Apache HBase) (CDH 6.3)"), "\(markdown)")
        // The project's stack is three entries, as written.
        #expect(portfolio.projects.first?.stack == ["Python", "Hive", "Hadoop(HDFS, YARN)"])
    }

    @Test func checkReadsOneKnownSkillHoldingSQL() throws {
        let workspace = try TemporaryWorkspace(Self.files).load()
        let findings = Checker(today: YearMonth(year: 2026, month: 11)!).check(workspace)
        let skillLine = findings.filter { $0.location.file == "skills.yaml" && $0.location.line == 1 }
        #expect(!skillLine.contains { ["skill.unknown", "skill.evidence", "skill.version"].contains($0.rule) }, "\(skillLine.map(\.message.en))")
        let coverage = findings.filter { $0.rule == "skill.core-coverage" }.map(\.message.en).joined()
        #expect(!coverage.contains("SQL") && !coverage.contains("distributed"), "\(coverage)")
        #expect(findings.filter { $0.rule == "project.stack-known" }.isEmpty, "\(findings.filter { $0.rule == "project.stack-known" }.map(\.message.en))")
    }

    /// The same skill in a flow mapping: YAML splits `{name: Hadoop(HDFS, Hive), level: 3}` at the comma
    /// inside the brackets (`Hadoop(HDFS` and a key `Hive)`); folio reads it as the block style is read.
    @Test func aFlowMappingKeepsTheBracketsWhole() throws {
        var files = Self.files
        files["skills.yaml"] = """
            - {name: Hadoop(HDFS, Hive, HBase), level: 3, version: "CDH 6.3", depth: HDFS 블록 크기와 Hive 파티션 설계}
            - {name: Python, level: 3, version: "3.11", depth: PySpark 잡 작성}
            """
        let workspace = try TemporaryWorkspace(files).load()
        #expect(workspace.skills.map(\.name.value) == ["Hadoop(HDFS, Hive, HBase)", "Python"])
        #expect(workspace.diagnostics.isEmpty, "\(workspace.diagnostics.map { "\($0.location) [\($0.rule)] \($0.message.en)" })")
        let findings = Checker(today: YearMonth(year: 2026, month: 11)!).check(workspace)
        let skillLine = findings.filter { $0.location.file == "skills.yaml" && $0.location.line == 1 }
        #expect(!skillLine.contains { ["skill.unknown", "skill.evidence", "skill.version", "skill.depth", "parse.unknown-key"].contains($0.rule) },
                "\(skillLine.map { "\($0.location) [\($0.rule)] \($0.message.en)" })")
        #expect(!findings.contains { $0.message.en.contains("Hadoop(HDFS:") || $0.message.en.contains("`Hive)`") })
        let names = PortfolioBuilder().build(workspace).skills.groups.flatMap(\.skills).map(\.name)
        #expect(names == ["Apache Hadoop (HDFS, Apache Hive, Apache HBase)", "Python"], "\(names)")
    }
}
