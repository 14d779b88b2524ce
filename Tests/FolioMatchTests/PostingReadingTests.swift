import Foundation
import Testing
import FolioModel
@testable import FolioMatch

/// General readings of postings, each written before the change that makes it pass: English
/// headings that mark required and preferred parts, a kind named with its examples joining the
/// any-of group, domains asked for without the word "domain"; Wanted-style and decorated headings,
/// `(필수)` tags, benefits that name tools, a platform's environment in brackets, postings without
/// headings read sentence by sentence, the fields of a years line.
@Suite("Reading postings: headings, kinds with examples, domains")
struct PostingReadingTests {
    static func read(_ text: String) -> Posting { Posting.parse(text: text, file: "postings/p.txt") }

    /// The requirements of one kind, each as its members sorted and joined by " | ".
    static func groups(_ posting: Posting, _ kind: RequirementKind) -> Set<String> {
        Set(posting.requirements.filter { $0.kind == kind }.map { $0.skills.sorted().joined(separator: " | ") })
    }

    @Test("Wanted-style sentence headings, ●/■ headings, 응모 자격, 'Preferred qualifications', 'What you'll work on'")
    func sentenceHeadings() {
        let wanted = Self.read("""
            스트리밍 데이터 엔지니어

            합류하면 함께 할 업무예요
            • Flink로 이벤트를 처리해요

            이런 분을 찾고 있어요
            • Kafka를 운영해 본 분

            이런 분이면 더 좋아요
            • Terraform으로 인프라를 관리해 본 분
            """)
        #expect(wanted.sections.map(\.kind) == [.intro, .duties, .required, .preferred])
        #expect(Self.groups(wanted, .required) == ["Apache Kafka"])
        #expect(Self.groups(wanted, .preferred) == ["Apache Flink", "Terraform"])
        let bullets = Self.read("● 포지션: 데이터 엔지니어\n\n● 이런 일을 합니다\n· ETL 개발\n\n● 이런 분을 찾습니다\n· Python 개발 경험\n\n■ 응모 자격\n・ SQL 능숙\n")
        #expect(bullets.sections.map(\.kind) == [.intro, .duties, .required, .required])
        #expect(Self.groups(bullets, .required) == ["Python", "SQL"])
        let english = Self.read("Data Scientist\n\nWhat you'll work on\n- Run Feast\n\nQualifications\n- Strong SQL\n\nPreferred qualifications\n- Exposure to dbt\n")
        #expect(english.sections.map(\.kind) == [.intro, .duties, .required, .preferred])
        #expect(Self.groups(english, .required) == ["SQL"])
        #expect(Self.groups(english, .preferred) == ["Feast", "dbt"])
    }

    @Test("Benefits, ways of working and hiring steps name tools that are not asked for: Slack, Notion, Jira, MacBook, C-level")
    func benefitsGiveNoSkills() {
        let posting = Self.read("""
            데이터 엔지니어

            [자격요건]
            - Python 개발 경험

            함께 일하는 방식
            • 최신 MacBook Pro와 모니터를 지급해요
            • Slack, Notion으로 비동기 협업해요

            복지 및 혜택
            - 사내 Slack·Notion·Jira 사용

            ● 전형 안내
            · 서류 → 코딩테스트 → 2차 면접(C-level)

            How we hire
            1. Virtual onsite: system design, SQL and a values interview
            """)
        #expect(posting.skills == ["Python"])
        #expect(posting.hiringSteps == [.codingTest])
    }

    @Test("A (필수) or (우대) tag after a bullet decides, whatever the heading")
    func inlineTags() {
        let posting = Self.read("""
            데이터 엔지니어

            ■ 업무 및 자격
            ・ SQL Server 혹은 Oracle 운영 경험 (필수)
            ・ Python을 이용한 스크립트 작성 경험 (필수)
            ・ InfluxDB 사용 경험 (우대)
            """)
        #expect(Self.groups(posting, .required) == ["Oracle Database | SQL Server", "Python"])
        #expect(Self.groups(posting, .preferred) == ["InfluxDB"])
    }

