import Foundation
import Testing
import FolioModel
@testable import FolioMatch
import FolioTestSupport

/// Postings written in the shapes real ones take, under Fixtures/.
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func posting(_ name: String) throws -> Posting {
        let url = folder.appendingPathComponent(name)
        return Posting.parse(text: try String(contentsOf: url, encoding: .utf8), file: "postings/\(name)")
    }
}

extension Posting {
    /// Requirements as labels, e.g. "Java / Python / Go", by kind.
    func labels(_ kind: RequirementKind) -> Set<String> {
        Set(requirements.filter { $0.kind == kind }.map(\.label))
    }
}

@Suite("Reading postings")
struct PostingTests {
    @Test("Korean, headings in brackets: 주요업무 weighs as preferred, 자격요건 required, 우대사항 preferred, 복지 ignored")
    func koreanBrackets() throws {
        let posting = try Fixture.posting("ko-brackets.txt")
        #expect(posting.hasHeadings)
        #expect(posting.title == "(주)데이터웨이브 데이터 엔지니어 채용")
        #expect(posting.sections.map(\.kind) == [.intro, .other, .duties, .required, .preferred, .other])
        #expect(posting.labels(.required) == ["Python / Scala", "SQL", "Apache Spark", "Docker"])
        #expect(posting.labels(.preferred) == [
            // "데이터 웨어하우스(BigQuery)": a warehouse, BigQuery for example.
            "Apache Kafka", "Apache Flink", "Apache Airflow", "Google BigQuery / Data Warehouse",
            // "GCP 등 클라우드 환경": any cloud, GCP for example.
            "Kubernetes", "Google Cloud (GCP) / Cloud Computing", "dbt",
        ])
        // "시리즈 C" in the company introduction and "Python" under 복지 name nothing asked for.
        #expect(!posting.skills.contains("C"))
        let python = try #require(posting.requirements.first { $0.skills.contains("Python") })
        #expect(python.line == 12)
        #expect(Set(posting.conditions.map(\.topic)) == [.largeScale, .cloud])
    }

    @Test("Korean, Toss-style sentence headings and numbered items; years and open-source contribution")
    func koreanSentenceHeadings() throws {
        let posting = try Fixture.posting("ko-toss-style.txt")
        #expect(posting.sections.map(\.kind) == [.intro, .duties, .required, .preferred, .other])
        #expect(posting.labels(.required) == ["Java / Scala / Python", "Apache Hive"])
        #expect(posting.labels(.preferred) == ["Apache Hadoop", "Apache Spark", "Kafka Connect", "Trino", "Apache Impala"])
        let years = try #require(posting.conditions.first { $0.topic == .experience })
        #expect(years.years == 3 && years.kind == .required && years.line == 8)
        let openSource = try #require(posting.conditions.first { $0.topic == .openSource })
        #expect(openSource.contribution && openSource.kind == .preferred)
    }

    @Test("English with Responsibilities / Requirements / Preferred; About us and Benefits are not read")
    func englishSections() throws {
        let posting = try Fixture.posting("en-requirements.txt")
        #expect(posting.labels(.required) == ["Python", "SQL", "Apache Spark"])
        #expect(posting.labels(.preferred) == [
            "AWS", "Amazon S3", "Amazon EMR", "AWS Glue", "Apache Airflow", "Snowflake", "Terraform",
            "Apache Kafka / Amazon Kinesis",
        ])
        let topics = Dictionary(uniqueKeysWithValues: posting.conditions.map { ($0.topic, $0) })
        #expect(topics[.experience]?.years == 5)
        #expect(topics[.degree]?.degree == .bachelor && topics[.degree]?.relatedField == true)
        #expect(topics[.largeScale]?.kind == .required)
        #expect(topics[.openSource]?.contribution == true)
    }

    @Test("English with inline headings (\"Requirements: …\", \"Nice to have: …\") and • bullets")
    func englishInline() throws {
        let posting = try Fixture.posting("en-inline.txt")
        #expect(posting.sections.map(\.kind) == [.intro, .duties, .required, .preferred])
        #expect(posting.labels(.required) == ["Python", "SQL", "Tree-based Models", "Apache Hive / Apache Spark", "Docker"])
        // The title "Machine Learning Engineer, Ads Ranking" names the role, not a skill asked for.
        #expect(posting.labels(.preferred) == ["LightGBM", "PyTorch", "MLflow", "Apache Airflow", "A/B Testing"])
        #expect(!posting.skills.contains("Machine Learning"))
        let degree = try #require(posting.conditions.first { $0.topic == .degree })
        #expect(degree.degree == .master && degree.kind == .preferred)
    }

    @Test("Pasted without its line breaks: glued '- ' items and glued headings are parts again")
    func pastedWithoutLineBreaks() {
        let text = "데이터 엔지니어\n주요업무- 수집 파이프라인 운영- 배치 관리 자격요건- Python 개발 경험- 클라우드 기술스택 이해- SQL 활용 능력우대사항- AWS 운영 경험- dbt 사용 경험"
        let posting = Posting.parse(text: text, file: "pasted.txt")
        #expect(posting.sections.map(\.kind) == [.intro, .duties, .required, .preferred], "\(posting.sections.map(\.kind))")
        // An item that starts with a heading word ("기술스택 이해") is no heading.
        #expect(posting.sections.first { $0.kind == .required }?.lines.map(\.text) == ["- Python 개발 경험", "- 클라우드 기술스택 이해", "- SQL 활용 능력"])
        #expect(Set(posting.requiredSkills) == ["Python", "SQL"])
        #expect(Set(posting.preferredSkills) == ["AWS", "dbt"])
        // One dash, or a spaced list, is an ordinary line.
        #expect(Posting.pastedLines("Spark- 3.5 경험") == nil)
        #expect(Posting.pastedLines("- Python - SQL - AWS") == nil)
    }

    @Test("No headings at all: every line is required unless it says 우대, 좋습니다 or 환영")
    func noHeadings() throws {
        let posting = try Fixture.posting("no-headings.txt")
        #expect(!posting.hasHeadings)
        #expect(posting.labels(.required) == ["Python", "SQL"])
        // "Spark나 Hadoop 기반의": either will do.
        #expect(posting.labels(.preferred) == ["Apache Spark / Apache Hadoop", "Apache Airflow", "Elasticsearch"])
        #expect(posting.conditions.contains { $0.topic == .entryLevel })
    }

    @Test("Markdown headings with numbering; the major in a degree line is not a skill")
    func markdownHeadings() throws {
        let posting = try Fixture.posting("ko-markdown.txt")
        #expect(posting.title == "머신러닝 엔지니어 (추천 시스템)")
        #expect(posting.sections.map(\.heading) == [nil, "담당 업무", "자격 요건 및 필수 역량", "우대 사항 (선택)"])
        // "트리 기반 모델(XGBoost, LightGBM)": examples of one kind, any of which will do.
        #expect(posting.labels(.required) == ["Machine Learning", "XGBoost / LightGBM / Tree-based Models", "Python", "SQL"])
        #expect(posting.labels(.preferred).contains("Amazon SageMaker / Vertex AI"))
        #expect(!posting.skills.contains("Statistics") && !posting.skills.contains("CS Fundamentals"))
        let degree = try #require(posting.conditions.first { $0.topic == .degree })
        #expect(degree.degree == .master && degree.relatedField)
    }

    @Test("Ordinary words are not skills: good, for, uses, rest, load, R&D, Series C, ES6")
    func ordinaryWords() throws {
        let posting = try Fixture.posting("tricky-words.txt")
        // "ES6 JavaScript is not required": named, not asked for.
        #expect(posting.labels(.required) == ["Communication", "R", "SQL", "Go"])
        #expect(!posting.skills.contains("JavaScript"))
        // "C/C++": either.
        #expect(posting.labels(.preferred) == ["C / C++"])
        #expect(!posting.skills.contains("REST API"))
        #expect(!posting.skills.contains("ETL"))
        #expect(!posting.skills.contains("Elasticsearch"))
        #expect(!posting.skills.contains("Data Visualization"))
    }

    @Test("A posting without known skills has no requirements")
    func noSkills() throws {
        let posting = try Fixture.posting("no-skills.txt")
        #expect(posting.requirements.isEmpty)
        #expect(posting.hasHeadings)
    }

    @Test("A one-line detail such as \"Location: Remote\" does not end the requirements")
    func inlineDetail() {
        let posting = Posting.parse(text: "Requirements\n- Python\nLocation: Remote\n- SQL\nNice to have: Kafka\n", file: "p.txt")
        #expect(posting.labels(.required) == ["Python", "SQL"])
        #expect(posting.labels(.preferred) == ["Apache Kafka"])
    }

    @Test("CRLF, a BOM and decomposed Hangul (as pasted on macOS) read the same")
    func pastedEncodings() {
        let text = "\u{FEFF}[자격요건]\r\n- 하둡과 스파크 경험\r\n[우대사항]\r\n- 쿠버네티스\r\n"
        let decomposed = text.decomposedStringWithCanonicalMapping
        for variant in [text, decomposed] {
            let posting = Posting.parse(text: variant, file: "p.txt")
            #expect(posting.labels(.required) == ["Apache Hadoop", "Apache Spark"])
            #expect(posting.labels(.preferred) == ["Kubernetes"])
            #expect(posting.requirements.first?.line == 2)
        }
    }
}

