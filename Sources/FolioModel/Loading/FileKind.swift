import Foundation

/// What is at a workspace path when it is not a regular file, told as what it is (a folder, a
/// symlink loop, a link to nothing, a pipe, a device) rather than as "check permissions".
enum FileKind {
    /// The finding for a path folio must not or cannot read as a file, or nil for a regular file.
    static func problem(at path: String, file: String) -> Finding? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            var link = stat()
            guard lstat(path, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK else {
                let reason = SystemErrorText.reason(errno: code)
                return finding(file, ko: "파일을 열 수 없습니다: \(reason.ko).",
                               en: "cannot open this file: \(reason.en).",
                               helpKo: "파일이 있는지, 이름이 맞는지 확인하세요.", helpEn: "Check that the file exists and its name.")
            }
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
            if code == ELOOP {
                return finding(file, ko: "심볼릭 링크가 자기 자신을 가리키는 고리입니다 (→ \(target)).",
                               en: "this symbolic link is a loop (→ \(target)): it leads back to itself.",
                               helpKo: "링크를 지우거나 실제 파일을 가리키게 하세요: ln -sf <파일> \(file)",
                               helpEn: "Remove the link or point it at a real file: ln -sf <file> \(file)")
            }
            return finding(file, ko: "심볼릭 링크가 가리키는 파일이 없습니다 (→ \(target)).",
                           en: "this symbolic link points to nothing (→ \(target) does not exist).",
                           helpKo: "링크를 지우거나 실제 파일을 가리키게 하세요.", helpEn: "Remove the link or point it at a file that exists.")
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            return nil
        case S_IFDIR:
            let markdown = file.hasSuffix(".md")
            return finding(file, ko: "파일이 아니라 폴더입니다" + (markdown ? " (이름이 .md로 끝나는 폴더)." : "."),
                           en: "this is a folder, not a file" + (markdown ? " (a folder whose name ends in .md)." : "."),
                           helpKo: "폴더 이름을 바꾸거나 작업 폴더 밖으로 옮기세요.", helpEn: "Rename the folder or move it out of the workspace.")
        case S_IFIFO:
            return finding(file, ko: "파일이 아니라 이름 있는 파이프(FIFO)입니다. folio는 파이프를 읽지 않습니다.",
                           en: "this is a named pipe (FIFO), not a file; folio does not read from pipes.",
                           helpKo: "rm \(file) 로 지우고 보통 파일로 다시 만드세요.", helpEn: "Remove it (rm \(file)) and write a regular file instead.")
        case S_IFCHR, S_IFBLK:
            return finding(file, ko: "파일이 아니라 장치 파일입니다. folio는 장치를 읽지 않습니다.",
                           en: "this is a device, not a file; folio does not read devices.",
                           helpKo: "이 링크나 장치 파일을 작업 폴더에서 지우세요.", helpEn: "Remove this device (or the link to it) from the workspace.")
        case S_IFSOCK:
            return finding(file, ko: "파일이 아니라 소켓입니다.", en: "this is a socket, not a file.",
                           helpKo: "작업 폴더에서 지우세요.", helpEn: "Remove it from the workspace.")
        default:
            return finding(file, ko: "보통 파일이 아닙니다.", en: "this is not a regular file.",
                           helpKo: "작업 폴더에서 지우세요.", helpEn: "Remove it from the workspace.")
        }
    }

    /// Up to `limit + 1` bytes of a regular file (so a caller can tell it is too long without
    /// reading all of it), or nil when it cannot be opened.
    static func contents(atPath path: String, limit: Int) -> Data? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: limit + 1)) ?? Data()
    }

    private static func finding(_ file: String, ko: String, en: String, helpKo: String, helpEn: String) -> Finding {
        Finding(
            "parse.not-a-file", .error, at: SourceLocation(file: file, line: 1),
            message: LocalizedText(ko: ko, en: en), help: LocalizedText(ko: helpKo, en: helpEn))
    }
}
