import Foundation
import Testing
import FolioTestSupport

/// Runs every case of `BadInputCase.all` through the built `folio` and asserts what a user
/// notices: no crash, no hang, the message names the file and line where there is one, the
/// inputs are byte-identical after the run, and a failed run leaves no partial output.
@Suite("bad-input corpus")
struct BadInputTests {
    /// Longest one run may take: a hang guard for the corpus, not a speed claim.
    static let timeLimit: TimeInterval = 60

    struct Run {
        var status: Int32 = -1
        var signalled = false
        var timedOut = false
        var output = ""
        var seconds: Double = 0
        /// CPU time (user + system) of the process, read from /proc while it ran (Linux; 0 elsewhere).
        var cpu: Double = 0
    }

    /// The CPU seconds `pid` has used so far, from /proc/PID/stat (utime + stime), or nil.
    static func cpuSeconds(_ pid: Int32) -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let end = stat.lastIndex(of: ")") else { return nil }
        // After the command name: state is field 3, utime and stime fields 14 and 15.
        let fields = stat[stat.index(after: end)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    static func run(_ arguments: [String], asNobody: Bool) -> Run {
        let process = Process()
        if asNobody {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", "--", FolioProcess.executable.path] + arguments
        } else {
            process.executableURL = FolioProcess.executable
            process.arguments = arguments
        }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        var result = Run()
        let start = Date()
        do { try process.run() } catch { result.output = "cannot start: \(error)"; return result }
        let collected = OutputBuffer()
        let reader = Thread { collected.data = pipe.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        while process.isRunning {
            if let used = cpuSeconds(process.processIdentifier) { result.cpu = used }
            if Date().timeIntervalSince(start) > timeLimit {
                result.timedOut = true
                kill(-process.processIdentifier, SIGKILL)
                kill(process.processIdentifier, SIGKILL)
                break
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        process.waitUntilExit()
        while !reader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        result.seconds = Date().timeIntervalSince(start)
        result.status = process.terminationStatus
        result.signalled = process.terminationReason == .uncaughtSignal
        result.output = String(decoding: collected.data, as: UTF8.self)
        return result
    }

    final class OutputBuffer: @unchecked Sendable { var data = Data() }

    /// Every regular file under `root` (but the output folder) and its bytes.
    static func snapshot(_ root: URL, skipping output: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
        for case let url as URL in walker {
            if url.path.hasPrefix(output.path) { walker.skipDescendants(); continue }
            var info = stat()
            guard lstat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            files[url.path] = FileManager.default.contents(atPath: url.path) ?? Data("(unreadable)".utf8)
        }
        return files
    }

    /// Files in the output folder (recursively), temporary ones included.
    static func outputs(_ folder: URL) -> [String] {
        guard let names = FileManager.default.subpaths(atPath: folder.path) else { return [] }
        return names.sorted()
    }

    struct Outcome: Sendable {
        var name: String
        var problems: [String] = []
        var located: Bool?
        var seconds: Double = 0
        var bounded = false
        var cpu: Double = 0
    }

    static let nobodyCanRun: Bool = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return getuid() != 0 }
        // `--version` loads nothing: check a sample workspace, which reads the resource bundles, so a
        // checkout an unprivileged user cannot read (a 0700 temporary folder) skips these cases.
        guard let workspace = try? TemporaryWorkspace(SampleFiles.workspace) else { return false }
        chmod(workspace.root.path, 0o777)
        for path in FileManager.default.subpaths(atPath: workspace.root.path) ?? [] {
            chmod(workspace.root.appendingPathComponent(path).path, 0o777)
        }
        return [0, 1].contains(run(["check", workspace.root.path], asNobody: true).status)
    }()

    static func check(_ item: BadInputCase) -> Outcome {
        var outcome = Outcome(name: item.name)
        guard let workspace = try? TemporaryWorkspace(SampleFiles.workspace) else { return Outcome(name: item.name, problems: ["setup failed"]) }
        let root = workspace.root
        // An unprivileged user must be able to reach the temporary folder.
        chmod(root.path, 0o777)
        let output = root.appendingPathComponent("Output")
        do {
            for (path, data) in item.files { try workspace.write(path, data) }
            for path in item.removed { try FileManager.default.removeItem(at: root.appendingPathComponent(path)) }
            try item.setup(root)
        } catch {
            return Outcome(name: item.name, problems: ["setup failed: \(error)"])
        }
        if item.asNobody { for path in FileManager.default.subpaths(atPath: root.path) ?? [] where !path.contains("projects") { chmod(root.appendingPathComponent(path).path, 0o777) } }
        let before = snapshot(root, skipping: output)
        let outputsBefore = outputs(output)
        let arguments = item.command.map { $0.replacingOccurrences(of: "$W", with: root.path).replacingOccurrences(of: "$O", with: output.path) }
        let run = run(arguments, asNobody: item.asNobody)
        // Restore permissions so the snapshot and the clean-up can read everything.
        for path in FileManager.default.subpaths(atPath: root.path) ?? [] { chmod(root.appendingPathComponent(path).path, 0o755) }
        chmod(root.appendingPathComponent("projects").path, 0o755)
        for path in FileManager.default.subpaths(atPath: root.path) ?? [] { chmod(root.appendingPathComponent(path).path, 0o755) }
        outcome.seconds = run.seconds
        outcome.bounded = item.seconds != nil
        if run.signalled { outcome.problems.append("crashed (signal \(run.status))") }
        if run.timedOut { outcome.problems.append("hung (over \(Int(timeLimit)) s)") }
        // The bound is on CPU time, which a busy machine does not stretch the way it stretches wall time.
        outcome.cpu = run.cpu
        if let seconds = item.seconds, !run.timedOut, run.cpu > seconds {
            outcome.problems.append("hung: used \(String(format: "%.1f", run.cpu)) s of CPU (\(String(format: "%.1f", run.seconds)) s wall), more than \(Int(seconds)) s")
        }
        if !run.signalled, !run.timedOut, ![0, 1, 2].contains(run.status) { outcome.problems.append("exit status \(run.status)") }
        if run.output.contains("Fatal error") || run.output.contains("Program crashed") { outcome.problems.append("a crash report") }
        if let location = item.location {
            let needle = location.hasSuffix(":1") || location.hasSuffix("/:1") ? location : location + ":"
            outcome.located = run.output.contains(needle) || run.output.contains(location + ":")
        }
        if snapshot(root, skipping: output) != before { outcome.problems.append("an input file changed") }
        let outputsAfter = outputs(output)
        if run.status != 0, outputsAfter != outputsBefore { outcome.problems.append("a failed run left outputs: \(Set(outputsAfter).subtracting(outputsBefore).sorted())") }
        if outputsAfter.contains(where: { $0.hasSuffix(".tmp") }) { outcome.problems.append("temporary files left: \(outputsAfter.filter { $0.hasSuffix(".tmp") })") }
        if outcome.located == false { outcome.problems.append("the message does not name \(item.location!): \(run.output.prefix(300))") }
        return outcome
    }

    @Test("every case: no crash, no hang, located, inputs untouched, no partial output")
    func corpus() throws {
        let cases = BadInputCase.all.filter { !$0.asNobody || Self.nobodyCanRun }
        let skipped = BadInputCase.all.count - cases.count
        #expect(BadInputCase.all.count >= 100, "\(BadInputCase.all.count) cases")
        let results = UnsafeMutableBufferPointer<Outcome>.allocate(capacity: cases.count)
        defer { results.deallocate() }
        let slots = Slots(buffer: results)
        DispatchQueue.concurrentPerform(iterations: cases.count) { index in
            (slots.buffer.baseAddress! + index).initialize(to: Self.check(cases[index]))
        }
        let outcomes = Array(results)
        for outcome in outcomes where !outcome.problems.isEmpty {
            Issue.record("\(outcome.name): \(outcome.problems.joined(separator: "; "))")
        }
        let withPlace = outcomes.filter { $0.located != nil }
        let located = withPlace.filter { $0.located == true }.count
        let slowest = outcomes.filter(\.bounded).max { $0.cpu < $1.cpu }
        func count(_ word: String) -> Int { outcomes.filter { $0.problems.contains { $0.hasPrefix(word) } }.count }
        print("""
            bad-input corpus: \(BadInputCase.all.count) cases, \(outcomes.count) run\(skipped > 0 ? " (\(skipped) permission cases skipped: running as root without setpriv)" : ""), \
            located \(located)/\(withPlace.count) (\(withPlace.isEmpty ? 100 : located * 100 / withPlace.count) %), \
            crashes \(count("crashed") + count("a crash")), hangs \(count("hung")) (\(cases.filter { $0.seconds != nil }.count) cases with a time bound, slowest \(slowest.map { "\($0.name) \(String(format: "%.1f", $0.cpu)) s CPU, \(String(format: "%.1f", $0.seconds)) s wall" } ?? "none")), inputs modified \(count("an input")), \
            partial outputs \(count("a failed run") + count("temporary"))
            """)
        #expect(withPlace.isEmpty || Double(located) / Double(withPlace.count) >= 0.95, "located \(located)/\(withPlace.count)")
    }

    struct Slots: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Outcome>
    }
}
