import Foundation
import FolioModel
import FolioSchemas

/// `folio init`: copies the starter workspace from `Templates/init/<lang>/` into a folder,
/// refusing to overwrite anything that exists.
public enum Scaffold {
    /// Creates the workspace and returns the files written (relative paths).
    public static func create(at destination: URL, language: Language, templates: TemplateLocator) throws(FolioError) -> [String] {
        let source = try templates.templatesRoot().appendingPathComponent("init/\(language.rawValue)")
        let fileManager = FileManager.default
        guard let enumerator = fileManager.enumerator(atPath: source.path) else {
            throw .template(path: source.path, reason: LocalizedText(ko: "init 뼈대 파일이 없습니다", en: "the init scaffold is missing"))
        }
        let files = enumerator.compactMap { $0 as? String }
            .filter { !TemplateLocator.isDirectory(source.appendingPathComponent($0)) }
            .sorted()
        guard !files.isEmpty else { throw .template(path: source.path, reason: LocalizedText(ko: "init 뼈대 폴더가 비어 있습니다", en: "the init scaffold is empty")) }
        // Check everything first: either the whole scaffold is written or nothing is. folio.yaml
        // first: when it exists, the folder is a workspace already, and that is what to say.
        for file in files.filter({ $0 == "folio.yaml" }) + files.filter({ $0 != "folio.yaml" }) where fileManager.fileExists(atPath: destination.appendingPathComponent(file).path) {
            throw .wouldOverwrite(path: destination.appendingPathComponent(file).path)
        }
        let schemas = try schemaFolder()
        for file in files {
            guard var data = fileManager.contents(atPath: source.appendingPathComponent(file).path) else {
                throw .io(path: source.appendingPathComponent(file).path, reason: LocalizedText(ko: "템플릿을 읽을 수 없습니다", en: "cannot read the template"))
            }
            if let schema = FolioSchemas.schemaFiles[file] {
                data = Data(modeline(schemas.appendingPathComponent(schema)).utf8) + data
            }
            try AtomicFile.write(data, to: destination.appendingPathComponent(file))
        }
        return files
    }

    /// The comment that points YAML language servers (VS Code's YAML extension, Helix, Neovim…)
    /// at a schema, for completion and validation as the user types.
    public static func modeline(_ schema: URL) -> String {
        "# yaml-language-server: $schema=\(schema.absoluteString)\n"
    }

    /// The installed schemas (`folio_FolioSchemas.resources` beside the binary).
    static func schemaFolder() throws(FolioError) -> URL {
        guard let folder = ResourceBundle.folder(named: FolioSchemas.bundleName) else {
            throw .template(
                path: FolioSchemas.bundleName,
                reason: LocalizedText(
                    ko: "JSON 스키마가 없습니다: folio 실행 파일 옆에 folio_*.resources 폴더를 복사하세요 (README: 설치)",
                    en: "the JSON Schemas are missing: copy the folio_*.resources folders beside the folio binary (README: Install)"))
        }
        return folder
    }
}
