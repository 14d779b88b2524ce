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
            target company type's traits are listed.
            """)

    @Argument(help: "The posting, a plain-text file (e.g. postings/acme.txt).", completion: .file())
    var posting: String

    @Option(help: "The workspace folder. Default: the current folder.", completion: .directory)
    var workspace: String = "."

    @Option(help: "Output format: text or json.")
    var format: String = "text"

    @Option(help: "Language of the report: ko or en. Default: the workspace's `lang`.")
    var lang: String?

    @Flag(help: "Also write the xlsx skill matrix with a \"Posting\" sheet for this posting, to OUTDIR/skills-<posting>.xlsx.")
    var xlsx = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var progress: ProgressOptions
    @OptionGroup var force: ForceOption

    func validate() throws {
        if let lang, Language(userValue: lang) == nil { throw Misuse.badLanguage(lang) }
        guard ["text", "json"].contains(format) else {
            throw Misuse.error(LocalizedText(
                ko: "--format에는 text나 json을 쓰세요 (\(Josa.topic.after("'\(format)'")) 모르는 값입니다).",
                en: "--format takes text or json, not '\(format)'."), lang: lang)
        }
    }

    func run() throws {
        let options = WorkspaceSelection(directory: workspace, lang: lang)
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
        if format == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Console.json(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            Console.out(MatchTextReporter(language: language).report(report))
        }
        if xlsx {
            let name = (postingURL.lastPathComponent as NSString).deletingPathExtension
            let destination = output.url.appendingPathComponent("skills-\(name).xlsx")
            var matrix = SkillMatrix(workspace: loaded, today: .of(Date()), language: language)
            matrix.posting = PostingSheet(report, language: language)
            do {
                try OutputGuard.check(output.url, fileNames: [destination.lastPathComponent], workspace: loaded)
                try OutputLock.holding(output.url) { () throws(FolioError) in try matrix.write(to: destination) }
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
