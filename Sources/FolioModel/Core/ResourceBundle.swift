import Foundation

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
        var folders: [URL] = []
        if let executable = Bundle.main.executableURL {
            folders.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        return folders
    }

    /// The bundle folder named `name` (`folio_FolioModel.resources`) in the first search folder
    /// that has it, or `nil`.
    public static func folder(named name: String) -> URL? {
        for folder in searchFolders {
            let candidate = folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return candidate
            }
        }
        return nil
    }

    /// The first path in the bundle folder `folder` (itself, a folder in it or a file in it) that
    /// this process cannot read, or nil when all of it can be read. An unreadable bundle would read
    /// as an empty skill catalog or missing templates: every skill "unknown", every build broken.
    public static func firstUnreadable(in folder: URL) -> URL? {
        guard access(folder.path, R_OK | X_OK) == 0 else { return folder }
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isDirectoryKey], errorHandler: { _, _ in true }) else {
            return folder
        }
        for case let url as URL in walker {
            let isDirectory = (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) ?? false
            guard access(url.path, isDirectory ? R_OK | X_OK : R_OK) == 0 else { return url }
        }
        return nil
    }

    /// A data file of FolioModel's bundle (`skills.json`), or `nil` when the bundle is missing.
    static func modelFile(_ fileName: String) -> URL? {
        folder(named: "folio_FolioModel.resources")?.appendingPathComponent(fileName)
    }
}
