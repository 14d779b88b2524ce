import Foundation
import FolioModel

// `folio match ws/postings/acme.txt` run from ws's parent folder: the posting says which
// workspace it belongs to, so a new user need not name it twice.

extension WorkspaceSelection {
    /// The workspace `folio match POSTING` reads: the folder given (`DIR` or `--workspace`); else
    /// the current folder when it has folio.yaml; else the nearest folder at or above the
    /// posting's own folder that has one; else the current folder, whose load then fails with an
    /// error naming every folder searched (`searchedFromPosting`) and the fix.
    public static func forPosting(_ posting: String, given: String?, lang: String?) -> WorkspaceSelection {
        if let given { return WorkspaceSelection(directory: given, lang: lang) }
        if FileManager.default.fileExists(atPath: "folio.yaml") { return WorkspaceSelection(directory: ".", lang: lang) }
        if let found = workspace(containing: posting) {
            return WorkspaceSelection(directory: Console.display(found), lang: lang)
        }
        var selection = WorkspaceSelection(directory: ".", lang: lang)
        selection.searchedFromPosting = posting
        return selection
    }

    /// The nearest folder at or above `posting`'s folder (absolute, `..` resolved) with folio.yaml, or nil.
    public static func workspace(containing posting: String) -> URL? {
        var folder = URL(fileURLWithPath: posting).standardizedFileURL.deletingLastPathComponent()
        while true {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("folio.yaml").path) { return folder }
            let above = folder.deletingLastPathComponent()
            guard above.path != folder.path, !folder.path.isEmpty, folder.path != "/" else { return nil }
            folder = above
        }
    }

    /// No workspace in the current folder nor around the posting: what was searched, and the fix.
    static func noWorkspace(for posting: String) -> LocalizedText {
        let current = FileManager.default.currentDirectoryPath
        let postingFolder = URL(fileURLWithPath: posting).standardizedFileURL.deletingLastPathComponent().path
        let quoted = Self.quoted(posting)
        return LocalizedText(
            ko: "작업 폴더를 찾지 못했습니다: 현재 폴더(\(current))에도, 공고가 있는 폴더(\(postingFolder))와 그 위의 어느 폴더에도 folio.yaml이 없습니다.\n  작업 폴더를 공고 다음에 주세요:  folio match \(quoted) DIR\n  새로 시작하려면:                 folio init DIR",
            en: "no workspace found: neither the current folder (\(current)) nor the posting's folder (\(postingFolder)) or any folder above it has a folio.yaml.\n  Give the workspace after the posting:  folio match \(quoted) DIR\n  To start one:                          folio init DIR")
    }
}

extension Console {
    /// A path relative to the current folder when it is inside it, else absolute (`DisplayPath`).
    public static func display(_ url: URL) -> String { DisplayPath.of(url) }
}
