import Foundation
import FolioModel

/// A workspace written to a fresh temporary folder, removed when the value is deinitialised.
public final class TemporaryWorkspace {
    public let root: URL

    /// Writes `files` (relative path → UTF-8 text) into a new temporary folder.
    public init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("folio-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, Data(text.utf8)) }
    }

    /// Writes raw bytes (for BOM, CRLF and invalid UTF-8 cases).
    public func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    public func load() throws -> Workspace {
        try WorkspaceLoader.load(at: root)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }
}

/// Paths of the repository, for tests that read `Examples/` or `../shared/corpus/`.
public enum RepositoryPaths {
    /// The package root (this file is Tests/FolioTestSupport/TemporaryWorkspace.swift).
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func example(_ name: String) -> URL {
        root.appendingPathComponent("Examples/\(name)")
    }

    /// `../shared/` beside the repository (present in CI and on developer machines).
    public static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")

    /// Whether `../shared/<path>` exists: the tests that read it are enabled only then, and a
    /// bare clone reports them as skipped with the reason (CI has the folder and runs them).
    public static func hasShared(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: shared.appendingPathComponent(path).path)
    }
}

/// A minimal valid workspace to start a test from.
public enum SampleFiles {
    public static let profile = """
        name: 김데이터
        lang: ko
        contact:
          email: kim@example.com
          github: https://github.com/kim
        target:
          role: data-engineer
        """

    public static let skills = """
        - name: Apache Spark
          level: 3
          version: "3.5"
          depth: executor 메모리와 셔플 파티션 수를 튜닝했습니다
          since: 2024-07
        """

    public static let project = """
        ---
        title: 센서 파이프라인
        team: 3
        stack: [Apache Spark]
        ---
        ## 개요
        공정 센서 로그를 적재합니다.
        """

    public static let story = """
        ---
        title: Spark OOM
        project: sensor
        skills: [Apache Spark]
        date: 2024-10
        ---
        ## 상황
        야간 배치가 실패했습니다.
        """

    public static var workspace: [String: String] {
        ["folio.yaml": profile, "skills.yaml": skills, "projects/sensor.md": project, "stories/oom.md": story]
    }
}
