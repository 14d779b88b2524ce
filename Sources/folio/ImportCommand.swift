import ArgumentParser
import Foundation
import FolioCommandLine
import FolioModel
import FolioRender

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Start a workspace from a JSON Resume file: every section folio has a place for.",
        discussion: """
            basics → folio.yaml (label as the headline and a suggested target role, location, profiles), \
            work → experience with its highlights, volunteer → activities, education, awards, \
            certificates, languages, interests; skills → skills.yaml, one entry a skill (`AWS S3/IAM` \
            split into the catalog's skills), the résumé's heading as `group:`; projects → \
            projects/*.md, technologies as the stack (figures such as `87k+ LOC` go to the overview). \
            Free-form dates are read (`October 2022`, `Present`, `2019` stays a year). A résumé \
            `folio export` wrote gives the workspace back (its `meta.folio`: stories, versions, depth). \
            What folio cannot carry (publications, references, fields outside the schema) is listed \
            with the reason. Never overwrites; writes all files or none. Run `folio check` on the \
            result: it says what a JSON Resume lacks (stories, versions, depth).
            """)

    @Argument(help: "A JSON Resume file (resume.json).", completion: .file(extensions: ["json"]))
    var resume: String

    @Argument(help: "Folder to create the workspace in. Default: the current folder.", completion: .directory)
    var directory: String = "."

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        let source = URL(fileURLWithPath: resume)
        guard let data = FileManager.default.contents(atPath: source.path) else {
            // Before a workspace exists its language is unknown: say it in both.
            let error = FolioError.io(path: resume, reason: LocalizedText(ko: "이 파일을 읽을 수 없습니다. 경로를 확인하세요.", en: "cannot read this file; check the path."))
            Console.error("error: " + error.message(.ko) + "\nerror: " + error.message(.en))
            throw ExitCode(2)
        }
        var language: Language?
        do throws(FolioError) {
            let result = try JSONResumeImporter.convert(data, source: resume)
            language = result.language
            let files = result.files
            // SIGINT / SIGTERM: what was written is removed, exit 130 / 143 (as `folio build`).
            Cleanup.shared.installSignalHandlers()
            // All files or none: a failure part-way leaves the folder as it was.
            for path in try JSONResumeImporter.write(files, into: URL(fileURLWithPath: directory)) {
                progress.created("\(directory == "." ? "" : directory + "/")\(path)", result.language)
            }
            // What was lost is printed even with --quiet: it is not progress but part of the result.
            if !result.notes.isEmpty {
                Console.out(result.language == .ko ? "\n옮기지 못한 것:" : "\nNot carried:")
                for note in result.notes { Console.out("  - " + note(result.language)) }
            }
            progress.say(result.language == .ko
                ? "\n다음 단계: \(Josa.topic.after("`\(Folio.checkCommand(directory))`")) 더 채울 것(지원 직무, 버전, 트러블슈팅 사례)을 알려 줍니다."
                : "\nNext: `\(Folio.checkCommand(directory))` lists what to add (target role, versions, stories).")
        } catch {
            // Until the resume is read its language is unknown: an error before that is said in both.
            if let language { throw error.exit(language) }
            Console.error("error: " + error.message(.ko) + "\nerror: " + error.message(.en))
            throw ExitCode(2)
        }
    }
}
