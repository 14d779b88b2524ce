import Foundation
import FolioModel

/// `folio init`: copies the starter workspace from `Templates/init/<lang>/` into a folder,
/// refusing to overwrite anything that exists.
public enum Scaffold {
    /// Creates the workspace and returns the files written (relative paths).
    public static func create(at destination: URL, language: Language, templates: TemplateLocator) throws(FolioError) -> [String] {
        let source = try templates.templatesRoot().appendingPathComponent("init/\(language.rawValue)")
        let fileManager = FileManager.default
        guard let enumerator = fileManager.enumerator(atPath: source.path) else {
            throw .template(path: source.path, reason: "the init scaffold is missing")
        }
        let files = enumerator.compactMap { $0 as? String }
            .filter { !TemplateLocator.isDirectory(source.appendingPathComponent($0)) }
            .sorted()
        guard !files.isEmpty else { throw .template(path: source.path, reason: "the init scaffold is empty") }
        // Check everything first: either the whole scaffold is written or nothing is.
        for file in files where fileManager.fileExists(atPath: destination.appendingPathComponent(file).path) {
            throw .wouldOverwrite(path: destination.appendingPathComponent(file).path)
        }
        for file in files {
            guard let data = fileManager.contents(atPath: source.appendingPathComponent(file).path) else {
                throw .io(path: source.appendingPathComponent(file).path, reason: "cannot read the template")
            }
            try AtomicFile.write(data, to: destination.appendingPathComponent(file))
        }
        return files
    }
}
