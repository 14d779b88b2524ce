import Foundation
import Testing
import FolioTestSupport

/// `folio <command> --help` as a new user reads it.
@Suite struct HelpTextTests {
    static let commands = ["init", "check", "build", "explain", "match", "interview", "essay", "import", "serve", "export"]

    /// The overview and discussion: everything before `USAGE:`.
    static func prose(_ help: String) -> String {
        String(help[..<(help.range(of: "USAGE:")?.lowerBound ?? help.endIndex)])
    }

    @Test(arguments: commands) func theDescriptionReadsAsProse(command: String) throws {
        let result = try FolioProcess.run([command, "--help"])
        #expect(result.status == 0)
        let prose = Self.prose(result.stdout)
        #expect(!prose.isEmpty)
        // A run of spaces inside a sentence is a line break gone wrong in the source (import once
        // printed "location,             profiles").
        for line in prose.split(separator: "\n") {
            let text = line.drop { $0 == " " }
            #expect(!text.contains("   "), "folio \(command) --help: \(line)")
        }
    }

    @Test func initSaysWhatItWritesAndExportHowSkillsAreGrouped() throws {
        let initHelp = try FolioProcess.run(["init", "--help"]).stdout
        #expect(initHelp.contains("every field blank"), "\(initHelp)")
        #expect(!initHelp.contains("sample profile"), "\(initHelp)")
        let exportHelp = try FolioProcess.run(["export", "--help"]).stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(exportHelp.contains("else one entry each"), "\(exportHelp)")
    }

    /// The scaffold's advice on the introduction's length is the rule's own (`folio explain
    /// profile.intro-length`): one range, not two.
    @Test(arguments: [("ko", "220–410음절"), ("en", "100 to 190 words")])
    func theScaffoldGivesTheIntroLengthTheRuleChecks(lang: String, range: String) throws {
        let folder = try TemporaryWorkspace([:])
        let made = try FolioProcess.run(["init", folder.root.path, "--lang", lang, "-q"])
        #expect(made.status == 0, "\(made.stderr)")
        let scaffold = try String(contentsOf: folder.root.appendingPathComponent("folio.yaml"), encoding: .utf8)
        #expect(scaffold.contains(range), "\(scaffold)")
        let rule = try FolioProcess.run(["explain", "profile.intro-length", "--lang", lang]).stdout
        #expect(rule.contains(lang == "ko" ? "220–410음절" : "100–190 English words"), "\(rule)")
    }
}
