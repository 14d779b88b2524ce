import ArgumentParser
import Foundation
import FolioCommandLine
import FolioModel
import FolioRender

struct EssayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "essay",
        abstract: "Write each company's 자기소개서 answers as plain text ready to paste, with their lengths.",
        discussion: """
            Reads essays/*.md and writes OUTDIR/essays/<file>.txt for each: every question with its \
            limit, the answer's length under the four counting rules (with spaces, without spaces, \
            CP949/EUC-KR bytes, UTF-8 bytes) and the answer itself between two marker lines, exactly \
            the text `folio check` measured. Each file is written whole or not at all. `folio check` \
            reports answers over their limit (essay.limit) and the other essay.* rules. An output folder \
            another workspace's outputs are in is refused, as `folio build` refuses it (exit 2, nothing \
            written): pass -o with another folder, or --force.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var progress: ProgressOptions
    @OptionGroup var force: ForceOption

    func run() throws {
        let loaded = try workspace.selection.loadForOutput(force: force.force)
        let language = try workspace.language(default: loaded.language)
        guard !loaded.essays.isEmpty else {
            let format = Documentation.path("docs/format.md")
            Console.error(language == .ko
                ? "error: essays/ 폴더에 자기소개서(.md)가 없습니다. \(format)의 '자기소개서'를 보세요."
                : "error: no essays (.md) in essays/. See \"Essays\" in \(format).")
            throw ExitCode(1)
        }
        // SIGINT / SIGTERM: the staged files are removed, exit 130 / 143 (as `folio build`).
        Cleanup.shared.installSignalHandlers()
        let written: [URL]
        do {
            try EssayPasteText.checkOutput(loaded, to: output.url)
            written = try OutputOwner.writing(into: output.url, workspace: loaded, replacing: force.force) { () throws(FolioError) -> [URL] in
                try EssayPasteText.write(loaded, to: output.url, language: language)
            }
        } catch {
            throw error.exit(language)
        }
        for url in written { progress.wrote(BuildCommand.display(url), language) }
    }
}
