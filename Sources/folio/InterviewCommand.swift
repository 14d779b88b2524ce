import ArgumentParser
import Foundation
import FolioModel

struct InterviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview",
        abstract: "Write the interview preparation sheet: skill questions, STAR cards, self-introduction.")

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        _ = try workspace.load()
        Console.error("folio interview: not wired in yet.")
        throw ExitCode(2)
    }
}
