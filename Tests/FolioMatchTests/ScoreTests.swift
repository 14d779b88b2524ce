import Foundation
import Testing
import FolioModel
@testable import FolioMatch
import FolioTestSupport

/// The fit score against what a recruiter would say: every line met scores 90 or more; the required
/// lines and half of the preferred ones score between 60 and 85 (issue 10).
@Suite("Fit scores of workspaces that meet a posting")
struct ScoreTests {
    static func corpusPosting(_ name: String) throws -> Posting {
        let url = CorpusTests.folder.appendingPathComponent(name)
        return Posting.parse(text: try String(contentsOf: url, encoding: .utf8), file: name)
    }

    static func workspace(stack: [String], listed: [String] = [], domain: String) -> [String: String] {
        [
            "folio.yaml": """
                name: 한지원
                lang: ko
                target:
                  role: data-engineer
                  level: mid
                experience:
                  - organization: 가나페이
                    position: 데이터 엔지니어
                    period: 2020.03 ~ 2024.12
                    projects: [main]
                """,
            "skills.yaml": listed.map { "- name: \($0)\n  level: 3\n" }.joined(),
            "projects/main.md": """
                ---
                title: 주문·배차 데이터 플랫폼
                period: 2021-01 – 2024-12
                stack: [\(stack.joined(separator: ", "))]
                data:
                  source: 운영 주문 DB (실서비스)
                  volume: 하루 500만 건
                  domain: \(domain)
                ---
                ## 개요
                주문과 배차 이벤트를 모아 마트로 제공합니다.
                """,
        ]
    }

    static let today = YearMonth(year: 2025, month: 6)!

    @Test("Delivery posting (CSP(AWS/GCP), Kafka, Spark, Flink 등, SQL): every line met through equivalents scores ≥ 90, no gap")
    func deliveryEveryLine() throws {
        let posting = try Self.corpusPosting("01-ko-brackets-delivery.txt")
        // Java for Python|Java, MySQL for SQL, BigQuery for AWS|GCP, Flink for the streaming group;
        // Great Expectations for the duties' "품질 관리" (data quality), Data Modeling for "마트 모델링".
        let files = Self.workspace(
            stack: ["Java", "MySQL", "BigQuery", "Apache Flink", "Apache Airflow", "Kubernetes", "dbt", "Great Expectations", "Data Modeling"],
            domain: "물류")
        let report = PostingMatcher.match(posting, try TemporaryWorkspace(files).load(), today: Self.today)
        let score = try #require(report.score)
        print("score, delivery posting, every line met: \(score)")
        #expect(score >= 90)
        #expect(report.gaps.isEmpty)
        #expect(!report.conditions.contains { $0.status == .address })
    }

    @Test("Delivery posting: required lines and half of the preferred ones score 60–85")
    func deliveryHalfPreferred() throws {
        let posting = try Self.corpusPosting("01-ko-brackets-delivery.txt")
        let preferred = posting.requirements.filter { $0.kind == .preferred }
        #expect(preferred.count >= 2)
        let half = preferred.prefix(preferred.count / 2).flatMap { $0.skills.prefix(1) }
        let files = Self.workspace(stack: ["Java", "MySQL", "BigQuery", "Apache Flink"] + half, domain: "물류")
        let report = PostingMatcher.match(posting, try TemporaryWorkspace(files).load(), today: Self.today)
        let score = try #require(report.score)
        print("score, delivery posting, required + \(half.count) of \(preferred.count) preferred: \(score)")
        #expect((60...85).contains(score))
        #expect(report.required.allSatisfy { $0.status == .evidenced })
        // The top gap is a preferred line not met, never a member of a met choice.
        let met = Set(report.requirements.filter { $0.status == .evidenced }.flatMap(\.requirement.skills))
        #expect(report.gaps.allSatisfy { $0.requirement.kind == .preferred && $0.requirement.skills.allSatisfy { !met.contains($0) } })
    }

    @Test("Finance CDP posting: every line met scores ≥ 90; required and half the preferred 60–85")
    func finance() throws {
        let posting = try Self.corpusPosting("02-ko-square-finance-cdp.txt")
        let required = ["Amazon Redshift", "Python", "PostgreSQL", "Data Modeling"]
        let preferred = posting.requirements.filter { $0.kind == .preferred }.map { $0.skills[0] }
        let all = try #require(PostingMatcher.match(
            posting, try TemporaryWorkspace(Self.workspace(stack: required + preferred, domain: "결제")).load(), today: Self.today).score)
        let half = try #require(PostingMatcher.match(
            posting, try TemporaryWorkspace(Self.workspace(stack: required + preferred.prefix(preferred.count / 2), domain: "결제")).load(),
            today: Self.today).score)
        print("score, finance posting: every line \(all), required + \(preferred.count / 2) of \(preferred.count) preferred \(half)")
        #expect(all >= 90)
        #expect((60...85).contains(half))
    }

    @Test("Claimed only (skills.yaml) earns half: the same workspace with the preferred tools only listed scores lower than with them used")
    func claimedEarnsLess() throws {
        let posting = try Self.corpusPosting("01-ko-brackets-delivery.txt")
        let used = try #require(PostingMatcher.match(posting, try TemporaryWorkspace(Self.workspace(
            stack: ["Java", "MySQL", "BigQuery", "Apache Flink", "Apache Airflow", "Kubernetes", "dbt"], domain: "물류")).load(), today: Self.today).score)
        let listed = try #require(PostingMatcher.match(posting, try TemporaryWorkspace(Self.workspace(
            stack: ["Java", "MySQL", "BigQuery", "Apache Flink"], listed: ["Apache Airflow", "Kubernetes", "dbt"], domain: "물류")).load(), today: Self.today).score)
        #expect(listed < used && listed >= 60)
    }
}
