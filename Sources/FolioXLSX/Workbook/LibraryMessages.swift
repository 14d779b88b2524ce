import Foundation

/// libxlsxwriter prints its own errors to standard error (`[ERROR][packager.c:1541]: Error in
/// closing member in the zipfile`, `[ERROR] workbook_close(): … System error = No space left on
/// device`): its `LXW_ERROR` macro is an `fprintf(stderr, …)` compiled into the library, with no
/// option to turn it off. folio says the same in its own message, in the run's language, so
/// those lines are held back: standard error goes to an unlinked temporary file while the
/// library runs, and whatever else was written meanwhile (another thread's line) is passed on.
enum LibraryMessages {
    /// Runs `body` with standard error captured; returns its value and the library's lines
    /// (`[ERROR]…`, `[WARNING]…`). Callers serialise it (`XLSXWorkbook.closing`): the redirection
    /// is the process's. Without a temporary file, `body` runs with standard error as it is.
    static func holdingBack<T>(_ body: () -> T) -> (value: T, lines: [String]) {
        fflush(nil)
        guard let file = tmpfile() else { return (body(), []) }
        defer { fclose(file) }
        let saved = dup(STDERR_FILENO)
        guard saved >= 0, dup2(fileno(file), STDERR_FILENO) >= 0 else {
            if saved >= 0 { close(saved) }
            return (body(), [])
        }
        let value = body()
        fflush(nil)
        dup2(saved, STDERR_FILENO)
        close(saved)
        var captured = Data()
        lseek(fileno(file), 0, SEEK_SET)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(fileno(file), &buffer, buffer.count)
            guard count > 0 else { break }
            captured.append(contentsOf: buffer[0..<count])
        }
        var library: [String] = []
        var others = ""
        for line in String(decoding: captured, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            if line.hasPrefix("[ERROR]") || line.hasPrefix("[WARNING]") { library.append(String(line)) } else { others += line + "\n" }
        }
        if !others.isEmpty { FileHandle.standardError.write(Data(others.utf8)) }
        return (value, library)
    }
}
