import Foundation
import FolioModel

/// Which workspace an output folder was built from, recorded in the folder as `.folio-build`
/// (one line, `workspace: <absolute path>`), so that a build of another workspace into the same
/// folder (two workspaces built from one parent folder into its `Output/`) neither removes the
/// first one's files as stale nor silently writes over them.
///
/// A folder without the record (new, or written by a folio before it kept one) takes any workspace.
public enum OutputOwner {
    /// The record's file name in the output folder.
    public static let fileName = ".folio-build"

    /// The workspace path the folder's record names, or nil when there is none.
    public static func recorded(in folder: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix("workspace: ") {
            let path = line.dropFirst("workspace: ".count).trimmingHorizontalSpace()
            return path.isEmpty ? nil : path
        }
        return nil
    }

    /// The path a workspace is recorded by: absolute, `..` and symbolic links resolved.
    public static func path(of workspace: Workspace) -> String {
        workspace.root.standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Throws `.usage` (exit 2) when `folder` was built from a workspace other than `workspace`,
    /// naming it and the two ways on: another `-o` folder (or, with `fileName`, that file in
    /// another folder: `folio export -o`), or `--force` to replace its files.
    public static func check(_ folder: URL, workspace: Workspace, replacing: Bool, fileName: String? = nil) throws(FolioError) {
        guard !replacing, let other = recorded(in: folder), other != path(of: workspace) else { return }
        let shown = folder.path
        let suggestion = Self.suggestion(for: workspace) + (fileName.map { "/" + $0 } ?? "")
        throw .usage(LocalizedText(
            ko: "\(shown): 다른 작업 폴더(\(other))의 결과물이 있는 폴더입니다. 여기에 쓰면 그 작업 폴더의 결과물을 지우거나 덮어쓰거나 섞게 되어 아무것도 쓰지 않았습니다.\n  이 작업 폴더의 결과물은 다른 폴더에 쓰세요. 예: -o \(suggestion)\n  그 폴더를 이 작업 폴더의 결과물 폴더로 바꾸려면 --force를 붙이세요.",
            en: "\(shown): this folder holds the outputs of another workspace (\(other)). Writing here would remove, overwrite or mix with that workspace's outputs, so nothing was written.\n  Write this workspace's outputs into another folder, e.g. -o \(suggestion)\n  To make that folder this workspace's output folder instead, add --force."))
    }

    /// Writes into `folder` as its owner, the one way every command that writes outputs does
    /// (`build`, `interview`, `essay`, `export`, `match --xlsx`): refuses a folder another
    /// workspace's outputs are in (unless `replacing`, `--force`), then, under the folder's
    /// `OutputLock`, checks again, records `workspace` as the owner and runs `write`.
    ///
    /// `claimingUnrecorded: false` (`folio export -o somewhere/resume.json`, one file the user
    /// named in a folder of their own) leaves a folder without a record unrecorded; a recorded
    /// one is still checked and, with `replacing`, handed over.
    public static func writing<T>(
        into folder: URL, workspace: Workspace, replacing: Bool, fileName: String? = nil, claimingUnrecorded: Bool = true,
        _ write: () throws(FolioError) -> T
    ) throws(FolioError) -> T {
        try check(folder, workspace: workspace, replacing: replacing, fileName: fileName)
        return try OutputLock.holding(folder) { () throws(FolioError) -> T in
            try check(folder, workspace: workspace, replacing: replacing, fileName: fileName)
            if claimingUnrecorded || recorded(in: folder) != nil { try record(folder, workspace: workspace) }
            return try write()
        }
    }

    /// Records `workspace` as the folder's owner (written atomically).
    public static func record(_ folder: URL, workspace: Workspace) throws(FolioError) {
        let path = path(of: workspace)
        guard recorded(in: folder) != path else { return }
        try AtomicFile.write(Data("workspace: \(path)\n".utf8), to: folder.appendingPathComponent(fileName))
    }

    /// An output folder of the workspace's own: `<workspace>/Output`.
    static func suggestion(for workspace: Workspace) -> String {
        DisplayPath.of(workspace.root.appendingPathComponent("Output"))
    }
}
