import Foundation
import Testing
import FolioTestSupport

/// What folio prints, run as a user runs it: user text with escape sequences, control
/// characters and line breaks (in values and in a file name) never reaches the terminal raw,
/// and cannot forge a finding line.
@Suite struct TerminalOutputTests {
    static let forgedName = "projects/x\nfolio.yaml:1:1: error: forged finding [profile.reachable]\n.md"

    static func workspace() throws -> TemporaryWorkspace {
        let nasty = ["\u{1B}[2J\u{1B}[Hcleared", "\u{1B}]0;pwned\u{07}", "\u{9B}31mcsi", "\u{202E}txt.exe", "line\rover",
                     "x\nfolio.yaml:1:1: error: forged [profile.reachable]"]
        var files = HostileStrings.workspace(nasty.joined(separator: " "))
        files[forgedName] = "---\ntitle: \(HostileStrings.yaml(nasty[0]))\nteam: 2\n---\n## Overview\n\(nasty[0])\n"
        return try TemporaryWorkspace(files)
    }

    @Test func nothingRawReachesTheTerminal() throws {
        let workspace = try Self.workspace()
        let root = workspace.root.path
        let out = workspace.root.appendingPathComponent("Output").path
        let posting = workspace.root.appendingPathComponent("postings/hostile.txt").path
        let runs: [[String]] = [
            ["check", root], ["check", root, "--format", "json"], ["check", root, "--format", "github"],
            ["build", root, "-o", out, "--full"], ["interview", root, "-o", out], ["match", posting, root],
            ["match", posting, root, "--format", "json"],
        ]
        var json: [String: Any] = [:]
        for arguments in runs {
            let result = try FolioProcess.run(arguments)
            #expect(result.status <= 1, "\(arguments): \(result.stderr)")
            let raw = LeakDetector.terminal(result.stdout + result.stderr)
            #expect(raw.isEmpty, "\(arguments.first!) \(arguments.dropFirst(2)): \(Set(raw))")
            if arguments.count == 4, arguments[2] == "--format", arguments[3] == "json", arguments[0] == "check" {
                json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            }
        }
        // One finding line per finding: the file name's line breaks start no line of their own.
        let text = try FolioProcess.run(["check", root]).stdout
        let lines = text.split(separator: "\n").filter { $0.contains(#/^\S.*:\d+:\d+: (error|warning|suggestion): /#) }
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(lines.count == findings.count, "\(lines.count) lines for \(findings.count) findings")
        #expect(!text.contains("\nfolio.yaml:1:1: error: forged"))
        #expect(findings.contains { ($0["file"] as? String) == Self.forgedName }, "the JSON keeps the real file name")
    }
}
