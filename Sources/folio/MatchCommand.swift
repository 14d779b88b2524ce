import ArgumentParser
import Foundation
import FolioCommandLine
import FolioModel
import FolioMatch
import FolioCheck
import FolioRender
import FolioXLSX

struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Compare a job posting (plain text) with your workspace: matched, claimed only, missing.",
        discussion: """
            Reads the posting's duties, requirements and preferred parts, finds the skills they name, \
            and says for each whether a project or story shows it, only skills.yaml claims it, or it is \
            missing. Prints a fit score, the projects to feature and the three gaps worth closing first. \
            Any-of groups (A/B, A 또는 B, A, B 등, such as) are one requirement; experience limits (이상, \
            이하, 신입 또는 경력 3년 이하, N+ years) and domains are compared with your work history and \
            projects; the hiring steps the posting names (코딩테스트, 과제 전형, 기술 면접, culture fit) \
            are each pointed to the part of `folio interview`'s sheet that prepares for it, and the \
            target company type's traits are listed. The workspace is DIR when given; else the \
            current folder when it has folio.yaml; else the workspace the posting lies in (the \
            nearest folder above it with folio.yaml), so `folio match ws/postings/acme.txt` works \
            from ws's parent folder.
            """)

    @Argument(help: "The posting, a plain-text file (e.g. postings/acme.txt).", completion: .file())
    var posting: String

    /// `[DIR]` and `--lang`, as every command that reads a workspace takes them.
    @OptionGroup var workspace: WorkspaceOptions

    @Option(
        name: .customLong("workspace"),
        help: ArgumentHelp("The workspace folder, as DIR gives it (the older form, kept for scripts).", valueName: "directory"),
        completion: .directory)
    var workspaceOption: String?

    @Option(help: "Output format: text or json. Default: text.")
    var format: String?

    @Flag(help: "Also write the xlsx skill matrix with a \"Posting\" sheet for this posting, to OUTDIR/skills-<posting>.xlsx. With --quiet, only the xlsx is written (no report is printed unless --format is given).")
    var xlsx = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var progress: ProgressOptions
    @OptionGroup var force: ForceOption

    var lang: String? { workspace.lang }

    /// The workspace folder given, by `DIR` or `--workspace`; nil when neither.
    var givenWorkspace: String? { workspace.given ?? workspaceOption }

    func validate() throws {
        if let lang, Language(userValue: lang) == nil { throw Misuse.badLanguage(lang) }
        if let given = workspace.given, let option = workspaceOption,
           URL(fileURLWithPath: given).standardizedFileURL.path != URL(fileURLWithPath: option).standardizedFileURL.path {
            throw Misuse.error(LocalizedText(
                ko: "작업 폴더가 두 개입니다 (\(given), --workspace \(option)). 하나만 주세요: folio match \(WorkspaceSelection.quoted(posting)) DIR",
                en: "two workspaces given (\(given) and --workspace \(option)); give one: folio match \(WorkspaceSelection.quoted(posting)) DIR"), lang: lang)
        }
        var isDirectory: ObjCBool = false
        if let given = workspace.given, FileManager.default.fileExists(atPath: given, isDirectory: &isDirectory), !isDirectory.boolValue,
           URL(fileURLWithPath: given).lastPathComponent != "folio.yaml" {
            // `folio match postings/*.txt`: the second posting landed where the workspace goes.
            throw Misuse.error(LocalizedText(
                ko: "\(given): 폴더가 아니라 파일입니다. folio match는 공고를 한 번에 하나씩 읽고, 공고 다음의 인수는 작업 폴더입니다: folio match \(WorkspaceSelection.quoted(posting)) [DIR]",
                en: "\(given): a file, not a folder. folio match reads one posting at a time, and the argument after it is the workspace folder: folio match \(WorkspaceSelection.quoted(posting)) [DIR]"), lang: lang)
        }
        if let format, !["text", "json"].contains(format) {
            throw Misuse.error(LocalizedText(
                ko: "--format에는 text나 json을 쓰세요 (\(Josa.topic.after("'\(format)'")) 모르는 값입니다).",
                en: "--format takes text or json, not '\(format)'."), lang: lang)
        }
    }

    func run() throws {
        let options = WorkspaceSelection.forPosting(posting, given: givenWorkspace, lang: lang)
        let postingURL = URL(fileURLWithPath: posting)
        let loaded = try options.loadForOutput(force: force.force)
        let language = try options.language(default: loaded.language)
        let text: String
        switch Posting.text(atPath: postingURL.path) {
        case .success(let read):
            text = read
        case .failure(let finding):
            Console.error(TextReporter(language: language, color: false).findingLines([finding]).joined(separator: "\n"))
            throw ExitCode(2)
        }
        let report = PostingMatcher.match(Posting.parse(text: text, file: posting), loaded)
        // --quiet: no progress lines; the result still goes where it was asked for. With --xlsx
        // the result is the file, and the report is printed only when --format asks for it.
        let printsReport = !(progress.quiet && xlsx && format == nil)
        if printsReport, format == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Console.json(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else if printsReport {
            Console.out(MatchTextReporter(language: language).report(report))
        }
        if xlsx {
            // SIGINT / SIGTERM: the staged xlsx is removed, exit 130 / 143 (as `folio build`).
            Cleanup.shared.installSignalHandlers()
            let name = (postingURL.lastPathComponent as NSString).deletingPathExtension
            let destination = output.url.appendingPathComponent("skills-\(name).xlsx")
            var matrix = SkillMatrix(workspace: loaded, today: .of(Date()), language: language)
            matrix.posting = PostingSheet(report, language: language)
            do {
                // Before the output folder is made or marked: without the library nothing is written.
                try XLSXLibrary.require(for: destination)
                try OutputGuard.check(output.url, fileNames: [destination.lastPathComponent], workspace: loaded)
                try OutputOwner.writing(into: output.url, workspace: loaded, replacing: force.force) { () throws(FolioError) in
                    try matrix.write(to: destination)
                }
            } catch {
                throw error.exit(language)
            }
            if !progress.quiet { Console.error(ProgressOptions.line(.wrote, BuildCommand.display(destination), language)) }
        }
    }
}

extension PostingSheet {
    /// The match report as the rows of the skill matrix's "Posting" sheet.
    init(_ report: MatchReport, language: Language) {
        let rows = report.rows(language).map { row in
            let status: Status = switch row.status {
            case .evidenced: .matched
            case .claimed: .claimedOnly
            case .missing: .missing
            }
            return Row(kind: row.kind == .required ? .required : .preferred, skill: row.skill, status: status, evidence: row.evidence)
        }
        self.init(title: report.posting.title, rows: rows)
    }
}
