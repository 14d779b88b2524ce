import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import FolioTestSupport

/// `folio serve` end to end: the real executable on a free port, pages loaded by headless
/// Chromium (`--dump-dom`), edits made to the workspace's files; the event stream read with curl.
@Suite(.serialized) struct ServeTests {
    /// A running `folio serve` and its address.
    final class Server {
        let process = Process()
        let output = Pipe()
        var base = ""

        init(workspace: URL, executable: URL = FolioProcess.executable, lang: String = "en") throws {
            process.executableURL = executable
            process.arguments = ["serve", workspace.path, "--port", "0", "--lang", lang]
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            // The first line names the address: "Preview: http://127.0.0.1:PORT/ …".
            var line = ""
            let deadline = Date().addingTimeInterval(30)
            while !line.contains("\n"), Date() < deadline {
                let data = output.fileHandleForReading.availableData
                if data.isEmpty { break }
                line += String(decoding: data, as: UTF8.self)
            }
            if let range = line.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression) {
                base = String(line[range])
            }
        }

        var port: Int { Int(base.split(separator: ":").last ?? "") ?? 0 }

        deinit {
            if process.isRunning { process.terminate() }
        }
    }

    /// GET `path` with URLSession, waiting at most 10 s.
    static func get(_ url: String) -> String? {
        let done = DispatchSemaphore(value: 0)
        let box = Box()
        let task = URLSession.shared.dataTask(with: URL(string: url)!) { data, _, _ in
            box.text = data.map { String(decoding: $0, as: UTF8.self) }
            done.signal()
        }
        task.resume()
        _ = done.wait(timeout: .now() + 10)
        return box.text
    }

    final class Box: @unchecked Sendable { var text: String? }

    /// The build number in /state.json.
    static func version(_ server: Server) -> Int {
        guard let json = get(server.base + "/state.json"),
              let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return 0 }
        return object["version"] as? Int ?? 0
    }

    /// Waits until the server has rebuilt past `version`.
    static func waitForRebuild(after version: Int, _ server: Server) -> Int {
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline {
            let now = self.version(server)
            if now > version { Thread.sleep(forTimeInterval: 0.1); return self.version(server) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return version
    }

    /// The DOM of `url` after headless Chromium loaded it and ran its scripts.
    static func dumpDOM(_ url: String) throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("folio-serve-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let chromium = try #require(["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }, "Chromium is not installed: sudo apt-get install chromium")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--user-data-dir=\(profile.path)", "--dump-dom", url,
        ]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The local addresses `port` is listened on, from /proc/net/tcp and tcp6 (hex, as the kernel writes them).
    static func listeningAddresses(port: Int) -> [String] {
        let hexPort = String(format: "%04X", port)
        var addresses: [String] = []
        for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
            guard let text = try? String(contentsOfFile: table, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n").dropFirst() {
                let fields = line.split(separator: " ")
                guard fields.count > 3, fields[3] == "0A" else { continue }  // LISTEN
                let local = fields[1].split(separator: ":")
                if local.count == 2, local[1] == hexPort { addresses.append(String(local[0])) }
            }
        }
        return addresses
    }

    @Test func previewFollowsEditsShowsBrokenYAMLAndStopsOnSIGTERM() throws {
        let folder = try TemporaryWorkspace([:])
        let workspace = folder.root.appendingPathComponent("ws")
        try FileManager.default.copyItem(at: RepositoryPaths.example("junior-data-engineer-en"), to: workspace)
        let profile = workspace.appendingPathComponent("folio.yaml")
        let original = try String(contentsOf: profile, encoding: .utf8)
        let server = try Server(workspace: workspace)
        try #require(!server.base.isEmpty, "folio serve printed its address")

        // Only on loopback.
        #expect(Self.listeningAddresses(port: server.port) == ["0100007F"], "listens on 127.0.0.1 only")

        // The page as it prints, and the shell with the verdict and the findings beside it.
        let first = try Self.dumpDOM(server.base + "/page/portfolio.html")
        #expect(first.contains("Seoyeon Park"))
        let shell = try Self.dumpDOM(server.base + "/")
        #expect(shell.contains("id=\"verdict\""))
        #expect(shell.contains("id=\"findings\""))
        #expect(!shell.contains("[profile.target-role]"), "the example names a known role")
        #expect(shell.contains("src=\"/page/portfolio.html"), "the one page in its frame")
        #expect(!shell.contains("class=\"error-panel\""))

        // The event stream announces rebuilds (what makes the open tab reload itself).
        let events = Process()
        events.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        events.arguments = ["curl", "-sN", "--max-time", "60", server.base + "/events"]
        let eventOutput = Pipe()
        events.standardOutput = eventOutput
        try events.run()
        Thread.sleep(forTimeInterval: 0.5)

        // An edit: the page changes, and a finding appears at its file:line.
        var version = Self.version(server)
        try original.replacingOccurrences(of: "name: Seoyeon Park", with: "name: Jiwoo Han")
            .replacingOccurrences(of: "  role: data-engineer", with: "  role: data-enginer")
            .write(to: profile, atomically: true, encoding: .utf8)
        version = Self.waitForRebuild(after: version, server)
        #expect(try Self.dumpDOM(server.base + "/page/portfolio.html").contains("Jiwoo Han"))
        let withFinding = try Self.dumpDOM(server.base + "/")
        #expect(withFinding.contains("[profile.target-role]"), "the finding appears")
        let roleLine = try #require(original.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("  role: data-engineer") }) + 1
        #expect(withFinding.contains("folio.yaml:\(roleLine):"), "at its file:line")

        // Broken YAML: the error panel with its line; the last good page stays.
        try original.replacingOccurrences(of: "name: Seoyeon Park", with: "name: [Broken")
            .write(to: profile, atomically: true, encoding: .utf8)
        version = Self.waitForRebuild(after: version, server)
        let broken = try Self.dumpDOM(server.base + "/")
        #expect(broken.contains("class=\"error-panel\""), "the error panel is shown")
        #expect(broken.contains("folio.yaml:"), "naming the file and line")
        #expect(try Self.dumpDOM(server.base + "/page/portfolio.html").contains("Jiwoo Han"), "the last good page stays")

        // Fixed: the page is back, with the new name, the error panel and the finding gone.
        try original.replacingOccurrences(of: "name: Seoyeon Park", with: "name: Minseo Kim")
            .write(to: profile, atomically: true, encoding: .utf8)
        version = Self.waitForRebuild(after: version, server)
        let fixed = try Self.dumpDOM(server.base + "/")
        #expect(!fixed.contains("class=\"error-panel\""))
        #expect(!fixed.contains("[profile.target-role]"), "the finding disappears")
        #expect(try Self.dumpDOM(server.base + "/page/portfolio.html").contains("Minseo Kim"))

        Thread.sleep(forTimeInterval: 0.3)
        events.terminate()
        events.waitUntilExit()
        let announced = String(decoding: eventOutput.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(announced.contains("data: \(version)"), "the event stream announced build \(version): \(announced)")

        // SIGTERM stops it cleanly: exit code 0, the port closed.
        kill(server.process.processIdentifier, SIGTERM)
        let deadline = Date().addingTimeInterval(10)
        while server.process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!server.process.isRunning, "stopped within 10 s of SIGTERM")
        #expect(server.process.terminationStatus == 0)
        #expect(Self.listeningAddresses(port: server.port).isEmpty)
    }

    /// The open tab reloads itself after a save: headless Chromium driven over the DevTools
    /// protocol (`--remote-debugging-pipe`, so no WebSocket library is needed) keeps the shell
    /// open while the file is saved, and without any navigation from outside the tab must come
    /// to show the next build and the new page. Fails if the page's event-stream handler, the
    /// event stream or the rebuild on save breaks.
    @Test func openTabReloadsItselfAfterASave() throws {
        let chromium = try #require(["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }, "Chromium is not installed: sudo apt-get install chromium")
        let folder = try TemporaryWorkspace([:])
        let workspace = folder.root.appendingPathComponent("ws")
        try FileManager.default.copyItem(at: RepositoryPaths.example("junior-data-engineer-en"), to: workspace)
        let profile = workspace.appendingPathComponent("folio.yaml")
        let edited = folder.root.appendingPathComponent("edited.yaml")
        try String(contentsOf: profile, encoding: .utf8).replacingOccurrences(of: "name: Seoyeon Park", with: "name: Jiwoo Han")
            .write(to: edited, atomically: true, encoding: .utf8)
        let driver = folder.root.appendingPathComponent("reload.py")
        try Self.reloadDriver.write(to: driver, atomically: true, encoding: .utf8)
        let server = try Server(workspace: workspace)
        try #require(!server.base.isEmpty, "folio serve printed its address")

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", driver.path, chromium, server.base + "/", profile.path, edited.path, "Jiwoo Han"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "the driver's report: \(String(decoding: data, as: UTF8.self))")
        #expect(report["error"] == nil, "\(report["error"] ?? "")")
        let before = try #require(report["before"] as? [String: Any], "the tab showed the preview")
        let after = try #require(report["after"] as? [String: Any], "the tab was read after the save")
        #expect((before["page"] as? String)?.contains("Seoyeon Park") == true, "the page before the save")
        #expect(before["version"] as? String == "1")
        #expect(after["version"] as? String != "1", "the open tab reloaded itself to the next build")
        #expect((after["page"] as? String)?.contains("Jiwoo Han") == true, "and shows the saved name")
    }

    /// The full portfolio and the interview sheet are rendered when their tab asks for them, from
    /// the build that is current then: after a save they show the saved text, and while a file is
    /// broken they show the last good build's.
    @Test func tabsRenderedOnRequestFollowTheLastGoodBuild() throws {
        let folder = try TemporaryWorkspace([:])
        let workspace = folder.root.appendingPathComponent("ws")
        try FileManager.default.copyItem(at: RepositoryPaths.example("junior-data-engineer-en"), to: workspace)
        let profile = workspace.appendingPathComponent("folio.yaml")
        let original = try String(contentsOf: profile, encoding: .utf8)
        let server = try Server(workspace: workspace)
        try #require(!server.base.isEmpty, "folio serve printed its address")
        let state = try #require(Self.get(server.base + "/state.json"))
        #expect(state.contains("\"full\"") && state.contains("\"interview\""), "both tabs are offered: \(state)")
        #expect(Self.get(server.base + "/page/full.html")?.contains("Seoyeon Park") == true)
        #expect(Self.get(server.base + "/page/interview.html")?.contains("Seoyeon Park") == true)

        var version = Self.version(server)
        try original.replacingOccurrences(of: "name: Seoyeon Park", with: "name: Jiwoo Han").write(to: profile, atomically: true, encoding: .utf8)
        version = Self.waitForRebuild(after: version, server)
        #expect(Self.get(server.base + "/page/interview.html")?.contains("Jiwoo Han") == true, "the interview sheet of the new build")
        #expect(Self.get(server.base + "/page/full.html")?.contains("Jiwoo Han") == true, "the full portfolio of the new build")

        try original.replacingOccurrences(of: "name: Seoyeon Park", with: "name: [Broken").write(to: profile, atomically: true, encoding: .utf8)
        _ = Self.waitForRebuild(after: version, server)
        #expect(Self.get(server.base + "/page/full.html")?.contains("Jiwoo Han") == true, "the last good full portfolio stays")
        #expect(Self.get(server.base + "/page/nothing.html") == nil || Self.get(server.base + "/page/nothing.html")?.isEmpty == true)
    }

    /// The findings panel shows a message's backticks as code, as the interview sheet does, and
    /// escapes what is inside them: `contact.email` is `<code>contact.email</code>`, never raw
    /// backticks, and a user's `<img>` quoted in a message is text.
    @Test(arguments: ["ko", "en"]) func findingsPanelShowsCodeNotBackticks(_ lang: String) throws {
        let folder = try TemporaryWorkspace([:])
        let workspace = folder.root.appendingPathComponent("ws")
        try FileManager.default.copyItem(at: RepositoryPaths.example("needs-work"), to: workspace)
        let profile = workspace.appendingPathComponent("folio.yaml")
        let original = try String(contentsOf: profile, encoding: .utf8)
        try original.replacingOccurrences(of: "github: github.com/namu-lee", with: "github: \"github.com/<img src=x onerror=alert(1)>\"")
            .write(to: profile, atomically: true, encoding: .utf8)
        let server = try Server(workspace: workspace, lang: lang)
        try #require(!server.base.isEmpty, "folio serve printed its address")
        let page = try #require(Self.get(server.base + "/"))
        let start = try #require(page.range(of: "<section class=\"findings\""))
        let end = try #require(page.range(of: "</section>", range: start.upperBound..<page.endIndex))
        let panel = String(page[start.lowerBound..<end.upperBound])
        #expect(panel.contains("<code>contact.email</code>"), "\(panel.prefix(2000))")
        #expect(!panel.contains("`"), "no raw backtick in the panel")
        #expect(!panel.contains("<img"))
        #expect(panel.contains("<code>github.com/&lt;img src=x onerror=alert(1)&gt;</code>"), "\(panel.prefix(3000))")
    }

    /// The DevTools-protocol driver for `openTabReloadsItselfAfterASave`, run with python3.
    static let reloadDriver = #"""
