import ArgumentParser
import Foundation
import FolioModel
import FolioCheck

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
            MatchCommand.self, InterviewCommand.self, EssayCommand.self, ImportCommand.self, ServeCommand.self, ExportCommand.self,
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
                // The parser's own messages (unknown option, missing argument) are English; say in
                // Korean what happened too, unless `--lang en` was given. folio's own misuse
                // errors (`Misuse`) are in the run's language already.
                let message = fullMessage(for: error)
                if !Misuse.isRaised(in: message), lang(in: CommandLine.arguments) != .en {
                    Console.error("error: 명령줄을 읽지 못했습니다. 아래 메시지의 옵션이나 인수를 고치고, 쓰는 법은 --help로 확인하세요.")
                }
                Console.error(message)
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

extension Folio {
    /// The language `--lang X` (or `--lang=X`) names among raw arguments, for messages printed
    /// when the arguments could not be parsed.
    static func lang(in arguments: [String]) -> Language? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { return Language(userValue: arguments[index + 1]) }
            if argument.hasPrefix("--lang=") { return Language(userValue: String(argument.dropFirst(7))) }
        }
        return nil
    }

    /// The `folio check` a message tells the user to run next: no folder for the current one, a
    /// folder with spaces or shell characters in single quotes, so it can be pasted as it is.
    static func checkCommand(_ directory: String) -> String {
        guard directory != ".", directory != "./" else { return "folio check" }
        let plain = directory.unicodeScalars.allSatisfy { !" '\"$`\\!*?&;|<>()[]{}#~".unicodeScalars.contains($0) }
        return "folio check " + (plain ? directory : "'" + directory.replacingOccurrences(of: "'", with: "'\\''") + "'")
    }

    /// The skill catalog, role profiles, templates and schemas are data files in bundles beside
    /// the binary; without them every skill would look unknown, so say what is missing instead.
    static func requireResources() throws {
        let missing = bundles.filter { ResourceBundle.folder(named: $0) == nil }
        let folder = ResourceBundle.searchFolders.first?.path ?? "."
        for name in missing {
            Console.error("""
                error: \(folder)/\(name): folio의 데이터 폴더가 없습니다. folio 실행 파일과 함께 folio_*.resources 폴더를 복사하세요 (README: 설치).
                error: \(folder)/\(name): folio's data folder is missing. Copy the folio_*.resources folders together with the folio binary (README: Install).
                """)
        }
        // A bundle that is there but cannot be read (permissions) is named too, with the folder to fix.
        let unreadable = bundles.compactMap(ResourceBundle.folder(named:)).compactMap { bundle in
            ResourceBundle.firstUnreadable(in: bundle).map { (bundle, $0) }
        }
        for (bundle, path) in unreadable {
            Console.error("""
                error: \(path.path): folio의 데이터를 읽을 권한이 없습니다. 설치한 사람이 권한을 되돌리세요: chmod -R a+rX \(bundle.path)
                error: \(path.path): folio cannot read its own data here (permission denied). Whoever installed folio can restore it: chmod -R a+rX \(bundle.path)
                """)
        }
        guard missing.isEmpty, unreadable.isEmpty else { throw ExitCode(2) }
    }

    /// The resource bundles SwiftPM builds beside the binary: the catalog and role profiles, the
    /// templates and scaffolds, the JSON Schemas.
    static let bundles = ["folio_FolioModel.resources", "folio_FolioTemplates.resources", "folio_FolioSchemas.resources"]
}

/// Misuse that folio finds itself (not the argument parser), said in the run's language: that of
/// `--lang` when it names one, else both (the workspace that would tell is not read yet).
enum Misuse {
    static func error(_ text: LocalizedText, lang: String?) -> ValidationError {
        let message: String
        if let lang, let language = Language(userValue: lang) { message = text(language) } else { message = text.ko + "\n" + text.en }
        raised.add(message)
        return ValidationError(message)
    }

    /// Whether the parser's `message` carries a misuse error folio raised (already in the run's
    /// language), not one of the parser's own English messages.
    static func isRaised(in message: String) -> Bool {
        raised.contains { message.contains($0) }
    }

