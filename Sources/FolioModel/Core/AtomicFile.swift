import Foundation

/// Writes outputs so that a reader never sees half a file: a temporary file in the same
/// folder, then a rename over the destination.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws(FolioError) {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .io(path: folder.path, reason: SystemErrorText.text(LocalizedText(ko: "출력 폴더를 만들 수 없습니다", en: "cannot create the output folder"), error))
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .io(path: url.path, reason: SystemErrorText.text(LocalizedText(ko: "쓸 수 없습니다", en: "cannot write"), error))
        }
        try moveIntoPlace(temporary, url)
    }

    public static func write(_ text: String, to url: URL) throws(FolioError) {
        try write(Data(text.utf8), to: url)
    }

    /// Renames a finished temporary file over `destination` (same folder, so the rename is atomic).
    public static func moveIntoPlace(_ temporary: URL, _ destination: URL) throws(FolioError) {
        if rename(temporary.path, destination.path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw .io(path: destination.path, reason: SystemErrorText.text(LocalizedText(ko: "다 쓴 파일을 제자리로 옮길 수 없습니다", en: "cannot move the finished file into place"), errno: code))
        }
    }

    /// A temporary path beside `destination` for a writer that can only write to a path (xlsx, pdf).
    public static func temporaryURL(beside destination: URL) -> URL {
        destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
    }
}
