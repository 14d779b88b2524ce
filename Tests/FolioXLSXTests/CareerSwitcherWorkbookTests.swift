import Foundation
import Testing
import FolioModel
@testable import FolioXLSX
import FolioTestSupport

/// The workbook of a junior career switcher (the new user's trial report, items 11 and 13), read
/// back: a job's highlights get a row as tall as their lines, the total's label is whole, a skill
/// used in the job is evidenced (as `folio check` counts it), Spring Boot is a backend framework,
/// and the company type has the page's short name.
@Suite struct CareerSwitcherWorkbookTests {
    static func written(language: Language? = nil) throws -> XLSXFile {
        let (_, workspace) = try Fixtures.load(CareerSwitcher.files)
        return try Fixtures.written(workspace, language: language).1
    }

    @Test func highlightsRowIsAsTallAsItsLinesAndTheTotalLabelIsWhole() throws {
        let file = try Self.written()
        let sheet = try #require(file.sheets["경력"])
        #expect(sheet.text("H2") == CareerSwitcher.highlights.map { "• " + $0 }.joined(separator: "\n"))
        let row = try #require(sheet.tree.all("row").first { $0.attributes["r"] == "2" })
        #expect(Double(row.attributes["ht"] ?? "0") ?? 0 >= 45, "three highlights, three lines at least: \(row.attributes)")
        #expect(row.attributes["customHeight"] == "1")
        // The label sits over the organisation … end columns, right beside the number.
        #expect(sheet.text("A4") == "경력 합계 (겹친 달은 한 번)")
        #expect(sheet.tree.all("mergeCell").compactMap { $0.attributes["ref"] } == ["A4:E4"])
        #expect(sheet.text("F4") == "26")
    }

    @Test func aSkillUsedInTheJobIsEvidencedAsTheCheckCountsIt() throws {
        let file = try Self.written()
        let sheet = try #require(file.sheets["스킬"])
        let rows = (2...9).map { sheet.row($0, columns: 11) }
        let redis = try #require(rows.first { $0[0] == "Redis" })
        #expect(redis[9] == "경력: \(CareerSwitcher.jobTitle)")
        #expect(redis[10] == "근거 있음", "\(redis)")
        #expect(redis[6] == "2.2", "the job's 26 months")
        // AWS only through Amazon S3 (a project's stack and the story): evidenced, and the evidence says where.
        let aws = try #require(rows.first { $0[0] == "AWS" })
        #expect(aws[10] == "근거 있음" && aws[9] == "공공자전거 대여 데이터 파이프라인; 사례: 작은 파일 문제로 Spark 집계가 느려진 문제", "\(aws)")
        // The same answer on the Target sheet: a cloud, expected of a data engineer (AWS, GCP or S3), has its evidence.
        let target = try #require(file.sheets["목표"])
        let targetRows = (1...60).map { target.row($0, columns: 6) }
        let expectedCloud = try #require(targetRows.first { $0[1] == "AWS / Google Cloud (GCP) / Amazon S3 중 하나 이상" })
        #expect(expectedCloud[4] == "보유·근거 있음", "\(expectedCloud)")
        #expect(expectedCloud[2].contains("AWS"), "\(expectedCloud)")
        // SQL, through MySQL in the job's stack among others: the job is named as on the Skills sheet.
        let sql = try #require(targetRows.first { $0[0] == "직무 기대 스킬" && $0[1] == "SQL" })
        #expect(sql[5].contains("경력: \(CareerSwitcher.jobTitle)"), "\(sql)")
    }

    /// A concept shown only through what implies it (Spring Boot in the job's stack, the job title
    /// 백엔드 개발자) is evidenced, and its evidence names the job once.
    @Test func aConceptShownByTheJobNamesTheJob() throws {
        var files = CareerSwitcher.files
        files["skills.yaml"] = (files["skills.yaml"] ?? "") + "\n- name: Backend Development\n"
        let (_, workspace) = try Fixtures.load(files)
        let sheet = try #require(try Fixtures.written(workspace).1.sheets["스킬"])
        let row = try #require((2...10).map { sheet.row($0, columns: 11) }.first { $0[0] == "Backend Development" })
        #expect(row[10] == "근거 있음", "\(row)")
        #expect(row[9].components(separatedBy: "경력: \(CareerSwitcher.jobTitle)").count == 2, "\(row[9])")
    }

    @Test func backendFrameworksHaveTheirOwnCategory() throws {
        let korean = try #require(try Self.written().sheets["스킬"])
        let spring = try #require((2...9).map { korean.row($0, columns: 2) }.first { $0[0] == "Spring Boot" })
        #expect(spring[1] == "백엔드")
        let english = try #require(try Self.written(language: .en).sheets["Skills"])
        #expect((2...9).map { english.row($0, columns: 2) }.first { $0[0] == "Spring Boot" }?[1] == "Backend")
        for name in ["Spring Boot", "Django", "Flask", "FastAPI", "Spring MVC", "JPA", "Express"] {
            #expect(SkillCatalog.shared.lookup(name)?.category == "backend", "\(name)")
        }
        #expect(SkillCategoryLabels.label("backend", .ko) == "백엔드")
    }

    /// `target.company: service` is "서비스 기업" on the page and here alike.
    @Test func targetSheetNamesTheCompanyTypeAsThePageDoes() throws {
        let target = try #require(try Self.written().sheets["목표"])
        #expect(target.text("A1") == "목표 직무·회사 유형 대비 스킬: 데이터 엔지니어 · 서비스 기업")
        let texts = target.cells.keys.compactMap { target.text($0) }
        #expect(texts.contains { $0.hasPrefix("회사 유형 서비스 기업: 서비스의 대량 데이터를") }, "\(texts.filter { $0.contains("회사 유형") })")
        #expect(!texts.contains { $0.contains("대기업 서비스 지향") })
        let english = try #require(try Self.written(language: .en).sheets["Target"])
        #expect(english.text("A1")?.hasSuffix("Data engineer · service company") == true, "\(english.text("A1") ?? "")")
    }
}
