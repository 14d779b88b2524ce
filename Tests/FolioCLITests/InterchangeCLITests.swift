import Foundation
import Testing
import FolioTestSupport

/// `folio import` and `folio export --format jsonresume` as a user runs them.
@Suite struct InterchangeCLITests {
    static let resume = """
        {"basics": {"name": "Jamie Kim", "label": "Data Engineer", "email": "jamie@example.com"},
         "work": [{"name": "Ridewave", "position": "Data Engineer", "startDate": "October 2022", "endDate": "Present",
                   "highlights": ["nightly batch 6 h → 40 min"]},
                  {"name": "Shoply", "position": "Intern", "startDate": "2019", "endDate": "2021"}],
         "publications": [{"name": "A paper"}],
         "skills": [{"name": "Streaming", "level": "Advanced", "keywords": ["Apache Kafka"]}]}
        """

    @Test func importSaysWhatItCouldNotCarryThenExportWritesTheResume() throws {
        let folder = try TemporaryWorkspace(["resume.json": Self.resume])
        let target = folder.root.appendingPathComponent("ws")
        let imported = try FolioProcess.run(["import", folder.root.appendingPathComponent("resume.json").path, target.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Not carried:"))
        #expect(imported.stdout.contains("publications (1): folio has no place for papers and articles"))
        let profile = try String(contentsOf: target.appendingPathComponent("folio.yaml"), encoding: .utf8)
        #expect(profile.contains("period: \"2022-10 – present\""))
        #expect(profile.contains("period: \"2019 – 2021\""))
        #expect(profile.contains("role: data-engineer"))

        let output = folder.root.appendingPathComponent("out/resume.json")
        let exported = try FolioProcess.run(["export", "--format", "jsonresume", target.path, "-o", output.path])
        #expect(exported.status == 0, "\(exported.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any])
        let work = try #require(json["work"] as? [[String: Any]])
        #expect(work.map { $0["name"] as? String } == ["Ridewave", "Shoply"])
        #expect(work[0]["startDate"] as? String == "2022-10" && work[0]["endDate"] == nil)
        #expect(work[1]["endDate"] as? String == "2021")
        #expect((json["skills"] as? [[String: Any]])?.first?["level"] as? String == "Advanced")
        // Nothing but the one file: written atomically, no staging file left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path) == ["resume.json"])
    }

    @Test func exportRefusesABrokenWorkspaceAndWritesNothing() throws {
        let folder = try TemporaryWorkspace([
            "folio.yaml": "name: 김데이터\nexperience:\n  - organization: A\n    period: 2025-02 – 2024-07\n",
        ])
        let output = folder.root.appendingPathComponent("resume.json")
        let result = try FolioProcess.run(["export", folder.root.path, "-o", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("folio.yaml:4:13") || result.stdout.contains("folio.yaml:4:13"), "\(result.stdout)\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func unknownFormatIsMisuse() throws {
        let result = try FolioProcess.run(["export", "--format", "europass", RepositoryPaths.example("junior-data-engineer-en").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("jsonresume"))
    }
}
