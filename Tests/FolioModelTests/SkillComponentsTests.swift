import Foundation
import Testing
import FolioModel
import FolioTestSupport

/// A skill written with the parts of it one worked with in brackets — `Hadoop 에코시스템(HDFS, Hive,
/// HBase)`, as seed 001 writes "Hadoop Eco-System (하둡 기반에서 연결된 많은 시스템)" — is one skill,
/// the head, whose bracketed parts are its components (each implies the head in the catalog). It is
/// one entry everywhere (one chip, one xlsx row), and holds what its components hold (Hive → SQL).
@Suite struct SkillComponentsTests {
    let catalog = SkillCatalog.shared

    @Test func theHeadAndItsComponents() throws {
        #expect(catalog.names(of: "Hadoop 에코시스템(HDFS, Hive, HBase)") == ["Apache Hadoop", "HDFS", "Apache Hive", "Apache HBase"])
        #expect(catalog.names(of: "Hadoop Ecosystem (HDFS, Hive, HBase 등)") == ["Apache Hadoop", "HDFS", "Apache Hive", "Apache HBase"])
        let written = try #require(catalog.bracketedComponents(of: "하둡 에코시스템 (HDFS, Hive)"))
        #expect(written.head.name == "Apache Hadoop")
        #expect(written.components.map(\.entry.name) == ["HDFS", "Apache Hive"])
        // The ecosystem word names the head: `Hadoop 에코시스템` is Hadoop, in either script.
        #expect(catalog.lookup("Hadoop 에코시스템")?.name == "Apache Hadoop")
        #expect(catalog.lookup("Spark 생태계")?.name == "Apache Spark")
    }

    @Test func bracketsThatAreNotComponentsStayWhatTheyWere() {
        // Another spelling of the head, a vendor note, an unknown word: the head alone.
        #expect(catalog.names(of: "Spark (PySpark)") == ["Apache Spark"])
        #expect(catalog.names(of: "Kafka(Confluent)") == ["Apache Kafka"])
        #expect(catalog.bracketedComponents(of: "Kafka(Confluent)") == nil)
        // Kubernetes is no part of Docker: not its component.
        #expect(catalog.bracketedComponents(of: "Docker (Kubernetes)") == nil)
        // A list is still each of its skills.
        #expect(catalog.names(of: "Docker/Kubernetes") == ["Docker", "Kubernetes"])
        #expect(catalog.names(of: "Spark") == ["Apache Spark"])
        #expect(catalog.names(of: "사내 배포 도구") == ["사내 배포 도구"])
    }

    @Test func aStackWrittenInBracketsIsOneEntryAndHoldsItsComponents() throws {
        let files = [
            "folio.yaml": "name: 김하둡\nlang: ko\ntarget:\n  role: data-engineer\n",
            "skills.yaml": "- name: Hadoop 에코시스템(HDFS, Hive, HBase)\n  level: 3\n- name: Python\n  level: 3\n",
            "projects/logs.md": "---\ntitle: 로그 적재\nstack: [Python, Hadoop(HDFS, YARN), Spark]\n---\n## 개요\n로그를 적재합니다.\n",
        ]
        let workspace = try TemporaryWorkspace(files).load()
        let stack = try #require(workspace.project("logs")?.stack)
        #expect(stack.map(\.value) == ["Python", "Hadoop(HDFS, YARN)", "Spark"], "a flow list's commas inside brackets split nothing")
        #expect(stack[1].location.line == 3 && stack[1].location.column == 17)
        let holdings = SkillHoldings(workspace)
        // skills.yaml's one entry holds its components and what they imply.
        #expect(holdings.claimed.isSuperset(of: ["Apache Hadoop", "HDFS", "Apache Hive", "Apache HBase", "SQL", "NoSQL"]))
        #expect(holdings.used.isSuperset(of: ["Apache Hadoop", "HDFS", "Hadoop YARN"]))
    }
}
