import ArgumentParser
import Foundation
import FolioCommandLine
import FolioModel
import FolioCheck

/// What `folio explain` prints: the terminal text, or the Markdown document of the rule table.
enum ExplainFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a rule: the advice behind it, why it matters, and a good and a bad example.",
        discussion: """
            In the language of the workspace (DIR, or the current folder when it has folio.yaml), \
            as every other command speaks; --lang overrides it; Korean outside a workspace. \
            `folio explain DIR` (a folder, not a rule id) lists every rule in that workspace's language.
            """)

    @Argument(help: "A rule id such as story.alternatives. Without one, lists every rule.")
    var rule: String?

    /// `[DIR]` and `--lang`, as every command that reads a workspace takes them.
    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: "Output format: text, or markdown for the whole table as a document (docs/rules.md is written with `folio explain --format markdown`).")
    var format: ExplainFormat = .text

    /// The rule id asked for: none when the only argument names a folder rather than a rule.
    var ruleID: String? { givenFolder == nil ? rule : nil }

    /// `folio explain ws`: a single argument that is no rule id but a folder is the workspace.
    var givenFolder: String? {
        guard workspace.given == nil, let rule, RuleRegistry.rule(rule) == nil else { return nil }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: rule, isDirectory: &isDirectory) && isDirectory.boolValue ? rule : nil
    }

    func validate() throws {
        if let lang = workspace.lang, Language(userValue: lang) == nil { throw Misuse.badLanguage(lang) }
    }

    func run() throws {
        let language = try self.language()
        if format == .markdown {
            guard ruleID == nil else {
                throw Misuse.error(LocalizedText(
                    ko: "--format markdown은 규칙 표 전체를 씁니다. 규칙 id를 빼세요.",
                    en: "--format markdown prints the whole table; leave out the rule id."), lang: workspace.lang ?? language.rawValue)
            }
            FileHandle.standardOutput.write(Data(Explanation.markdown().utf8))
            return
        }
        guard let id = ruleID else {
            Console.out(Explanation.table(language: language))
            return
        }
        guard let found = RuleRegistry.rule(id) else {
            if case .failure(let error) = RuleRegistry.select([id]) { throw error.exit(language) }
            throw ExitCode(2)
        }
        Console.out(Explanation.details(found.description, language: language))
    }

    /// `--lang`; else the language of the workspace given (which must be one) or of the current
    /// folder when it is one; else Korean.
    func language() throws -> Language {
        if let lang = workspace.lang { return try workspace.language(default: Language(userValue: lang) ?? .ko) }
        if let folder = workspace.given ?? givenFolder {
            return try WorkspaceSelection(directory: folder, lang: nil).load().language
        }
        guard FileManager.default.fileExists(atPath: "folio.yaml") else { return .ko }
        return (try? WorkspaceLoader.load(at: URL(fileURLWithPath: "."))).map(\.language) ?? .ko
    }
}
