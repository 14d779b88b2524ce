import Foundation
import FolioModel
import FolioTemplates

/// Finds the built-in templates (`portfolio/`, `interview/`, `init/`) at run time.
///
/// Order: an explicit `--template DIR`; `$FOLIO_TEMPLATES`; the resource bundle
/// `folio_FolioTemplates.resources` beside the executable, which `swift build` makes from the
/// repository's `Templates/` and `make install` copies with the binary. A copied binary with its
/// bundles works from any folder; without them it says where it looked.
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
            reason: LocalizedText(
                ko: "내장 템플릿이 없습니다: folio 실행 파일 옆에 folio_*.resources 폴더를 복사하거나 (\(Documentation.path("README.md"))의 'Install'), --template DIR을 주거나 FOLIO_TEMPLATES를 지정하세요",
                en: "no built-in templates found: copy the folio_*.resources folders beside the folio binary (\(Documentation.path("README.md")): Install), or pass --template DIR or set FOLIO_TEMPLATES"))
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
            throw FolioError.template(path: url.path, reason: LocalizedText(ko: "템플릿 파일이 없습니다", en: "missing template file"))
        }
        return url
    }

    func candidates() -> [URL] {
        var list: [URL] = []
        if let explicit { list.append(explicit) }
        // getenv, not ProcessInfo's dictionary of the whole environment: this runs for every
        // template file looked up (a tenth of `folio build` when it copied the environment each time).
        if let value = getenv("FOLIO_TEMPLATES"), case let env = String(cString: value), !env.isEmpty {
            list.append(URL(fileURLWithPath: env))
        }
        if let bundle = ResourceBundle.folder(named: FolioTemplates.bundleName) {
            list.append(bundle)
        } else {
            list += ResourceBundle.searchFolders.map { $0.appendingPathComponent(FolioTemplates.bundleName) }
        }
        return list
    }

    static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
