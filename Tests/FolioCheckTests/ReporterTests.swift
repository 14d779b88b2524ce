import Foundation
import Testing
@testable import FolioCheck
import FolioModel
import FolioTestSupport

/// What each report format prints for the needs-work example.
@Suite("Reporters")
struct ReporterTests {
    static func needsWork() throws -> (Workspace, [Finding], CheckSummary) {
        let workspace = try WorkspaceLoader.load(at: RepositoryPaths.example("needs-work"))
        let findings = Checker(today: YearMonth(year: 2025, month: 6)!).check(workspace)
        return (workspace, findings, CheckSummary(findings: findings, workspace: workspace))
    }

    @Test("text: path:line:col: severity: message [rule], grouped by file, counts and readiness last")
    func text() throws {
        let (_, findings, summary) = try Self.needsWork()
        let report = TextReporter(language: .en, color: false).report(findings, summary: summary)
        let lines = report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains { $0.hasPrefix("skills.yaml:27:3: warning: Docker: no `version`.") && $0.hasSuffix("[skill.version]") })
        #expect(lines.contains("8 errors, 20 warnings, 9 suggestions in 8 files"))
        #expect(lines.last?.hasPrefix("Readiness \(summary.score)/100") == true)
        #expect(!report.contains("\u{1B}["))
        // Grouped: once a file's findings end, that file does not appear again.
        let files = lines.compactMap { $0.split(separator: ":").first.map(String.init) }.filter { $0.contains(".") && !$0.contains(" ") }
        var seen: [String] = []
        for file in files where seen.last != file {
            #expect(!seen.contains(file), "\(file) appears in two groups")
            seen.append(file)
        }
        let colored = TextReporter(language: .ko, color: true).report(findings, summary: summary)
        #expect(colored.contains("\u{1B}[31merror\u{1B}[0m"))
        #expect(colored.contains("오류 8개, 경고 20개, 제안 9개 (파일 8개)"))
    }

    /// `folio check --rule skill.version` runs one rule: a readiness score from it would be meaningless.
    @Test("text: no readiness score when only some rules ran")
    func partialRun() throws {
        let workspace = try WorkspaceLoader.load(at: RepositoryPaths.example("needs-work"))
        let findings = Checker(today: YearMonth(year: 2025, month: 6)!).check(workspace, only: ["skill.version"])
        var summary = CheckSummary(findings: findings, workspace: workspace)
        summary.partial = true
        let english = TextReporter(language: .en, color: false).report(findings, summary: summary)
        #expect(!english.contains("Readiness \(summary.score)/100"))
        #expect(english.contains("run without `--rule`"))
        #expect(!TextReporter(language: .ko, color: false).report(findings, summary: summary).contains("준비도 "))
    }

    @Test("json: findings with workspace-relative files and help, and a summary with the score")
    func json() throws {
        let (_, findings, summary) = try Self.needsWork()
        let report = JSONReporter(language: .en).report(findings, summary: summary)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        let items = try #require(object["findings"] as? [[String: Any]])
        #expect(items.count == findings.count)
        let first = try #require(items.first)
        #expect(Set(first.keys) == ["file", "line", "column", "severity", "rule", "message", "help"])
        #expect(items.allSatisfy { ($0["file"] as? String).map { !$0.hasPrefix("/") } ?? false })
        #expect(items.contains { $0["file"] as? String == "stories/order-query-timeout.md" && $0["line"] as? Int == 3 && $0["rule"] as? String == "story.project" })
        let totals = try #require(object["summary"] as? [String: Any])
        #expect(totals["errors"] as? Int == 8)
        #expect(totals["score"] as? Int == summary.score)
        let projects = try #require(totals["projects"] as? [[String: Any]])
        #expect(projects.map { $0["id"] as? String } == ["fandom-dashboard", "shop-orders-batch"])
        // Sorted keys: the output is stable across runs.
        #expect(report.range(of: "\"column\"")!.lowerBound < report.range(of: "\"file\"")!.lowerBound)
    }

    @Test("github: one workflow command per finding, paths under the workspace folder, data escaped")
    func github() throws {
        let (_, findings, _) = try Self.needsWork()
        let report = GitHubReporter(language: .en, pathPrefix: "Examples/needs-work").report(findings)
        let lines = report.split(separator: "\n").map(String.init)
        #expect(lines.count == findings.count)
        #expect(lines.contains { $0.hasPrefix("::error file=Examples/needs-work/stories/order-query-timeout.md,line=3,col=10,title=story.project::") })
        #expect(lines.contains { $0.hasPrefix("::notice file=Examples/needs-work/skills.yaml,line=21,col=9,title=skill.unknown::") })
        #expect(lines.allSatisfy { !$0.dropFirst(2).contains("\n") })
        #expect(GitHubReporter.escapeData("50%\nnext") == "50%25%0Anext")
        #expect(GitHubReporter.escapeProperty("a,b:c") == "a%2Cb%3Ac")
    }

    @Test("explain: the table lists every rule; a rule shows its seed passage and a good and a bad example")
    func explain() throws {
        let table = Explanation.table(language: .en)
        for id in RuleRegistry.ids { #expect(table.contains(id)) }
        let rule = try #require(RuleRegistry.rule("skill.version"))
        let details = Explanation.details(rule.description, language: .ko)
        #expect(details.contains("버전, 어느정도 설정까지 해봤는지에 대해 설명할 수 있어야 한다"))
        // Cited by number and what the document is, not by a file name the user does not have.
        #expect(details.contains("채용 조언 002 (기술 스택·포트폴리오·면접에 관한 구직자의 정리)"))
        #expect(!details.contains(".txt"))
        #expect(details.contains("좋은 예") && details.contains("나쁜 예"))
    }
}
