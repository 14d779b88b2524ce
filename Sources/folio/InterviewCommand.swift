import ArgumentParser
import Foundation
import FolioCommandLine
import FolioModel
import FolioRender
import FolioMatch

struct InterviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview",
        abstract: "Write the interview preparation sheet: skill questions, STAR cards, self-introduction.",
        discussion: """
            Writes interview.md and interview.html into the output folder: for every skill at level 2 or \
            more the questions interviewers ask (version, configuration, why this tool, a failure) with your \
            answers from skills.yaml and stories; a one-minute STAR card per story; the self-introduction \
            with its speaking time; collaboration questions; the target role's questions; and for each \
            answer in essays/*.md the questions its claims raise (how a figure was measured, your own \
            part, the technologies it names), each citing the essay's file:line. Then: the company type's \
            questions (target.company: the business process and its data, one question per trait of the \
            type), the target level's (target.level: junior maintenance, testing and bugs; senior SLAs, \
            architecture, mentoring, cost), CS fundamentals for data engineers, a technology you learned \
            fast, and coding-test preparation. Answers are found by meaning in stories, project sections, \
            impact, data, job highlights, skills.yaml depth, education, certificates and open_source. \
            Where the workspace has no answer, the sheet says what to prepare. `folio match` points a \
            posting's hiring steps (coding test, take-home, technical and culture interviews) to these parts. \
            An output folder another workspace's outputs are in is refused, as `folio build` refuses \
            it (exit 2, nothing written): pass -o with another folder, or --force.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var progress: ProgressOptions
    @OptionGroup var force: ForceOption

    @Option(help: "A Templates folder to take interview/*.mustache from.", completion: .directory)
    var template: String?

    func validate() throws {
        try TemplateOption.validate(template, lang: workspace.lang)
    }

    func run() throws {
        let loaded = try workspace.selection.loadForOutput(force: force.force)
        let language = try workspace.language(default: loaded.language)
        let sheet = InterviewSheet.build(loaded, today: .of(Date()), language: language)
        let renderer = InterviewRenderer(templates: TemplateLocator(explicit: template.map { URL(fileURLWithPath: $0) }))
        // SIGINT / SIGTERM: the staged files are removed, exit 130 / 143 (as `folio build`).
        Cleanup.shared.installSignalHandlers()
        do {
            try OutputGuard.check(output.url, fileNames: ["interview.md", "interview.html"], workspace: loaded)
            let written = try OutputOwner.writing(into: output.url, workspace: loaded, replacing: force.force) { () throws(FolioError) -> [URL] in
                try renderer.write(sheet, to: output.url)
            }
            for url in written {
                progress.wrote("\(output.output)/\(url.lastPathComponent)", language)
            }
        } catch {
            throw error.exit(language)
        }
        let open = sheet.toPrepare.count
        progress.say(language == .ko
            ? (open == 0 ? "모든 질문에 작업 폴더의 답이 있습니다." : "준비할 것 \(open)개: 시트 끝의 '준비할 것'을 보세요.")
            : (open == 0 ? "The workspace answers every question." : "\(open) things to prepare: see \"What to prepare\" at the end of the sheet."))
    }
}
