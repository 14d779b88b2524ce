import Testing
import FolioModel

/// Particles chosen by how a Korean reader says the word: 118 tokens of the kinds folio's
/// messages interpolate (Hangul, digits, versions, acronyms, identifiers, English words, keys).
@Suite struct KoreanReadingTests {
    /// Token → the topic particle a Korean reader would use after it (은 after a closed syllable, 는 after an open one).
    static let topic: [(String, String)] = [
        // Hangul
        ("대용량", "은"), ("팬덤", "은"), ("데이터", "는"), ("스파크", "는"), ("파이프라인", "은"), ("성능", "은"), ("서울", "은"),
        ("결과", "는"), ("원인", "은"), ("트러블슈팅", "은"), ("사례", "는"), ("협업", "은"), ("역할", "은"), ("게임", "은"),
        // Digits read in Korean
        ("3", "은"), ("2", "는"), ("1", "은"), ("7", "은"), ("8", "은"), ("4", "는"), ("5", "는"), ("6", "은"), ("9", "는"), ("0", "은"),
        ("10", "은"), ("20", "은"), ("100", "은"), ("2024", "는"), ("3.5", "는"), ("3.11", "은"), ("17", "은"), ("8.0", "은"),
        ("Spark 3.5", "는"), ("Python 3.11", "은"), ("Airflow 2", "는"), ("Java 17", "은"), ("1,200", "은"),
        // Digits glued to letters, read in English
        ("S3", "는"), ("EC2", "는"), ("k8s", "는"), ("Python3", "는"), ("log4j2", "는"), ("F1", "은"), ("p99", "은"), ("h2", "는"),
        // Acronyms by letter names
        ("EMR", "은"), ("SQL", "은"), ("ETL", "은"), ("AWS", "는"), ("GCP", "는"), ("API", "는"), ("CI/CD", "는"), ("ML", "은"),
        ("DB", "는"), ("HDFS", "는"), ("JSON", "은"), ("YAML", "은"), ("CSV", "는"), ("KPI", "는"), ("ELK", "는"), ("RDS", "는"),
        ("EKS", "는"), ("ADsP", "는"), ("SQLD", "는"), ("dbt", "는"), ("BI", "는"), ("A/B", "는"), ("LLM", "은"), ("NLP", "는"),
        ("MySQL", "은"), ("PostgreSQL", "은"), ("NoSQL", "은"), ("GraphQL", "은"), ("CKA", "는"), ("DAG", "는"),
        // English words by pronunciation
        ("format", "은"), ("stack", "은"), ("Docker", "는"), ("Kafka", "는"), ("Hadoop", "은"), ("Hive", "는"), ("Python", "은"),
        ("Kotlin", "은"), ("Airflow", "는"), ("Tableau", "는"), ("Excel", "은"), ("Git", "은"), ("Linux", "는"), ("Jenkins", "는"),
        ("Kubernetes", "는"), ("pandas", "는"), ("Redis", "는"), ("target", "은"), ("role", "은"), ("version", "은"), ("level", "은"),
        ("depth", "는"), ("impact", "는"), ("team", "은"), ("domain", "은"), ("skill", "은"), ("title", "은"), ("volume", "은"),
        ("source", "는"), ("intro", "는"), ("headline", "은"), ("email", "은"), ("streaming", "은"), ("Postgress", "는"),
        ("Apache Spark", "는"), ("Flink", "는"), ("Grafana", "는"), ("Slack", "은"), ("Notion", "은"), ("Jira", "는"),
        ("Looker", "는"), ("Metabase", "는"), ("Snowflake", "는"), ("BigQuery", "는"), ("Elasticsearch", "는"), ("Terraform", "은"),
        ("GitHub", "는"), ("GitLab", "은"), ("pipeline", "은"), ("schedule", "은"), ("batch", "는"), ("spark-skew-oom", "은"),
        // Keys and ids in backticks and dotted paths
        ("`target.role`", "은"), ("`skill.version`", "은"), ("`format`", "은"), ("`data.volume`", "은"), ("`impact`", "는"),
        ("`K-pop 팬덤`", "은"), ("Git(level 2)", "은"), ("MySQL(level 3)", "은"), ("Spark(수준 미기재)", "는"), ("\"대용량\"", "은"), ("`story.alternatives`", "는"), ("`profile.strengths`", "는"),
    ]

