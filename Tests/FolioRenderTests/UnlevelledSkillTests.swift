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
        // Shown with the level-2 skills, but the heading claims no level the user did not give.
        #expect(group.label == "그 밖의 스킬")
        #expect(!group.label.contains("Lv."))
        let chip = try #require(group.skills.first { $0.name == "Apache Kafka" })
        #expect(chip.levelDots.isEmpty)
    }

    /// A bare list (no skill has a level, as in every imported JSON Resume of ../shared/corpus): the
    /// group is the skills listed, with no level band named in either language.
    @Test func aBareListNamesNoLevel() throws {
        var files = SampleFiles.workspace
        files["skills.yaml"] = "- name: Python\n- name: SQL\n- name: Apache Spark\n"
        let workspace = try TemporaryWorkspace(files).load()
        let korean = PortfolioBuilder().build(workspace)
        #expect(korean.skills.groups.map(\.label) == ["보유 스킬"])
        #expect(PortfolioBuilder.group(korean.skills.groups[0].skills, .en).groups.map(\.label) == ["Skills listed"])
    }
}
