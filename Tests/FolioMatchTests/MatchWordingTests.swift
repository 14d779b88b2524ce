import Foundation
import Testing
import FolioModel
@testable import FolioMatch
import FolioTestSupport

/// What `folio match` prints, from a new-user trial: a tool asked for as the means of a kind of work
/// is one ask (one line, at most one gap), a concept is not told to give a version, and no line
/// reads two labels in a row ("보여 줌: education: …").
@Suite struct MatchWordingTests {
    static let today = YearMonth(year: 2026, month: 12)!

    static func example(_ name: String) throws -> Workspace {
        try WorkspaceLoader.load(at: RepositoryPaths.example(name))
    }

    static func printed(_ posting: String, _ workspace: Workspace, _ language: Language) -> (MatchReport, [String]) {
        let report = PostingMatcher.match(Posting.parse(text: posting, file: "postings/p.txt"), workspace, today: today)
        return (report, MatchTextReporter(language: language).report(report).components(separatedBy: "\n"))
    }

    static let koreanPosting = """
        [자격 요건]
        - Python 능숙자
        - dbt를 활용한 데이터 모델링 경험
        - ETL 파이프라인 개발 경험
        - 학사 이상 (컴퓨터공학 전공)
        """

    @Test func aToolUsedForAKindOfWorkIsOneAskInKorean() throws {
        let posting = Posting.parse(text: Self.koreanPosting, file: "postings/p.txt")
        // The reader still reads both skills on the line (what CorpusTests measures) …
        #expect(posting.requirements.filter { $0.line == 3 }.map(\.skills) == [["dbt"], ["Data Modeling"]])
        // … and the report judges them once, as the tool with its purpose.
        let (report, lines) = Self.printed(Self.koreanPosting, try Self.example("junior-data-engineer-ko"), .ko)
        let asked = lines.filter { $0.contains("[줄 3]") }
        #expect(asked.count == 1, "\(asked)")
        // dbt is in sales-data-mart's stack; nothing in the workspace says it modelled data with it.
        #expect(asked.first?.hasPrefix("  ~ dbt (Data Modeling)") == true, "\(asked)")
        #expect(asked.first?.contains("프로젝트 sales-data-mart") == true && asked.first?.contains("Data Modeling 없음") == true)
        #expect(!lines.contains { $0.hasPrefix("  ✗ Data Modeling") })
        let gaps = report.gaps.filter { $0.requirement.line == 3 }
        #expect(gaps.count == 1)
        let advice = try #require(gaps.first?.advice(.ko))
        #expect(advice.hasPrefix("dbt (Data Modeling): 공고는 dbt로 하는 Data Modeling을 묻습니다. dbt는 프로젝트 sales-data-mart에 있지만 Data Modeling은 보이지 않습니다."), "\(advice)")
        #expect(!advice.contains("버전"))
        // Required, weighed once: Python 2 + dbt (Data Modeling) 2 × ½ + ETL 2 of 6.
        #expect(report.possible == 6 && report.earned == 5)
    }

    @Test func aToolUsedForAKindOfWorkIsOneAskInEnglish() throws {
        let text = "Requirements:\n- Python\n- Data modeling with dbt\n"
        let (report, lines) = Self.printed(text, try Self.example("junior-data-engineer-en"), .en)
        let asked = lines.filter { $0.contains("[line 3]") }
        #expect(asked.count == 1, "\(asked)")
        #expect(asked.first?.contains("dbt (Data Modeling)") == true, "\(asked)")
        #expect(report.gaps.filter { $0.requirement.line == 3 }.count <= 1)
        // One gap is "the gap", not "the 1 gaps".
        #expect(report.gaps.count == 1 && lines.contains("The gap that would raise the score most"), "\(lines)")
    }

