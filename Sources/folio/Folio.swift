import ArgumentParser
import Foundation
import FolioModel
import FolioCheck
import FolioCommandLine
import FolioMatch
import FolioXLSX

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
        // What these commands read whatever their options — the skill catalog, the role profiles,
        // for check the fonts' coverage, for build the skill extractor, libxlsxwriter and the default templates —
        // is read on other threads while the arguments are parsed and the workspace is read.
        CommandMain.run(Self.self) {
            switch CommandLine.arguments.dropFirst().first {
            case "check": Checker.warmUp()
            case "build":
                BackgroundThread.prestart(2)  // the xlsx and its target comparison
                SkillCatalog.warmUp()
                SkillExtractor.warmUp()
                XLSXLibrary.warmUp()
                BuildCommand.warmUpTemplates(CommandLine.arguments)
            case "match", "interview", "import", "essay": SkillCatalog.warmUp()
            default: break
            }
        }
    }
}

extension Folio {
    /// The `folio check` a message tells the user to run next (`WorkspaceSelection.checkCommand`).
    static func checkCommand(_ directory: String) -> String { WorkspaceSelection.checkCommand(directory) }
}
