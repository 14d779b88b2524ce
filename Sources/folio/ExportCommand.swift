import ArgumentParser
import Foundation
import FolioCommandLine
import FolioModel

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
            1; --force exports what could be read.
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
        do throws(FolioError) {
            let data = try JSONResumeExporter.data(from: loaded)
            try AtomicFile.write(data, to: URL(fileURLWithPath: output))
        } catch {
            throw error.exit(language)
        }
        progress.wrote(output, language)
    }
}
