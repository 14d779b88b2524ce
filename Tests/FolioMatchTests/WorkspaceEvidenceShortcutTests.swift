import Foundation
import Testing
import FolioModel
@testable import FolioMatch
import FolioTestSupport

/// `WorkspaceEvidence.directEvidence(for:)` answers "missing" for a skill nothing in the
/// workspace names without looking at every source: the same answer as looking, for every skill
/// and kind of tool the catalog knows, on each example, a workspace with credentials, a job's
/// stack and only mentions, and the test fixtures.
@Suite struct WorkspaceEvidenceShortcutTests {
    @Test func theShortcutGivesWhatEverySourceGives() throws {
        let credentials = try TemporaryWorkspace([
            "folio.yaml": """
                name: 이하나
                lang: ko
                target:
                  role: data-engineer
                education:
                  - school: 한국대학교
                    program: 통계학과 학사
                certifications:
                  - name: SQLD
                  - name: AWS Certified Cloud Practitioner
                experience:
                  - organization: 주식회사 예시
                    position: 데이터 분석가
                    stack: [BigQuery, Airflow]
                """,
            "skills.yaml": "- name: Postgres\n  level: 2\n",
            "projects/a.md": "---\ntitle: 로그 적재\nstack: [Kafka]\n---\n## 문제\nS3와 Spark로 옮기며 Communication을 맡았습니다.\n",
        ])
        var folders = ["junior-data-engineer-ko", "junior-data-engineer-en", "needs-work"].map { RepositoryPaths.example($0) }
        folders.append(credentials.root)
        let catalog = SkillCatalog.shared
        let names = catalog.entries.map(\.name) + WorkspaceEvidence.umbrellas.keys.sorted() + ["Communication", "없는 기술"]
        var compared = 0
        for folder in folders {
            let evidence = WorkspaceEvidence(try WorkspaceLoader.load(at: folder), catalog: catalog)
            for name in names {
                #expect(evidence.directEvidence(for: name) == evidence.evidenceFromEverySource(for: name), "\(folder.lastPathComponent): \(name)")
                compared += 1
            }
            #expect(names.contains { evidence.directEvidence(for: $0).status != .missing }, "\(folder.lastPathComponent) shows some skill")
        }
        #expect(compared > 1_000)
    }
}
