import Foundation
import Testing
import FolioCheck
import FolioModel
import FolioTestSupport

/// The example workspaces a user can run: the clean ones stay clean, and needs-work reports
/// exactly what its EXPECTED.md promises, at the lines it names.
@Suite("Example workspaces")
struct ExampleWorkspaceTests {
    static let checker = Checker(today: YearMonth(year: 2025, month: 6)!)

    /// `(rule, file, line)` of every row of EXPECTED.md's findings table.
    static func expectedRows() throws -> [(rule: String, file: String, line: Int)] {
        let url = RepositoryPaths.example("needs-work").appendingPathComponent("EXPECTED.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 6, cells[2].contains("."), !cells[2].contains(" ") else { return nil }
            let place = cells[4].split(separator: ":")
            guard place.count == 2, let number = Int(place[1]) else { return nil }
            return (cells[2], String(place[0]), number)
        }
    }

    @Test("needs-work reports every row of EXPECTED.md at its file and line")
    func needsWorkMatchesExpected() throws {
        let rows = try Self.expectedRows()
        #expect(rows.count >= 20, "EXPECTED.md's table was not read: \(rows.count) rows")
        let findings = Self.checker.check(try WorkspaceLoader.load(at: RepositoryPaths.example("needs-work")))
        for row in rows {
            #expect(findings.contains { $0.rule == row.rule && $0.location.file == row.file && $0.location.line == row.line },
                    "expected \(row.rule) at \(row.file):\(row.line); found \(findings.filter { $0.rule == row.rule }.map(\.location))")
        }
        let found = Set(findings.map { "\($0.rule) \($0.location.file):\($0.location.line)" })
        let expected = Set(rows.map { "\($0.rule) \($0.file):\($0.line)" })
        #expect(found == expected, "unexpected: \(found.subtracting(expected).sorted())")
        let distinctRules = Set(findings.map(\.rule)).filter { RuleRegistry.rule($0) != nil }
        #expect(distinctRules.count >= 15, "\(distinctRules.count) distinct rules: \(distinctRules.sorted())")
    }

    @Test("needs-work's summary counts match EXPECTED.md: 5 errors, 16 warnings, 6 suggestions")
    func needsWorkSummary() throws {
        let workspace = try WorkspaceLoader.load(at: RepositoryPaths.example("needs-work"))
        let summary = CheckSummary(findings: Self.checker.check(workspace), workspace: workspace)
        #expect((summary.errors, summary.warnings, summary.suggestions, summary.files) == (5, 16, 6, 7))
        #expect(summary.exitCode(strict: false) == 1)
        #expect(summary.score < 50)
    }

    @Test("with a target role, needs-work also reports the role-specific rules", arguments: [
        ("skill.core-coverage", ["folio.yaml:11", "skills.yaml:1"]),
        ("project.pipeline", ["projects/fandom-dashboard.md:20"]),
        ("portfolio.certifications", ["folio.yaml:1"]),
    ])
    func needsWorkWithRole(rule: String, places: [String]) throws {
        var files: [String: String] = [:]
        let root = RepositoryPaths.example("needs-work")
        for path in ["folio.yaml", "skills.yaml", "projects/fandom-dashboard.md", "projects/shop-orders-batch.md",
                     "stories/crawler-blocked.md", "stories/dashboard-slow.md", "stories/order-query-timeout.md"] {
            files[path] = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        }
        let profile = try #require(files["folio.yaml"])
        files["folio.yaml"] = profile.replacingOccurrences(of: "  company: startup", with: "  role: data-engineer\n  company: startup")
        let workspace = try TemporaryWorkspace(files).load()
        let findings = Self.checker.check(workspace).filter { $0.rule == rule }
        // The role line is inserted above `company:`, so folio.yaml's later lines move down by one.
        #expect(findings.map { "\($0.location.file):\($0.location.line)" } == places)
    }

    @Test("the clean examples have zero errors and zero warnings", arguments: ["junior-data-engineer-ko", "junior-data-engineer-en"])
    func cleanExamples(name: String) throws {
        let workspace = try WorkspaceLoader.load(at: RepositoryPaths.example(name))
        let findings = Self.checker.check(workspace).filter { $0.severity != .suggestion }
        #expect(findings.isEmpty, "\(findings.map { "\($0.location) [\($0.rule)] \($0.message.en)" })")
        #expect(workspace.projects.count >= 3)
    }
}
