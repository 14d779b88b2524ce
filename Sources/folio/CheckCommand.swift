import ArgumentParser
import Foundation
import FolioModel
import FolioCheck

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a workspace against the hiring advice, file:line by file:line.",
        discussion: "Exit code 1 when there are errors (or warnings with --strict). `folio explain RULE` says why a rule exists.")

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let loaded = try workspace.load()
        let language = try workspace.language(default: loaded.language)
        let findings = Checker(today: .of(Date())).check(loaded)
        let report = TextReporter(language: language, color: Console.useColor).report(findings, fileCount: loaded.files.count)
        Console.out(report)
        if findings.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
