import Foundation
import FolioModel

/// Finds the top-level `Templates/` folder at run time.
///
/// Order: an explicit `--template DIR`; `$FOLIO_TEMPLATES`; a `Templates/` folder next to the
/// executable or above it (so `swift run` and `.build/release/folio` from any folder find the
/// repository's); `/usr/local/share/folio/Templates`; last, the folder this source file was
/// compiled from, for a binary built from a checkout.
public struct TemplateLocator: Sendable {
    public var explicit: URL?

    public init(explicit: URL? = nil) {
        self.explicit = explicit
    }

    /// The Templates folder, or an error naming every place looked at.
    public func templatesRoot() throws(FolioError) -> URL {
        let candidates = self.candidates()
        for candidate in candidates where Self.isDirectory(candidate) {
            return candidate
        }
        throw FolioError.template(
            path: candidates.map(\.path).joined(separator: ", "),
            reason: "no Templates folder found; pass --template DIR or set FOLIO_TEMPLATES")
    }

    /// A file inside the templates folder (`portfolio/portfolio.html.mustache`). With an explicit
    /// folder, a file missing there is taken from the built-in templates, so a user can copy and
    /// restyle just one file.
    public func file(_ relativePath: String) throws(FolioError) -> URL {
        if let explicit {
            let url = explicit.appendingPathComponent(relativePath)
            if FileManager.default.fileExists(atPath: url.path) { return url }
            let flat = explicit.appendingPathComponent((relativePath as NSString).lastPathComponent)
            if FileManager.default.fileExists(atPath: flat.path) { return flat }
        }
        let root = try TemplateLocator(explicit: nil).templatesRoot()
        let url = root.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw FolioError.template(path: url.path, reason: "missing template file")
        }
        return url
    }

    func candidates() -> [URL] {
        var list: [URL] = []
        if let explicit { list.append(explicit) }
        if let env = ProcessInfo.processInfo.environment["FOLIO_TEMPLATES"], !env.isEmpty {
            list.append(URL(fileURLWithPath: env))
        }
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            var folder = executable.deletingLastPathComponent()
            for _ in 0..<6 {
                list.append(folder.appendingPathComponent("Templates"))
                folder = folder.deletingLastPathComponent()
            }
        }
        list.append(URL(fileURLWithPath: "/usr/local/share/folio/Templates"))
        // Sources/FolioRender/Support/TemplateLocator.swift → the package root.
        let source = URL(fileURLWithPath: #filePath)
        list.append(source.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Templates"))
        return list
    }

    static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
