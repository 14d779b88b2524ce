import Foundation
import FolioModel

/// Prints an HTML file to PDF with a headless Chromium (or Chrome), the browser the HTML was
/// designed for, so the PDF is the same page a reader sees in their browser (seed 002: a URL
/// or a PDF, "어디서든 접속해서 볼 수 있는 형식").
public struct PDFPrinter: Sendable {
    /// The browser's executable.
    public var browser: URL
    /// Longest a print may take before the browser is stopped.
    public var timeout: TimeInterval

    public static let browserNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"]

    public init(browser: URL, timeout: TimeInterval = 90) {
        self.browser = browser
        self.timeout = timeout
    }

    /// The first browser on `PATH` (or `$FOLIO_CHROMIUM`), or an error saying how to install one.
    public static func find(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(FolioError) -> PDFPrinter {
        if let explicit = environment["FOLIO_CHROMIUM"], !explicit.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: explicit) else {
                throw .io(path: explicit, reason: LocalizedText(ko: "FOLIO_CHROMIUM이 실행할 수 있는 브라우저를 가리키지 않습니다", en: "FOLIO_CHROMIUM does not name an executable browser"))
            }
            return PDFPrinter(browser: URL(fileURLWithPath: explicit))
        }
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in browserNames {
            for folder in folders {
                let path = (folder as NSString).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: path) { return PDFPrinter(browser: URL(fileURLWithPath: path)) }
            }
        }
        throw .usage(missingBrowserMessage)
    }

    /// What to do when no browser is installed, in both languages.
    public static var missingBrowserMessage: LocalizedText {
        let names = browserNames.joined(separator: ", ")
        let steps = """
              Debian/Ubuntu:  sudo apt-get install chromium fonts-noto-cjk
              macOS:          brew install --cask chromium
            """
        return LocalizedText(
            ko: """
                folio build --pdf에는 헤드리스 Chromium이 필요한데 PATH에서 찾지 못했습니다 (찾아본 이름: \(names)).
                \(steps)
                  또는 FOLIO_CHROMIUM=/path/to/chrome처럼 브라우저를 지정하세요. HTML(portfolio.html)은 어느 브라우저에서든 같은 모양으로 인쇄됩니다.
                """,
            en: """
                folio build --pdf needs a headless Chromium, and none was found on PATH (looked for \(names)).
                \(steps)
                  Or set FOLIO_CHROMIUM=/path/to/chrome. The HTML (portfolio.html) prints the same from any browser.
                """)
    }

    /// Prints `html` to `pdf`, which is written whole or not at all.
    public func print(_ html: URL, to pdf: URL) throws(FolioError) {
        let temporary = AtomicFile.temporaryURL(beside: pdf)
        let profile = Scratch.url("chromium")
        defer { Scratch.remove(profile) }
        let made = Cleanup.shared.making { Result { try FileManager.default.createDirectory(at: pdf.deletingLastPathComponent(), withIntermediateDirectories: true) } }
        if case .failure(let error) = made {
            throw .io(path: pdf.deletingLastPathComponent().path, reason: SystemErrorText.text(LocalizedText(ko: "출력 폴더를 만들 수 없습니다", en: "cannot create the output folder"), error))
        }
        let arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions", "--no-first-run",
            // No date, title and URL on the page; the second spelling is for Chromium before 110
            // (a browser ignores switches it does not know).
            "--disable-background-networking", "--no-pdf-header-footer", "--print-to-pdf-no-header",
            // No crash handler: it would outlive the browser in a session of its own.
            "--disable-crash-reporter", "--disable-breakpad",
            // Its own profile folder: two prints at once do not share (and lock) one.
            "--user-data-dir=\(profile.path)",
            "--print-to-pdf=\(temporary.path)",
            html.absoluteURL.absoluteString,
        ]
        let outcome = try Self.run(browser, arguments, timeout: timeout)
        guard outcome.status == 0, let size = try? FileManager.default.attributesOfItem(atPath: temporary.path)[.size] as? Int,
              size > 0 else {
            AtomicFile.discard(temporary)
            let reason = outcome.timedOut
                ? LocalizedText(
                    ko: "PDF로 인쇄하지 못했습니다: 브라우저가 \(Int(timeout))초 안에 끝나지 않아 멈췄습니다",
                    en: "printing to PDF failed: the browser did not finish within \(Int(timeout)) s and was stopped")
                : LocalizedText(
                    ko: "PDF로 인쇄하지 못했습니다: 브라우저가 \(Josa.direction.after("상태 \(outcome.status)")) 끝났습니다: \(outcome.errorTail)",
                    en: "printing to PDF failed: the browser exited with status \(outcome.status): \(outcome.errorTail)")
            throw .io(path: pdf.path, reason: reason)
        }
        try AtomicFile.moveIntoPlace(temporary, pdf)
    }

    /// `setpriv` on Linux (util-linux), which sets the parent-death signal before it execs.
    static let deathSignalHelper: URL? = {
        #if os(Linux)
        for path in ["/usr/bin/setpriv", "/bin/setpriv"] where FileManager.default.isExecutableFile(atPath: path) {
            return URL(fileURLWithPath: path)
        }
        #endif
        return nil
    }()

    struct Outcome {
        var status: Int32
        var timedOut: Bool
        var errorTail: String
    }

    /// Runs a process with a deadline; its standard error is kept for the error message, its
    /// standard output written to `output` when given.
    static func run(_ executable: URL, _ arguments: [String], timeout: TimeInterval, output: URL? = nil) throws(FolioError) -> Outcome {
        let process = Process()
        // The browser dies with folio even when folio is killed outright (SIGKILL leaves no
        // handler to run): util-linux's setpriv sets PR_SET_PDEATHSIG and execs the browser.
        if let setpriv = deathSignalHelper {
            process.executableURL = setpriv
            process.arguments = ["--pdeathsig", "KILL", "--", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        let errorFile = Scratch.url("chromium", suffix: ".log")
        // The browser's own temporary files go into a scratch folder of folio's, so that what a
        // killed run leaves is recognised and removed by the next one.
        // A short name: Chromium puts Unix sockets in it, whose paths may not exceed 107 bytes.
        let browserTemporary = Scratch.url("tmp")
        defer {
            Scratch.remove(errorFile)
            Scratch.remove(browserTemporary)
        }
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = browserTemporary.path
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        // The files the browser is given are made, and the browser started and registered, inside
        // `making`: an interrupt at this moment still kills it and removes them.
        var errorHandle: FileHandle?
        var outputHandle: FileHandle?
        let started: Result<pid_t, any Error> = Cleanup.shared.making {
            _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
            errorHandle = FileHandle(forWritingAtPath: errorFile.path)
            process.standardError = errorHandle
            outputHandle = output.flatMap { url in
                FileManager.default.createFile(atPath: url.path, contents: nil) ? FileHandle(forWritingAtPath: url.path) : nil
            }
            process.standardOutput = outputHandle ?? FileHandle.nullDevice
            try? FileManager.default.createDirectory(at: browserTemporary, withIntermediateDirectories: true)
            return Result {
                try process.run()
                // Foundation starts the child as the leader of its own process group: an interrupted
                // folio kills the whole group (the browser's zygote and renderers too).
                Cleanup.shared.register(processGroup: process.processIdentifier)
                return process.processIdentifier
            }
        }
        defer { try? outputHandle?.close() }
        let group: pid_t
        switch started {
        case .success(let leader): group = leader
        case .failure(let error):
            throw .io(path: executable.path, reason: SystemErrorText.text(LocalizedText(ko: "브라우저를 시작할 수 없습니다", en: "cannot start the browser"), error))
        }
        defer {
            // What is left of the browser (its zygote, renderers), gone before its folders are removed.
            Cleanup.killAndWait(processGroup: group)
            Cleanup.shared.forget(processGroup: group)
        }
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                timedOut = true
                process.terminate()
                Thread.sleep(forTimeInterval: 1)
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
                break
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        process.waitUntilExit()
        // Killed by an interrupt's cleanup: no error of ours; the signal's handler exits 130 / 143.
        Cleanup.shared.holdIfInterrupted()
        try? errorHandle?.close()
        let log = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        let tail = log.split(separator: "\n").filter { !$0.contains("dbus") }.suffix(3).joined(separator: "\n")
        return Outcome(status: timedOut ? -1 : process.terminationStatus, timedOut: timedOut, errorTail: tail)
    }
}
