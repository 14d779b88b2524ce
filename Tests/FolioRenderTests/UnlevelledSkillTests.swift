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
        // A group of its own: the heading claims no level the user did not give.
        #expect(group.label == "그 밖의 스킬")
        #expect(group.skills.allSatisfy { $0.level == 0 })
        let chip = try #require(group.skills.first { $0.name == "Apache Kafka" })
        #expect(chip.levelDots.isEmpty)
    }

    /// Beside a level-2 skill, an unrated one is not shown under the level-2 heading (new-user trial:
    /// Kafka, claimed with no evidence, printed under 사용 경험 next to Spark at level 2).
    @Test func unratedSkillsAreNotUnderALevelHeading() throws {
        var files = SampleFiles.workspace
        files["skills.yaml"] = "- name: Apache Spark\n  level: 2\n- name: Apache Kafka\n- name: Python\n  level: 4\n"
        let workspace = try TemporaryWorkspace(files).load()
        let groups = PortfolioBuilder().build(workspace).skills.groups
        #expect(groups.map(\.label) == ["주력 (Lv.3+)", "사용 경험 (Lv.2)", "그 밖의 스킬"])
        #expect(groups.map { $0.skills.map(\.name) } == [["Python"], ["Apache Spark"], ["Apache Kafka"]])
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

/// Korean hiring keeps 신입 and 경력 apart: `level: junior` is 신입 only without a year of work
/// (new-user trial: a career switcher with two years of backend work was printed as 신입).
@Suite struct TargetLevelLabelTests {
    func target(_ extra: String) throws -> String? {
        var files = SampleFiles.workspace
        files["folio.yaml"] = SampleFiles.profile + "\n  level: junior\n" + extra
        return PortfolioBuilder().build(try TemporaryWorkspace(files).load()).profile.target
    }

    @Test func juniorWithWorkIsNotNewGrad() throws {
        let job = "experience:\n  - organization: 쇼핑메이트\n    position: 백엔드 개발자\n    period: 2022-07 – 2024-08\n"
        let withJob = try #require(try target(job))
        #expect(withJob.hasSuffix("주니어"), "\(withJob)")
        let without = try #require(try target(""))
        #expect(without.hasSuffix("신입"), "\(without)")
    }
}
