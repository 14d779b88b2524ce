import ArgumentParser
import Foundation
import FolioCommandLine
import FolioModel
import FolioCheck

/// What `folio explain` prints: the terminal text, or the Markdown document of the rule table.
enum ExplainFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a rule: the advice behind it, why it matters, and a good and a bad example.")

    @Argument(help: "A rule id such as story.alternatives. Without one, lists every rule.")
    var rule: String?

    @Option(help: "Language: ko or en.")
    var lang: String = "ko"

    @Option(help: "Output format: text, or markdown for the whole table as a document (docs/rules.md is written with `folio explain --format markdown`).")
    var format: ExplainFormat = .text

    func run() throws {
        guard let language = Language(userValue: lang) else { throw Misuse.badLanguage(lang) }
        if format == .markdown {
            guard rule == nil else {
                throw Misuse.error(LocalizedText(
                    ko: "--format markdown은 규칙 표 전체를 씁니다. 규칙 id를 빼세요.",
                    en: "--format markdown prints the whole table; leave out the rule id."), lang: lang)
            }
            FileHandle.standardOutput.write(Data(Explanation.markdown().utf8))
            return
        }
        guard let id = rule else {
            Console.out(Explanation.table(language: language))
            return
        }
        guard let found = RuleRegistry.rule(id) else {
            if case .failure(let error) = RuleRegistry.select([id]) { throw error.exit(language) }
            throw ExitCode(2)
        }
        Console.out(Explanation.details(found.description, language: language))
    }
}
