import Foundation
import Testing
import FolioCheck
import FolioModel
import FolioTestSupport

/// RULES.md is the catalog users read; every rule in its table must exist in the registry.
@Suite("RULES.md")
struct RulesCatalogTests {
    /// The ids in the first column of RULES.md's rule table.
    static func documentedIDs() throws -> [String] {
        let url = RepositoryPaths.shared.appendingPathComponent("design/RULES.md")
        guard FileManager.default.fileExists(atPath: url.path) else {
            Issue.record("RULES.md not found at \(url.path): the shared design folder must sit beside the repository")
            return []
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard line.hasPrefix("|"), let id = cells.first, id.contains("."), !id.contains(" "),
                  id.allSatisfy({ $0.isLowercase || $0 == "." || $0 == "-" }) else { return nil }
            return id
        }
    }

    @Test("every rule in RULES.md's table is in the registry")
    func everyDocumentedRuleExists() throws {
        let documented = try Self.documentedIDs()
        #expect(documented.count >= 25, "read \(documented.count) ids from RULES.md")
        for id in documented {
            #expect(RuleRegistry.rule(id) != nil, "RULES.md lists \(id) but no rule has that id")
        }
        // Rules added after the first catalog (issue 12); `folio explain` documents them.
        let addedSince: Set<String> = ["portfolio.glyphs"]
        for id in RuleRegistry.ids where !addedSince.contains(id) {
            #expect(documented.contains(id), "\(id) is registered but not in RULES.md")
        }
    }

    @Test("default severities match RULES.md")
    func severities() throws {
        let url = RepositoryPaths.shared.appendingPathComponent("design/RULES.md")
        let text = try String(contentsOf: url, encoding: .utf8)
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