    /// The messages raised in this run (validation runs once, on the main thread; the lock keeps
    /// the shared set sound under strict concurrency all the same).
    private static let raised = Raised()

    private final class Raised: @unchecked Sendable {
        private let lock = NSLock()
        private var messages: [String] = []

        func add(_ message: String) {
            lock.withLock { messages.append(message) }
        }

        func contains(where predicate: (String) -> Bool) -> Bool {
            lock.withLock { messages.contains(where: predicate) }
        }
    }

    /// `--lang` named neither language.
    static func badLanguage(_ lang: String) -> ValidationError {
        error(LocalizedText(ko: "--lang에는 ko나 en을 쓰세요 (\(Josa.topic.after("'\(lang)'")) 모르는 값입니다).", en: "--lang takes ko or en, not '\(lang)'."), lang: nil)
    }
}

/// The workspace argument shared by the commands that read one.
struct WorkspaceOptions: ParsableArguments {
    @Argument(help: "The workspace folder (the one with folio.yaml). Default: the current folder.", completion: .directory)
    var directory: String = "."

    @Option(name: .long, help: "Language of messages and labels: ko or en. Default: the workspace's `lang`.")
    var lang: String?

    var selection: WorkspaceSelection { WorkspaceSelection(directory: directory, lang: lang) }

    func language(default fallback: Language) throws -> Language { try selection.language(default: fallback) }

    func load() throws -> Workspace { try selection.load() }
}

/// A workspace folder and the `--lang` the user asked for, however the command named them
/// (an argument, or `folio match --workspace DIR`).
struct WorkspaceSelection {
    var directory: String
    var lang: String?

    func language(default fallback: Language) throws -> Language {
        guard let lang else { return fallback }
        guard let language = Language(userValue: lang) else { throw Misuse.badLanguage(lang) }
        return language
    }

    /// Loads the workspace, turning an unreadable one into exit code 2 with a helpful message.
    func load() throws -> Workspace {
        do {
            let workspace = try WorkspaceLoader.load(at: URL(fileURLWithPath: directory))
            return workspace
        } catch {
            // Without a readable folio.yaml the workspace's language is unknown: without --lang, say it in both.
            if let lang, let language = Language(userValue: lang) {
                Console.error("error: " + error.message(language))
            } else {
                Console.error("error: " + error.message(.ko) + "\nerror: " + error.message(.en))
            }
            throw ExitCode(2)
        }
    }
}

extension WorkspaceSelection {
    /// Loads the workspace for a command that writes or reports from it (`build`, `interview`,
    /// `match`). With parse errors it prints them, says nothing was written and exits 1, unless
    /// `force`: then it prints them with what the outputs lack and carries on.
    func loadForOutput(force: Bool) throws -> Workspace {
        let workspace = try load()
        let errors = workspace.parseErrors
        guard !errors.isEmpty else { return workspace }
        let language = (try? language(default: workspace.language)) ?? workspace.language
        let ko = language == .ko
        let lines = TextReporter(language: language, color: false).findingLines(errors)
        Console.error(lines.joined(separator: "\n"))
        let files = Set(errors.map(\.location.file)).count
        // A required value left blank (the init scaffold's `name: ""`) is read fine: say so, not "could not be read".
        let onlyBlanks = errors.allSatisfy { $0.rule == "parse.missing" }
        guard force else {
            if onlyBlanks {
                Console.error(ko
                    ? "error: 꼭 채워야 할 값이 빈 파일 \(files)개 (오류 \(errors.count)개): 아무것도 쓰지 않았습니다. 위 위치를 채우거나 (`\(Folio.checkCommand(directory))`), 빈 채로 만들려면 --force를 붙이세요."
                    : "error: \(files) file\(files == 1 ? " has" : "s have") a required value left blank (\(errors.count) error\(errors.count == 1 ? "" : "s")): nothing was written. Fill in the places above (`\(Folio.checkCommand(directory))`), or pass --force to build without them.")
            } else {
                Console.error(ko
                    ? "error: 읽지 못한 곳이 있는 파일 \(files)개 (오류 \(errors.count)개): 아무것도 쓰지 않았습니다. 위 위치를 고치거나 (`\(Folio.checkCommand(directory))`), 읽은 부분만으로 만들려면 --force를 붙이세요."
                    : "error: \(files) file\(files == 1 ? "" : "s") could not be read whole (\(errors.count) parse error\(errors.count == 1 ? "" : "s")): nothing was written. Fix the places above (`\(Folio.checkCommand(directory))`), or pass --force to build from what could be read.")
            }
            throw ExitCode(1)
        }
        var notes = [ko ? "note: --force: 읽은 부분만으로 만듭니다. 결과물에 빠진 것:" : "note: --force: building from what could be read. Missing from the outputs:"]
        for gap in workspace.readingGaps {
            let what: String
            if gap.wholeFileMissing {
                what = ko ? "파일 전체 (읽지 못함)" : "the whole file (it could not be read)"
            } else if errors.allSatisfy({ $0.location.file != gap.file || $0.rule == "parse.missing" }) {
                what = ko ? "\(gap.firstError.line)번째 줄의 빈 값 (나머지는 읽음)" : "the blank value at line \(gap.firstError.line) (the rest was read)"
            } else {
                what = ko ? "\(gap.firstError.line)번째 줄의 오류 부분 (나머지는 읽음)" : "the part with the error at line \(gap.firstError.line) (the rest was read)"
            }
            notes.append("  - \(gap.file): \(what)")
        }
        Console.error(notes.joined(separator: "\n"))
        return workspace
    }
}

