import Foundation
import Testing
import FolioModel
import FolioCheck
import FolioTestSupport

/// `folio check` against a senior reviewer: the annotated workspaces of `Tests/Fidelity/`, whose
/// annotations were written before folio was run on them. Recall over all expectations must be at
/// least 95 %, no rule under 80 %, and no spot marked clean may draw an error or warning of its rule.
/// `Benchmarks/fidelity.sh` prints the same table.
@Suite("Fidelity against annotated workspaces") struct FidelityTests {
    static let folder = RepositoryPaths.root.appendingPathComponent("Tests/Fidelity")
    /// The reviewer's "now": the annotations were written in December 2026.
    static let today = YearMonth(year: 2026, month: 12)!

    /// Workspaces written blind after the rules were tuned on `Tests/Fidelity`, and never tuned against.
    static let heldOut = RepositoryPaths.root.appendingPathComponent("Tests/FidelityHeldOut")

    static func measure(_ folder: URL = folder) throws -> (score: FidelityScore, workspaces: Int) {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0)/ANNOTATIONS.txt").path) }
            .sorted()
        let ruleIDs = Set(RuleRegistry.all.map { type(of: $0).description.id })
        var score = FidelityScore()
        for name in names {
            let root = folder.appendingPathComponent(name)
            let text = try String(contentsOf: root.appendingPathComponent("ANNOTATIONS.txt"), encoding: .utf8)
            let annotations = try FidelityAnnotation.parse(text, name: "\(name)/ANNOTATIONS.txt")
            let workspace = try WorkspaceLoader.load(at: root)
            let findings = Checker(today: today).check(workspace)
            score.add(findings: findings, annotations: annotations, ruleIDs: ruleIDs, workspace: name)
        }
        return (score, names.count)
    }

    @Test("recall ≥ 95 %, every rule ≥ 80 %, no error or warning on a clean spot")
    func fidelity() throws {
        let (score, count) = try Self.measure()
        print("Fidelity over \(count) annotated workspaces\n\(score.table)")
        // `FOLIO_FIDELITY_DETAIL=path` writes every miss, clean-spot violation and unexpected finding there.
        if let path = ProcessInfo.processInfo.environment["FOLIO_FIDELITY_DETAIL"] {
            let detail = ["Missed:"] + score.misses + ["", "Clean spots flagged:"] + score.violations + ["", "Unexpected:"] + score.unexpected
            try detail.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(count >= 8)
        #expect(score.recall >= 0.95, "recall \(score.recall); missed:\n\(score.misses.joined(separator: "\n"))")
        for (rule, rule_score) in score.rules where rule_score.expected >= 3 {
            #expect(rule_score.recall >= 0.8, "\(rule): recall \(rule_score.recall)")
        }
        #expect(score.violations.isEmpty, "clean spots flagged:\n\(score.violations.joined(separator: "\n"))")
    }

    @Test("held out: recall ≥ 90 %, no error or warning on a clean spot")
    func heldOutFidelity() throws {
        let (score, count) = try Self.measure(Self.heldOut)
        print("Held-out fidelity over \(count) annotated workspaces\n\(score.table)")
        if let path = ProcessInfo.processInfo.environment["FOLIO_FIDELITY_DETAIL"] {
            let detail = ["Missed:"] + score.misses + ["", "Clean spots flagged:"] + score.violations + ["", "Unexpected:"] + score.unexpected
            try detail.joined(separator: "\n").write(toFile: path + ".heldout", atomically: true, encoding: .utf8)
        }
        #expect(count >= 4)
        #expect(score.recall >= 0.9, "recall \(score.recall); missed:\n\(score.misses.joined(separator: "\n"))")
        #expect(score.violations.isEmpty, "clean spots flagged:\n\(score.violations.joined(separator: "\n"))")
    }

    @Test("every annotation names a rule folio has, a file of its workspace and a line inside it")
    func annotationsAreWellFormed() throws {
        let ruleIDs = Set(RuleRegistry.all.map { type(of: $0).description.id })
        for (folder, name) in try [Self.folder, Self.heldOut].flatMap({ folder in
            try FileManager.default.contentsOfDirectory(atPath: folder.path).map { (folder, $0) }
        }) {
            let root = folder.appendingPathComponent(name)
            guard let text = try? String(contentsOf: root.appendingPathComponent("ANNOTATIONS.txt"), encoding: .utf8) else { continue }
            for annotation in try FidelityAnnotation.parse(text, name: name) {
                #expect(ruleIDs.contains(annotation.rule), "\(annotation.source): unknown rule \(annotation.rule)")
                let file = root.appendingPathComponent(annotation.file)
                let lines = (try? String(contentsOf: file, encoding: .utf8))?.split(separator: "\n", omittingEmptySubsequences: false).count
                #expect(lines != nil, "\(annotation.source): no file \(annotation.file)")
                if let lines, let range = annotation.lines { #expect(range.upperBound <= lines, "\(annotation.source): past the end") }
            }
        }
    }
}
