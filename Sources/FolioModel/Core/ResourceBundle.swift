import Foundation
import Synchronization

/// Finds folio's resource bundles (`folio_FolioModel.resources`, `folio_FolioTemplates.resources`)
/// beside the running executable, so a release binary copied anywhere together with its bundles
/// works (`make install` puts them in `PREFIX/lib/folio/`, with `PREFIX/bin/folio` a symbolic
/// link to the binary there).
///
/// SwiftPM's generated `Bundle.module` stops the process with `fatalError` when the bundle is
/// missing; this lookup returns `nil` instead, so the caller can say what is missing.
public enum ResourceBundle {
    /// The folders looked in, in order: the executable's folder (symbolic links resolved, so a
    /// link on the PATH finds the real install), and the test runner's `.xctest` folder.
    public static var searchFolders: [URL] {
        [executableFolder].compactMap { $0 } + testBundleFolders
    }

    /// The running executable's folder, symbolic links resolved; found once.
    private static let executableFolder: URL? = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()

    /// The folders of loaded `.xctest` bundles (under `swift test`); asked only when the
    /// executable's folder does not have a bundle, because listing every bundle is slow.
    private static let testBundleFolders: [URL] = Bundle.allBundles
        .filter { $0.bundlePath.hasSuffix(".xctest") }.map { $0.bundleURL.deletingLastPathComponent() }

    /// The bundle folder named `name` (`folio_FolioModel.resources`) in the first search folder
    /// that has it, or `nil`. Answers are kept: the bundles do not move while folio runs.
    public static func folder(named name: String) -> URL? {
        if let known = found.withLock({ $0[name] }) { return known }
        let candidates = [executableFolder].compactMap { $0 }
        let answer = firstFolder(named: name, in: candidates) ?? firstFolder(named: name, in: testBundleFolders)
        if let answer { found.withLock { $0[name] = answer } }
        return answer
    }

    private static let found = Mutex<[String: URL]>([:])

    private static func firstFolder(named name: String, in folders: [URL]) -> URL? {
        for folder in folders {
            let candidate = folder.appendingPathComponent(name)
            var status = stat()
            if stat(candidate.path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { return candidate }
        }
        return nil
    }

    /// The first path in the bundle folder `folder` (itself, a folder in it or a file in it) that
    /// this process cannot read, or nil when all of it can be read. An unreadable bundle would read
    /// as an empty skill catalog or missing templates: every skill "unknown", every build broken.
    /// Walks the folder with `opendir`/`readdir` and `access(2)`: a few microseconds for the 53
    /// files the bundles hold, where `FileManager`'s enumerator with resource values cost every
    /// run of folio about 19 million instructions.
    public static func firstUnreadable(in folder: URL) -> URL? {
        firstUnreadable(atPath: folder.path).map { URL(fileURLWithPath: $0) }
    }

    private static func firstUnreadable(atPath path: String) -> String? {
        guard access(path, R_OK | X_OK) == 0, let directory = opendir(path) else { return path }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != ".", name != ".." else { continue }
            let child = path + "/" + name
            var status = stat()
            guard lstat(child, &status) == 0 else { return child }
            if status.st_mode & S_IFMT == S_IFDIR {
                if let unreadable = firstUnreadable(atPath: child) { return unreadable }
            } else if access(child, R_OK) != 0 {
                return child
            }
        }
        return nil
    }

    /// A data file of FolioModel's bundle (`skills.json`), or `nil` when the bundle is missing.
    static func modelFile(_ fileName: String) -> URL? {
        folder(named: "folio_FolioModel.resources")?.appendingPathComponent(fileName)
    }
}
