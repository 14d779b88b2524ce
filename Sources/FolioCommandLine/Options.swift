import ArgumentParser
import Foundation
import FolioModel
import FolioCheck

// What the two executables share, `folio` and `folio-serve` (which `folio serve` runs, so that
// every other command starts without the HTTP server's libraries: see `ServeOptions`): the
// workspace argument, the output and progress options, and printing.

/// Misuse that folio finds itself (not the argument parser), said in the run's language: that of
/// `--lang` when it names one, else both (the workspace that would tell is not read yet).
public enum Misuse {
    public static func error(_ text: LocalizedText, lang: String?) -> ValidationError {
        let message: String
        if let lang, let language = Language(userValue: lang) { message = text(language) } else { message = text.ko + "\n" + text.en }
        raised.add(message)
        return ValidationError(message)
    }

    /// Whether the parser's `message` carries a misuse error folio raised (already in the run's
    /// language), not one of the parser's own English messages.
    public static func isRaised(in message: String) -> Bool {
        raised.contains { message.contains($0) }
    }

    /// The messages raised in this run (validation runs once, on the main thread; the lock keeps
    /// the shared list sound under strict concurrency all the same).
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
    public static func badLanguage(_ lang: String) -> ValidationError {
        error(LocalizedText(ko: "--lang에는 ko나 en을 쓰세요 (\(Josa.topic.after("'\(lang)'")) 모르는 값입니다).", en: "--lang takes ko or en, not '\(lang)'."), lang: nil)
    }
}

/// The workspace argument shared by the commands that read one.
public struct WorkspaceOptions: ParsableArguments {
    public init() {}

    @Argument(
        help: ArgumentHelp("The workspace folder (the one with folio.yaml). Default: the current folder.", valueName: "directory"),
        completion: .directory)
    public var given: String?

    /// The workspace folder: the one given, else the current folder.
    public var directory: String { given ?? "." }

    @Option(name: .long, help: "Language of messages and labels: ko or en. Default: the workspace's `lang`.")
    public var lang: String?

    public var selection: WorkspaceSelection { WorkspaceSelection(directory: directory, lang: lang) }

    public func language(default fallback: Language) throws -> Language { try selection.language(default: fallback) }

    public func load() throws -> Workspace { try selection.load() }
}

/// A workspace folder and the `--lang` the user asked for, however the command named them
/// (the DIR argument, or `folio match`'s older `--workspace DIR`).
public struct WorkspaceSelection {
    public var directory: String
    public var lang: String?
    /// The posting whose folders were searched for a workspace (`folio match`, `forPosting`):
    /// when the folder is no workspace, the error names those folders too.
    public var searchedFromPosting: String?

    public init(directory: String, lang: String?) {
        self.directory = directory
        self.lang = lang
    }

    /// The `folio check` a message tells the user to run next: no folder for the current one, a
    /// folder with spaces or shell characters in single quotes, so it can be pasted as it is.
    public static func checkCommand(_ directory: String) -> String {
        guard directory != ".", directory != "./" else { return "folio check" }
        return "folio check " + quoted(directory)
    }

    /// A path as it can be pasted into a shell: in single quotes when it holds spaces or shell characters.
    public static func quoted(_ path: String) -> String { DisplayPath.quoted(path) }

    public func language(default fallback: Language) throws -> Language {
        guard let lang else { return fallback }
        guard let language = Language(userValue: lang) else { throw Misuse.badLanguage(lang) }
        return language
    }

    /// Loads the workspace, turning an unreadable one into exit code 2 with a helpful message.
    public func load() throws -> Workspace {
        do {
            // Read on another thread while the arguments were parsed, when the command line named this folder.
            if let preloaded = WorkspacePreload.take(for: directory) { return try preloaded.get() }
            return try WorkspaceLoader.load(at: URL(fileURLWithPath: directory))
        } catch {
            var message = LocalizedText(ko: error.message(.ko), en: error.message(.en))
            if case .notAWorkspace = error, let posting = searchedFromPosting {
                message = Self.noWorkspace(for: posting)
            }
            // Without a readable folio.yaml the workspace's language is unknown: without --lang, say it in both.
            if let lang, let language = Language(userValue: lang) {
                Console.error("error: " + message(language))
            } else {
                Console.error("error: " + message.ko + "\nerror: " + message.en)
            }
            throw ExitCode(2)
        }
    }
}

