import Foundation
import Testing
import FolioTestSupport

/// A `project:`, `uses:` or job `projects:` that names no file is reported at its file:line:column
/// with the nearest existing id, in both languages.
@Suite struct BrokenReferenceTests {
    static func workspace() throws -> TemporaryWorkspace {
        var files = SampleFiles.workspace
        files["projects/sales-data-mart.md"] = SampleFiles.project.replacingOccurrences(of: "센서 파이프라인", with: "판매 데이터 마트")
        files["stories/oom.md"] = SampleFiles.story.replacingOccurrences(of: "project: sensor", with: "project: sales-mart")
        files["folio.yaml"] = SampleFiles.profile + """

            experience:
              - organization: 주식회사 데이터
                position: 데이터 엔지니어
                period: 2024-07 – 현재
                role: 판매 마트 담당
                projects: [sensor, sales_data_mart]
            """
        files["essays/acme.md"] = """
            ---
            company: 에이크미
            ---
            ## 지원 동기 (500자)
            uses: [oom-story, oom]
            저는 판매 데이터 마트를 만들었습니다.
            """
        return try TemporaryWorkspace(files)
    }

    /// The lines of a `folio check` report about `rule`.
    static func lines(_ report: String, _ rule: String) -> [String] {
        report.split(separator: "\n").map(String.init).filter { $0.hasSuffix("[\(rule)]") }
    }

    @Test func koreanNamesTheNearestIDAtTheReference() throws {
        let workspace = try Self.workspace()
        let result = try FolioProcess.run(["check", workspace.root.path])
        #expect(result.status == 1, "story.project is an error")
        #expect(Self.lines(result.stdout, "story.project") == [
            "stories/oom.md:3:10: error: projects/sales-mart.md가 없습니다. `sales-data-mart`를 뜻하셨나요? [story.project]",
        ], "\(result.stdout)")
        #expect(Self.lines(result.stdout, "experience.projects") == [
            "folio.yaml:13:24: warning: `projects: sales_data_mart`: projects/sales_data_mart.md가 없습니다. `sales-data-mart`를 뜻하셨나요? [experience.projects]",
        ], "\(result.stdout)")
        #expect(Self.lines(result.stdout, "essay.uses") == [
            "essays/acme.md:5:8: warning: `uses: oom-story`: 그런 사례나 프로젝트가 없습니다. `oom`을 뜻하셨나요? [essay.uses]",
        ], "\(result.stdout)")
    }

    @Test func englishNamesTheNearestIDToo() throws {
        let workspace = try Self.workspace()
        let result = try FolioProcess.run(["check", workspace.root.path, "--lang", "en"])
        #expect(Self.lines(result.stdout, "story.project") == [
            "stories/oom.md:3:10: error: there is no projects/sales-mart.md. Did you mean `sales-data-mart`? [story.project]",
        ], "\(result.stdout)")
        #expect(Self.lines(result.stdout, "experience.projects") == [
            "folio.yaml:13:24: warning: `projects: sales_data_mart`: there is no projects/sales_data_mart.md. Did you mean `sales-data-mart`? [experience.projects]",
        ], "\(result.stdout)")
    }
}
