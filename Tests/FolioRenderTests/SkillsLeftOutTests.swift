import Testing
@testable import FolioRender

/// The words for skills the one page left out: all named up to ten, then the rest counted.
@Suite struct SkillsLeftOutTests {
    @Test func upToTenAreAllNamed() {
        let text = OnePageSelection.skillsLeftOut(["Java", "Go", "Rust"])
        #expect(text.ko == "스킬 3개 (Java, Go, Rust)")
        #expect(text.en == "3 skills (Java, Go, Rust)")
        #expect(OnePageSelection.skillsLeftOut(["Java"]).en == "1 skill (Java)")
        let ten = OnePageSelection.skillsLeftOut((1...10).map { "S\($0)" })
        #expect(ten.ko == "스킬 10개 (S1, S2, S3, S4, S5, S6, S7, S8, S9, S10)")
    }

    @Test func pastTenTheRestAreCounted() {
        let text = OnePageSelection.skillsLeftOut((1...4990).map { "S\($0)" })
        #expect(text.ko == "스킬 4990개 (S1, S2, S3, S4, S5, S6, S7, S8, S9, S10 외 4980개)")
        #expect(text.en == "4990 skills (S1, S2, S3, S4, S5, S6, S7, S8, S9, S10 … and 4980 more)")
    }
}
