import Foundation

/// Where folio's documents and example workspaces are for the running binary, so that a message
/// pointing to them names a path that exists: in an installed folio (`make install`) and in a clone
/// of the repository alike.
///
/// `make install` puts them where Debian and the FHS put a package's documentation:
/// `PREFIX/share/doc/folio/` holds README.md, format.md and rules.md, and
/// `PREFIX/share/doc/folio/examples/` the example workspaces; the binary is
/// `PREFIX/lib/folio/folio`.
public enum Documentation {
    /// The path to show for `sourcePath`, a path as the repository has it (`docs/format.md`,
    /// `Examples/junior-data-engineer-ko`, `README.md`): the installed copy beside the binary,
    /// else the clone's file above a binary built in it, else the file in the current folder;
    /// relative to the current folder when inside it. Falls back to `sourcePath` itself.
    public static func path(_ sourcePath: String) -> String {
        existingPath(sourcePath) ?? sourcePath
    }

    /// `path(_:)`, or nil when `sourcePath` is in none of the places.
    public static func existingPath(_ sourcePath: String) -> String? {
        for candidate in candidates(sourcePath) where FileManager.default.fileExists(atPath: candidate.path) {
            return DisplayPath.of(candidate)
        }
        return nil
    }

    /// A folder (or file) of the built-in templates a user copies to restyle (`portfolio`,
    /// `interview`, `portfolio/README.md`): the clone's `Templates/<name>`, else the one in the
    /// templates bundle beside the binary (`PREFIX/lib/folio/folio_FolioTemplates.resources/<name>`).
    public static func templates(_ name: String) -> String {
        if let source = existingPath("Templates/" + name) { return source }
        if let bundle = ResourceBundle.folder(named: "folio_FolioTemplates.resources") {
            return DisplayPath.of(bundle.appendingPathComponent(name))
        }
        return "Templates/" + name
    }

    /// The installed path of `sourcePath` under PREFIX (`share/doc/folio/format.md`).
    public static func installedPath(_ sourcePath: String) -> String {
        if sourcePath.hasPrefix("docs/") { return "share/doc/folio/" + sourcePath.dropFirst("docs/".count) }
        if sourcePath == "Examples" { return "share/doc/folio/examples" }
        if sourcePath.hasPrefix("Examples/") { return "share/doc/folio/examples/" + sourcePath.dropFirst("Examples/".count) }
        return "share/doc/folio/" + sourcePath
    }

    /// Where `sourcePath` may be, in order.
    static func candidates(_ sourcePath: String) -> [URL] {
        var found: [URL] = []
        if let binaryFolder = ResourceBundle.searchFolders.first {
            // PREFIX/lib/folio/folio → PREFIX/share/doc/folio/…
            let prefix = binaryFolder.deletingLastPathComponent().deletingLastPathComponent()
            found.append(prefix.appendingPathComponent(installedPath(sourcePath)))
            // A clone: the binary is in <repository>/.build/<triple>/debug (or .build/debug).
            var folder = binaryFolder
            for _ in 0..<5 where folder.path != "/" {
                folder = folder.deletingLastPathComponent()
                if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                    found.append(folder.appendingPathComponent(sourcePath))
                    break
                }
            }
        }
        found.append(URL(fileURLWithPath: sourcePath))
        return found
    }
}

/// How folio names a file or folder it wrote, chose or points to: relative to the current folder
/// when inside it, else absolute.
public enum DisplayPath {
    public static func of(_ url: URL) -> String {
        let current = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        if path == current { return "." }
        return path.hasPrefix(current + "/") ? String(path.dropFirst(current.count + 1)) : path
    }

    /// `path` as it can be pasted into a shell: in single quotes when it holds spaces or shell characters.
    public static func quoted(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy { !" '\"$`\\!*?&;|<>()[]{}#~".unicodeScalars.contains($0) }
        return plain ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
