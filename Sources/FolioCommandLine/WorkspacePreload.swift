import Foundation
import Synchronization
import FolioModel

/// The workspace read on another thread while the command line is parsed.
///
/// swift-argument-parser takes about 18 M instructions (2–4 ms on this project's 2-core machine)
/// to parse `folio build DIR -o OUT` before the command knows its folder, and reading the
/// workspace takes about as long after it: `folio build` and `folio check` start reading the
/// folder named on the command line at once, and `WorkspaceSelection.load()` takes that reading
/// when the parsed folder is the same string. When the folder cannot be told from the words
/// alone (`--quiet DIR`: a flag or an option's value?) nothing is read ahead and the command
/// reads as before; a reading the command does not take is never looked at.
public enum WorkspacePreload {
    /// Starts reading the folder that `arguments` (the whole command line, program name first)
    /// name, if `folderGuess(in:)` can tell it.
    public static func start(_ arguments: [String]) {
        guard let folder = folderGuess(in: arguments) else { return }
        let reading = Background { () -> Result<Workspace, FolioError> in
            Result { () throws(FolioError) in try WorkspaceLoader.load(at: URL(fileURLWithPath: folder)) }
        }
        pending.withLock { $0 = (folder, reading) }
    }

    /// The reading started for `folder` (as the command parsed it: `WorkspaceOptions.directory`),
    /// waited for; nil when none was started for that string. A reading is taken once.
    static func take(for folder: String) -> Result<Workspace, FolioError>? {
        let reading = pending.withLock { (current) -> Background<Result<Workspace, FolioError>>? in
            guard let started = current, started.folder == folder else { return nil }
            current = nil
            return started.reading
        }
        return reading?.value
    }

    /// The workspace folder of a `build` or `check` command line as the parser will read it, or
    /// nil when the words alone cannot tell. The folder is the first argument that does not start
    /// with `-` and does not follow an option (`build DIR -o OUT`: `DIR`); with no such argument,
    /// the current folder. A word after an option before the folder is found (`-o OUT DIR`,
    /// `--quiet DIR`: the option's value, or the folder after a flag?), a second folder, `--`, or
    /// a request for help or the version make it unknown. A wrong guess costs a reading only: the
    /// command takes it only for the very folder it parsed.
    static func folderGuess(in arguments: [String]) -> String? {
        guard arguments.count >= 2, ["build", "check"].contains(arguments[1]) else { return nil }
        var folder: String?
        var afterOption = false
        for word in arguments.dropFirst(2) {
            if ["--", "-h", "--help", "--version", "help"].contains(word) { return nil }
            if word.hasPrefix("-") {
                afterOption = !word.contains("=")
                continue
            }
            defer { afterOption = false }
            if afterOption {
                if folder == nil { return nil }
                continue  // an option's value after the folder
            }
            if folder != nil { return nil }
            folder = word
        }
        return folder ?? "."
    }

    private static let pending = Mutex<(folder: String, reading: Background<Result<Workspace, FolioError>>)?>(nil)
}