extension WorkspaceSelection {
    /// Loads the workspace for a command that writes or reports from it (`build`, `interview`,
    /// `match`). With parse errors it prints them, says nothing was written and exits 1, unless
    /// `force`: then it prints them with what the outputs lack and carries on.
    public func loadForOutput(force: Bool) throws -> Workspace {
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
                    ? "error: 꼭 채워야 할 값이 빈 파일 \(files)개 (오류 \(errors.count)개): 아무것도 쓰지 않았습니다. 위 위치를 채우거나 (`\(Self.checkCommand(directory))`), 빈 채로 만들려면 --force를 붙이세요."
                    : "error: \(files) file\(files == 1 ? " has" : "s have") a required value left blank (\(errors.count) error\(errors.count == 1 ? "" : "s")): nothing was written. Fill in the places above (`\(Self.checkCommand(directory))`), or pass --force to build without them.")
            } else {
                Console.error(ko
                    ? "error: 읽지 못한 곳이 있는 파일 \(files)개 (오류 \(errors.count)개): 아무것도 쓰지 않았습니다. 위 위치를 고치거나 (`\(Self.checkCommand(directory))`), 읽은 부분만으로 만들려면 --force를 붙이세요."
                    : "error: \(files) file\(files == 1 ? "" : "s") could not be read whole (\(errors.count) parse error\(errors.count == 1 ? "" : "s")): nothing was written. Fix the places above (`\(Self.checkCommand(directory))`), or pass --force to build from what could be read.")
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
public struct ForceOption: ParsableArguments {
    public init() {}

    @Flag(help: "Write the outputs even when some files have parse errors, from what could be read; says what is missing. Without it, such a workspace writes nothing and exits 1. Also writes into an output folder another workspace's outputs are in (refused without it, exit 2), making it this workspace's.")
    public var force = false
}

/// `--template DIR` names a folder that must exist: a typo must not silently build with the
/// built-in templates.
public enum TemplateOption {
    public static func validate(_ template: String?, lang: String?) throws {
        guard let template else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: template, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Misuse.error(LocalizedText(
                ko: "--template \(template): 그런 폴더가 없습니다. \(Documentation.templates("portfolio"))/(또는 \(Documentation.templates("interview"))/) 폴더를 복사하고 그 사본의 경로를 주세요.",
                en: "--template \(template): no such folder. Copy \(Documentation.templates("portfolio"))/ (or \(Documentation.templates("interview"))/) and pass the copy's path."), lang: lang)
        }
    }
}

/// Where outputs go: `Output/` in the current folder unless `-o` says otherwise.
public struct OutputOptions: ParsableArguments {
    public init() {}

    @Option(name: [.short, .customLong("output")], help: "Output folder. Default: Output/ in the current folder.", completion: .directory)
    public var output: String = "Output"

    public var url: URL { URL(fileURLWithPath: output) }
}

/// `--quiet`, shared by every command that reports what it wrote. It means the same everywhere:
/// no progress lines (the files written or removed, the closing summary); errors and notes are
/// still printed, and the command's result still goes where it was asked for (the files; on
/// standard output a report that has no file to go to, such as `folio match`'s without `--xlsx`).
public struct ProgressOptions: ParsableArguments {
    public init() {}

    @Flag(name: [.short, .long], help: "No progress lines (no list of written files, no summary); errors and notes are still printed, and the result still goes where it was asked for.")
    public var quiet = false

    /// Prints a progress line on standard output unless `--quiet`.
    public func say(_ text: String) {
        if !quiet { Console.out(text) }
    }

    /// `  wrote Output/portfolio.md` / `  작성: Output/portfolio.md`, unless `--quiet`.
    public func wrote(_ path: String, _ language: Language) {
        say(Self.line(.wrote, path, language))
    }

