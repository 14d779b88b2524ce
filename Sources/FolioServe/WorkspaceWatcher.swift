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
    static let subfolders = ["projects", "stories", "postings", "essays"]
    /// The extensions of the files a workspace is read from; saves of other files (an editor's
    /// temporary or swap file) do not rebuild.
    static let extensions: Set<String> = ["yaml", "yml", "md", "markdown", "txt"]

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
        var folders: [Int32: String] = [:]
        for path in [folder.path] + Self.subfolders.map({ folder.appendingPathComponent($0).path }) {
            let wd = inotify_add_watch(fd, path, mask)
            if wd >= 0 { folders[wd] = path }
        }
        guard !folders.isEmpty else { close(fd); return false }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                close(fd)
                return false
            }
            // One save is several events (an editor writes a temporary file, then renames it):
            // take what has arrived already as one change, without waiting for more (a rebuild
            // that starts while more saves come is followed by one more, `PreviewServer.changed`).
            var relevant = Self.relevant(buffer, count: count, folders: folders)
            var pending = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            while poll(&pending, 1, 0) > 0 {
                let more = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                guard more > 0 else { break }
                relevant = Self.relevant(buffer, count: more, folders: folders) || relevant
            }
            // A folder created after the start (`mkdir stories`): watch it too.
            for name in Self.subfolders {
                let path = folder.appendingPathComponent(name).path
                let wd = inotify_add_watch(fd, path, mask)
                if wd >= 0 { folders[wd] = path }
            }
            if relevant { onChange() }
        }
    }

    /// Whether the inotify events in `buffer[0..<count]` touch what the workspace is read from:
    /// a file with one of `extensions` written, renamed or deleted (a new file counts when it is
    /// closed after writing, or at once when it is a symbolic link), a folder, or lost events.
    static func relevant(_ buffer: [UInt8], count: Int, folders: [Int32: String]) -> Bool {
        var offset = 0
        var relevant = false
        while offset + 16 <= count {
            let wd = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: Int32.self) }
            let eventMask = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self) }
            let length = Int(buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self) })
            let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            offset += 16 + length
            if eventMask & UInt32(IN_Q_OVERFLOW) != 0 || eventMask & UInt32(IN_ISDIR) != 0 { relevant = true; continue }
            guard extensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
            if eventMask & UInt32(IN_CREATE) != 0 {
                var status = stat()
                if let folder = folders[wd], lstat(folder + "/" + name, &status) == 0, status.st_mode & S_IFMT == S_IFLNK { relevant = true }
                continue
            }
            relevant = true
        }
        return relevant
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
