import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Calls back when a file in a workspace is saved, created, renamed into place or deleted.
///
/// On Linux it uses inotify on the workspace folder and its `projects/`, `stories/` and
/// `postings/` folders (editors that save by renaming a temporary file are seen through
/// `IN_MOVED_TO`); elsewhere, or when inotify is not available, it compares the files' sizes and
/// modification dates every 200 ms.
public final class WorkspaceWatcher: @unchecked Sendable {
    public let folder: URL
    private let onChange: @Sendable () -> Void
    /// The subfolders watched besides the workspace folder itself.
    static let subfolders = ["projects", "stories", "postings"]

    public init(folder: URL, onChange: @escaping @Sendable () -> Void) {
        self.folder = folder
        self.onChange = onChange
    }

    /// Starts watching on a thread of its own, for the life of the process.
    public func start() {
        let thread = Thread { [self] in
            #if canImport(Glibc)
            if watchWithInotify() { return }
            #endif
            pollFiles()
        }
        thread.name = "folio-watch"
        thread.start()
    }

    #if canImport(Glibc)
    /// Blocks reading inotify events; false when inotify cannot be used.
    private func watchWithInotify() -> Bool {
        let fd = inotify_init1(Int32(IN_CLOEXEC))
        guard fd >= 0 else { return false }
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE)
        var watched = 0
        for path in [folder.path] + Self.subfolders.map({ folder.appendingPathComponent($0).path }) {
            if inotify_add_watch(fd, path, mask) >= 0 { watched += 1 }
        }
        guard watched > 0 else { close(fd); return false }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                close(fd)
                return false
            }
            // One save is several events (an editor writes a temporary file, then renames it):
            // take all that arrive within 5 ms as one change.
            var pending = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            while poll(&pending, 1, 5) > 0 {
                _ = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            }
            // A folder created after the start (`mkdir stories`): watch it too.
            for name in Self.subfolders {
                _ = inotify_add_watch(fd, folder.appendingPathComponent(name).path, mask)
            }
            onChange()
        }
    }
    #endif

    /// Compares sizes and modification dates every 200 ms.
    private func pollFiles() {
        var last = snapshot()
        while true {
            Thread.sleep(forTimeInterval: 0.2)
            let now = snapshot()
            if now != last {
                last = now
                onChange()
            }
        }
    }

    /// Path → "size mtime" of every file in the watched folders.
    func snapshot() -> [String: String] {
        var result: [String: String] = [:]
        for directory in [folder] + Self.subfolders.map({ folder.appendingPathComponent($0) }) {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [] {
                let path = directory.appendingPathComponent(name).path
                guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { continue }
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                result[path] = "\(attributes[.size] ?? 0) \(modified)"
            }
        }
        return result
    }
}
