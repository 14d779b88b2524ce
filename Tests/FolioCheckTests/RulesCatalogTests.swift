import Foundation
import Testing
import FolioCheck
import FolioModel
import FolioTestSupport

/// `docs/rules.md` is the rule table users read, generated from the registry; the design
/// catalog (`../shared/design/RULES.md`, beside the repository in CI) must agree with it too.
@Suite("rule table")
struct RulesCatalogTests {
    static let generated = RepositoryPaths.root.appendingPathComponent("docs/rules.md")
    static let design = RepositoryPaths.shared.appendingPathComponent("design/RULES.md")
    static let skipDesign = "needs ../shared/design/RULES.md beside the repository (CI has it); docs/rules.md is checked without it"

    /// The ids in the first column of a Markdown rule table.
    static func documentedIDs(_ url: URL) throws -> [String] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard line.hasPrefix("|"), let id = cells.first, id.contains("."), !id.contains(" "),
                  id.allSatisfy({ $0.isLowercase || $0 == "." || $0 == "-" }) else { return nil }
            return id
        }
    }

    @Test("docs/rules.md is what `folio explain --format markdown` prints")
    func generatedDocumentIsCurrent() throws {
        let text = try String(contentsOf: Self.generated, encoding: .utf8)
        #expect(text == Explanation.markdown(), "docs/rules.md is out of date: run `swift run folio explain --format markdown > docs/rules.md`")
        let documented = try Self.documentedIDs(Self.generated)
        #expect(documented == RuleRegistry.ids)
        #expect(documented.count >= 25)
    }

    @Test("every rule in RULES.md's table is in the registry", .enabled(if: RepositoryPaths.hasShared("design/RULES.md"), Comment(rawValue: skipDesign)))
    func everyDocumentedRuleExists() throws {
        let documented = try Self.documentedIDs(Self.design)
        #expect(documented.count >= 25, "read \(documented.count) ids from RULES.md")
        for id in documented {
            #expect(RuleRegistry.rule(id) != nil, "RULES.md lists \(id) but no rule has that id")
        }
        // RULES.md was the first catalog and cannot be edited here; rules added since (the work
        // history's `experience.*`, `award.metric`, `profile.target-level`) are in docs/rules.md,
        // which the test above keeps equal to the registry.
    }

    @Test("default severities match RULES.md", .enabled(if: RepositoryPaths.hasShared("design/RULES.md"), Comment(rawValue: skipDesign)))
    func severities() throws {
        let text = try String(contentsOf: Self.design, encoding: .utf8)
        for line in text.split(separator: "\n") where line.hasPrefix("| ") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2, let rule = RuleRegistry.rule(cells[0]) else { continue }
            #expect(rule.description.severity.rawValue == cells[1], "\(cells[0])")
        }
    }

    @Test("rule ids are unique")
    func uniqueIDs() {
        #expect(Set(RuleRegistry.ids).count == RuleRegistry.ids.count)
    }
}
