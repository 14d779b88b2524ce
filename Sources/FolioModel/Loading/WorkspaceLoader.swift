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
        for document in readConcurrently(markdownFiles(in: "projects", root: root), in: root, parse: DocumentReader.project) {
            document.findings.forEach(diagnostics.add)
            if document.wasRead { workspace.files.append(document.file) }
            if let project = document.value { workspace.projects.append(project) }
        }
        for document in readConcurrently(markdownFiles(in: "stories", root: root), in: root, parse: DocumentReader.story) {
            document.findings.forEach(diagnostics.add)
            if document.wasRead { workspace.files.append(document.file) }
            if let story = document.value { workspace.stories.append(story) }
        }
        workspace.postings = files(in: "postings", root: root, extensions: ["txt", "md"])
        for posting in workspace.postings {
            guard let data = FileManager.default.contents(atPath: root.path + "/" + posting),
                  case .success(let source) = SourceText.decode(data, file: posting) else { continue }
            workspace.postingCompanies[posting] = PostingCompany.name(in: source.text)
        }
        let postings = workspace.postings
        for document in readConcurrently(markdownFiles(in: "essays", root: root), in: root, parse: { source, diagnostics in
            EssayReader.essay(source, postings: postings, diagnostics: diagnostics)
        }) {
            document.findings.forEach(diagnostics.add)
            if document.wasRead { workspace.files.append(document.file) }
            if let essay = document.value { workspace.essays.append(essay) }
        }
        workspace.diagnostics = diagnostics.findings
        return workspace
    }

    /// The result buffer of `readConcurrently`: each iteration writes only its own slot,
    /// so sharing the buffer between threads is safe.
    struct Slots<Element>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Element>
    }

    /// One Markdown file read and parsed on its own, with its own findings.
    struct ReadDocument<Value> {
        var file: String
        var wasRead = false
        var value: Value?
        var findings: [Finding] = []
    }

    /// Reads and parses files on all cores (a workspace may hold thousands), returning the
    /// results in the order of `files` so that output stays deterministic.
    static func readConcurrently<Value: Sendable>(
        _ files: [String], in root: URL, parse: @escaping @Sendable (SourceText, Diagnostics) -> Value?
    ) -> [ReadDocument<Value>] {
        let results = UnsafeMutableBufferPointer<ReadDocument<Value>>.allocate(capacity: files.count)
        defer { results.deallocate() }
        let slots = Slots<ReadDocument<Value>>(buffer: results)
        DispatchQueue.concurrentPerform(iterations: files.count) { position in
            let diagnostics = Diagnostics()
            var document = ReadDocument<Value>(file: files[position])
            if let source = read(files[position], in: root, diagnostics: diagnostics) {
                document.wasRead = true
                document.value = parse(source, diagnostics)
            }
            document.findings = diagnostics.findings
            (slots.buffer.baseAddress! + position).initialize(to: document)
        }
        let documents = Array(results)
        _ = results.deinitialize()
        return documents
    }

    /// Reads and decodes one file; an unreadable, non-UTF-8 or empty file becomes a finding.
    static func read(_ file: String, in root: URL, diagnostics: Diagnostics) -> SourceText? {
        // A path string, not URL.appendingPathComponent: this runs for every file of the workspace.
        guard let data = FileManager.default.contents(atPath: root.path + "/" + file) else {
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
            if source.text.allSatisfy(\.isWhitespace) {
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
