import ArgumentParser
import Foundation
import FolioModel
import FolioCheck

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a rule: the advice behind it, why it matters, and a good and a bad example.")

    @Argument(help: "A rule id such as story.alternatives. Without one, lists every rule.")
    var rule: String?

    @Option(help: "Language: ko or en.")
    var lang: String = "ko"

    func run() throws {
        guard let language = Language(userValue: lang) else {
            throw ValidationError("--lang takes ko or en, not '\(lang)'.")
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
