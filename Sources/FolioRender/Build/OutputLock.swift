import Foundation
import FolioModel

/// An advisory lock (`flock`) on an output folder itself (its directory descriptor, so no lock
/// file is left beside the outputs), held while a command installs its files:
/// concurrent builds into one folder take turns, so the folder never holds a mix of two.
/// Whoever holds the lock also removes the staged files (`.name.<uuid>.tmp`) of a run that was
/// killed while installing, since no one else can be installing then.
public enum OutputLock {
    public static func holding<T>(_ folder: URL, _ body: () throws(FolioError) -> T) throws(FolioError) -> T {
        // The folders made here, outermost first: an interrupt before anything is finished in them
        // removes them (`Cleanup`), so a stopped first build leaves no empty output folder.
        var made: [URL] = []
        defer { for url in made { Cleanup.shared.forget(madeFolder: url) } }
        do {
            try Cleanup.shared.making {
                var missing: [URL] = []
                var parent = folder.standardizedFileURL
                while parent.path != "/", !FileManager.default.fileExists(atPath: parent.path) {
                    missing.insert(parent, at: 0)
                    parent = parent.deletingLastPathComponent()
                }
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                for url in missing {
                    Cleanup.shared.register(madeFolder: url, unfinished: [OutputOwner.fileName])
                    made.append(url)
                }
            }
        } catch {
            throw .io(path: folder.path, reason: SystemErrorText.text(LocalizedText(ko: "출력 폴더를 만들 수 없습니다", en: "cannot create the output folder"), error))
        }
        let path = folder.path
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .io(path: folder.path, reason: SystemErrorText.text(LocalizedText(ko: "출력 폴더에 쓸 수 없습니다", en: "cannot write in the output folder"), errno: errno))
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw .io(path: path, reason: SystemErrorText.text(LocalizedText(ko: "출력 폴더를 잠글 수 없습니다", en: "cannot lock the output folder"), errno: errno)) }
        }
        defer { flock(descriptor, LOCK_UN) }
        removeStaged(in: folder)
        return try body()
    }

    /// Removes `.<name>.<uuid>.tmp` files (`AtomicFile.temporaryURL`) left in `folder`.
    static func removeStaged(in folder: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") && name.count > 40 {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}

/// Whether bytes from the browser are a whole PDF: a `%PDF-` header, an `%%EOF` at the end, and
/// at least one page, counted from the file's own structure.
public enum PDFCheck {
    /// The number of pages, or nil when `data` is not a whole PDF.
    public static func pageCount(_ data: Data) -> Int? {
        guard data.count > 64, data.starts(with: Array("%PDF-".utf8)) else { return nil }
        let tail = String(decoding: data.suffix(1024), as: UTF8.self)
        guard tail.contains("%%EOF") else { return nil }
        let text = String(decoding: data, as: Unicode.ASCII.self)
        let pages = text.matches(of: /\/Type\s*\/Page(?![a-zA-Z])/).count
        if pages > 0 { return pages }
        let counts = text.matches(of: /\/Type\s*\/Pages[^>]*?\/Count\s+(\d+)/).compactMap { Int($0.output.1) }
        return counts.max().flatMap { $0 > 0 ? $0 : nil }
    }
}