    @Test func neitherShownMakesOneGapNamingBoth() throws {
        let (_, workspace) = try TemporaryWorkspace(SampleFiles.workspace).loaded()
        let (report, lines) = Self.printed(Self.koreanPosting, workspace, .ko)
        let gaps = report.gaps.filter { $0.requirement.line == 3 }
        #expect(gaps.count == 1)
        #expect(gaps.first?.advice(.ko).hasPrefix("dbt (Data Modeling): 작업 폴더에 없습니다. 공고는 dbt로 하는 Data Modeling을 묻습니다.") == true)
        #expect(gaps.first?.advice(.en).hasPrefix("dbt (Data Modeling): not in the workspace. The posting asks for Data Modeling done with dbt.") == true)
        let gapLines = lines.filter { $0.contains("(필수, 줄 3)") }
        #expect(gapLines.count == 1, "\(gapLines)")
    }

    @Test func aConceptIsNotToldToGiveAVersion() throws {
        let (_, workspace) = try TemporaryWorkspace(SampleFiles.workspace).loaded()
        let (report, lines) = Self.printed("[자격 요건]\n- 데이터 모델링 경험\n- ETL 파이프라인 개발 경험\n- Snowflake 사용 경험\n- Apache Kafka 운영 경험\n", workspace, .ko)
        func advice(_ label: String) throws -> LocalizedText {
            PostingMatcher.advice(for: try #require(report.requirements.first { $0.label == label }, "\(lines)"))
        }
        for concept in ["Data Modeling", "ETL"] {
            let text = try advice(concept)
            #expect(!text(.ko).contains("버전") && !text(.en).contains("version"), "\(text(.ko))")
            #expect(text(.ko).contains("그 프로젝트의 stack에 \(concept == "ETL" ? "ETL을" : "Data Modeling을") 넣고, 무엇을 어떻게 했는지 본문에 적으세요"), "\(text(.ko))")
        }
        // The gap line the user reads says the same.
        #expect(lines.contains { $0.contains("(필수, 줄 2) Data Modeling: 작업 폴더에 없습니다. 해 본 적이 있다면") }, "\(lines)")
        // A managed service has no version to give; a versioned tool still does (seed 002: which version, what you configured).
        #expect(try !advice("Snowflake")(.ko).contains("버전"))
        #expect(try advice("Snowflake")(.ko).contains("skills.yaml에 어디까지 써 봤는지(depth) 적고"))
        #expect(try advice("Apache Kafka")(.ko).contains("skills.yaml에 버전·설정 범위와 함께 적고"))
        #expect(try advice("Apache Kafka")(.en).contains("with its version and depth"))
    }

    @Test(arguments: [Language.ko, .en])
    func noConditionLineReadsTwoLabelsInARow(_ language: Language) throws {
        let posting = """
            [자격 요건]
            - 학사 이상 (컴퓨터공학 전공)
            - 신입 지원 가능
            - 대용량 데이터 처리 경험
            - AWS 등 클라우드 환경 경험
            - 오픈소스 기여 경험
            """
        for name in ["junior-data-engineer-ko", "junior-data-engineer-en"] {
            let (_, lines) = Self.printed(posting, try Self.example(name), language)
            let conditions = lines.drop { $0 != (language == .ko ? "그 밖의 조건" : "Other conditions") }.dropFirst().prefix { !$0.isEmpty }
            #expect(conditions.count >= 4, "\(lines)")
            for line in conditions {
                let evidence = line.components(separatedBy: " — ").dropFirst().joined(separator: " — ")
                // "보여 줌: 부산대학교 …", never "보여 줌: education: …" or "보여 줌: sensor-pipeline: …".
                #expect(evidence.components(separatedBy: ": ").count == 2, "\(line)")
            }
        }
        let (_, lines) = Self.printed(posting, try Self.example("junior-data-engineer-ko"), language)
        let degree = lines.first { $0.contains(language == .ko ? "학사 이상" : "[") && $0.contains("정보컴퓨터공학부") }
        #expect(degree?.hasSuffix(language == .ko ? "보여 줌: 부산대학교 정보컴퓨터공학부 학사 (folio.yaml 학력)" : "shown: 부산대학교 정보컴퓨터공학부 학사 (folio.yaml education)") == true, "\(lines)")
    }
}

extension TemporaryWorkspace {
    /// The folder and its workspace, loaded.
    func loaded() throws -> (TemporaryWorkspace, Workspace) { (self, try load()) }
}
