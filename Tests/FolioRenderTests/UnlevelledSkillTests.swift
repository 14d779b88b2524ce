import Foundation
import Testing
import FolioModel
@testable import FolioRender
import FolioTestSupport

/// Most real résumés list skills without a level: the page shows them with the skills used, not as
/// basic (기초), and without five empty level dots.
@Suite struct UnlevelledSkillTests {
    @Test func aSkillWithoutALevelIsNotCalledBasic() throws {
        var files = SampleFiles.workspace
        files["skills.yaml"] = SampleFiles.skills + "\n- name: Apache Kafka\n  version: \"3.6\"\n  depth: 토픽 파티션과 컨슈머 그룹을 설계\n"
        let workspace = try TemporaryWorkspace(files).load()
        let portfolio = PortfolioBuilder().build(workspace)
        let group = try #require(portfolio.skills.groups.first { $0.skills.contains { $0.name == "Apache Kafka" } })
        #expect(group.label != Labels.skillBand(.basic, .ko))
        #expect(group.label == Labels.skillBand(.working, .ko))
        let chip = try #require(group.skills.first { $0.name == "Apache Kafka" })
        #expect(chip.levelDots.isEmpty)
    }
}
