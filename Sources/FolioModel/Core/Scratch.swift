import Foundation

/// Temporary files and folders outside the workspace (the browser's profile and log, the HTML
/// copy it prints), named `folio-<kind>-<pid>-<uuid>` in folio's own folder of `$TMPDIR`
/// (`folder`) so that what a killed run left behind is recognised and removed by the next run,
/// and removed by this run on every exit path (`defer`, and `Cleanup` on SIGINT / SIGTERM).
public enum Scratch {
    /// A fresh path for `kind` (`build`, `chromium`, `measure`), registered for removal on a signal.
    /// The kinds `url(_:)` is called with: only their leftovers are ever removed by `removeStale()`.
    static let kinds: Set<Substring> = ["build", "chromium", "measure", "tmp"]

    public static func url(_ kind: String, suffix: String = "") -> URL {
        let url = folder
            .appendingPathComponent("folio-\(kind)-\(getpid())-\(UUID().uuidString.prefix(8))\(suffix)")
        Cleanup.shared.register(url)
        return url
    }

    /// `$TMPDIR/folio-<uid>`, made on first use with mode 0700, where every scratch path goes, so
    /// that `removeStale()` reads a folder of a few entries rather than all of `/tmp` (ten
    /// thousand entries on a developer's machine made that 2 ms of every build). When the name is
    /// taken by something that is not a folder of this user's that only they can write (another
    /// user's, a symbolic link), scratch goes straight into `$TMPDIR` as before.
    public static let folder: URL = {
        let temporary = FileManager.default.temporaryDirectory
        let own = temporary.appendingPathComponent("folio-\(getuid())", isDirectory: true)
        if mkdir(own.path, 0o700) == 0 { return own }
        var status = stat()
        guard errno == EEXIST, lstat(own.path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR,
              status.st_uid == getuid(), status.st_mode & 0o022 == 0 else { return temporary }
        return own
    }()

    /// A process that has exited but not been reaped (in a container whose init does not reap).
    static func isZombie(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(after: close)...].trimmingHorizontalSpace().hasPrefix("Z")
    }

    /// Removes a scratch path and forgets it.
    public static func remove(_ url: URL) {
        // Still there (a dying browser wrote into it): kept registered for an interrupt, and the
        // next run's `removeStale` removes it.
        if (try? FileManager.default.removeItem(at: url)) != nil || !FileManager.default.fileExists(atPath: url.path) {
            Cleanup.shared.forget(url)
        }
    }

    /// Removes the `folio-*-<pid>-*` scratch of processes that no longer run (a build killed
    /// with SIGKILL, a power cut). Returns how many were removed.
    @discardableResult
    public static func removeStale() -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return 0 }
        var removed = 0
        for name in names where name.hasPrefix("folio-") {
            // Exactly `folio-<kind>-<pid>-<8 hex digits><suffix>`: never another program's (or a test's)
            // folder that happens to start with `folio-`.
            let parts = name.split(separator: "-", maxSplits: 3)
            guard parts.count == 4, kinds.contains(parts[1]), let pid = Int32(parts[2]), pid > 0,
                  parts[3].count >= 8, parts[3].prefix(8).allSatisfy(\.isHexDigit) else { continue }
            // Alive, or alive and someone else's (EPERM): leave it.
            let alive = (kill(pid, 0) == 0 || errno == EPERM) && !isZombie(pid)
            if !alive, (try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))) != nil { removed += 1 }
        }
        return removed
    }
}

/// What to undo when folio is interrupted: scratch paths and staged output files
/// (`AtomicFile.temporaryURL`) to remove and child process groups (the browser) to kill.
/// SIGINT and SIGTERM run it and exit 130 / 143.
///
/// Nothing made at the moment of the signal is left: every file or folder made at a registered
/// path is made inside `making`, and the interrupt waits for the `making` under way before it
/// removes anything, kills the browser's group and waits for it to die (it writes into its
/// profile folder until then) before removing the folders. After the interrupt has begun, a
/// thread that would make something, or that sees its browser killed, waits for the exit
/// instead (`holdIfInterrupted`), so that no error of its own (exit 2) races the exit code.
public final class Cleanup: @unchecked Sendable {
    public static let shared = Cleanup()
    private let condition = NSCondition()
    private var paths: Set<URL> = []
    private var groups: Set<pid_t> = []
    private var sources: [DispatchSourceSignal] = []
    /// `making` calls under way.
    private var makers = 0
    /// Set when a signal's cleanup begins; never cleared (the process exits).
    private var interrupted = false

    func register(_ url: URL) { condition.withLock { _ = paths.insert(url) } }
    func forget(_ url: URL) { condition.withLock { _ = paths.remove(url) } }

    /// Folders this run made where there were none (outermost first), each removed on an interrupt
    /// when nothing was finished in it: when all it holds is files named in `unfinished` (the
    /// output folder's owner record) and the folders made after it. Register one inside the
    /// `making` that makes it.
    private var madeFolders: [(url: URL, unfinished: Set<String>)] = []
    public func register(madeFolder url: URL, unfinished: Set<String> = []) {
        condition.withLock { madeFolders.append((url, unfinished)) }
    }
    public func forget(madeFolder url: URL) { condition.withLock { madeFolders.removeAll { $0.url == url } } }

    /// A child that leads its own process group (Foundation's `Process` starts one so): killed
    /// with its whole group if folio is interrupted while it runs. Register it inside the
    /// `making` that starts it.
    public func register(processGroup: pid_t) { condition.withLock { _ = groups.insert(processGroup) } }
    public func forget(processGroup: pid_t) { condition.withLock { _ = groups.remove(processGroup) } }

