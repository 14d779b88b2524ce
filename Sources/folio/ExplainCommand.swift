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
        Console.error("folio explain: not wired in yet.")
        throw ExitCode(2)
    }
}
