import ArgumentParser
import Foundation
import FolioModel

struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Compare a job posting (plain text) with your workspace: matched, claimed only, missing.")

    @Argument(help: "The posting, a plain-text file (e.g. postings/acme.txt).", completion: .file())
    var posting: String

    @Option(help: "The workspace folder. Default: the current folder.", completion: .directory)
    var workspace: String = "."

    func run() throws {
        Console.error("folio match: not wired in yet.")
        throw ExitCode(2)
    }
}
