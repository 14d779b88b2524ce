import ArgumentParser
import Foundation
import FolioModel
import FolioCheck
import FolioCommandLine

/// `folio`: check a portfolio workspace against data engineers' hiring advice, and build it.
@main
struct Folio: ParsableCommand {
    static let version = Installation.version

    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Check and build a one-page portfolio for data jobs, from plain-text files.",
        discussion: """
            A workspace is a folder with folio.yaml, skills.yaml, projects/*.md and stories/*.md. \
            Start one with `folio init`, then run `folio check` until it is clean and `folio build`. \
            Exit codes: 0 no errors, 1 errors found (or warnings with --strict), 2 the workspace \
            could not be read or the command was misused.
            """,
        version: version,
        subcommands: [
            InitCommand.self, CheckCommand.self, BuildCommand.self, ExplainCommand.self,
            MatchCommand.self, InterviewCommand.self, EssayCommand.self, ImportCommand.self, ServeCommand.self, ExportCommand.self,
        ]
    )

    static func main() {
        do {
            var command = try parseAsRoot()
            try Installation.requireResources()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            // Misuse exits 2, as RULES.md says (the parser's own default is 64).
            if code == .validationFailure {
                // The parser's own messages (unknown option, missing argument) are English; say in
                // Korean what happened too, unless `--lang en` was given. folio's own misuse
                // errors (`Misuse`) are in the run's language already.
                let message = fullMessage(for: error)
                if !Misuse.isRaised(in: message), lang(in: CommandLine.arguments) != .en {
                    Console.error("error: 명령줄을 읽지 못했습니다. 아래 메시지의 옵션이나 인수를 고치고, 쓰는 법은 --help로 확인하세요.")
                }
                Console.error(message)
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

extension Folio {
    /// The language `--lang X` (or `--lang=X`) names among raw arguments, for messages printed
    /// when the arguments could not be parsed.
    static func lang(in arguments: [String]) -> Language? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { return Language(userValue: arguments[index + 1]) }
            if argument.hasPrefix("--lang=") { return Language(userValue: String(argument.dropFirst(7))) }
        }
        return nil
    }

    /// The `folio check` a message tells the user to run next (`WorkspaceSelection.checkCommand`).
    static func checkCommand(_ directory: String) -> String { WorkspaceSelection.checkCommand(directory) }
}
