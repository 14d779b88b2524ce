import Foundation

/// Reads a workspace folder into a `Workspace`.
public enum WorkspaceLoader {
    /// Loads the workspace at `path`.
    ///
    /// - Throws: `FolioError.notADirectory`, `.notAWorkspace` or `.insideWorkspace` (a folder of a
    ///   workspace, such as its `projects/`) when there is nothing to read;
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
            // Run from `projects/` or `stories/`: name the workspace above instead of suggesting a new one there.
            var above = root.deletingLastPathComponent()
            for _ in 0..<3 where above.path != "/" {
                if fileManager.fileExists(atPath: above.appendingPathComponent("folio.yaml").path) {
                    throw .insideWorkspace(path: path.path, workspace: above.path)
                }
                above = above.deletingLastPathComponent()
            }
            throw .notAWorkspace(path: path.path)
        }

        var workspace = Workspace(root: root)
        let diagnostics = Diagnostics()

        // Every file is read and parsed in one concurrent pass — folio.yaml, skills.yaml, the
        // projects, the stories, the postings' company lines and the essays — and the results are
        // taken in that order, so that files and findings come out as a file-by-file read gives
        // them. A small workspace has fewer files of each kind than there are cores.
        let listed = Diagnostics()  // the folders' listing problems, replayed in their place below
        let projectFiles = markdownFiles(in: "projects", root: root, diagnostics: listed)
        let projectsListed = listed.findings.count
        let storyFiles = markdownFiles(in: "stories", root: root, diagnostics: listed)
        let storiesListed = listed.findings.count
        workspace.postings = files(in: "postings", root: root, extensions: ["txt", "md"], diagnostics: listed)
        let postingsListed = listed.findings.count
        let essayFiles = markdownFiles(in: "essays", root: root, diagnostics: listed)
        let postings = workspace.postings
        let hasSkills = fileManager.fileExists(atPath: root.appendingPathComponent("skills.yaml").path)

        var jobs: [ReadJob] = [ReadJob(file: "folio.yaml") { source, diagnostics in ProfileReader.read(source, diagnostics: diagnostics) }]
        if hasSkills { jobs.append(ReadJob(file: "skills.yaml") { source, diagnostics in SkillsReader.read(source, diagnostics: diagnostics) }) }
        jobs += projectFiles.map { ReadJob(file: $0, parse: DocumentReader.project) }
        jobs += storyFiles.map { ReadJob(file: $0, parse: DocumentReader.story) }
        // Postings are `folio match`'s to report on; here only the company each names is read,
        // with the same guards (regular files, 10 MB) and its problems left to `match`.
        jobs += postings.map { ReadJob(file: $0, reportsProblems: false) { source, _ in PostingCompany.name(in: source.text) } }
        jobs += essayFiles.map { ReadJob(file: $0) { source, diagnostics in EssayReader.essay(source, postings: postings, diagnostics: diagnostics) } }
        var documents = readConcurrently(jobs, in: root)[...]

        let profile = documents.removeFirst()
        profile.findings.forEach(diagnostics.add)
        workspace.readingLosses.merge(profile.losses) { $1 }
        if profile.wasRead {
            workspace.files.append(profile.file)
            if let value = profile.value as? Profile { workspace.profile = value }
        }
        if hasSkills {
            workspace.skillsFile = "skills.yaml"
            let skills = documents.removeFirst()
            skills.findings.forEach(diagnostics.add)
            workspace.readingLosses.merge(skills.losses) { $1 }
            if skills.wasRead {
                workspace.files.append(skills.file)
                if let value = skills.value as? [Skill] { workspace.skills = value }
            }
        }
        listed.findings[0..<projectsListed].forEach(diagnostics.add)
        for document in documents.prefix(projectFiles.count) {
            document.findings.forEach(diagnostics.add)
            workspace.readingLosses.merge(document.losses) { $1 }
            if document.wasRead { workspace.files.append(document.file) }
            if let project = document.value as? Project { workspace.projects.append(project) }
        }
        documents = documents.dropFirst(projectFiles.count)
        listed.findings[projectsListed..<storiesListed].forEach(diagnostics.add)
        for document in documents.prefix(storyFiles.count) {
            document.findings.forEach(diagnostics.add)
            workspace.readingLosses.merge(document.losses) { $1 }
            if document.wasRead { workspace.files.append(document.file) }
            if let story = document.value as? Story { workspace.stories.append(story) }
        }
        documents = documents.dropFirst(storyFiles.count)
        listed.findings[storiesListed..<postingsListed].forEach(diagnostics.add)
        for document in documents.prefix(postings.count) where document.wasRead {
            workspace.postingCompanies[document.file] = document.value as? String
        }
        documents = documents.dropFirst(postings.count)
        listed.findings[postingsListed...].forEach(diagnostics.add)
        for document in documents {
            document.findings.forEach(diagnostics.add)
            workspace.readingLosses.merge(document.losses) { $1 }
            if document.wasRead { workspace.files.append(document.file) }
            if let essay = document.value as? Essay { workspace.essays.append(essay) }
        }
        workspace.diagnostics = diagnostics.findings
        workspace.readingLosses.merge(diagnostics.losses) { $1 }
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
        var losses: [String: ReadingLoss] = [:]
    }

    /// One file to read and the reader that parses it; `reportsProblems` false keeps the file's
    /// reading problems (too large, not UTF-8) out of the findings (postings: `folio match` reports them).
    struct ReadJob: Sendable {
        var file: String
        var reportsProblems = true
        var parse: @Sendable (SourceText, Diagnostics) -> (any Sendable)?
    }

    /// Reads and parses files on all cores (a workspace may hold thousands), returning the
    /// results in the order of `jobs` so that output stays deterministic.
    static func readConcurrently(_ jobs: [ReadJob], in root: URL) -> [ReadDocument<any Sendable>] {
        let results = UnsafeMutableBufferPointer<ReadDocument<any Sendable>>.allocate(capacity: jobs.count)
        defer { results.deallocate() }
        let slots = Slots<ReadDocument<any Sendable>>(buffer: results)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { position in
            let job = jobs[position]
            let diagnostics = Diagnostics()
            var document = ReadDocument<any Sendable>(file: job.file)
            if let source = read(job.file, in: root, diagnostics: job.reportsProblems ? diagnostics : Diagnostics()) {
                document.wasRead = true
                document.value = job.parse(source, diagnostics)
            }
            document.findings = diagnostics.findings
            document.losses = diagnostics.losses
            (slots.buffer.baseAddress! + position).initialize(to: document)
        }
        let documents = Array(results)
        _ = results.deinitialize()
        return documents
    }

    /// The largest workspace file folio reads (10 MB): a longer one is not a portfolio file,
    /// and reading it would only take the machine's memory.
    public static let maxFileSize = 10_000_000

    /// Reads and decodes one file; a file that is not a regular file (a folder, a broken or
    /// looping symlink, a pipe, a device), an unreadable, oversized, non-UTF-8 or empty file
    /// becomes a finding saying which it is.
    static func read(_ file: String, in root: URL, diagnostics: Diagnostics) -> SourceText? {
        // A path string, not URL.appendingPathComponent: this runs for every file of the workspace.
        let path = root.path + "/" + file
        let tooLarge = Finding(
            "parse.size", .error, at: SourceLocation(file: file, line: 1),
            message: LocalizedText(
                ko: "파일이 10 MB보다 큽니다. folio는 10 MB까지의 파일만 읽습니다.",
                en: "this file is larger than 10 MB; folio reads workspace files up to 10 MB."),
            help: LocalizedText(
                ko: "포트폴리오 파일이 아니라면 작업 폴더 밖으로 옮기세요.",
                en: "If it is not a portfolio file, move it out of the workspace."))
        switch readText(atPath: path, shownAs: file, limit: maxFileSize, tooLarge: tooLarge) {
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

    /// Reads and decodes a text file with the guards of every workspace file: a folder, a broken
    /// or looping symlink, a pipe or a device is told as what it is (and a pipe is never opened, so
    /// nothing waits on it); an unreadable file, one over `limit` bytes (`tooLarge`, read no further
    /// than `limit + 1` bytes) or one that is not UTF-8 is a finding at `file`:1 (the encoding error
    /// at its line). `file` is the name messages show.
    public static func readText(atPath path: String, shownAs file: String, limit: Int, tooLarge: Finding) -> Result<SourceText, Finding> {
        if let problem = FileKind.problem(at: path, file: file) { return .failure(problem) }
        guard let data = FileKind.contents(atPath: path, limit: limit) else {
            return .failure(Finding(
                "parse.io", .error, at: SourceLocation(file: file, line: 1),
                message: LocalizedText(ko: "파일을 읽을 권한이 없습니다.", en: "no permission to read this file."),
                help: LocalizedText(ko: "chmod u+r \(file)", en: "chmod u+r \(file)")))
        }
        guard data.count <= limit else { return .failure(tooLarge) }
        return SourceText.decode(data, file: file)
    }

    static func markdownFiles(in folder: String, root: URL, diagnostics: Diagnostics? = nil) -> [String] {
        files(in: folder, root: root, extensions: ["md", "markdown"], diagnostics: diagnostics)
    }

    /// The files of `folder` with one of `extensions`, sorted. A folder that is missing is
    /// empty; one that exists but cannot be listed (no permission, not a folder) is a finding,
    /// never an empty folder.
    static func files(in folder: String, root: URL, extensions: Set<String>, diagnostics: Diagnostics? = nil) -> [String] {
        let url = root.appendingPathComponent(folder)
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else {
            if exists || (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) != nil {
                let notFolder = exists && !isDirectory.boolValue
                diagnostics?.add(Finding(
                    "parse.io", .error, at: SourceLocation(file: folder + "/", line: 1),
                    message: notFolder
                        ? LocalizedText(ko: "\(Josa.subject.after(folder)) 폴더가 아니라 파일입니다.", en: "\(folder) is a file, not a folder.")
                        : LocalizedText(ko: "\(folder) 폴더의 목록을 읽을 수 없습니다 (권한이 없거나 깨진 링크). 안의 파일을 하나도 읽지 않았습니다.",
                                        en: "cannot list the \(folder) folder (no permission, or a broken link); none of its files were read."),
                    help: notFolder
                        ? LocalizedText(ko: "\(folder) 파일을 옮기고 \(folder)/ 폴더를 만드세요.", en: "Move the file away and make \(folder)/ a folder.")
                        : LocalizedText(ko: "chmod u+rx \(folder)", en: "chmod u+rx \(folder)")))
            }
            return []
        }
        return names
            .filter { !$0.hasPrefix(".") && extensions.contains(($0 as NSString).pathExtension.lowercased()) }
            .sorted()
            .map { "\(folder)/\($0)" }
    }
}
