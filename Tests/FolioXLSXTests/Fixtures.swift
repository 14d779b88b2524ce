import Foundation
import FolioModel
import FolioTestSupport
@testable import FolioXLSX

/// Workspaces and helpers shared by the xlsx tests.
enum Fixtures {
    /// The month the tests count "years of use" to.
    static let today = YearMonth(year: 2025, month: 11)!

    /// A workspace whose user strings try to become formulas or links, with a skill no project uses.
    static let hostile: [String: String] = [
        "folio.yaml": """
            name: 김보안
            lang: ko
            target:
              role: data-engineer
              company: startup
            """,
        "skills.yaml": """
            - name: "=HYPERLINK(\\"http://evil.example\\",\\"click\\")"
              level: 2
              version: "+1"
              depth: "-2+3"
              since: 2025-01
            - name: Apache Spark
              level: 4
              version: "3.5"
              depth: "@SUM(A1:A9) 셔플 파티션 튜닝"
              since: 2024-07
            - name: Scala
              level: 1
              version: "2.13"
              depth: 문법만 익혔습니다
              since: 2025-05
            """,
        "projects/sensor.md": """
            ---
            title: "=1+1 센서 파이프라인"
            stack: [Spark, Python]
            links:
              repo: https://github.com/kim/sensor
            ---
            ## 개요
            센서 로그를 적재합니다.
            """,
        "projects/tricky.md": """
            ---
            title: 링크 주의
            stack: [Apache Spark]
            links:
              repo: javascript:alert(1)
            ---
            ## 개요
            링크가 수상합니다.
            """,
        "stories/oom.md": """
            ---
            title: Spark OOM
            project: sensor
            skills: [Apache Spark]
            date: 2025-10
            ---
            ## 상황
            야간 배치가 실패했습니다.
            """,
        "stories/loose.md": """
            ---
            title: 혼자 공부한 Scala
            skills: [Scala]
            date: 2025-06
            ---
            ## 상황
            프로젝트 없이 공부했습니다.
            """,
    ]

    static func load(_ files: [String: String]) throws -> (TemporaryWorkspace, Workspace) {
        let folder = try TemporaryWorkspace(files)
        return (folder, try folder.load())
    }

    static func example(_ name: String) throws -> Workspace {
        try WorkspaceLoader.load(at: RepositoryPaths.example(name))
    }

    /// A fresh, empty temporary folder of its own (`folio-xlsx-<uuid>`).
    static func outputFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A fresh output path in its own temporary folder.
    static func outputURL(_ name: String = "skills.xlsx") throws -> URL {
        precondition(!name.isEmpty && !name.contains("/"), "a file name, not a path")
        return try outputFolder().appendingPathComponent(name)
    }

    /// Removes a folder made by `outputFolder()`, and nothing else.
    static func removeOutputFolder(_ folder: URL) {
        guard folder.lastPathComponent.hasPrefix("folio-xlsx-") else { return }
        try? FileManager.default.removeItem(at: folder)
    }

    /// Writes `workspace`, reads the file back, and removes it: the bytes and the parsed package.
    static func written(
        _ workspace: Workspace, language: Language? = nil, posting: PostingSheet? = nil, epoch: String? = nil
    ) throws -> (Data, XLSXFile) {
        var matrix = SkillMatrix(workspace: workspace, today: today, language: language ?? workspace.language)
        matrix.posting = posting
        matrix.sourceDateEpoch = epoch
        let folder = try outputFolder()
        defer { removeOutputFolder(folder) }
        let url = folder.appendingPathComponent("skills.xlsx")
        try matrix.write(to: url)
        return (try Data(contentsOf: url), try XLSXFile(url: url))
    }
}