/// `--force` of the commands that write from a workspace.
struct ForceOption: ParsableArguments {
    @Flag(help: "Write the outputs even when some files have parse errors, from what could be read; says what is missing. Without it, such a workspace writes nothing and exits 1.")
    var force = false
}

/// `--template DIR` names a folder that must exist: a typo must not silently build with the
/// built-in templates.
enum TemplateOption {
    static func validate(_ template: String?, lang: String?) throws {
        guard let template else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: template, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Misuse.error(LocalizedText(
                ko: "--template \(template): 그런 폴더가 없습니다. Templates/portfolio/(또는 Templates/interview/)를 복사하고 그 사본의 경로를 주세요.",
                en: "--template \(template): no such folder. Copy Templates/portfolio/ (or Templates/interview/) and pass the copy's path."), lang: lang)
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

    /// `  wrote Output/portfolio.md` / `  작성: Output/portfolio.md`, unless `--quiet`.
    func wrote(_ path: String, _ language: Language) {
        say(Self.line(.wrote, path, language))
    }

    /// `  created my-folio/folio.yaml` / `  생성: my-folio/folio.yaml`, unless `--quiet`.
    func created(_ path: String, _ language: Language) {
        say(Self.line(.created, path, language))
    }

    /// What a progress line says was done to a file.
    enum Action {
        case wrote, created, removed
    }

    /// One progress line: the action in the run's language, then the path. A file removed is one
    /// an earlier build wrote and this one did not.
    static func line(_ action: Action, _ path: String, _ language: Language) -> String {
        switch (action, language) {
        case (.wrote, .ko): "  작성: \(path)"
        case (.wrote, .en): "  wrote \(path)"
        case (.created, .ko): "  생성: \(path)"
        case (.created, .en): "  created \(path)"
        case (.removed, .ko): "  삭제: \(path) (이전 빌드가 쓴 파일로, 이번 빌드는 만들지 않았습니다)"
        case (.removed, .en): "  removed \(path) (from an earlier build; this build did not make it)"
        }
    }
}

/// Writes to standard output and standard error. Everything printed goes through `TerminalText`,
/// so user text from a workspace (titles, file names, skill names) cannot reach the terminal as an
/// escape sequence or a forged line.
enum Console {
    /// Text that may hold user text: each line cleaned of control characters.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((TerminalText.lines(text) + "\n").utf8))
    }

    /// A JSON document: the control characters a JSON encoder leaves raw become `\uXXXX`.
    static func json(_ text: String) {
        FileHandle.standardOutput.write(Data((TerminalText.json(text) + "\n").utf8))
    }

    /// A report whose user text its reporter cleaned already (`TextReporter`), with colour codes of its own.
    static func report(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((TerminalText.lines(text) + "\n").utf8))
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
