import Foundation
import Testing
import FolioTestSupport
import FolioModel
@testable import FolioCheck

/// `folio import` writes a workspace that `folio check` judges on what the résumé says, not on how
/// import wrote it: skill headings kept as `group:` with folio's category only where the catalog lacks
/// the skill, compounds split into the catalog's skills, figures and fields of work out of the stack,
/// a job's stack from the skills its highlights name. Our own small résumé, then the real ones.
@Suite struct ImportFidelityTests {
    let checker = Checker(today: YearMonth(year: 2026, month: 6)!)

    static let resume = """
        {"basics": {"name": "Mina Park", "label": "Data Engineer", "email": "mina@example.com",
                    "summary": "Data engineer who keeps batch pipelines on time."},
         "work": [{"name": "Ridewave", "position": "Data Engineer", "startDate": "2022-03",
                   "summary": "Own the Databricks pipelines.",
                   "highlights": ["Nightly batch 6 h → 40 min by repartitioning in PySpark", "Took less time to review dbt models"]}],
         "skills": [{"name": "Data Platforms", "keywords": ["Databricks", "Unity Catalog", "Snowflake", "dbt", "Delta Lake"]},
                    {"name": "Cloud & Infrastructure", "keywords": ["AWS S3/IAM", "Terraform", "Batch & Near-Real-Time Pipelines"]},
                    {"name": "Programming", "keywords": ["Python", "PySpark", "Less", "HTML5, HTML"]},
                    {"name": "Tools", "keywords": ["Terraform", "Gulp"]}],
         "projects": [{"name": "Qdrill", "description": "A coaching app.", "keywords": ["SvelteKit", "Postgres", "87k+ LOC", "Financial Analysis"],
                       "highlights": ["Load tests with Python scripts: p95 900 ms → 250 ms"]}]}
        """

    func imported(_ json: String = resume) throws -> (result: JSONResumeImporter.Result, workspace: Workspace) {
        let result = try JSONResumeImporter.convert(Data(json.utf8), source: "resume.json", today: YearMonth(year: 2026, month: 6)!)
        return (result, try TemporaryWorkspace(result.files).load())
    }

    @Test func skillHeadingsBecomeGroupsAndFolioCategories() throws {
        let (_, workspace) = try imported()
        #expect(workspace.diagnostics.isEmpty, "\(workspace.diagnostics.map(\.message.en))")
        // Known skills: the catalog's category, the résumé's heading as the group.
        let databricks = try #require(workspace.skill(named: "Databricks"))
        #expect(databricks.group?.value == "Data Platforms" && databricks.category == nil)
        // Unknown ones: folio's category that most of the heading's known skills share.
        #expect(workspace.skill(named: "Unity Catalog")?.category?.value == "data-warehouse")
        // A phrase keeps no category rather than a guessed one.
        #expect(workspace.skill(named: "Batch & Near-Real-Time Pipelines")?.category == nil)
        let findings = checker.check(workspace, only: ["skill.unknown"])
        #expect(!findings.contains { $0.message.en.contains("not one of folio's categories") }, "\(findings.map(\.message.en))")
    }

    @Test func compoundsAreSplitIntoTheCatalogsSkillsAndListedOnce() throws {
        let (result, workspace) = try imported()
        let names = workspace.skills.map(\.name.value)
        #expect(names.contains("AWS S3") && names.contains("AWS IAM") && !names.contains("AWS S3/IAM"))
        #expect(names.filter { $0 == "Terraform" }.count == 1, "listed under two headings, written once")
        #expect(names.contains("HTML5") && !names.contains("HTML5, HTML"))
        #expect(names.contains("Batch & Near-Real-Time Pipelines"), "an unknown part keeps the keyword whole")
        #expect(result.notes.contains { $0.en.contains("`Terraform`") && $0.en.contains("listed once") })
        #expect(checker.check(workspace, only: ["skill.unknown"]).allSatisfy { !$0.message.en.contains("holds") && !$0.message.en.contains("twice") })
    }

