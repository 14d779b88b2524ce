import ArgumentParser
import Foundation
import FolioCommandLine
import FolioModel
import FolioCheck

/// The report formats of `folio check`.
enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, github
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a workspace against the hiring advice, file:line by file:line.",
        discussion: """
            Ends with a readiness score (0–100, per project and overall). \
            Exit code 0 when there are no errors, 1 when there are (or warnings with --strict), \
            2 when the workspace cannot be read or the command is misused. \
            `folio explain RULE` says why a rule exists. Turn rules off in folio.yaml (`check.disable`) \
            or in a Markdown file (`<!-- folio-disable rule.id -->`).
            """)

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: "Report format: text, json or github (workflow annotations).")
    var format: CheckFormat = .text

    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Option(name: .customLong("rule"), help: ArgumentHelp("Run only this rule; repeat for several.", valueName: "id"))
    var rules: [String] = []

    func run() throws {
        // The catalog, the role profiles and the font coverage do not depend on the workspace:
        // read them while it loads.
        Checker.warmUp()
        let explicitLanguage = try workspace.language(default: .ko)
        let loaded = try workspace.load()
        let language = workspace.lang == nil ? loaded.language : explicitLanguage
        var only: Set<String>?
        if !rules.isEmpty {
            switch RuleRegistry.select(rules) {
            case .success(let ids): only = ids
            case .failure(let error): throw error.exit(language)
            }
        }
        let findings = Checker(today: .of(Date())).check(loaded, only: only)
        var summary = CheckSummary(findings: findings, workspace: loaded)
        summary.partial = only != nil
        switch format {
        case .text:
            Console.report(TextReporter(language: language, color: Console.useColor).report(findings, summary: summary))
        case .json:
            Console.json(JSONReporter(language: language).report(findings, summary: summary))
        case .github:
            let report = GitHubReporter(language: language, pathPrefix: pathPrefix).report(findings)
            if !report.isEmpty { Console.out(report) }
        }
        // Exit here rather than return: tearing down a model of thousands of documents takes
        // longer than the OS needs to free it (the output is written unbuffered already).
        Foundation.exit(summary.exitCode(strict: strict))
    }

    /// The workspace folder as given, so annotation paths are relative to where `folio` ran (the repository root in CI).
    var pathPrefix: String {
        var path = workspace.directory
        while path.hasSuffix("/"), path.count > 1 { path.removeLast() }
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path == "." ? "" : path
    }
}
