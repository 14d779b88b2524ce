import Foundation

/// Outputs never go into the workspace's input folders or over an input file: `folio build
/// -o projects/` would otherwise put portfolio.md among the projects (and overwrite one named so).
public enum OutputGuard {
    /// The folders folio reads from.
    public static let inputFolders = ["projects", "stories", "postings", "essays"]

    /// Throws `.usage` when `folder` is (or is inside) an input folder of `workspace`, or when
    /// one of `fileNames` in it would replace a file the workspace reads.
    public static func check(_ folder: URL, fileNames: [String], workspace: Workspace) throws(FolioError) {
        let output = resolved(folder)
        let root = resolved(workspace.root)
        for input in inputFolders {
            let inputFolder = resolved(workspace.root.appendingPathComponent(input))
            if output == inputFolder || output.hasPrefix(inputFolder + "/") {
                throw .usage(LocalizedText(
                    ko: "\(folder.path): 작업 폴더의 \(input)/ 폴더로, folio가 읽는 입력 폴더입니다. 결과물은 입력 폴더에 쓰지 않습니다.\n  다른 출력 폴더를 지정하세요. 예: -o Output",
                    en: "\(folder.path): this is the workspace's \(input)/ folder, which folio reads; outputs never go into an input folder.\n  Choose another output folder, e.g. -o Output"))
            }
        }
        let inputs = Set(workspace.files.map { resolved(workspace.root.appendingPathComponent($0)) } + [root + "/folio.yaml", root + "/skills.yaml"])
        for name in fileNames where inputs.contains(output + "/" + name) {
            throw .usage(LocalizedText(
                ko: "\(folder.path)/\(name): 작업 폴더의 입력 파일입니다. folio는 입력 파일을 덮어쓰지 않습니다.\n  다른 출력 폴더를 지정하세요. 예: -o Output",
                en: "\(folder.path)/\(name): this is one of the workspace's input files; folio never writes over an input.\n  Choose another output folder, e.g. -o Output"))
        }
    }

    /// The absolute path with `..` and symbolic links resolved (as far as the path exists).
    static func resolved(_ url: URL) -> String {
        url.standardizedFileURL.resolvingSymlinksInPath().path
    }
}