    /// `  created my-folio/folio.yaml` / `  생성: my-folio/folio.yaml`, unless `--quiet`.
    public func created(_ path: String, _ language: Language) {
        say(Self.line(.created, path, language))
    }

    /// What a progress line says was done to a file.
    public enum Action {
        case wrote, created, removed
    }

    /// One progress line: the action in the run's language, then the path. A file removed is one
    /// an earlier build wrote and this one did not.
    public static func line(_ action: Action, _ path: String, _ language: Language) -> String {
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
public enum Console {
    /// Text that may hold user text: each line cleaned of control characters.
    public static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((TerminalText.lines(text) + "\n").utf8))
    }

    /// A JSON document: the control characters a JSON encoder leaves raw become `\uXXXX`.
    public static func json(_ text: String) {
        FileHandle.standardOutput.write(Data((TerminalText.json(text) + "\n").utf8))
    }

    /// A report whose user text its reporter cleaned already (`TextReporter`), with colour codes of its own.
    public static func report(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    public static func error(_ text: String) {
        FileHandle.standardError.write(Data((TerminalText.lines(text) + "\n").utf8))
    }

    /// Colour only on a terminal and never with NO_COLOR (https://no-color.org).
    public static var useColor: Bool {
        isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
}

extension FolioError {
    /// Prints the error and exits with the code RULES.md gives tool failures.
    public func exit(_ language: Language = .en) -> ExitCode {
        // An interrupt's cleanup (a killed browser, a removed temporary) is no error of the
        // command's: the signal's handler exits with 130 / 143 instead.
        Cleanup.shared.holdIfInterrupted()
        Console.error("error: " + message(language))
        return ExitCode(2)
    }
}

/// The options of `folio serve`, read by both executables: `folio` (for `--help`, completions,
/// the man page, and to check them before it starts `folio-serve`) and `folio-serve` itself.
///
/// The preview server is its own executable, `folio-serve`, beside `folio`: its HTTP library
/// (FlyingFox) links Foundation's networking library, whose loading (libcurl, TLS, Kerberos and
/// 30 more shared libraries) cost every other command about 5 ms and 20 million instructions at
/// start, as much as reading the whole workspace (`Benchmarks/ratios.sh`).
public struct ServeOptions: ParsableArguments {
    public init() {}

    @OptionGroup public var workspace: WorkspaceOptions

    @Option(help: "The port on 127.0.0.1 (0: any free port).")
    public var port: UInt16 = 4000

    @Flag(help: "Open the preview in the default browser (xdg-open or open).")
    public var open = false

    @Option(
        name: .customLong("for"),
        help: ArgumentHelp("A job posting (plain text): order the page for it and add the match tab.", valueName: "posting"),
        completion: .file())
    public var posting: String?

    @Option(help: "A folder of templates to render with: a copy of the built-in portfolio/ templates (Templates/portfolio/ in a clone, folio_FolioTemplates.resources/portfolio/ beside an installed folio).", completion: .directory)
    public var template: String?

    /// The error when `folio serve` cannot start `folio-serve` at `server` (`execv` failed with
    /// `code`), in both languages: before the workspace is read its language is unknown.
    public static func cannotStartServer(_ server: String, errno code: Int32) -> String {
        let reason = SystemErrorText.reason(errno: code)
        return """
            error: \(server): folio serve에 필요한 folio-serve를 실행할 수 없습니다: \(reason.ko)
            error: \(server): folio serve cannot run folio-serve: \(reason.en)
            """
    }

    /// What `folio serve` does, for both executables' `--help`.
    public static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the portfolio in a browser, rebuilt on every save.",
        discussion: """
            Serves on 127.0.0.1 only (never beyond this machine): the one page as it will print \
            (A4 frame, what was left out), the full portfolio, the interview sheet and, with \
            --for, the posting match, with the `folio check` findings beside it, each at its \
            file:line. Saving a file rebuilds in-process and the open tab reloads itself. A file \
            that cannot be read shows an error panel while the last good page stays. Nothing is \
            written to disk. Stop with Ctrl-C. The server is the program folio-serve beside folio.
            """)
}
