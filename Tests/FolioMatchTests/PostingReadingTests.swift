import Foundation
import Testing
import FolioModel
@testable import FolioMatch

/// General readings of postings, each written before the change that makes it pass: English
/// headings that mark required and preferred parts, a kind named with its examples joining the
/// any-of group, domains asked for without the word "domain".
@Suite("Reading postings: headings, kinds with examples, domains")
struct PostingReadingTests {
    static func read(_ text: String) -> Posting { Posting.parse(text: text, file: "postings/p.txt") }

    @Test("English headings: 'You', 'What you'll need', 'You might be a fit if' are required; 'It's a bonus if' preferred")
    func englishHeadings() {
        let you = Self.read("Data Engineer\n\nThe job\nWe move jobs to Airflow.\n\nYou\n- Write Python with tests\n- Know SQL well\n\nExtra credit\n- BigQuery\n")
        #expect(you.labels(.required) == ["Python", "SQL"])
        #expect(you.labels(.preferred).contains("Google BigQuery"))
        #expect(you.sections.map(\.kind) == [.intro, .duties, .required, .preferred])
        let need = Self.read("Analyst\n\nWhat you'll need\n- Strong SQL\n\nNice to have\n- Tableau\n")
        #expect(need.labels(.required) == ["SQL"])
        #expect(need.labels(.preferred) == ["Tableau"])
        let fit = Self.read("Data Engineer\n\nYou might be a fit if\n- You write Python\n\nIt's a bonus if\n- You know dbt\n")
        #expect(fit.labels(.required) == ["Python"])
        #expect(fit.labels(.preferred) == ["dbt"])
    }

    @Test("A kind named with examples joins the any-of group: public cloud, stream processing, distributed processing, cloud warehouse")
    func kindWithExamples() {
        let posting = Self.read("""
            [자격요건]
            - AWS/GCP 등 퍼블릭 클라우드 환경 운영 경험
            - Kafka, Flink 같은 스트림 처리 경험
            - Spark, Hadoop 등 분산 처리 시스템에 대한 이해
            - Hands-on with a cloud warehouse such as BigQuery or Snowflake
            """)
        #expect(posting.labels(.required) == [
            "AWS / Google Cloud (GCP) / Cloud Computing",
            "Apache Kafka / Apache Flink / Stream Processing",
            "Apache Spark / Apache Hadoop / Distributed Systems",
            "Google BigQuery / Snowflake / Data Warehouse",
        ])
        // One requirement each: "Distributed Systems" is not asked a second time.
        #expect(posting.requirements.count == 4)
    }

    @Test("Cloud alone stays a condition, not a skill to show")
    func cloudAlone() {
        let posting = Self.read("[우대사항]\n- 클라우드 환경 경험\n")
        #expect(posting.requirements.isEmpty)
        #expect(posting.conditions.contains { $0.topic == .cloud })
    }

    @Test("Domains asked without the word 'domain': e-commerce background, 핀테크 서비스 경험, experience in ad tech")
    func domainsWithoutCue() {
        let posting = Self.read("""
            [우대사항]
            - e-commerce background
            - 핀테크 서비스 경험
            - Experience in ad tech
            """)
        #expect(posting.conditions.filter { $0.topic == .domain }.compactMap(\.domain) == ["commerce", "finance", "ads"])
        // A duty that handles payments data asks for no domain.
        let duty = Self.read("[주요업무]\n- 결제 데이터 파이프라인 개발 경험\n")
        #expect(!duty.conditions.contains { $0.topic == .domain })
    }
}
