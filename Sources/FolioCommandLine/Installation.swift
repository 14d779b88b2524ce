import ArgumentParser
import Foundation
import FolioModel

/// The data folders beside the binary.
public enum Installation {
    /// folio's version, as `folio --version` prints it.
    public static let version = "0.1.0"

    /// The skill catalog, role profiles, templates and schemas are data files in bundles beside
    /// the binary; without them every skill would look unknown, so say what is missing instead.
    public static func requireResources() throws {
        let missing = bundles.filter { ResourceBundle.folder(named: $0) == nil }
        let folder = ResourceBundle.searchFolders.first?.path ?? "."
        for name in missing {
            Console.error("""
                error: \(folder)/\(name): folio의 데이터 폴더가 없습니다. folio 실행 파일과 함께 folio_*.resources 폴더를 복사하세요 (README: 설치).
                error: \(folder)/\(name): folio's data folder is missing. Copy the folio_*.resources folders together with the folio binary (README: Install).
                """)
        }
        // A bundle that is there but cannot be read (permissions) is named too, with the folder to fix.
        let unreadable = bundles.compactMap(ResourceBundle.folder(named:)).compactMap { bundle in
            ResourceBundle.firstUnreadable(in: bundle).map { (bundle, $0) }
        }
        for (bundle, path) in unreadable {
            Console.error("""
                error: \(path.path): folio의 데이터를 읽을 권한이 없습니다. 설치한 사람이 권한을 되돌리세요: chmod -R a+rX \(bundle.path)
                error: \(path.path): folio cannot read its own data here (permission denied). Whoever installed folio can restore it: chmod -R a+rX \(bundle.path)
                """)
        }
        guard missing.isEmpty, unreadable.isEmpty else { throw ExitCode(2) }
    }

    /// The resource bundles SwiftPM builds beside the binary: the catalog and role profiles, the
    /// templates and scaffolds, the JSON Schemas.
    public static let bundles = ["folio_FolioModel.resources", "folio_FolioTemplates.resources", "folio_FolioSchemas.resources"]
}

