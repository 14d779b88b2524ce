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
                throw .usage("""
                    \(folder.path): this is the workspace's \(input)/ folder, which folio reads; outputs never go into an input folder.
                      Choose another output folder, e.g. -o Output   (이 폴더는 작업 폴더의 \(input)/ 입력 폴더입니다. 다른 출력 폴더를 지정하세요.)
                    """)
            }
        }
        let inputs = Set(workspace.files.map { resolved(workspace.root.appendingPathComponent($0)) } + [root + "/folio.yaml", root + "/skills.yaml"])
        for name in fileNames where inputs.contains(output + "/" + name) {
            throw .usage("""
                \(folder.path)/\(name): this is one of the workspace's input files; folio never writes over an input.
                  Choose another output folder, e.g. -o Output   (작업 폴더의 입력 파일입니다. 다른 출력 폴더를 지정하세요.)
                """)
        }
    }

    /// The absolute path with `..` and symbolic links resolved (as far as the path exists).
    static func resolved(_ url: URL) -> String {
        url.standardizedFileURL.resolvingSymlinksInPath().path
    }
}
