import Foundation
import Testing
import FolioModel
@testable import FolioRender
import FolioTestSupport

/// What a recruiter reads on the one page, from a new-user trial: the project the user chose to lead
/// with leads, the rows are in the recruiter's words (not seed 000's 베이스 / 알파), and a degree reads
/// in its language's word order.
@Suite struct RecruiterWordingTests {
    /// An older featured project and a newer one not featured, in `language`.
    static func featuredOlder(_ language: Language) throws -> (TemporaryWorkspace, Workspace) {
        let ko = language == .ko
        func project(_ title: String, _ period: String, featured: Bool) -> String {
            """
            ---
            title: \(title)
            period: \(period)
            team: 3
            role: \(ko ? "적재 파이프라인 담당" : "Owned the loading pipeline")
            stack: [Apache Spark]
            impact:
              - \(ko ? "배치 시간 3시간 → 45분" : "Batch time 3 h → 45 min")
            featured: \(featured)
            ---
            ## \(ko ? "개요" : "Overview")
            \(ko ? "로그를 적재합니다." : "Loads logs.")
            """
        }
        let profile = SampleFiles.profile.replacingOccurrences(of: "lang: ko", with: "lang: \(language.rawValue)")
        return try Fixtures.workspace([
            "folio.yaml": profile,
            "projects/sensor.md": project(ko ? "센서 파이프라인 (대표)" : "Sensor pipeline (featured)", "2023-03 – 2023-06", featured: true),
            "projects/newer.md": project(ko ? "최근 대시보드" : "Recent dashboard", "2025-01 – 2025-03", featured: false),
        ])
    }

    @Test(arguments: [Language.ko, .en])
    func featuredProjectLeadsTheOnePageAndTheFullPage(_ language: Language) throws {
        let (_, workspace) = try Self.featuredOlder(language)
        let featured = language == .ko ? "센서 파이프라인 (대표)" : "Sensor pipeline (featured)"
        let newer = language == .ko ? "최근 대시보드" : "Recent dashboard"
        // The Markdown page: the featured project's heading comes first although it is two years older.
        let headings = try Fixtures.markdown(workspace).split(separator: "\n").filter { $0.hasPrefix("### ") }
        #expect(headings.count == 2)
        #expect(headings.first?.hasPrefix("### \(featured)") == true, "\(headings)")
        // The HTML page and the full portfolio agree.
        let cards = try Fixtures.html(workspace).all("article.project").compactMap { $0.first("h3")?.text }
        #expect(cards == [featured, newer])
        let full = try Fixtures.html(workspace, PortfolioOptions(full: true)).all("article.project").compactMap { $0.first("h3")?.text }
        #expect(full == [featured, newer])
    }

    @Test func emphasisStillComesBeforeFeatured() throws {
        // `--for`: the project showing the posting's skills leads, featured or not.
        let (_, workspace) = try Fixtures.workspace([
            "projects/sensor.md": "---\ntitle: 대표 프로젝트\nperiod: 2023-03 – 2023-06\nteam: 3\nstack: [Apache Spark]\nfeatured: true\n---\n## 개요\n로그\n",
            "projects/newer.md": "---\ntitle: 카프카 프로젝트\nperiod: 2022-01 – 2022-03\nteam: 3\nstack: [Apache Kafka]\n---\n## 개요\n로그\n",
        ])
        let cards = try Fixtures.html(workspace, PortfolioOptions(emphasis: ["Apache Kafka"])).all("article.project").compactMap { $0.first("h3")?.text }
        #expect(cards == ["카프카 프로젝트", "대표 프로젝트"])
    }

    @Test func koreanStrengthRowsUseTheRecruitersWords() throws {
        let workspace = try Fixtures.example("junior-data-engineer-ko")
        let markdown = try Fixtures.markdown(workspace)
        #expect(markdown.contains("- **핵심 강점**: 분산 처리 파이프라인 (Apache Spark, Apache Kafka)\n"), "\(markdown.prefix(800))")
        #expect(markdown.contains("- **추가 강점**: 데이터 품질 검증과 모니터링 (Great Expectations, Grafana)\n"))
        let html = try Fixtures.html(workspace)
        let rows = html.first("section.target")?.all("dt").map(\.text) ?? []
        #expect(rows == ["지원 분야", "핵심 강점", "추가 강점"])
        // No transliterated planning word or internal term anywhere on the page a recruiter reads.
        let page = (html.first("main")?.text ?? "") + markdown
        let odd = ["베이스", "알파", "미드", "Lv.0"].filter { page.contains($0) }
        #expect(odd.isEmpty)
    }