    @Test func particlesFollowTheReading() {
        #expect(Self.topic.count >= 100)
        var wrong: [String] = []
        for (token, particle) in Self.topic where Josa.topic.particle(for: token) != particle {
            wrong.append("\(token)\(Josa.topic.particle(for: token)) (want \(particle))")
        }
        #expect(wrong.isEmpty, "\(wrong.count) wrong: \(wrong)")
    }

    /// Data-tool names a new user's trial wrote, with the particle by how a Korean data engineer says
    /// them (외래어 표기 as the field writes it): a short vowel before a final p, t, k, c or b closes
    /// (`Dataproc` 데이터프록, `Pub/Sub` 펍섭, `Colab` 코랩); a consonant cluster or a final d, g opens
    /// (`Spark` 스파크, `Flink` 플링크, `Fluentd` 플루언트디); acronyms follow the last letter's name.
    static let dataTools: [(String, String)] = [
        ("Pub/Sub", "은"), ("Google Cloud Pub/Sub", "은"), ("Dataproc", "은"), ("Colab", "은"), ("Sub", "은"),
        ("Docker Hub", "는"), ("DockerHub", "는"), ("JupyterHub", "는"), ("JupyterLab", "은"), ("Hugging Face Hub", "는"), ("GitHub", "는"),
        ("BigQuery", "는"), ("Airflow", "는"), ("Spark", "는"), ("PySpark", "는"), ("Kafka", "는"), ("Hadoop", "은"),
        ("Hive", "는"), ("Flink", "는"), ("dbt", "는"), ("SQL", "은"), ("AWS", "는"), ("GCP", "는"), ("S3", "는"),
        ("Sqoop", "은"), ("Superset", "은"), ("Zeppelin", "은"), ("HBase", "는"), ("LightGBM", "은"), ("XGBoost", "는"),
        ("Logstash", "는"), ("Fluentd", "는"), ("Debezium", "은"), ("Helm", "은"), ("Dask", "는"), ("Redshift", "는"),
        ("Athena", "는"), ("Kinesis", "는"), ("Lambda", "는"), ("DynamoDB", "는"), ("Iceberg", "는"), ("Trino", "는"),
        ("scikit-learn", "은"), ("Databricks", "는"), ("Dataflow", "는"), ("Cloud Run", "은"), ("Looker Studio", "는"),
        ("Jupyter Notebook", "은"), ("Power BI", "는"), ("Kubeflow", "는"), ("Pig", "는"), ("topic", "은"), ("sync", "는"),
    ]

    @Test func dataToolNamesTakeTheParticleTheyAreSaidWith() {
        #expect(Self.dataTools.count >= 20)
        var wrong: [String] = []
        for (token, particle) in Self.dataTools where Josa.topic.particle(for: token) != particle {
            wrong.append("\(token)\(Josa.topic.particle(for: token)) (want \(particle))")
        }
        #expect(wrong.isEmpty, "\(wrong.count) wrong: \(wrong)")
        #expect(Josa.object.after("Pub/Sub(level 3)") == "Pub/Sub(level 3)을")
        #expect(Josa.direction.after("Dataproc") == "Dataproc으로")
    }

    @Test func everyParticleKindAgrees() {
        #expect(Josa.subject.after("`format`") == "`format`이")
        #expect(Josa.object.after("`skill.version`") == "`skill.version`을")
        #expect(Josa.object.after("`Kafka`") == "`Kafka`를")
        #expect(Josa.and.after("Spark") == "Spark와")
        #expect(Josa.and.after("Hadoop") == "Hadoop과")
        #expect(Josa.subject.after("target.role") == "target.role이")
        #expect(Josa.topic.after("\"대용량\"") == "\"대용량\"은")
        // 으로 after a closed syllable, 로 after an open one or ㄹ.
        #expect(Josa.direction.after("PostgreSQL") == "PostgreSQL로")
        #expect(Josa.direction.after("Hadoop") == "Hadoop으로")
        #expect(Josa.direction.after("Spark") == "Spark로")
        #expect(Josa.direction.after("3") == "3으로")
        #expect(Josa.direction.after("1") == "1로")
    }
}
