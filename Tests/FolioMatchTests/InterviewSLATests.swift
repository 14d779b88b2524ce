import Foundation
import Testing
import FolioModel
@testable import FolioMatch
import FolioTestSupport

/// "SLA는 어떻게 정의하겠습니까?" asks what was promised, to whom, with its number (seed 004: a senior
/// defines SLAs). A new-user trial got the monitoring sentences as its answer: the sheet answers it
/// only with a sentence that defines one, and otherwise says what to prepare.
@Suite struct InterviewSLATests {
    static let today = YearMonth(year: 2026, month: 12)!

    static func markdown(_ workspace: Workspace) throws -> [String] {
        try InterviewRenderer().markdown(InterviewSheet.build(workspace, today: today)).components(separatedBy: "\n")
    }

    /// The lines under the question starting with `question`, up to the next question.
    static func answer(_ lines: [String], _ question: String) throws -> [String] {
        let start = try #require(lines.firstIndex { $0.hasPrefix("- **Q. \(question)") }, "\(question)")
        return Array(lines[(start + 1)...].prefix { !$0.hasPrefix("- **Q.") && !$0.hasPrefix("#") })
    }

    @Test func koreanExampleHasNoSLAAndIsToldToPrepareOne() throws {
        let lines = try Self.markdown(try WorkspaceLoader.load(at: RepositoryPaths.example("junior-data-engineer-ko")))
        // The role's question of two asks is asked as two: the monitoring keeps its answer …
        let monitoring = try Self.answer(lines, "데이터가 제때, 기대한 형태로 제공되는지 어떻게 확인하고 모니터링하나요?**")
        #expect(monitoring.first?.hasPrefix("  - ⚠") == false, "\(monitoring)")
        // … and the SLA, which nothing in the workspace defines, is to prepare, with what an SLA is made of.
        let sla = try Self.answer(lines, "SLA는 어떻게 정의하겠습니까?**")
        #expect(sla.first == "  - ⚠ **준비 필요:** SLA를 정한 문장이 작업 폴더에 없습니다: 누구에게(어느 팀·서비스) 어떤 데이터를 어떤 수치로(예: 매일 09:00까지, 지연 5분 이내, 99.9%) 약속했는지, 어겼을 때 어떻게 알았는지 한두 문장으로 준비하세요.", "\(sla)")
        #expect(lines.contains("- [ ] SLA는 어떻게 정의하겠습니까?"), "listed under what to prepare")
    }

    @Test func englishExampleHasNoSLAAndIsToldToPrepareOne() throws {
        let lines = try Self.markdown(try WorkspaceLoader.load(at: RepositoryPaths.example("junior-data-engineer-en")))
        let monitoring = try Self.answer(lines, "How do you check and monitor that data arrives on time and in the expected shape?**")
        #expect(monitoring.contains { $0.contains("failures page the team on Slack") }, "\(monitoring)")
        let sla = try Self.answer(lines, "How would you define its SLA?**")
        #expect(sla.first?.hasPrefix("  - ⚠ **To prepare:** Nothing in the workspace defines an SLA: prepare a sentence or two on which data you promised to whom, with its number") == true, "\(sla)")
    }

    @Test(arguments: [Language.ko, .en])
    func aSentenceDefiningAnSLAAnswersItAndMonitoringDoesNot(_ language: Language) throws {
        let ko = language == .ko
        var files = SampleFiles.workspace
        files["folio.yaml"] = SampleFiles.profile.replacingOccurrences(of: "lang: ko", with: "lang: \(language.rawValue)")
        files["projects/sensor.md"] = """
            ---
            title: \(ko ? "센서 파이프라인" : "Sensor pipeline")
            team: 3
            stack: [Apache Spark, Grafana]
            ---
            ## \(ko ? "개요" : "Overview")
            \(ko ? "품질팀과 전날 불량 리포트의 적재 마감을 매일 07:00으로 정하고, 월 99% 이상 지키기로 했습니다." : "We agreed with the quality team on a service level: yesterday's defect report ready by 07:00 every day, met on 99% of days a month.")
            \(ko ? "Grafana 패널로 적재 지연을 모니터링하고 실패하면 Slack 알림을 보냈습니다." : "Grafana panels monitor the load delay, a row-count check runs after each load, and a failure sends a Slack alert.")
            """
        let lines = try Self.markdown(try TemporaryWorkspace(files).load())
        let sla = try Self.answer(lines, ko ? "SLA는 어떻게 정의하겠습니까?**" : "How would you define its SLA?**")
        #expect(sla.first?.contains(ko ? "적재 마감을 매일 07:00으로" : "ready by 07:00 every day") == true, "\(sla)")
        #expect(!sla.contains { $0.contains("Grafana") }, "the monitoring is no definition: \(sla)")
        // The monitoring question still gets the monitoring sentence.
        let monitoring = try Self.answer(lines, ko ? "데이터가 제때" : "How do you check and monitor")
        #expect(monitoring.contains { $0.contains("Grafana") }, "\(monitoring)")
    }

    @Test func aTargetOnlyBrokenIsNoDefinition() throws {
        // The Korean example's only target is an alternative's reason: "C는 지연 목표(1분)를 어깁니다".
        var files = SampleFiles.workspace
        files["projects/sensor.md"] = "---\ntitle: 센서 파이프라인\nteam: 3\nstack: [Apache Spark]\n---\n## 대안\n- B 배치 주기 단축\n- C 컨슈머 증설\n\nC는 지연 목표(1분)를 어기므로 B를 골랐습니다.\n"
        let lines = try Self.markdown(try TemporaryWorkspace(files).load())
        let sla = try Self.answer(lines, "SLA는 어떻게 정의하겠습니까?**")
        #expect(sla.first?.hasPrefix("  - ⚠ **준비 필요:**") == true, "\(sla)")
    }

    @Test func aSeniorsSLAQuestionWithoutADefinitionIsToPrepare() throws {
        var files = SampleFiles.workspace
        files["folio.yaml"] = SampleFiles.profile + "\n  level: senior\n"
        files["projects/sensor.md"] = "---\ntitle: 센서 파이프라인\nteam: 3\nstack: [Apache Spark, Grafana]\n---\n## 개요\n적재가 5분 넘게 늦으면 Grafana 알림으로 모니터링했습니다.\n"
        let lines = try Self.markdown(try TemporaryWorkspace(files).load())
        let sla = try Self.answer(lines, "신규·기존 시스템의 SLA를 어떻게 정의하고 관리했나요?**")
        #expect(sla.first?.hasPrefix("  - ⚠ **준비 필요:** SLA를 정한 문장이 작업 폴더에 없습니다") == true, "\(sla)")
    }
}