    /// The Korean `init` scaffold explains `strengths` in the words the page prints for it, not in
    /// seed 000's transliterated 베이스 / 알파, so the comment and the page name one thing once.
    @Test func theKoreanScaffoldNamesTheStrengthsAsThePageDoes() throws {
        let scaffold = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("Templates/init/ko/folio.yaml"), encoding: .utf8)
        let labels = Labels.of(.ko)
        let comment = scaffold.split(separator: "\n").first { $0.contains("strengths") || $0.contains(labels.base) }.map(String.init) ?? ""
        #expect(scaffold.contains("\(labels.base)(`base`"), "\(comment)")
        #expect(scaffold.contains("\(labels.alpha)(`alpha`"))
        #expect(!scaffold.contains("베이스") && !scaffold.contains("알파"))
    }

    @Test func englishStrengthRowsUseTheRecruitersWords() throws {
        let workspace = try Fixtures.example("junior-data-engineer-en")
        let markdown = try Fixtures.markdown(workspace)
        #expect(markdown.contains("- **Core strength**: Batch and streaming pipelines (Apache Spark, Apache Kafka, Apache Airflow)\n"))
        #expect(markdown.contains("- **Also strong in**: Data quality testing and reconciliation (dbt tests, Great Expectations)\n"))
        let rows = try Fixtures.html(workspace).first("section.target")?.all("dt").map(\.text) ?? []
        #expect(rows == ["Target", "Core strength", "Also strong in"])
        #expect(!markdown.contains("Base —") && !markdown.contains("Alpha"))
    }

    @Test func aConceptNamedInKoreanKeepsItsWordsAndAToolItsName() throws {
        let (_, workspace) = try Fixtures.workspace([
            "skills.yaml": "- name: 데이터 모델링\n  level: 3\n- name: 스파크\n  level: 3\n  version: \"3.5\"\n- name: Data Quality\n  level: 3\n",
        ])
        let chips = try Fixtures.html(workspace).all("li.skill").compactMap { $0.first("span.name")?.text ?? $0.text }
        #expect(chips.contains { $0.hasPrefix("데이터 모델링") }, "\(chips)")
        #expect(chips.contains { $0.hasPrefix("Apache Spark") } && !chips.contains { $0.hasPrefix("스파크") }, "\(chips)")
        #expect(chips.contains { $0.hasPrefix("Data Quality") }, "written in English, shown in English: \(chips)")
        #expect(try Fixtures.markdown(workspace).contains("데이터 모델링"))
    }

    @Test func anAlphaWithoutABaseIsStillShown() throws {
        let (_, workspace) = try Fixtures.workspace([
            "folio.yaml": SampleFiles.profile + "\nstrengths:\n  alpha: 데이터 품질 모니터링\n",
        ])
        #expect(try Fixtures.markdown(workspace).contains("- **추가 강점**: 데이터 품질 모니터링\n"))
    }

    @Test func aMidLevelTargetReadsAsKoreanHiringSaysIt() throws {
        let (_, workspace) = try Fixtures.workspace([
            "folio.yaml": SampleFiles.profile + "\n  company: service\n  level: mid\n",
        ])
        let target = try Fixtures.html(workspace).first("section.target")?.first("dd")?.text
        #expect(target == "데이터 엔지니어 · 서비스 기업 · 경력 (중급)")
    }

    /// Degree and field written apart (`degree:`, `major:`), as `folio import` writes them.
    @Test(arguments: [
        ("ko", "학사", "컴퓨터공학", "한국대학교 · 컴퓨터공학 학사"),
        ("ko", "석사", "통계학", "한국대학교 · 통계학 석사"),
        ("ko", "전문학사", "빅데이터과", "한국대학교 · 빅데이터과 전문학사"),
        ("ko", "학사", "", "한국대학교 · 학사"),
        ("ko", "", "산업공학", "한국대학교 · 산업공학"),
        ("en", "B.S.", "Computer Science", "한국대학교 · B.S. in Computer Science"),
        ("en", "Bachelor of Science in", "Statistics", "한국대학교 · Bachelor of Science in Statistics"),
        ("en", "MBA", "Finance", "한국대학교 · MBA in Finance"),
        // Korean words keep Korean order on an English page: the user's text is not translated.
        ("en", "학사", "컴퓨터공학", "한국대학교 · 컴퓨터공학 학사"),
    ])
    func degreeAndFieldReadInTheirOwnWordOrder(_ lang: String, _ degree: String, _ major: String, _ expected: String) throws {
        var entry = "education:\n  - school: 한국대학교\n"
        if !degree.isEmpty { entry += "    degree: \"\(degree)\"\n" }
        if !major.isEmpty { entry += "    major: \"\(major)\"\n" }
        let (_, workspace) = try Fixtures.workspace([
            "folio.yaml": SampleFiles.profile.replacingOccurrences(of: "lang: ko", with: "lang: \(lang)") + "\n" + entry,
        ])
        let line = try Fixtures.html(workspace).first("section.background")?.first("dd")?.text
        #expect(line == expected)
        #expect(try Fixtures.markdown(workspace).contains("- \(expected)"))
    }

    @Test func aProgramAsWrittenIsKept() throws {
        let (_, workspace) = try Fixtures.workspace([
            "folio.yaml": SampleFiles.profile + "\neducation:\n  - school: 한국대학교\n    program: 정보컴퓨터공학부 학사 (복수전공 통계학)\n    degree: 학사\n    major: 컴퓨터공학\n",
        ])
        #expect(try Fixtures.html(workspace).first("section.background")?.first("dd")?.text == "한국대학교 · 정보컴퓨터공학부 학사 (복수전공 통계학)")
    }
}
