import ArgumentParser
import Foundation
import FolioModel
import FolioMatch

struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Compare a job posting (plain text) with your workspace: matched, claimed only, missing.",
        discussion: """
            Reads the posting's duties, requirements and preferred parts, finds the skills they name,
            and says for each whether a project or story shows it, only skills.yaml claims it, or it is
            missing. Prints a fit score, the projects to feature and the three gaps worth closing first.
            """)

    @Argument(help: "The posting, a plain-text file (e.g. postings/acme.txt).", completion: .file())
    var posting: String

    @Option(help: "The workspace folder. Default: the current folder.", completion: .directory)
    var workspace: String = "."

    @Option(help: "Output format: text or json.")
    var format: String = "text"

    @Option(help: "Language of the report: ko or en. Default: the workspace's `lang`.")
    var lang: String?

    @Flag(help: "Also add a \"Posting\" sheet to the xlsx skill matrix.")
    var xlsx = false

    func validate() throws {
        guard ["text", "json"].contains(format) else { throw ValidationError("--format takes text or json, not '\(format)'.") }
        if let lang, Language(userValue: lang) == nil { throw ValidationError("--lang takes ko or en, not '\(lang)'.") }
    }

    func run() throws {
        let options = WorkspaceOptions.parseOrExit([workspace] + (lang.map { ["--lang", $0] } ?? []))
        let fallback = lang.flatMap(Language.init(userValue:)) ?? .en
        let postingURL = URL(fileURLWithPath: posting)
        guard let data = FileManager.default.contents(atPath: postingURL.path) else {
            Console.error(fallback == .ko
                ? "error: \(posting): 공고 파일이 없거나 읽을 수 없습니다. 공고를 텍스트 파일로 저장했는지 확인하세요 (예: postings/acme.txt)."
                : "error: \(posting): no such posting file, or it cannot be read. Save the posting as a text file (e.g. postings/acme.txt).")
            throw ExitCode(2)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            Console.error(fallback == .ko
                ? "error: \(posting): UTF-8 텍스트가 아닙니다. 공고를 UTF-8로 다시 저장하세요."
                : "error: \(posting): not UTF-8 text. Save the posting as UTF-8.")
            throw ExitCode(2)
        }
        let loaded = try options.load()
        let language = try options.language(default: loaded.language)
        let report = PostingMatcher.match(Posting.parse(text: text, file: posting), loaded)
        if format == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Console.out(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            Console.out(MatchTextReporter(language: language).report(report))
        }
        if xlsx {
            Console.error(language == .ko
                ? "note: --xlsx의 \"Posting\" 시트는 아직 연결되지 않았습니다."
                : "note: the --xlsx \"Posting\" sheet is not wired in yet.")
        }
    }
}
