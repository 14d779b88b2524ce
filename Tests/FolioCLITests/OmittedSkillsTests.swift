import Foundation
import Testing
import FolioTestSupport

/// `folio build` on thousands of skills tells the ones left off the page in one short line: the
/// first ten by name, the rest counted.
@Suite struct OmittedSkillsTests {
    static func workspace(skills: Int) throws -> TemporaryWorkspace {
        var files = SampleFiles.workspace
        files["skills.yaml"] = SampleFiles.skills + (0..<skills).map { "\n- name: Skill\(String(format: "%04d", $0))\n  level: 1" }.joined()
        return try TemporaryWorkspace(files)
    }

    /// The summary line about the skills left out.
    static func skillsLine(_ stdout: String) -> String? {
        stdout.split(separator: "\n").map(String.init).first { $0.hasSuffix("[skills.yaml:1:1]") }
    }

    @Test(arguments: ["ko", "en"]) func thousandsOfSkillsAreCountedNotListed(lang: String) throws {
        let workspace = try Self.workspace(skills: 2000)
        let out = workspace.root.appendingPathComponent("out")
        let result = try FolioProcess.run(["build", workspace.root.path, "-o", out.path, "--lang", lang])
        #expect(result.status == 0, "\(result.stderr)")
        let line = try #require(Self.skillsLine(result.stdout), "\(result.stdout.prefix(2000))")
        #expect(line.count < 250, "\(line)")
        // Ten names, then the count of the rest.
        let names = line.matches(of: /Skill\d{4}/).count
        #expect(names == 10, "\(line)")
        let total = try #require(line.firstMatch(of: lang == "ko" ? /스킬 (\d+)개/ : /(\d+) skills/).map { Int($0.output.1)! })
        if lang == "ko" {
            #expect(line.contains(" 외 \(total - 10)개)"), "\(line)")
        } else {
            #expect(line.contains(" … and \(total - 10) more)"), "\(line)")
        }
        #expect(total > 1000, "most of the 2000 level-1 skills do not fit: \(line)")
    }
}
