import Foundation
import Testing
import FolioCheck
import FolioModel
import FolioTestSupport

/// `check.disable`, `check.severity`, `<!-- folio-disable -->`, `--rule` and `--strict`.
@Suite("Checker settings")
struct CheckerSettingsTests {
    static let checker = Checker(today: YearMonth(year: 2025, month: 6)!)

    /// The base workspace with an impact line without a number and a skill without a version.
    static func files(profileSuffix: String = "", projectPrefix: String = "") -> [String: String] {
        var files = RuleExample.baseFiles
        files["folio.yaml"] = RuleExample.baseProfile + profileSuffix
        files["skills.yaml"] = RuleExample.baseSkills.replacingOccurrences(of: "  version: \"3.5\"\n", with: "")
        files["projects/orders-batch.md"] = RuleExample.baseProject
            .replacingOccurrences(of: "  - 일별 매출 집계 30분 → 2분", with: "  - 매출 집계 자동화") + projectPrefix
        return files
    }

    static func rules(_ findings: [Finding]) -> [String] { findings.map(\.rule).sorted() }

    @Test("without settings, the problems are reported with default severities")
    func defaults() throws {
        let findings = Self.checker.check(try TemporaryWorkspace(Self.files()).load())
        #expect(Self.rules(findings) == ["project.impact", "skill.version"])
        #expect(findings.allSatisfy { $0.severity == .warning })
        let summary = CheckSummary(findings: findings, workspace: try TemporaryWorkspace(Self.files()).load())
        #expect(summary.exitCode(strict: false) == 0)
        #expect(summary.exitCode(strict: true) == 1)
    }

    @Test("check.disable turns a rule off; check.severity changes its severity")
    func folioYAMLSettings() throws {
        let settings = "check:\n  disable: [project.impact]\n  severity: { skill.version: error }\n"
        let workspace = try TemporaryWorkspace(Self.files(profileSuffix: settings)).load()
        let findings = Self.checker.check(workspace)
        #expect(Self.rules(findings) == ["skill.version"])
        #expect(findings.first?.severity == .error)
        #expect(CheckSummary(findings: findings, workspace: workspace).exitCode(strict: false) == 1)
    }

    @Test("an unknown rule id in check settings is a warning with the nearest id")
    func unknownSettingsID() throws {
        let workspace = try TemporaryWorkspace(Self.files(profileSuffix: "check:\n  disable: [project.stroy]\n")).load()
        let finding = try #require(Self.checker.check(workspace).first { $0.rule == "config.unknown-rule" })
        #expect(finding.message.en.contains("project.story"))
        #expect(finding.location.file == "folio.yaml")
    }

    @Test("<!-- folio-disable rule.id --> in a Markdown file turns the rule off for that file")
    func inlineDisable() throws {
        let workspace = try TemporaryWorkspace(Self.files(projectPrefix: "\n<!-- folio-disable project.impact -->\n")).load()
        #expect(Self.rules(Self.checker.check(workspace)) == ["skill.version"])
    }

    @Test("--rule runs only the named rules; an unknown id names the nearest")
    func onlyRules() throws {
        let workspace = try TemporaryWorkspace(Self.files()).load()
        #expect(Self.rules(Self.checker.check(workspace, only: ["skill.version"])) == ["skill.version"])
        guard case .failure(let error) = RuleRegistry.select(["skill.verson"]) else {
            Issue.record("an unknown rule id was accepted")
            return
        }
        #expect(error.message().contains("skill.version"))
        guard case .success(let ids) = RuleRegistry.select(["story.project", "text.length"]) else {
            Issue.record("known rule ids were refused")
            return
        }
        #expect(ids == ["story.project", "text.length"])
    }

    @Test("readiness: 100 when clean, lower per finding, per project and overall")
    func readiness() throws {
        let clean = try TemporaryWorkspace(RuleExample.baseFiles).load()
        let cleanSummary = CheckSummary(findings: Self.checker.check(clean), workspace: clean)
        #expect(cleanSummary.score == 100)
        #expect(cleanSummary.projects.map(\.score) == [100])

        let workspace = try TemporaryWorkspace(Self.files()).load()
        let summary = CheckSummary(findings: Self.checker.check(workspace), workspace: workspace)
        // One warning in skills.yaml: profile 95. The project's impact lost its number: credit 100 − 25 + 10
        // (unmeasured impact) = 85, and one warning: 0.6 × 85 + 0.4 × 95 = 89. Overall (95 + 89) / 2 = 92.
        #expect(summary.profileScore == 100 - Readiness.weights[.warning]!)
        #expect(summary.projects.map(\.score) == [89])
        #expect(summary.score == 92)
    }

    @Test("readiness credits what is there: a measured project outscores a one-line one, and a long story costs nothing")
    func readinessCredits() throws {
        let measured = try TemporaryWorkspace(RuleExample.baseFiles).load()
        var thin = RuleExample.baseFiles
        thin["projects/orders-batch.md"] = "---\ntitle: 주문 집계\nimpact:\n  - 매출 집계 자동화\n---\n주문을 집계했습니다.\n"
        thin["stories/spark-oom.md"] = nil
        let thinWorkspace = try TemporaryWorkspace(thin).load()
        let measuredScore = CheckSummary(findings: Self.checker.check(measured), workspace: measured).projects[0].score
        let thinScore = CheckSummary(findings: Self.checker.check(thinWorkspace), workspace: thinWorkspace).projects[0].score
        #expect(measuredScore == 100)
        #expect(thinScore < 50, "a one-line project scored \(thinScore)")

        // The same vague word on twenty lines of a story is one finding's worth, not twenty.
        var long = RuleExample.baseFiles
        long["stories/spark-oom.md"] = RuleExample.baseStory.replacingOccurrences(
            of: "## 배운 점", with: String(repeating: "데이터를 효율적으로 처리했습니다.\n\n", count: 20) + "## 배운 점")
        let longWorkspace = try TemporaryWorkspace(long).load()
        let longFindings = Self.checker.check(longWorkspace)
        #expect(longFindings.filter { $0.rule == "text.vague" }.count == 20)
        let longScore = CheckSummary(findings: longFindings, workspace: longWorkspace).projects[0].score
        #expect(longScore == Int((0.6 * 100 + 0.4 * Double(100 - Readiness.weights[.suggestion]!)).rounded()))
    }
}