@Suite("Finding skills in text")
struct SkillExtractorTests {
    let extractor = SkillExtractor.shared

    @Test("Latin spellings match on word boundaries")
    func wordBoundaries() {
        #expect(extractor.skills(in: "good code for users who uses tools") == [])
        #expect(extractor.skills(in: "Go, R and Java") == ["Go", "R", "Java"])
        #expect(extractor.skills(in: "JavaScript") == ["JavaScript"])
        #expect(extractor.skills(in: "we let go of the past") == [])
        #expect(extractor.skills(in: "ES cluster, ML pipeline") == ["Elasticsearch", "Machine Learning"])
        // HTML is a skill (the catalog knows web tools); the lowercase "es" of "es modules" is not Elasticsearch.
        #expect(extractor.skills(in: "html5 and es modules") == ["HTML"])
    }

    @Test("Hangul spellings take particles; short ones must start a word")
    func hangul() {
        #expect(extractor.skills(in: "스파크를 이용해 하둡과 카프카에서") == ["Apache Spark", "Apache Hadoop", "Apache Kafka"])
        #expect(extractor.skills(in: "플레이 데이터와 레이어 구성") == [])
        #expect(extractor.skills(in: "깃과 깃허브") == ["Git", "GitHub"])
    }

    @Test("The longest spelling at a place wins")
    func longest() {
        #expect(extractor.skills(in: "Spark Streaming으로 집계") == ["Spark Structured Streaming"])
        #expect(extractor.skills(in: "Kafka Connect") == ["Kafka Connect"])
        #expect(extractor.skills(in: "Apache Spark 3.5") == ["Apache Spark"])
    }

    @Test("Lone letters are languages only inside a list")
    func loneLetters() {
        #expect(extractor.skills(in: "Python, R") == ["Python", "R"])
        #expect(extractor.skills(in: "R&D 센터, 시리즈 C 투자") == [])
        #expect(extractor.skills(in: "B는 느리고, C는 지연 목표를 어깁니다") == [])
        #expect(extractor.skills(in: "C 언어") == ["C"])
    }

    @Test("Ordinary English words name a tool only when capitalised")
    func capitalised() {
        #expect(extractor.skills(in: "the rest of the spring") == [])
        #expect(extractor.skills(in: "REST APIs on Spring") == ["REST API", "Spring Boot"])
    }
}
