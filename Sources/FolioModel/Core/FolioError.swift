import Foundation

/// The tool failing, as opposed to a finding about the user's content: only this aborts.
public enum FolioError: Error, Sendable, Equatable {
    /// The folder has no `folio.yaml`.
    case notAWorkspace(path: String)
    /// The folder has no `folio.yaml` but lies inside a workspace (`projects/` of one): `workspace`
    /// is the folder above it that has one.
    case insideWorkspace(path: String, workspace: String)
    /// A path that should be a folder does not exist or is a file.
    case notADirectory(path: String)
    /// A file could not be read or written, with the reason in both languages.
    case io(path: String, reason: LocalizedText)
    /// A file that cannot be read as what it must be, at the place to edit (`resume.json:3:19`).
    case invalidFile(path: String, line: Int, column: Int, message: LocalizedText)
    /// Misuse of an option, with the fix, in both languages.
    case usage(LocalizedText)
    /// A template could not be found or rendered, with the reason in both languages.
    case template(path: String, reason: LocalizedText)
    /// A file to be created exists already (`folio init` never overwrites).
    case wouldOverwrite(path: String)

    /// What to print, with the next step for the user.
    public func message(_ language: Language = .en) -> String {
        switch self {
        case .notAWorkspace(let path):
            // The example where this folio has it: installed (share/doc/folio/examples) or a clone's Examples/.
            let example = DisplayPath.quoted(Documentation.path(language == .ko ? "Examples/junior-data-engineer-ko" : "Examples/junior-data-engineer-en"))
            return language == .ko
                ? "\(path): folio 작업 폴더가 아닙니다 (folio.yaml이 없습니다).\n  새로 시작하려면: folio init \(path)\n  예제를 보려면:   folio check \(example)"
                : "\(path): not a folio workspace (no folio.yaml here).\n  To start one:       folio init \(path)\n  To try an example:  folio check \(example)"
        case .insideWorkspace(let path, let workspace):
            return language == .ko
                ? "\(path): 작업 폴더 안의 폴더입니다. 작업 폴더(folio.yaml이 있는 곳)는 \(workspace)입니다.\n  점검하려면: folio check \(workspace)"
                : "\(path): a folder inside a workspace. The workspace (where folio.yaml is) is \(workspace).\n  To check it:  folio check \(workspace)"
        case .notADirectory(let path):
            return language == .ko
                ? "\(path): 폴더가 없습니다. 작업 폴더 경로를 확인하세요."
                : "\(path): no such folder. Check the workspace path."
        case .io(let path, let reason):
            return "\(path): \(reason(language))"
        case .invalidFile(let path, let line, let column, let message):
            return "\(path):\(line):\(column): \(message(language))"
        case .usage(let text):
            return text(language)
        case .template(let path, let reason):
            return language == .ko
                ? "\(path): 템플릿 오류: \(reason(language))"
                : "\(path): template error: \(reason(language))"
        case .wouldOverwrite(let path):
            return language == .ko
                ? "\(path): 이미 있는 파일입니다. folio는 기존 파일을 덮어쓰지 않으니, 다른 폴더를 지정하거나 파일을 옮긴 뒤 다시 실행하세요."
                : "\(path): exists already, and folio never overwrites your files: choose another folder or move the file away."
        }
    }
}

extension FolioError: LocalizedError {
    public var errorDescription: String? { message(.en) }
}
