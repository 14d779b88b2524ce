import ArgumentParser
import Foundation
import FolioModel
import FolioCheck
import FolioCommandLine
import FolioMatch
import FolioXLSX
#if canImport(CMalloc)
import CMalloc
#endif

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
        #if os(Linux)
        // glibc hands memory back to the kernel once 128 KB lie free at the top of a heap, and maps
        // every allocation of 128 KB or more on its own: `build`'s xlsx thread then faults in
        // zlib's 256 KB of state again for each of the workbook's 15 parts. folio lives for tens
        // of milliseconds: keeping what it frees saved 270 of its 1,950 page faults a build.
        _ = mallopt(M_TRIM_THRESHOLD, 64 << 20)
        _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
        #endif
        // What these commands read whatever their options — the skill catalog, the role profiles,
        // for check the fonts' coverage, for build the skill extractor, libxlsxwriter and the default templates —
        // is read on other threads while the arguments are parsed and the workspace is read; for
        // check and build the workspace named on the command line too (`WorkspacePreload`).
        CommandMain.run(Self.self) {
            switch CommandLine.arguments.dropFirst().first {
            case "check":
                WorkspacePreload.start(CommandLine.arguments)
                Checker.warmUp()
            case "build":
                WorkspacePreload.start(CommandLine.arguments)
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
