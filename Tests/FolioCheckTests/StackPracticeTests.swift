import Testing
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