    /// Runs `body`, which makes files or folders at registered paths (or starts a registered
    /// child): an interrupt waits for it (at most 2 s) before it removes what is registered. Once
    /// an interrupt has begun, `body` is not run: the thread waits for the exit. Not nested.
    public func making<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        condition.lock()
        if interrupted {
            condition.unlock()
            Self.waitForExit()
        }
        makers += 1
        condition.unlock()
        defer {
            condition.withLock {
                makers -= 1
                condition.broadcast()
            }
        }
        return try body()
    }

    /// Forgets `urls` once the work that made them is whole, so that a later interrupt keeps
    /// them. When an interrupt has begun, it is removing them: the thread then waits for the
    /// handler's exit (never returns), so that the command cannot exit 0 with some of them
    /// removed (an import interrupted as it ended left 10 of its 12 files, and exit 0).
    public func keep(_ urls: [URL]) {
        condition.lock()
        if interrupted {
            condition.unlock()
            Self.waitForExit()
        }
        for url in urls { paths.remove(url) }
        condition.unlock()
    }

    /// Whether a signal's cleanup has begun (the process is about to exit 128 + the signal).
    public var isInterrupted: Bool { condition.withLock { interrupted } }

    /// Returns at once unless an interrupt has begun; then never returns, as the signal's handler
    /// exits the process: for a thread whose work the interrupt broke (its browser killed) and
    /// that would otherwise report that as an error of its own.
    public func holdIfInterrupted() {
        if isInterrupted { Self.waitForExit() }
    }

    private static func waitForExit() -> Never {
        while true { sleep(60) }
    }

    /// Waits for the `making` under way, kills the registered process groups, waits for them to
    /// die and removes the registered paths.
    public func run() {
        condition.lock()
        interrupted = true
        let deadline = Date().addingTimeInterval(2)
        while makers > 0, condition.wait(until: deadline) {}
        let (paths, groups, madeFolders) = (self.paths, self.groups, self.madeFolders)
        condition.unlock()
        for group in groups { kill(-group, SIGKILL) }
        for group in groups { Self.waitUntilGone(group) }
        // A folder a dying browser still wrote into may need a second pass.
        for _ in 0..<20 {
            let left = paths.filter { path in
                (try? FileManager.default.removeItem(at: path)) == nil && FileManager.default.fileExists(atPath: path.path)
            }
            if left.isEmpty { break }
            usleep(50_000)
        }
        // Innermost first, so that an outer folder made for it is empty once it is gone.
        for (folder, unfinished) in madeFolders.reversed() {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path),
                  names.allSatisfy(unfinished.contains) else { continue }
            for name in names { try? FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
            rmdir(folder.path)
        }
    }

    /// Kills the process group `group` and waits until none of its processes runs (at most 5 s),
    /// so that the folders it wrote into can be removed: a killed process writes until it is gone,
    /// and on a loaded machine that takes a while.
    public static func killAndWait(processGroup group: pid_t) {
        _ = Foundation.kill(-group, SIGKILL)
        waitUntilGone(group)
    }

    static func waitUntilGone(_ group: pid_t) {
        let deadline = Date().addingTimeInterval(5)
        while runs(group), Date() < deadline { usleep(10_000) }
    }

    /// Whether a process of `group` still runs: one that has exited but not been reaped (a
    /// zombie, in a container whose init does not reap the browser's orphans) writes nothing.
    static func runs(_ group: pid_t) -> Bool {
        guard kill(-group, 0) == 0 else { return errno == EPERM }
        #if os(Linux)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return true }
        for name in names where name.first?.isNumber == true {
            guard let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            // After the command's name: state, parent, process group.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 2, fields[2] == "\(group)", fields[0] != "Z" { return true }
        }
        return false
        #else
        return true
        #endif
    }

    /// On SIGINT and SIGTERM: clean up, then exit with 128 + the signal number. Returns once the
    /// handlers are in place (at most 1 s), so that a signal sent after it returns is handled: call
    /// it before anything is made at a registered path (before `build`'s xlsx thread starts).
    ///
    /// On Linux, Dispatch installs its own handler on its manager thread some time after
    /// `resume()`: the disposition is left as it is until then (a signal before it ends the run as
    /// if no handler were asked for) instead of being ignored, which lost a Ctrl-C sent meanwhile
    /// (the build then ran to its end).
    public func installSignalHandlers() {
        for signal in [SIGINT, SIGTERM] {
            #if !os(Linux)
            Foundation.signal(signal, SIG_IGN)
            #endif
            let source = DispatchSource.makeSignalSource(signal: signal, queue: .global())
            source.setEventHandler { [self] in
                run()
                exit(128 + signal)
            }
            source.resume()
            condition.withLock { sources.append(source) }
        }
        #if os(Linux)
        let deadline = Date().addingTimeInterval(1)
        while !(Self.isHandled(SIGINT) && Self.isHandled(SIGTERM)), Date() < deadline { usleep(100) }
        #endif
    }

    /// Whether `signal` has a handler (neither the default action nor ignored).
    static func isHandled(_ signal: Int32) -> Bool {
        var current = sigaction()
        guard sigaction(signal, nil, &current) == 0 else { return false }
        #if os(Linux)
        let handler = unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self)
        #else
        let handler = unsafeBitCast(current.__sigaction_u.__sa_handler, to: Int.self)
        #endif
        return handler != unsafeBitCast(SIG_DFL, to: Int.self) && handler != unsafeBitCast(SIG_IGN, to: Int.self)
    }
}
