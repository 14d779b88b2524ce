import Foundation

/// Why the system refused a file operation, in both languages: the common cases (no such file,
/// no permission, a folder where a file was meant, a file where a folder was meant, a full or
/// read-only disk, a file where a folder is to be made) in folio's own words, so a Korean message never ends in English
/// (`파일을 열 수 없습니다: No such file or directory`). Rarer errors keep the system's text
/// (`strerror`), which is still more use than no reason at all.
public enum SystemErrorText {
    /// The reason for the POSIX error `code` (an `errno` value), without a final period.
    public static func reason(errno code: Int32) -> LocalizedText {
        switch code {
        case ENOENT: LocalizedText(ko: "그런 파일이나 폴더가 없습니다", en: "no such file or folder")
        case EACCES, EPERM: LocalizedText(ko: "권한이 없습니다", en: "permission denied")
        case EISDIR: LocalizedText(ko: "파일이 아니라 폴더입니다", en: "it is a folder, not a file")
        case ENOTDIR: LocalizedText(ko: "경로 중간의 이름이 폴더가 아니라 파일입니다", en: "a part of the path is a file, not a folder")
        case ENOSPC: LocalizedText(ko: "디스크 공간이 부족합니다", en: "no space left on the disk")
        case EROFS: LocalizedText(ko: "읽기 전용 파일 시스템입니다", en: "the file system is read-only")
        // Making a folder where a file of that name is (`-o notes.txt`).
        case EEXIST: LocalizedText(ko: "같은 이름의 파일이 이미 있습니다", en: "a file of that name is already there")
        // Running a file that is no program of this system (a text file, another machine's binary).
        case ENOEXEC: LocalizedText(ko: "이 시스템에서 실행할 수 있는 프로그램 파일이 아닙니다", en: "not a program this system can run")
        default: LocalizedText(stringLiteral: String(cString: strerror(code)))
        }
    }

    /// The reason for a thrown `error`: Foundation's file errors carry the POSIX error under
    /// them (its own text is "The operation could not be completed. (NSCocoaErrorDomain error
    /// 512.)"); an error without one keeps its description.
    public static func reason(of error: any Error) -> LocalizedText {
        if let code = posixCode(of: error) { return reason(errno: code) }
        return LocalizedText(stringLiteral: error.localizedDescription)
    }

    static func posixCode(of error: any Error) -> Int32? {
        if let posix = error as? POSIXError { return posix.code.rawValue }
        let bridged = error as NSError
        if bridged.domain == NSPOSIXErrorDomain { return Int32(bridged.code) }
        // Linux Foundation keeps the underlying error as `any Error`, not as an NSError.
        if let underlying = bridged.userInfo[NSUnderlyingErrorKey] as? any Error {
            let posix = underlying as NSError
            if posix.domain == NSPOSIXErrorDomain { return Int32(posix.code) }
        }
        return nil
    }
}

extension SystemErrorText {
    /// "`what`: reason" in both languages, for a thrown file `error`:
    /// `text(LocalizedText(ko: "쓸 수 없습니다", en: "cannot write"), error)` → "쓸 수 없습니다: 권한이 없습니다".
    public static func text(_ what: LocalizedText, _ error: any Error) -> LocalizedText {
        joined(what, reason(of: error))
    }

    /// "`what`: reason" for the POSIX error `code` (read `errno` once, right after the call that failed).
    public static func text(_ what: LocalizedText, errno code: Int32) -> LocalizedText {
        joined(what, reason(errno: code))
    }

    static func joined(_ what: LocalizedText, _ reason: LocalizedText) -> LocalizedText {
        LocalizedText(ko: "\(what.ko): \(reason.ko)", en: "\(what.en): \(reason.en)")
    }
}
