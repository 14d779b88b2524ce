import Foundation
import Testing
import FolioModel
import FolioCheck
import FolioTestSupport

/// `portfolio.one-page` runs its own documented examples: a finding at every `↓`, none elsewhere.
@Suite struct PortfolioOnePageRuleTests {
    /// The example's files without markers, and where the markers were.
    static func strip(_ files: [String: String]) -> ([String: String], Set<FolioModel.SourceLocation>) {
        var clean: [String: String] = [:]
        var markers = Set<FolioModel.SourceLocation>()
        for (path, text) in files {
            var lines: [String] = []
            for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                var output = ""
                var column = 1
                for character in line {
                    if character == RuleExample.marker {
                        markers.insert(FolioModel.SourceLocation(file: path, line: offset + 1, column: column))
                    } else {
                        output.append(character)
                        column += String(character).unicodeScalars.count
                    }
                }
                lines.append(output)
            }
            clean[path] = lines.joined(separator: "\n")
        }
        return (clean, markers)
    }

    func findings(_ files: [String: String]) throws -> [Finding] {
        let workspace = try TemporaryWorkspace(files).load()
        #expect(workspace.diagnostics.isEmpty, "\(workspace.diagnostics)")
        let checker = Checker(rules: [PortfolioOnePageRule()], today: YearMonth(year: 2025, month: 6)!)
        return checker.check(workspace, only: ["portfolio.one-page"])
    }

    @Test func triggeringExamplesFindEveryMarker() throws {
        let description = PortfolioOnePageRule.description
        #expect(!description.triggering.isEmpty)
        for example in description.triggering {
            let (files, markers) = Self.strip(example.files)
            #expect(!markers.isEmpty)
            let found = try findings(files)
            #expect(Set(found.map { $0.location }) == markers)
            #expect(found.allSatisfy { $0.severity == .warning && $0.rule == "portfolio.one-page" })
            #expect(found.first?.message.ko.contains("Project 3") == true)
        }
    }

    /// Four featured projects, two left out: one finding at the first one's `title:` line, naming
    /// both, the second with its file:line, in both languages.
    @Test func severalItemsLeftOutAreOneFinding() throws {
        let (files, _) = Self.strip(try #require(PortfolioOnePageRule.description.triggering.first).files)
        let found = try findings(files)
        #expect(found.count == 1, "\(found.map(\.message.en))")
        let finding = try #require(found.first)
        #expect(finding.severity == .warning)
        #expect("\(finding.location)" == "projects/p3.md:2:8")
        #expect(finding.message.ko == "한 페이지 포트폴리오에 대표 항목 2개를 싣지 못했습니다 (A4 한 장을 넘습니다): 프로젝트 'Project 3', 프로젝트 'Project 4' (projects/p4.md:2:8).")
        #expect(finding.message.en == "The one-page portfolio leaves out 2 featured items, which do not fit on one A4 page: project 'Project 3', project 'Project 4' (projects/p4.md:2:8).")
    }

    @Test func nonTriggeringExamplesFindNothing() throws {
        for example in PortfolioOnePageRule.description.nonTriggering {
            let (files, markers) = Self.strip(example.files)
            #expect(markers.isEmpty)
            #expect(try findings(files).isEmpty)
        }
    }

    @Test func theExamplesAndNeedsWorkAreQuiet() throws {
        for name in ["junior-data-engineer-ko", "junior-data-engineer-en", "needs-work"] {
            let workspace = try WorkspaceLoader.load(at: RepositoryPaths.example(name))
            let checker = Checker(rules: [PortfolioOnePageRule()], today: YearMonth(year: 2025, month: 6)!)
            #expect(checker.check(workspace, only: ["portfolio.one-page"]).isEmpty, "\(name)")
        }
    }

    @Test func isRegistered() {
        #expect(RuleRegistry.rule("portfolio.one-page") != nil)
    }
}
