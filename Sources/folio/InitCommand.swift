import ArgumentParser
import Foundation
import FolioCommandLine
import FolioModel
import FolioRender

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a workspace: folio.yaml, skills.yaml, a project, a story and an essay, every field blank with the advice beside it.",
        discussion: """
            Never overwrites: if any file it would write exists, nothing is written. Fill in the \
            files, then run `folio check`: it lists each blank still left by file:line.
            """)

    @Argument(help: "Folder to create the workspace in. Default: the current folder.", completion: .directory)
    var directory: String = "."

    @Option(help: "Language of the sample files and of later messages: ko or en.")
    var lang: String = "ko"

    @Option(help: "A Templates folder to take the scaffold from.", completion: .directory)
    var template: String?

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        guard let language = Language(userValue: lang) else { throw Misuse.badLanguage(lang) }
        let destination = URL(fileURLWithPath: directory)
        do {
            let files = try Scaffold.create(
                at: destination, language: language,
                templates: TemplateLocator(explicit: template.map { URL(fileURLWithPath: $0) }))
            for file in files { progress.created("\(directory == "." ? "" : directory + "/")\(file)", language) }
            let format = Documentation.path("docs/format.md")
            let examples = Documentation.path("Examples")
            progress.say(language == .ko
                ? "\n다음 단계: 파일을 채운 뒤 \(Josa.direction.after("`\(Folio.checkCommand(directory))`")) 점검하세요.\n  모든 파일과 필드의 설명: \(format)\n  완성된 작업 폴더 예제:   \(examples)"
                : "\nNext: fill in the files, then run `\(Folio.checkCommand(directory))`.\n  Every file and field explained: \(format)\n  Complete example workspaces:    \(examples)")
        } catch {
            throw error.exit(language)
        }
    }
}