    @Test("A platform's environment in brackets is one choice; a language's libraries in brackets are each asked")
    func environmentInBrackets() {
        let posting = Self.read("""
            [자격요건]
            - AWS 환경(EMR, S3, Glue 등)에서의 운영 경험
            - Hadoop 에코시스템(HDFS, Hive, YARN) 운영 경험
            - Python(pandas, scikit-learn) 활용 능력

            [우대사항]
            - Azure 환경(Data Factory, Synapse) 구축 경험
            """)
        #expect(Self.groups(posting, .required) == [
            "AWS | AWS Glue | Amazon EMR | Amazon S3",
            "Apache Hadoop | Apache Hive | HDFS | Hadoop YARN",
            "Python", "pandas", "scikit-learn",
        ])
        #expect(Self.groups(posting, .preferred) == ["Azure Data Factory | Azure Synapse Analytics | Microsoft Azure"])
        // In the duties a bracket lists the job's stack: each tool, weighed as preferred.
        let duties = Self.read("[주요업무]\n- AWS (S3, EMR, Glue) 기반 배치 운영\n")
        #expect(Self.groups(duties, .preferred) == ["AWS", "Amazon S3", "Amazon EMR", "AWS Glue"])
    }

    @Test("Without headings, a sentence opens the duties or the requirements; 'is a plus' opens the preferred part; 'we do not expect' asks nothing")
    func prosePartsBySentence() {
        let korean = Self.read("""
            데이터 엔지니어 모집
            저희는 자산관리 앱을 운영합니다.주요 업무는 거래 데이터를 Spark 배치로 집계하는 일입니다.적재된 데이터는 Redash로 제공됩니다.자격요건으로는 Python과 SQL에 능숙하신 분을 찾습니다.핀테크 경험이 있으시면 우대하며 Airflow 운영 경험도 우대합니다.개인정보 보호에 대한 이해가 있으시면 더욱 좋습니다.
            """)
        #expect(!korean.hasHeadings)
        #expect(Self.groups(korean, .required) == ["Python", "SQL"])
        #expect(Self.groups(korean, .preferred) == ["Apache Spark", "Redash", "Apache Airflow", "Data Security"])
        let english = Self.read("""
            Machine Learning Platform Engineer

            Day to day you will work on our training infrastructure on Kubernetes. We track experiments in MLflow.

            We expect at least 5 years of experience, and you should be fluent in Python.

            It is a plus if you have worked with BentoML. We do not expect you to know Go; our services are in Python and a little Rust.
            """)
        #expect(Self.groups(english, .required) == ["Python"])
        #expect(Self.groups(english, .preferred) == ["Kubernetes", "MLflow", "BentoML", "Rust"])
        // The title names the role, not a skill asked for.
        #expect(!english.skills.contains("Machine Learning") && !english.skills.contains("Go"))
    }

    @Test("The fields of a years line and a team's name are not skills; a field named alone is")
    func fieldsOfWork() {
        let posting = Self.read("""
            [Requirements]
            - 7+ years of experience in data or backend engineering
            - 4+ years in software, data or ML infrastructure roles
            - 5 years of software engineering experience
            - Our ML platform team owns the serving stack, written in Go or Java
            """)
        #expect(!posting.skills.contains("Backend Development") && !posting.skills.contains("Machine Learning"))
        #expect(Self.groups(posting, .required) == ["Software Engineering", "Go | Java"])
    }

    @Test("'One of' marks its own clause; examples after a comma still belong to it; a choice of kinds joins its examples")
    func choicesInClauses() {
        let posting = Self.read("""
            [자격요건]
            - Python 능숙, Go 혹은 Java 중 하나 이상 사용 가능
            - Have used at least one cloud platform, e.g. GCP or AWS
            - You've worked with a modern warehouse or lakehouse, e.g. Snowflake, Databricks or BigQuery
            - JVM 언어(Java나 Scala) 또는 Python으로 대규모 데이터를 처리해 본 경험
            - Strong Scala; working knowledge of Kotlin is a plus
            """)
        #expect(Self.groups(posting, .required) == [
            "Python", "Go | Java", "AWS | Cloud Computing | Google Cloud (GCP)",
            "Data Lakehouse | Data Warehouse | Databricks | Google BigQuery | Snowflake",
            "Java | Python | Scala", "Scala",
        ])
        #expect(Self.groups(posting, .preferred) == ["Kotlin"])
    }

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
        // The industry's name, not the work done in it; plurals; medical data; a clinical setting.
        let more = Self.read("""
            [우대사항]
            - 게임 업계 마케팅 경험
            - Background in payments or fraud
            - 의료 데이터(HL7, FHIR)를 다뤄 본 경험
            - Have shipped models in a clinical setting
            - 제조 현장 데이터에 대한 이해
            """)
        #expect(more.conditions.filter { $0.topic == .domain }.compactMap(\.domain) == ["game", "finance", "healthcare", "manufacturing"])
        #expect(more.conditions.filter { $0.topic == .domain }.allSatisfy { $0.kind == .preferred })
        // A duty that handles payments data asks for no domain.
        let duty = Self.read("[주요업무]\n- 결제 데이터 파이프라인 개발 경험\n")
        #expect(!duty.conditions.contains { $0.topic == .domain })
    }
}
