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
            let path = line.dropFirst("workspace: ".count).trimmingCharacters(in: .whitespaces)
            return path.isEmpty ? nil : path
        }
        return nil
    }

    /// The path a workspace is recorded by: absolute, `..` and symbolic links resolved.
    public static func path(of workspace: Workspace) -> String {
        workspace.root.standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Throws `.usage` (exit 2) when `folder` was built from a workspace other than `workspace`,
    /// naming it and the two ways on: another `-o` folder, or `--force` to replace its files.
    public static func check(_ folder: URL, workspace: Workspace, replacing: Bool) throws(FolioError) {
        guard !replacing, let other = recorded(in: folder), other != path(of: workspace) else { return }
        let shown = folder.path
        throw .usage(LocalizedText(
            ko: "\(shown): 다른 작업 폴더(\(other))의 결과물이 있는 폴더입니다. 이대로 만들면 그 작업 폴더의 portfolio·skills 파일을 지우거나 덮어쓰게 되어 아무것도 쓰지 않았습니다.\n  이 작업 폴더의 결과물은 다른 폴더에 만드세요. 예: -o \(Self.suggestion(for: workspace))\n  그 폴더의 파일을 이 작업 폴더의 결과물로 바꾸려면 --force를 붙이세요.",
            en: "\(shown): this folder holds the outputs of another workspace (\(other)). Building here would remove or overwrite that workspace's portfolio and skills files, so nothing was written.\n  Build this workspace into another folder, e.g. -o \(Self.suggestion(for: workspace))\n  To replace that folder's files with this workspace's outputs, add --force."))
    }

    /// Records `workspace` as the folder's owner (written atomically).
    public static func record(_ folder: URL, workspace: Workspace) throws(FolioError) {
        let path = path(of: workspace)
        guard recorded(in: folder) != path else { return }
        try AtomicFile.write(Data("workspace: \(path)\n".utf8), to: folder.appendingPathComponent(fileName))
    }

    /// An output folder of the workspace's own: `<workspace>/Output`.
    static func suggestion(for workspace: Workspace) -> String {
        let folder = workspace.root.standardizedFileURL.appendingPathComponent("Output").path
        let current = FileManager.default.currentDirectoryPath + "/"
        return folder.hasPrefix(current) ? String(folder.dropFirst(current.count)) : folder
    }
}
