import Foundation
import CFuzzDriver
import FolioModel
import FolioRender
import FolioMatch

/// The program: libFuzzer's driver with its usual command line (corpus folders, `-max_total_time`…).
@main
struct FolioFuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
    }
}

/// One input. The first byte chooses what the rest is fed to (see `Harness.Target`); the rest is
/// the file's bytes, as a user could write them. A trap (force unwrap, index out of range,
/// precondition), a run over the time limit or a memory error is a crash libFuzzer keeps.
func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes, count > 0 else { return 0 }
    Harness.run(Harness.Target(bytes[0]), Data(bytes: bytes + 1, count: count - 1))
    return 0
}

enum Harness {
    /// What an input is, by its first byte (modulo the number of targets).
    enum Target: Int, CaseIterable {
        /// `folio.yaml`, loaded with the rest of a small workspace, then built into md and html.
        case profile
        /// `skills.yaml`, the same way.
        case skills
        /// A project file: YAML front matter and a Markdown body.
        case project
        /// A troubleshooting story file.
        case story
        /// A 자기소개서 file (`essays/`), with its question headings and length limits.
        case essay
        /// A job posting, read and matched against the small workspace.
        case posting
        /// A JSON Resume, imported, and the workspace it makes loaded.
        case jsonResume
        /// A Markdown body through the sanitised CommonMark renderer, as html and as Markdown.
        case markdown

        init(_ byte: UInt8) { self = Target(rawValue: Int(byte) % Target.allCases.count)! }

        /// The workspace file the input replaces, for the workspace targets.
        var file: String? {
            switch self {
            case .profile: "folio.yaml"
            case .skills: "skills.yaml"
            case .project: "projects/fuzz.md"
            case .story: "stories/fuzz.md"
            case .essay: "essays/fuzz.md"
            case .posting, .jsonResume, .markdown: nil
            }
        }
    }

    /// A small valid workspace, rewritten before each input (an input may change any file).
    static let base: [String: String] = [
        "folio.yaml": "name: 김데이터\nlang: ko\ncontact:\n  email: kim@example.com\ntarget:\n  role: data-engineer\n  level: junior\nheadline: 센서 데이터를 적재하는 데이터 엔지니어\n",
        "skills.yaml": "- name: Apache Spark\n  level: 3\n  version: \"3.5\"\n  depth: 파티션 수와 executor 메모리를 조정\n- name: Python\n  level: 3\n",
        "projects/sensor.md": "---\ntitle: 센서 파이프라인\nteam: 3\nrole: 적재 담당\nstack: [Apache Spark, Python]\nperiod: 2024-03 – 2024-08\n---\n## 개요\n공장 센서 로그를 하루 2억 건 적재했습니다.\n",
        "stories/oom.md": "---\ntitle: OOM\nproject: sensor\n---\n## 상황\n배치가 6시간 걸렸습니다.\n## 원인\n쏠림.\n## 해결\nsalt.\n## 결과\n6시간 → 20분\n",
        "postings/acme.txt": "[자격요건]\n- Python, SQL\n[우대사항]\n- Spark\n",
    ]

    /// A folder on tmpfs when there is one: thousands of runs a minute write their files here.
    static let root: URL = {
        let shm = URL(fileURLWithPath: "/dev/shm")
        let parent = FileManager.default.isWritableFile(atPath: shm.path) ? shm : FileManager.default.temporaryDirectory
        let folder = parent.appendingPathComponent("folio-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }()

    static let baseWorkspace: Workspace? = {
        let folder = root.appendingPathComponent("base")
        write(base, into: folder)
        return try? WorkspaceLoader.load(at: folder)
    }()

    static let templates = TemplateSet(locator: TemplateLocator(explicit: nil))

    static func write(_ files: [String: String], replacing file: String? = nil, with data: Data? = nil, into folder: URL) {
        try? FileManager.default.removeItem(at: folder)
        for name in ["projects", "stories", "postings", "essays"] {
            try? FileManager.default.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        for (path, text) in files { try? Data(text.utf8).write(to: folder.appendingPathComponent(path)) }
        if let file, let data { try? data.write(to: folder.appendingPathComponent(file)) }
    }

    static func run(_ target: Target, _ data: Data) {
        switch target {
        case .posting:
            guard let workspace = baseWorkspace else { return }
            let posting = Posting.parse(text: String(decoding: data, as: UTF8.self), file: "postings/fuzz.txt")
            _ = PostingMatcher.match(posting, workspace)
        case .jsonResume:
            _ = JSONSyntax.firstProblem(in: data)
            guard let result = try? JSONResumeImporter.convert(data, source: "resume.json") else { return }
            let folder = root.appendingPathComponent("import")
            write(result.files, into: folder)
            if let workspace = try? WorkspaceLoader.load(at: folder) { build(workspace) }
        case .markdown:
            let text = String(decoding: data, as: UTF8.self)
            _ = CommonMark().html(text)
            _ = CommonMark(headingOffset: 1).commonMark(text)
        default:
            let folder = root.appendingPathComponent("workspace")
            write(base, replacing: target.file, with: data, into: folder)
            guard let workspace = try? WorkspaceLoader.load(at: folder) else { return }
            build(workspace)
        }
    }

    /// The one page and the full portfolio, as Markdown and HTML: every renderer of user text.
    static func build(_ workspace: Workspace) {
        for full in [false, true] {
            let portfolio = PortfolioBuilder(options: PortfolioOptions(full: full)).build(workspace)
            _ = try? MarkdownRenderer(templates: templates).render(portfolio)
            _ = try? HTMLRenderer(templates: templates).render(portfolio)
        }
        let sheet = InterviewSheet.build(workspace)
        _ = try? InterviewRenderer(templates: templates.locator).html(sheet)
        _ = try? InterviewRenderer(templates: templates.locator).markdown(sheet)
    }
}
