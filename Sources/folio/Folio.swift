import ArgumentParser
import Foundation
import FolioModel

/// `folio`: check a portfolio workspace against data engineers' hiring advice, and build it.
@main
struct Folio: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Check and build a one-page portfolio for data jobs, from plain-text files.",
        discussion: """
            A workspace is a folder with folio.yaml, skills.yaml, projects/*.md and stories/*.md. \
            Start one with `folio init`, then run `folio check` until it is clean and `folio build`. \
            Exit codes: 0 no errors, 1 errors found (or warnings with --strict), 2 the workspace \
            could not be read or the command was misused.
            """,
        version: version,
        subcommands: [
            InitCommand.self, CheckCommand.self, BuildCommand.self, ExplainCommand.self,
            MatchCommand.self, InterviewCommand.self, ImportCommand.self,
        ]
    )

    static func main() {
        do {
            var command = try parseAsRoot()
            try requireResources()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            // Misuse exits 2, as RULES.md says (the parser's own default is 64).
            if code == .validationFailure {
                Console.error(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

extension Folio {
    /// The skill catalog, role profiles, templates and schemas are data files in bundles beside
    /// the binary; without them every skill would look unknown, so say what is missing instead.
    static func requireResources() throws {
        let missing = bundles.filter { ResourceBundle.folder(named: $0) == nil }
        guard !missing.isEmpty else { return }
        let folder = ResourceBundle.searchFolders.first?.path ?? "."
        for name in missing {
            Console.error("""
                error: \(folder)/\(name): folio의 데이터 폴더가 없습니다. folio 실행 파일과 함께 folio_*.resources 폴더를 복사하세요 (README: 설치).
                error: \(folder)/\(name): folio's data folder is missing. Copy the folio_*.resources folders together with the folio binary (README: Install).
                """)
        }
        throw ExitCode(2)
    }

    /// The resource bundles SwiftPM builds beside the binary: the catalog and role profiles, the
    /// templates and scaffolds, the JSON Schemas.
    static let bundles = ["folio_FolioModel.resources", "folio_FolioTemplates.resources", "folio_FolioSchemas.resources"]
}

/// The workspace argument shared by the commands that read one.
struct WorkspaceOptions: ParsableArguments {
    @Argument(help: "The workspace folder (the one with folio.yaml). Default: the current folder.", completion: .directory)
    var directory: String = "."

    @Option(name: .long, help: "Language of messages and labels: ko or en. Default: the workspace's `lang`.")
    var lang: String?

    var selection: WorkspaceSelection { WorkspaceSelection(directory: directory, lang: lang) }

    func language(default fallback: Language) throws -> Language { try selection.language(default: fallback) }

    func load(warnAboutParseErrors: Bool = false) throws -> Workspace {
        try selection.load(warnAboutParseErrors: warnAboutParseErrors)
    }
}

/// A workspace folder and the `--lang` the user asked for, however the command named them
/// (an argument, or `folio match --workspace DIR`).
struct WorkspaceSelection {
    var directory: String
    var lang: String?

    func language(default fallback: Language) throws -> Language {
        guard let lang else { return fallback }
        guard let language = Language(userValue: lang) else {
            throw ValidationError("--lang takes ko or en, not '\(lang)'.")
        }
        return language
    }

    /// Loads the workspace, turning an unreadable one into exit code 2 with a helpful message.
    /// With `warnAboutParseErrors`, says on standard error when some files could be read only in part.
    func load(warnAboutParseErrors: Bool = false) throws -> Workspace {
        do {
            let workspace = try WorkspaceLoader.load(at: URL(fileURLWithPath: directory))
            let broken = Set(workspace.diagnostics.filter { $0.severity == .error }.map(\.location.file)).sorted()
            if warnAboutParseErrors, !broken.isEmpty {
                let language = (try? language(default: workspace.language)) ?? workspace.language
                Console.error(language == .ko
                    ? "note: \(broken.joined(separator: ", ")): 읽지 못한 부분이 있어 나머지로 만듭니다. `folio check \(directory)`로 위치를 확인하세요."
                    : "note: \(broken.joined(separator: ", ")) could be read only in part; building from the rest. `folio check \(directory)` shows where.")
            }
            return workspace
        } catch {
            Console.error("error: " + error.message((try? language(default: .en)) ?? .en))
            throw ExitCode(2)
        }
    }
}

/// Where outputs go: `Output/` in the current folder unless `-o` says otherwise.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: "Output folder. Default: Output/ in the current folder.", completion: .directory)
    var output: String = "Output"

    var url: URL { URL(fileURLWithPath: output) }
}

/// `--quiet`, shared by every command that reports what it wrote.
struct ProgressOptions: ParsableArguments {
    @Flag(name: [.short, .long], help: "Print nothing but errors and notes (no list of written files, no summary).")
    var quiet = false

    /// Prints a progress line on standard output unless `--quiet`.
    func say(_ text: String) {
        if !quiet { Console.out(text) }
    }
}

/// Writes to standard output and standard error.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Colour only on a terminal and never with NO_COLOR (https://no-color.org).
    static var useColor: Bool {
        isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
}

extension FolioError {
    /// Prints the error and exits with the code RULES.md gives tool failures.
    func exit(_ language: Language = .en) -> ExitCode {
        Console.error("error: " + message(language))
        return ExitCode(2)
    }
}