# Drives headless Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe: fd 3 in,
# fd 4 out, messages separated by NUL), so no WebSocket library is needed.
# usage: reload.py CHROMIUM URL FILE NEWTEXT_FILE EXPECT
# Opens URL, waits for the page, replaces FILE with NEWTEXT_FILE's text (atomically, as an editor
# saves), then waits, without touching the tab, until the open tab shows EXPECT: only the page's
# own event-stream handler can make that happen. Prints one JSON object.
import json, os, subprocess, sys, tempfile, time
chromium, url, path, new_text_file, expect = sys.argv[1:6]
to_browser_r, to_browser_w = os.pipe()
from_browser_r, from_browser_w = os.pipe()
profile = tempfile.mkdtemp(prefix="folio-serve-cdp-")
def child_fds():
    os.dup2(to_browser_r, 3)
    os.dup2(from_browser_w, 4)
browser = subprocess.Popen(
    [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
     "--user-data-dir=" + profile, "--remote-debugging-pipe", "about:blank"],
    pass_fds=(3, 4), preexec_fn=child_fds, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
os.close(to_browser_r); os.close(from_browser_w)
buffer = b""
next_id = 0
def send(method, params=None, session=None):
    global next_id
    next_id += 1
    message = {"id": next_id, "method": method, "params": params or {}}
    if session: message["sessionId"] = session
    os.write(to_browser_w, json.dumps(message).encode() + b"\0")
    return next_id
def receive(wanted, deadline):
    global buffer
    while time.time() < deadline:
        while b"\0" in buffer:
            raw, buffer = buffer.split(b"\0", 1)
            message = json.loads(raw)
            if message.get("id") == wanted:
                return message
        chunk = os.read(from_browser_r, 65536)
        if not chunk: break
        buffer += chunk
    raise TimeoutError("no answer from Chromium")
def call(method, params=None, session=None, timeout=20):
    answer = receive(send(method, params, session), time.time() + timeout)
    if "error" in answer: raise RuntimeError(answer["error"])
    return answer["result"]
def evaluate(session, expression):
    result = call("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session)
    return result.get("result", {}).get("value")
report = {}
try:
    target = call("Target.createTarget", {"url": url})["targetId"]
    session = call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    state = "(function(){var s=document.getElementById('status');var f=document.getElementById('page');" \
            "var d=f&&f.contentDocument&&f.contentDocument.body;return s?{version:s.dataset.version,page:d?d.innerText:''}:null})()"
    deadline = time.time() + 20
    first = None
    while time.time() < deadline:
        first = evaluate(session, state)
        if first and first["page"]: break
        time.sleep(0.05)
    report["before"] = first
    # Wait for the event stream to be connected (the handler is installed when the script runs).
    time.sleep(0.5)
    temporary = path + ".folio-test-tmp"
    with open(new_text_file, encoding="utf-8") as source, open(temporary, "w", encoding="utf-8") as handle:
        handle.write(source.read())
    os.replace(temporary, path)
    saved = time.time()
    after = None
    while time.time() < saved + 20:
        after = evaluate(session, state)
        if after and after["version"] != first["version"] and expect in after["page"]: break
        time.sleep(0.05)
    report["after"] = after
    report["seconds"] = round(time.time() - saved, 3)
except Exception as error:
    report["error"] = repr(error)
finally:
    browser.kill()
    browser.wait()
    subprocess.run(["rm", "-rf", profile])
print(json.dumps(report))
"""#
}
