import Foundation
import Testing
import FolioCheck
import FolioModel
import FolioTestSupport

/// A finding points at the line a user must edit, whatever the file's encoding details.
@Suite("Finding locations")
struct LocationTests {
    static let checker = Checker(today: YearMonth(year: 2025, month: 6)!)

    /// needs-work with every file rewritten with a UTF-8 BOM and CRLF line endings.
    static func needsWorkWithBOMAndCRLF() throws -> Workspace {
        let root = RepositoryPaths.example("needs-work")
        let temporary = try TemporaryWorkspace([:])
        let paths = ["folio.yaml", "skills.yaml", "projects/fandom-dashboard.md", "projects/shop-orders-batch.md",
                     "stories/crawler-blocked.md", "stories/dashboard-slow.md", "stories/order-query-timeout.md",
                     "essays/bada-commerce.md", "postings/haneul-pay.txt"]
        for path in paths {
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
            try temporary.write(path, Data([0xEF, 0xBB, 0xBF]) + Data(crlf.utf8))
        }
        let workspace = try temporary.load()
        withExtendedLifetime(temporary) {}
        return workspace
    }

    @Test("a BOM and CRLF line endings leave every finding's line and column unchanged")
    func bomAndCRLF() throws {
        let plain = Self.checker.check(try WorkspaceLoader.load(at: RepositoryPaths.example("needs-work")))
        let converted = Self.checker.check(try Self.needsWorkWithBOMAndCRLF())
        #expect(converted.map(\.location) == plain.map(\.location))
        #expect(converted.map(\.rule) == plain.map(\.rule))
        // Spot checks a user would see: the value on line 8, column 11 of folio.yaml; the heading on line 26.
        #expect(converted.contains { $0.rule == "profile.reachable" && $0.location == SourceLocation(file: "folio.yaml", line: 8, column: 11) })
        #expect(converted.contains { $0.rule == "story.measured" && $0.location == SourceLocation(file: "stories/dashboard-slow.md", line: 26, column: 4) })
        // An essay's limit is crossed at the same character whatever the line endings.
        #expect(converted.contains { $0.rule == "essay.limit" && $0.location == SourceLocation(file: "essays/bada-commerce.md", line: 14, column: 35) })
    }

    @Test("a missing key is reported at its parent key; a missing top-level key at line 1")
    func missingKeys() throws {
        var files = RuleExample.baseFiles
        files["folio.yaml"] = RuleExample.baseProfile
            .replacingOccurrences(of: "  email: kim@example.com\n", with: "")
            .replacingOccurrences(of: "strengths:\n  base: 분산 처리 (Apache Spark)\n  alpha: 데이터 품질 검증\n", with: "")
        let findings = Self.checker.check(try TemporaryWorkspace(files).load())
        #expect(findings.first { $0.rule == "profile.reachable" }?.location == SourceLocation(file: "folio.yaml", line: 4))
        #expect(findings.first { $0.rule == "profile.strengths" }?.location == SourceLocation(file: "folio.yaml", line: 1))
    }

    @Test("a vague phrase is located at its column, after a list marker and indentation")
    func phraseColumn() throws {
        var files = RuleExample.baseFiles
        files["projects/orders-batch.md"] = RuleExample.baseProject
            .replacingOccurrences(of: "## 나의 역할", with: "## 나의 역할\n\n  - 팀에서 대용량 로그를 맡았습니다")
        let findings = Self.checker.check(try TemporaryWorkspace(files).load()).filter { $0.rule == "text.vague" }
        // Line 21 is `  - 팀에서 대용량 …`: two spaces, `- `, `팀에서 ` → 대용량 starts at column 9.
        #expect(findings.map(\.location) == [SourceLocation(file: "projects/orders-batch.md", line: 21, column: 9)])
    }
}
