import Foundation
import Testing
import FolioTestSupport

/// The example workspaces and `folio init`'s scaffolds validate against `schemas/` with a standard
/// validator (Python's `jsonschema`, draft 2020-12, through `schemas/validate.py`). Where Python's
/// `jsonschema` or PyYAML is missing (a bare clone; `.ci/run` installs both), these tests are
/// reported as skipped, with that reason.
@Suite(.enabled(if: SchemaValidator.available, "needs python3 with jsonschema and PyYAML: pip install jsonschema pyyaml"))
struct SchemaValidationTests {
    @Test func everyExampleAndScaffoldValidates() throws {
        let examples = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.root.appendingPathComponent("Examples").path)
            .filter { $0 != "needs-work" }.sorted()
        #expect(examples.count >= 2)
        var folders = examples.map { RepositoryPaths.example($0).path }
        folders += ["ko", "en"].map { RepositoryPaths.root.appendingPathComponent("Templates/init/\($0)").path }
        let result = try SchemaValidator.run(folders)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    /// needs-work breaks the advice on purpose; of its mistakes, only the misspelt key is the schema's business.
    @Test func needsWorkFailsOnlyOnItsMisspeltKey() throws {
        let result = try SchemaValidator.run([RepositoryPaths.example("needs-work").path])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stdout)")
        #expect(lines.first?.contains("projects/shop-orders-batch.md:6:") == true, "\(result.stdout)")
        #expect(lines.first?.contains("'stak'") == true)
    }

    @Test(arguments: ["ko", "en"])
    func initWritesTheSchemaLineAndItsScaffoldValidates(_ lang: String) throws {
        let folder = try TemporaryWorkspace([:])
        let target = folder.root.appendingPathComponent("new")
        let created = try FolioProcess.run(["init", target.path, "--lang", lang])
        #expect(created.status == 0, "\(created.stderr)")
        for (file, schema) in ["folio.yaml": "folio.schema.json", "skills.yaml": "skills.schema.json"] {
            let text = try String(contentsOf: target.appendingPathComponent(file), encoding: .utf8)
            let first = try #require(text.split(separator: "\n").first.map(String.init))
            let prefix = "# yaml-language-server: $schema="
            #expect(first.hasPrefix(prefix), "\(file) starts with the modeline: \(first)")
            let url = try #require(URL(string: String(first.dropFirst(prefix.count))))
            #expect(url.isFileURL && url.lastPathComponent == schema)
            // The installed schema is the repository's.
            let installed = try Data(contentsOf: url)
            #expect(installed == (try Data(contentsOf: RepositoryPaths.root.appendingPathComponent("schemas/\(schema)"))))
        }
        let result = try SchemaValidator.run([target.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func wrongValuesAreReportedAtTheirLines() throws {
        var files = SampleFiles.workspace
        files["folio.yaml"] = """
            name: 김데이터
            target:
              role: data-enginer
              level: intern
            certifications:
              - name: SQLD
                date: 작년 봄
            """
        files["skills.yaml"] = "- name: Apache Spark\n  level: 7\n  since: 2024-07\n"
        let workspace = try TemporaryWorkspace(files)
        let result = try SchemaValidator.run([workspace.root.path])
        #expect(result.status == 1)
        for expected in ["folio.yaml:3: target.role", "folio.yaml:4: target.level", "folio.yaml:7: certifications.0.date", "skills.yaml:2: 0.level"] {
            #expect(result.stdout.contains(expected), "\(expected) in \(result.stdout)")
        }
        #expect(!result.stdout.contains("since"), "2024-07 is a valid date")
    }

    @Test func essayFrontMatterIsValidatedAtItsLines() throws {
        var files = SampleFiles.workspace
        files["essays/hanbit.md"] = """
            ---
            company: 한빛그룹
            count: words
            line-breaks: 3
            questions:
              - question: 지원 동기
                limit: 1000
              - question: 포부
                limt: 500
            ---
            ## 지원 동기
            답변.
            """
        let workspace = try TemporaryWorkspace(files)
        let result = try SchemaValidator.run([workspace.root.path])
        #expect(result.status == 1)
        for expected in ["essays/hanbit.md:3: count", "essays/hanbit.md:4: line-breaks", "essays/hanbit.md:9: questions.1"] {
            #expect(result.stdout.contains(expected), "\(expected) in \(result.stdout)")
        }
        #expect(!result.stdout.contains("questions.0"), "the first entry is valid")
    }
}

/// `python3 schemas/validate.py`, if Python and its packages are there.
enum SchemaValidator {
    static let script = RepositoryPaths.root.appendingPathComponent("schemas/validate.py")

    static let available: Bool = {
        guard let result = try? run(["--probe"], probe: true) else { return false }
        return result.status == 0
    }()

    static func run(_ folders: [String], probe: Bool = false) throws -> FolioProcess.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = probe ? ["python3", "-c", "import jsonschema, yaml"] : ["python3", script.path] + folders
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return FolioProcess.Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
