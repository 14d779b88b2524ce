import Foundation

/// Writes outputs so that a reader never sees half a file: a temporary file in the same
/// folder, then a rename over the destination.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws(FolioError) {
        let folder = url.deletingLastPathComponent()
        let temporary = temporaryURL(beside: url)
        // The folder may be a scratch folder: made inside `making` too, so an interrupt removes it.
        try Cleanup.shared.making { () throws(FolioError) in
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw .io(path: folder.path, reason: SystemErrorText.text(LocalizedText(ko: "출력 폴더를 만들 수 없습니다", en: "cannot create the output folder"), error))
            }
            try create(data, at: temporary, for: url)
        }
        try moveIntoPlace(temporary, url)
    }

    /// Writes `data` to a new file at `temporary` (refused if something is there), to be renamed
    /// over `destination` by `moveIntoPlace`; errors name `destination`, the file the user asked
    /// for, and remove what was written.
    ///
    /// No `fsync`: the rename is what keeps a reader from seeing half a file, and every output can
    /// be built again from the workspace. Foundation's `Data.write(to:)` syncs each file to disk,
    /// about 0.3 ms a file on this machine's disk — a tenth of `folio build`'s own time
    /// (`Benchmarks/ratios.sh`), as compilers and linkers do not either.
    public static func writeTemporary(_ data: Data, to temporary: URL, for destination: URL) throws(FolioError) {
        try Cleanup.shared.making { () throws(FolioError) in try create(data, at: temporary, for: destination) }
    }

    /// `writeTemporary` outside `Cleanup.making`, for a caller inside one.
    static func create(_ data: Data, at temporary: URL, for destination: URL) throws(FolioError) {
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw cannotWrite(destination, errno: errno) }
        var failure: Int32?
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count {
                let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure {
            unlink(temporary.path)
            Cleanup.shared.forget(temporary)
            throw cannotWrite(destination, errno: failure)
        }
    }

    static func cannotWrite(_ destination: URL, errno code: Int32) -> FolioError {
        .io(path: destination.path, reason: SystemErrorText.text(LocalizedText(ko: "쓸 수 없습니다", en: "cannot write"), errno: code))
    }

    public static func write(_ text: String, to url: URL) throws(FolioError) {
        try write(Data(text.utf8), to: url)
    }

    /// Renames a finished temporary file over `destination` (same folder, so the rename is atomic).
    public static func moveIntoPlace(_ temporary: URL, _ destination: URL) throws(FolioError) {
        defer { Cleanup.shared.forget(temporary) }
        if rename(temporary.path, destination.path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw .io(path: destination.path, reason: SystemErrorText.text(LocalizedText(ko: "다 쓴 파일을 제자리로 옮길 수 없습니다", en: "cannot move the finished file into place"), errno: code))
        }
    }

    /// A temporary path beside `destination` for a writer that can only write to a path (xlsx, pdf),
    /// registered with `Cleanup` so that an interrupted folio removes it: make the file inside
    /// `Cleanup.shared.making`, and end with `moveIntoPlace` or `discard`.
    public static func temporaryURL(beside destination: URL) -> URL {
        let url = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
        Cleanup.shared.register(url)
        return url
    }

    /// Removes a temporary file from `temporaryURL` that will not be moved into place.
    public static func discard(_ temporary: URL) {
        try? FileManager.default.removeItem(at: temporary)
        Cleanup.shared.forget(temporary)
    }
}

/// write(2), named apart from `AtomicFile.write`.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
