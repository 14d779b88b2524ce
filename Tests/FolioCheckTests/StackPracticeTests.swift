import Testing
import FolioTestSupport
import FolioModel
@testable import FolioCheck

/// Stack entries that name a field rather than a tool get advice to name the tools, not to list the
/// field in skills.yaml with a version (imported JSON Resume `technologies`, ../shared/corpus/resume-05).
@Suite struct StackPracticeTests {
    @Test func fieldsAreNotTools() {
        let catalog = SkillCatalog.shared
        #expect(ProjectStackKnownRule.isPractice("Property Management", catalog: catalog))
        #expect(ProjectStackKnownRule.isPractice("Agile Methodologies", catalog: catalog))
        #expect(ProjectStackKnownRule.isPractice("Tax Automation", catalog: catalog))
        #expect(!ProjectStackKnownRule.isPractice("Selenium", catalog: catalog))
        #expect(!ProjectStackKnownRule.isPractice("Data Modeling", catalog: catalog), "a concept the catalog knows")
        #expect(!ProjectStackKnownRule.isPractice("Spark 3.5 Streaming Analysis", catalog: catalog), "digits: a versioned tool")
    }
}

/// A job title credits the concept it names, as a degree or a certificate does (new-user trial: a
/// `Backend Developer` was told start-ups expect Backend Development).
@Suite struct JobTitleConceptTests {
    @Test func titlesNameConcepts() {
        let catalog = SkillCatalog.shared
        #expect(catalog.concepts(namedIn: "Backend Developer").contains("Backend Development"))
        #expect(catalog.concepts(namedIn: "백엔드 개발자").contains("Backend Development"))
        #expect(!catalog.concepts(namedIn: "Marketing Intern").contains("Backend Development"))
    }

    @Test func aBackendDeveloperMeetsTheStartupWishList() throws {
        var files = SampleFiles.workspace
        files["folio.yaml"] = SampleFiles.profile + """

              company: startup
            experience:
              - organization: ShoppingMate
                position: Backend Developer
                period: 2022-07 – 2024-08
                highlights:
                  - Order API latency 800 ms → 120 ms
            """
        let workspace = try TemporaryWorkspace(files).load()
        let findings = Checker(today: YearMonth(year: 2026, month: 11)!).check(workspace, only: ["skill.core-coverage"])
        #expect(!findings.contains { $0.message.en.contains("Backend Development") }, "\(findings.map(\.message.en))")
    }
}
