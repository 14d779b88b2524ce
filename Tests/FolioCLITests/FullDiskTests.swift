import Foundation
import Testing
import FolioTestSupport

/// A disk that fills while the xlsx is written: folio's one message in the run's language, not
/// libxlsxwriter's own `[ERROR][packager.c]` lines beside it, exit 2 and nothing left in the folder.
/// The full disk is a 16 KB tmpfs, which only root can mount (CI's container runs as root).
@Suite(.serialized) struct FullDiskTests {
    /// Whether this process may mount a tmpfs (root with the capability to mount).
    static let canMount: Bool = {
        guard getuid() == 0, let folder = try? mount(size: "16k") else { return false }
        unmount(folder)
        return true
    }()

    static func mount(size: String) throws -> URL {
        let folder = URL(fileURLWithPath: "/tmp/folio-full-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/mount")
        process.arguments = ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", folder.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            try? FileManager.default.removeItem(at: folder)
            throw CocoaError(.fileWriteUnknown)
        }
        return folder
    }

    static func unmount(_ folder: URL) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/umount")
        process.arguments = [folder.path]
        try? process.run()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }

    @Test(.enabled(if: canMount, "needs root to mount a 16 KB tmpfs as a full disk"))
    func matchXLSXOnAFullDiskSaysSoOnce() throws {
        let disk = try Self.mount(size: "16k")
        defer { Self.unmount(disk) }
        let example = RepositoryPaths.example("junior-data-engineer-ko")
        let posting = example.appendingPathComponent("postings/enterprise-data-platform.txt").path
        let output = disk.appendingPathComponent("out")
        let xlsx = output.appendingPathComponent("skills-enterprise-data-platform.xlsx").path
        for (lang, message) in [
            ("ko", "error: \(xlsx): xlsx 스킬 매트릭스를 쓸 수 없습니다: 디스크 공간이 부족합니다"),
            ("en", "error: \(xlsx): cannot write the xlsx skill matrix: no space left on the disk"),
        ] {
            let result = try FolioProcess.run(["match", posting, example.path, "--xlsx", "-q", "--lang", lang, "-o", output.path])
            #expect(result.status == 2, "\(result.stderr)")
            #expect(result.stderr == message + "\n", "only folio's message: \(result.stderr)")
            let left = try FileManager.default.contentsOfDirectory(atPath: output.path)
            #expect(left == [".folio-build"], "no xlsx and no staged file: \(left)")
        }
    }
}
