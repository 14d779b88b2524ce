import Foundation
import Testing
import FolioCheck
import FolioModel
import FolioTestSupport

/// Every rule's own examples, run as tests: the catalog documents itself and cannot drift.
@Suite("Rule examples")
struct RuleExampleTests {
    static let today = YearMonth(year: 2025, month: 6)!

    /// The findings of one rule over an example's files, after checking the files parse cleanly.
    static func findings(of id: String, in files: [String: String], label: String) throws -> [Finding] {
        let rule = try #require(RuleRegistry.rule(id))
        let temporary = try TemporaryWorkspace(files)
        let workspace = try temporary.load()
        #expect(workspace.diagnostics.isEmpty, "\(label): the example does not parse cleanly: \(workspace.diagnostics.map { "\($0.location) \($0.message.en)" })")
        return Checker(rules: [rule], today: today).check(workspace, only: [id])
    }

    @Test("triggering examples produce a finding at every ↓ and nowhere else", arguments: RuleRegistry.ids)
    func triggering(id: String) throws {
        let description = try #require(RuleRegistry.rule(id)).description
        #expect(!description.triggering.isEmpty, "\(id) has no triggering example")
        for (number, example) in description.triggering.enumerated() {
            let label = "\(id) triggering example \(number + 1)"
            #expect(example.unappliedEdits.isEmpty, "\(label): edits not applied: \(example.unappliedEdits)")
            let (files, markers) = example.materialized()
            #expect(!markers.isEmpty, "\(label) has no ↓ marker")
            let findings = try Self.findings(of: id, in: files, label: label)
            #expect(findings.map(\.location) == markers, "\(label): \(findings.map { "\($0.location) \($0.message.en)" })")
            #expect(findings.allSatisfy { $0.rule == id && !$0.message.ko.isEmpty && !$0.message.en.isEmpty })
        }
    }

    @Test("non-triggering examples produce no finding", arguments: RuleRegistry.ids)
    func nonTriggering(id: String) throws {
        let description = try #require(RuleRegistry.rule(id)).description
        #expect(!description.nonTriggering.isEmpty, "\(id) has no non-triggering example")
        for (number, example) in description.nonTriggering.enumerated() {
            let label = "\(id) non-triggering example \(number + 1)"
            #expect(example.unappliedEdits.isEmpty, "\(label): edits not applied: \(example.unappliedEdits)")
            let (files, markers) = example.materialized()
            #expect(markers.isEmpty, "\(label) has a ↓ marker")
            let findings = try Self.findings(of: id, in: files, label: label)
            #expect(findings.isEmpty, "\(label): \(findings.map { "\($0.location) \($0.message.en)" })")
        }
    }

    @Test("the base workspace of the examples triggers no rule")
    func baseIsClean() throws {
        let temporary = try TemporaryWorkspace(RuleExample.baseFiles)
        let findings = Checker(today: Self.today).check(try temporary.load())
        #expect(findings.isEmpty, "\(findings.map { "\($0.location) [\($0.rule)] \($0.message.en)" })")
    }

    @Test("every rule has a seed passage or says why it has none, and help in both languages", arguments: RuleRegistry.ids)
    func descriptions(id: String) throws {
        let description = try #require(RuleRegistry.rule(id)).description
        #expect(id.split(separator: ".").count == 2)
        for text in [description.summary, description.rationale, description.help] {
            #expect(!text.ko.isEmpty && !text.en.isEmpty && text.ko != text.en, "\(id): \(text.en)")
        }
        if let seed = description.seed {
            #expect(!seed.passage.isEmpty && seed.passage.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) })
            #expect(seed.files.allSatisfy { $0.hasSuffix(".txt") })
        }
    }
}
