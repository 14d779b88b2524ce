import Foundation
import Testing
import FolioModel
import FolioCheck
import FolioTestSupport

/// A key written with no value is the line a user fills in, so that is where the finding points
/// (a key left out entirely is reported where it belongs, as the rules' own examples show).
@Suite struct BlankValueTests {
    @Test func findingsPointAtTheBlankKeys() throws {
        var files = SampleFiles.workspace
        files["folio.yaml"] = """
            name: 김데이터
            headline: 신입 데이터 엔지니어
            lang: ko
            contact:
              email: ""
              github:
            target:
              role: ""
            """
        files["skills.yaml"] = """
            - name: Apache Spark
              level: 3
              version: ""
              depth:
              since: 2024-07
            """
        files["projects/sensor.md"] = """
            ---
            title: 센서 파이프라인
            team:
            role: ""
            stack: [Apache Spark]
            data:
              source: 공정 센서 로그
              volume: ""
              format: 정형 CSV
            impact: []
            ---
            ## 개요
            공정 센서 로그를 적재합니다.
            """
        let workspace = try TemporaryWorkspace(files).load()
        let findings = Checker(today: YearMonth(year: 2026, month: 11)!).check(workspace)
        func line(_ rule: String, _ file: String) -> [Int] {
            findings.filter { $0.rule == rule && $0.location.file == file }.map(\.location.line)
        }
        #expect(line("profile.reachable", "folio.yaml") == [5, 6])
        #expect(line("profile.target-role", "folio.yaml") == [8])
        #expect(line("skill.version", "skills.yaml") == [3])
        #expect(line("skill.depth", "skills.yaml") == [4])
        #expect(line("project.collaboration", "projects/sensor.md") == [3])
        #expect(line("project.own-work", "projects/sensor.md") == [4])
        #expect(line("project.data", "projects/sensor.md") == [8])
        #expect(line("project.impact", "projects/sensor.md") == [10])
    }

    /// The init scaffold's empty `name: ""` is one error, and the rest of folio.yaml is still checked
    /// (new-user trial: it hid "no email" and "no target role", and the readiness score fell when the
    /// user filled the name in).
    @Test func anEmptyNameHidesNothing() throws {
        var files = SampleFiles.workspace
        files["folio.yaml"] = """
            name: ""
            lang: ko
            contact:
              email: ""
            target:
              role: ""
            """
        let workspace = try TemporaryWorkspace(files).load()
        let findings = Checker(today: YearMonth(year: 2026, month: 11)!).check(workspace)
        let rules = Set(findings.filter { $0.location.file == "folio.yaml" }.map(\.rule))
        #expect(rules.isSuperset(of: ["parse.missing", "profile.reachable", "profile.target-role"]), "\(rules)")
    }
}
