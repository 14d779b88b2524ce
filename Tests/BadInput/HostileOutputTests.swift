import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZIPFoundation
import FolioModel
import FolioCheck
@testable import FolioRender
import FolioMatch
import FolioXLSX
import FolioTestSupport

/// Every hostile string in every field, into every output: nothing leaks.
@Suite("hostile text stays inert")
struct HostileOutputTests {
    static let harmless = "Harmless text"

    /// Every output of one workspace, as text (the xlsx as its formulas and its XML parts).
    struct Outputs {
        var files: [String: String] = [:]
        var formulas: [String] = []
        var xlsxPartsParse = true
        /// Every XML part of the xlsx, as text.
        var xlsxParts: [String] = []
        var findings: [Finding] = []
        var checkText = ""
        var checkJSON = ""
        var github = ""
        var matchText = ""
        var matchJSON = ""
    }

    static func outputs(_ files: [String: String]) throws -> Outputs {
        let folder = try TemporaryWorkspace(files)
        let workspace = try folder.load()
        let out = folder.root.appendingPathComponent("Output")
        var result = Outputs()
        let today = YearMonth(year: 2025, month: 6)!
        // Portfolio: md, html, full md, full html, xlsx.
        var build = PortfolioBuild(options: PortfolioOptions(full: true), templates: TemplateSet(locator: TemplateLocator()))
        let matrix = SkillMatrix(workspace: workspace, today: today, language: workspace.language)
        build.extras = [PortfolioBuild.ExtraOutput(fileName: "skills.xlsx", write: matrix.write(to:))]
        _ = try build.run(workspace, into: out)
        // Interview sheet: md and html.
        _ = try InterviewRenderer().write(InterviewSheet.build(workspace, today: today), to: out)
        for name in ["portfolio.md", "portfolio.html", "portfolio-full.md", "portfolio-full.html", "interview.md", "interview.html"] {
            result.files[name] = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
        }
        let archive = try Archive(url: out.appendingPathComponent("skills.xlsx"), accessMode: .read)
        for entry in archive where entry.path.hasSuffix(".xml") {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            let xml = String(decoding: data, as: UTF8.self)
            result.xlsxParts.append(xml)
            result.formulas += xml.matches(of: /<f>([^<]*)<\/f>/).map { String($0.output.1) }
            if !XMLParser(data: data).parse() { result.xlsxPartsParse = false }
        }
        // Reports.
        let findings = Checker(today: today).check(workspace)
        result.findings = findings
        let summary = CheckSummary(findings: findings, workspace: workspace)
        result.checkText = TextReporter(language: .en, color: false).report(findings, summary: summary)
        result.checkJSON = JSONReporter(language: .en).report(findings, summary: summary)
        result.github = GitHubReporter(language: .en).report(findings)
        let postingText = try String(contentsOf: folder.root.appendingPathComponent("postings/hostile.txt"), encoding: .utf8)
        let match = PostingMatcher.match(Posting.parse(text: postingText, file: "postings/hostile.txt"), workspace, today: today)
        result.matchText = MatchTextReporter(language: .en).report(match)
        result.matchJSON = String(decoding: try JSONEncoder().encode(match), as: UTF8.self)
        return result
    }

    static let baseline = Result { try outputs(HostileStrings.workspace(harmless)) }

    @Test func theCorpusIsLargeEnough() {
        #expect(HostileStrings.all.count >= 200, "\(HostileStrings.all.count) strings")
    }

    @Test("a hostile string in every field", arguments: HostileStrings.all)
    func nothingLeaks(_ text: String) throws {
        let base = try Self.baseline.get()
        let got = try Self.outputs(HostileStrings.workspace(text))
        var leaks: [String] = []
        for name in ["portfolio.md", "portfolio-full.md", "interview.md"] {
            leaks += LeakDetector.markdown(got.files[name] ?? "", baseline: base.files[name] ?? "").map { "\(name): \($0)" }
        }
        for name in ["portfolio.html", "portfolio-full.html", "interview.html"] {
            leaks += LeakDetector.html(got.files[name] ?? "", baseline: base.files[name] ?? "").map { "\(name): \($0)" }
        }
        // xlsx: the same formulas as for harmless text (folio's totals), every XML part well-formed.
        if got.formulas.sorted() != base.formulas.sorted() { leaks.append("skills.xlsx: formulas \(Set(got.formulas).subtracting(base.formulas))") }
        if !got.xlsxPartsParse { leaks.append("skills.xlsx: an XML part does not parse") }
        // JSON reports parse and carry every finding.
        let json = try? JSONSerialization.jsonObject(with: Data(got.checkJSON.utf8)) as? [String: Any]
        if (json?["findings"] as? [Any])?.count != got.findings.count { leaks.append("check --format json: not one item per finding") }
        if (try? JSONSerialization.jsonObject(with: Data(got.matchJSON.utf8))) == nil { leaks.append("match --format json does not parse") }
        // Terminal text: no control character, and exactly one finding line per finding.
        for (name, text) in [("check", got.checkText), ("match", got.matchText), ("github", got.github)] {
            leaks += LeakDetector.terminal(TerminalText.lines(text)).map { "\(name): \($0)" }
        }
        let findingLines = got.checkText.split(separator: "\n").filter { $0.contains(#/^\S.*:\d+:\d+: (error|warning|suggestion): /#) }
        if findingLines.count != got.findings.count { leaks.append("check: \(findingLines.count) finding lines for \(got.findings.count) findings") }
        let githubLines = got.github.split(separator: "\n").filter { $0.hasPrefix("::") }
        if githubLines.count != got.findings.count { leaks.append("github: \(githubLines.count) commands for \(got.findings.count) findings") }
        #expect(leaks.isEmpty, "\(text.debugDescription): \(leaks)")
    }
}
