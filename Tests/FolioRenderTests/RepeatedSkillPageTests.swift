import Foundation
import Testing
import FolioModel
@testable import FolioRender
import FolioTestSupport

/// One skill written twice in skills.yaml (`Apache Hadoop` in one group, `Hadoop 에코시스템(HDFS,
/// Hive, HBase)` in another; `PostgreSQL` and `Postgres`) is one chip on the page.
@Suite struct RepeatedSkillPageTests {
    static let files: [String: String] = [
        "folio.yaml": "name: 김하둡\nlang: ko\ncontact:\n  email: kim@example.com\ntarget:\n  role: data-engineer\n  level: junior\n",
        "skills.yaml": """
            - name: Apache Hadoop
              level: 3
              version: "3.3"
              group: Data Platforms
            - name: PostgreSQL
              level: 3
              version: "15"
            - name: Hadoop 에코시스템(HDFS, Hive, HBase)
              level: 4
              group: Big Data
            - name: Postgres
              level: 2
            """,
    ]

    @Test func eachSkillIsShownOnce() throws {
        let workspace = try TemporaryWorkspace(Self.files).load()
        let names = PortfolioBuilder().build(workspace).skills.groups.flatMap(\.skills).map(\.name)
        #expect(names.filter { $0.contains("Hadoop") }.count == 1 && names.filter { $0.contains("Postgre") }.count == 1, "\(names)")
        let markdown = try Fixtures.markdown(workspace)
        #expect(markdown.components(separatedBy: "Hadoop").count == 2, "\(markdown)")
        #expect(!markdown.contains("Postgres ") && !markdown.contains("Postgres\n"), "\(markdown)")
        let chips = try Fixtures.html(workspace).first("section.skills")?.all("li").map(\.text) ?? []
        #expect(chips.filter { $0.contains("Hadoop") }.count == 1 && chips.filter { $0.contains("Postgre") }.count == 1, "\(chips)")
    }
}
