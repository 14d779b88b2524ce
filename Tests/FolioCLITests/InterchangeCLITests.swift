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

    /// A resume with a project: import writes folio.yaml, skills.yaml and projects/etl.md.
    static let resumeWithProject = """
        {"basics": {"name": "Jamie Kim", "label": "Data Engineer", "email": "jamie@example.com"},
         "skills": [{"name": "Streaming", "keywords": ["Apache Kafka"]}],
         "projects": [{"name": "ETL", "keywords": ["Apache Kafka"]}]}
        """

    @Test func importLeavesItsInputAsItWas() throws {
        // The résumé sits in the folder the workspace is written to, as `folio import resume.json` does.
        let folder = try TemporaryWorkspace(["resume.json": Self.resumeWithProject])
        let input = folder.root.appendingPathComponent("resume.json")
        let before = try Data(contentsOf: input)
        let modified = try FileManager.default.attributesOfItem(atPath: input.path)[.modificationDate] as? Date
        let result = try FolioProcess.run(["import", input.path, folder.root.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Data(contentsOf: input) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: input.path)[.modificationDate] as? Date == modified)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.root.path).sorted() == ["folio.yaml", "projects", "resume.json", "skills.yaml"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.root.appendingPathComponent("projects").path) == ["etl.md"], "no staging file left")
    }

    @Test func importWritesAllFilesOrNone() throws {
        // `projects` is a file: projects/etl.md cannot be made, so folio.yaml and skills.yaml must not stay either.
        let folder = try TemporaryWorkspace(["resume.json": Self.resumeWithProject, "ws/projects": "not a folder\n"])
        let target = folder.root.appendingPathComponent("ws")
        let result = try FolioProcess.run(["import", folder.root.appendingPathComponent("resume.json").path, target.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("projects"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path) == ["projects"], "nothing half-written")
        #expect(try String(contentsOf: target.appendingPathComponent("projects"), encoding: .utf8) == "not a folder\n")

        // An existing file is never replaced, and then nothing else is written either.
        let second = try TemporaryWorkspace(["resume.json": Self.resumeWithProject, "ws/skills.yaml": "- name: Mine\n"])
        let again = try FolioProcess.run(["import", second.root.appendingPathComponent("resume.json").path, second.root.appendingPathComponent("ws").path])
        #expect(again.status != 0)
        #expect(try String(contentsOf: second.root.appendingPathComponent("ws/skills.yaml"), encoding: .utf8) == "- name: Mine\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: second.root.appendingPathComponent("ws").path) == ["skills.yaml"])
    }

    @Test func unknownFormatIsMisuse() throws {
        let result = try FolioProcess.run(["export", "--format", "europass", RepositoryPaths.example("junior-data-engineer-en").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("jsonresume"))
    }
}
