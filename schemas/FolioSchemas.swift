import Foundation

/// The JSON Schemas (draft 2020-12) of folio.yaml, skills.yaml and the project, story and essay
/// front matter, shipped as this target's resource bundle (`folio_FolioSchemas.resources`) so that
/// `folio init` can point a new workspace's YAML at the schemas installed with the binary.
/// This file exists because a SwiftPM target needs one source file.
public enum FolioSchemas {
    /// The resource bundle's folder name, as SwiftPM names it (`<package>_<target>.resources`).
    public static let bundleName = "folio_FolioSchemas.resources"

    /// The schema of each YAML file `folio init` writes, by the file's path in the workspace.
    public static let schemaFiles = ["folio.yaml": "folio.schema.json", "skills.yaml": "skills.schema.json"]
}
