import ArgumentParser
import Foundation
import FolioCommandLine
import FolioModel
import FolioRender

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the workspace as a JSON Resume (schema v1.0.0), for resume-cli themes and other tools.",
        discussion: """
            Experience becomes `work`, activities `volunteer`, projects `projects` (impact as \
            highlights, stack as keywords), skills with level words (grouped by the `category` skills.yaml \
            gives them, else one entry each); what \
            the schema has no field for (stories, skill versions and depth, a job's own part, award \
            metrics, open source) goes into `meta.folio`, which `folio import` reads back. The file \
            is written whole or not at all. A workspace with parse errors writes nothing and exits \
            1; --force exports what could be read. A folder another workspace's outputs are in is \
            refused, as `folio build` refuses it (exit 2, nothing written): pass -o with a file in \
            another folder, or --force. Output/ is recorded as this workspace's, as `folio build` \
            records it; a file given elsewhere with -o leaves its folder unrecorded.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonresume
    }

    @Option(help: "The format to write. Only jsonresume (https://jsonresume.org/schema) for now.")
    var format: Format = .jsonresume

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var force: ForceOption
    @OptionGroup var progress: ProgressOptions

    @Option(name: [.short, .customLong("output")], help: "The file to write. Default: Output/resume.json in the current folder.", completion: .file(extensions: ["json"]))
    var output: String = "Output/resume.json"

    func run() throws {
        let loaded = try workspace.selection.loadForOutput(force: force.force)
        let language = try workspace.language(default: loaded.language)
        let destination = URL(fileURLWithPath: output)
        let folder = destination.deletingLastPathComponent()
        // SIGINT / SIGTERM: the staged file is removed, exit 130 / 143 (as `folio build`).
        Cleanup.shared.installSignalHandlers()
        do throws(FolioError) {
            let data = try JSONResumeExporter.data(from: loaded)
            try OutputGuard.check(folder, fileNames: [destination.lastPathComponent], workspace: loaded)
            // The default Output/ is claimed as build claims it; a file named elsewhere claims no folder of the user's.
            let intoOutput = folder.standardizedFileURL.path == URL(fileURLWithPath: "Output").standardizedFileURL.path
            try OutputOwner.writing(
                into: folder, workspace: loaded, replacing: force.force, fileName: destination.lastPathComponent, claimingUnrecorded: intoOutput
            ) { () throws(FolioError) in
                try AtomicFile.write(data, to: destination)
            }
        } catch {
            throw error.exit(language)
        }
        progress.wrote(output, language)
    }
}