    @Test func aProjectStackHoldsTechnologiesOnly() throws {
        let (_, workspace) = try imported()
        let project = try #require(workspace.projects.first)
        #expect(project.stack.map(\.value) == ["SvelteKit", "Postgres", "Python"], "the figure and the field are out; Python from the highlight")
        #expect(project.body.section(.overview)?.markdown.contains("Keywords: 87k+ LOC, Financial Analysis") == true)
        // A figure is a measurement; a name that starts with a digit is not one.
        for figure in ["87k+ LOC", "10M rows/day", "$1.5M revenue", "3 engineers"] { #expect(SkillCatalog.shared.isFigure(figure), "\(figure)") }
        for name in ["5G", "3D Modeling", "2FA", "1Password", "S3"] { #expect(!SkillCatalog.shared.isFigure(name), "\(name)") }
        let stack = checker.check(workspace, only: ["project.stack-known"]).map(\.message.en)
        #expect(!stack.contains { $0.contains("87k+ LOC") || $0.contains("Financial Analysis") }, "\(stack)")
    }

    @Test func aJobsStackIsTheListedSkillsItsTextNames() throws {
        let (result, workspace) = try imported()
        let job = try #require(workspace.profile.experience.first)
        #expect(job.stack.map(\.value) == ["Databricks", "dbt", "PySpark"], "`less time` does not name Less")
        #expect(result.files["folio.yaml"]?.contains("stack: [\"Databricks\", \"dbt\", \"PySpark\"]   # the skills its summary and highlights name") == true)
        let evidence = checker.check(workspace, only: ["skill.evidence"]).map(\.message.en)
        #expect(!evidence.contains { $0.contains("is named in what you wrote") }, "\(evidence)")
    }

    @Test func aCategoryCheckRejectsNamesTheNearestAllowedOne() throws {
        var files = SampleFiles.workspace
        files["skills.yaml"] = (files["skills.yaml"] ?? "") + """

            - name: PostCss
              category: Css
            - name: Bootstrap
              category: Css
            - name: Sass
              category: Css
            - name: Unity Catalog
              category: Data Warehousing
            - name: Gulp
              category: Tools / Misc

            """
        let workspace = try TemporaryWorkspace(files).load()
        let findings = checker.check(workspace, only: ["skill.unknown"])
        let css = try #require(findings.first { $0.message.en.hasPrefix("`PostCss`") })
        #expect(css.message.en.contains("Did you mean `category: web`?") && css.message.ko.contains("`category: web`을 뜻하셨나요?"))
        #expect(findings.contains { $0.message.en.hasPrefix("`Unity Catalog`") && $0.message.en.contains("`category: data-warehouse`") })
        let gulp = try #require(findings.first { $0.message.en.hasPrefix("`Gulp`") })
        #expect(!gulp.message.en.contains("Did you mean"), "no clear category: the list, not a guess")
        #expect(SkillCatalog.shared.category(forGroup: "Databases") == "database")
        #expect(SkillCatalog.shared.category(forGroup: "Back End") == "backend")
        #expect(SkillCatalog.shared.category(forGroup: "Containerization") == "container")
        #expect(SkillCatalog.shared.category(forGroup: "Stremaing") == "streaming")
        #expect(SkillCatalog.shared.category(forGroup: "Tools / Misc", members: ["Docker", "Jira", "Babel"]) == nil)
        #expect(SkillCatalog.shared.category(forGroup: "Machine Learning") == "ml")
        #expect(SkillCatalog.shared.category(forGroup: "클라우드") == "cloud")
        #expect(SkillCatalog.shared.category(forGroup: "PHP", members: ["Laravel", "Yii2"]) == nil, "a language heads frameworks: not its category")
    }

    // MARK: The real résumés (../shared/corpus)

    static let corpusPresent = RepositoryPaths.hasShared("corpus/jsonresume")
    static let corpusSkip = Comment(rawValue: "needs ../shared/corpus/jsonresume beside the repository (CI has it)")
    static var corpus: [String] {
        let folder = RepositoryPaths.shared.appendingPathComponent("corpus/jsonresume")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    /// The findings that exist only because of how import wrote the file, by kind; nil for the others.
    static func importCaused(_ finding: Finding) -> String? {
        let message = finding.message.en
        switch finding.rule {
        case let rule where rule.hasPrefix("parse."): return "loader"
        case "skill.unknown" where message.contains("not one of folio's categories") && !message.contains("Did you mean"):
            return "category rejected without a suggestion"
        case "skill.unknown" where message.contains(" holds ") || message.contains("twice"): return "compound kept whole"
        case "project.stack-known" where message.contains("reads as a field or practice") || message.dropFirst().first?.isNumber == true:
            return "not a technology in the stack"
        case "skill.evidence" where message.contains("named in what you wrote"): return "a job's stack left empty"
        default: return nil
        }
    }

    @Test(.enabled(if: corpusPresent, corpusSkip), arguments: corpus)
    func realResumesGetNoImportCausedFinding(_ name: String) throws {
        let data = try Data(contentsOf: RepositoryPaths.shared.appendingPathComponent("corpus/jsonresume/\(name)"))
        let result = try JSONResumeImporter.convert(data, source: name, today: YearMonth(year: 2026, month: 6)!)
        let workspace = try TemporaryWorkspace(result.files).load()
        #expect(workspace.diagnostics.isEmpty, "\(name): \(workspace.diagnostics.map { "\($0.location) \($0.message.en)" })")
        let caused = checker.check(workspace).compactMap { finding in Self.importCaused(finding).map { "\($0): \(finding.location) \(finding.message.en)" } }
        #expect(caused.isEmpty, "\(name): \(caused)")
        // Every stack entry is a technology: no figure, no field of work, no compound the catalog splits.
        let stacks = workspace.projects.flatMap(\.stack) + workspace.profile.experience.flatMap(\.stack)
        for entry in stacks.map(\.value) {
            #expect(!SkillCatalog.shared.isFigure(entry) && !SkillCatalog.shared.isPractice(entry), "\(name): \(entry)")
            #expect(SkillCatalog.shared.parts(of: entry) == nil, "\(name): \(entry)")
        }
        #expect(workspace.skills.allSatisfy { SkillCatalog.shared.parts(of: $0.name.value) == nil })
    }

    @Test func exportWritesTheHeadingsBack() throws {
        let (_, workspace) = try imported()
        let data = try JSONResumeExporter.data(from: workspace)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let groups = try #require(object["skills"] as? [[String: Any]])
        #expect(groups.map { $0["name"] as? String } == ["Data Platforms", "Cloud & Infrastructure", "Programming", "Tools"])
        #expect(groups[1]["keywords"] as? [String] == ["AWS S3", "AWS IAM", "Terraform", "Batch & Near-Real-Time Pipelines"])
        #expect(groups[3]["keywords"] as? [String] == ["Gulp"])
    }
}
