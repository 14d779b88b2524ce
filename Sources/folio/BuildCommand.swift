import ArgumentParser
import Foundation
import FolioModel

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render the one-page portfolio (Markdown, HTML, PDF) and the xlsx skill matrix.")

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        _ = try workspace.load()
        Console.error("folio build: the renderers are not wired in yet.")
        throw ExitCode(2)
    }
}
