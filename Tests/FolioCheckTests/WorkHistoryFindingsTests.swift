import Testing
import FolioTestSupport
import FolioModel
@testable import FolioCheck

/// What `folio check` says of a work history (`experience:`), where the user sees it: a reviewer asks
/// recent delivery jobs for a measured result, not a job of 15 years ago or a mentor's role (seed 001
/// "경력자라면 다양한 경험보단 자신있는 경험을 강조"), and reads their highlights as closely as a project's impact.
@Suite struct WorkHistoryFindingsTests {
    let checker = Checker(today: YearMonth(year: 2026, month: 12)!)

    func findings(_ experience: String, _ rule: String, lang: String = "ko") throws -> [Finding] {
        let profile = SampleFiles.profile.replacingOccurrences(of: "lang: ko", with: "lang: \(lang)") + "\n" + experience
        var files = SampleFiles.workspace
        files["folio.yaml"] = profile
        return checker.check(try TemporaryWorkspace(files).load(), only: [rule])
    }

    func places(_ findings: [Finding]) -> [String] { findings.map { "\($0.location.file):\($0.location.line)" } }

    /// The profile has 7 lines, so `experience:` is line 8.
    static let history = """
        experience:
          - organization: Nimbus Analytics
            position: Senior Data Engineer
            period: 2022-04 – present
            highlights:
              - Own the event ingestion pipeline
          - organization: Tenity
            position: Startup Mentor & Technology Evaluation Panelist
            period: 2024-06 – present
            highlights:
              - Advised seed-stage startups on scalability
          - organization: Cambridge BioMarketing
            position: Senior Developer
            period: 2009-10 – 2011-07
            highlights:
              - Built marketing sites for pharmaceutical brands
          - organization: EPFL
            position: Teaching Assistant
            period: 2021-02 – 2021-07
            highlights:
              - Ran the lab sessions of a robotics course
        """

    @Test func onlyRecentDeliveryJobsAreAskedForAMeasuredResult() throws {
        let found = try findings(Self.history, "experience.impact", lang: "en")
        #expect(places(found) == ["folio.yaml:13"], "\(found.map { "\($0.location) \($0.message.en)" })")
        #expect(found.first?.message.en.hasPrefix("Senior Data Engineer · Nimbus Analytics: no highlight is measured") == true)
        #expect(found.first?.message.ko.hasPrefix("Senior Data Engineer · Nimbus Analytics: 성과에 측정값이 하나도 없습니다") == true)
    }

    @Test func theLatestDeliveryJobIsAskedHoweverLongAgoItEnded() throws {
        let found = try findings("""
            experience:
              - organization: 한빛소프트
                position: 데이터 엔지니어
                period: 2014-03 – 2018-02
                highlights:
                  - 게임 로그 적재 배치 개발
              - organization: 한빛전자
                position: 전산 사원
                period: 2009-03 – 2014-02
                highlights:
                  - 사내 그룹웨어 유지보수
            """, "experience.impact")
        #expect(places(found) == ["folio.yaml:13"], "\(found.map { "\($0.location) \($0.message.ko)" })")
        #expect(found.first?.message.ko.hasPrefix("데이터 엔지니어 · 한빛소프트: 성과에 측정값이 하나도 없습니다") == true)
    }

    @Test(arguments: ["ko", "en"])
    func aVagueHighlightOfARecentJobIsAVagueClaim(lang: String) throws {
        let found = try findings("""
            experience:
              - organization: 주식회사 데이터
                position: 데이터 엔지니어
                period: 2023-03 – 현재
                highlights:
                  - 일 배치 6시간 → 40분
                  - Significantly improved the reliability of reporting
              - organization: 한빛전자
                position: 전산 사원
                period: 2008-03 – 2011-02
                highlights:
                  - 사내 그룹웨어를 안정적으로 운영
            """, "text.vague", lang: lang)
        #expect(places(found) == ["folio.yaml:14"], "\(found.map { "\($0.location) \($0.message.en)" })")
        #expect(found.first?.location.column == 9)
        #expect(found.first?.message.en.hasPrefix("\"Significantly\"") == true, "\(found.map(\.message.en))")
        #expect(found.first?.message.ko.hasPrefix("\"Significantly\"") == true, "\(found.map(\.message.ko))")
    }

    @Test func aNegatedEnglishSuccessIsNoClaim() throws {
        var files = SampleFiles.workspace
        files["projects/sensor.md"] = SampleFiles.project + "\nThe first load was not successful, and the second wasn't successful either.\nNot successful at first.\nThe migration was successful.\n"
        let found = checker.check(try TemporaryWorkspace(files).load(), only: ["text.vague"])
        #expect(places(found) == ["projects/sensor.md:10"], "\(found.map { "\($0.location) \($0.message.en)" })")
        #expect(found.first?.message.en.hasPrefix("\"successful\" does not say what was achieved") == true)
    }
}
