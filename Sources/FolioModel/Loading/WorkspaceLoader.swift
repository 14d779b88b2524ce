import Foundation

/// Reads a workspace folder into a `Workspace`.
public enum WorkspaceLoader {
    /// Loads the workspace at `path`.
    ///
    /// - Throws: `FolioError.notADirectory` or `.notAWorkspace` when there is nothing to read;
    ///   every problem inside the files becomes a located finding in `diagnostics` instead.
    public static func load(at path: URL) throws(FolioError) -> Workspace {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        var root = path.standardizedFileURL
        if fileManager.fileExists(atPath: root.path, isDirectory: &isDirectory), !isDirectory.boolValue,
           root.lastPathComponent == "folio.yaml" {
            root = root.deletingLastPathComponent()
        } else if !fileManager.fileExists(atPath: root.path, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw .notADirectory(path: path.path)
        }
        guard fileManager.fileExists(atPath: root.appendingPathComponent("folio.yaml").path) else {
            throw .notAWorkspace(path: path.path)
        }

        var workspace = Workspace(root: root)
        let diagnostics = Diagnostics()

        if let source = read("folio.yaml", in: root, diagnostics: diagnostics) {
            workspace.files.append(source.file)
            workspace.profile = ProfileReader.read(source, diagnostics: diagnostics)
        }
        if fileManager.fileExists(atPath: root.appendingPathComponent("skills.yaml").path) {
            workspace.skillsFile = "skills.yaml"
            if let source = read("skills.yaml", in: root, diagnostics: diagnostics) {
                workspace.files.append(source.file)
                workspace.skills = SkillsReader.read(source, diagnostics: diagnostics)
            }
        }
        for file in markdownFiles(in: "projects", root: root) {
            guard let source = read(file, in: root, diagnostics: diagnostics) else { continue }
            workspace.files.append(file)
            if let project = DocumentReader.project(source, diagnostics: diagnostics) {
                workspace.projects.append(project)
            }
        }
        for file in markdownFiles(in: "stories", root: root) {
            guard let source = read(file, in: root, diagnostics: diagnostics) else { continue }
            workspace.files.append(file)
            if let story = DocumentReader.story(source, diagnostics: diagnostics) {
                workspace.stories.append(story)
            }
        }
        workspace.postings = files(in: "postings", root: root, extensions: ["txt", "md"])
        workspace.diagnostics = diagnostics.findings
        return workspace
    }

    /// Reads and decodes one file; an unreadable, non-UTF-8 or empty file becomes a finding.
    static func read(_ file: String, in root: URL, diagnostics: Diagnostics) -> SourceText? {
        let url = root.appendingPathComponent(file)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            diagnostics.add(Finding(
                "parse.io", .error, at: SourceLocation(file: file, line: 1),
                message: LocalizedText(ko: "파일을 읽을 수 없습니다 (권한을 확인하세요).", en: "cannot read this file (check its permissions)."),
                help: LocalizedText(ko: "chmod u+r \(file)", en: "chmod u+r \(file)")))
            return nil
        }
        switch SourceText.decode(data, file: file) {
        case .failure(let finding):
            diagnostics.add(finding)
            return nil
        case .success(let source):
            if source.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                diagnostics.add(Finding(
                    "parse.empty", .error, at: SourceLocation(file: file, line: 1),
                    message: LocalizedText(ko: "빈 파일입니다.", en: "this file is empty."),
                    help: LocalizedText(
                        ko: "내용을 채우거나 파일을 지우세요. `folio init`으로 만든 예시 파일을 참고하세요.",
                        en: "Fill it in or delete it; the files `folio init` writes show every field.")))
                return nil
            }
            return source
        }
    }

    static func markdownFiles(in folder: String, root: URL) -> [String] {
        files(in: folder, root: root, extensions: ["md", "markdown"])
    }

    static func files(in folder: String, root: URL, extensions: Set<String>) -> [String] {
        let url = root.appendingPathComponent(folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return [] }
        return names
            .filter { !$0.hasPrefix(".") && extensions.contains(($0 as NSString).pathExtension.lowercased()) }
            .sorted()
            .map { "\(folder)/\($0)" }
    }
}
