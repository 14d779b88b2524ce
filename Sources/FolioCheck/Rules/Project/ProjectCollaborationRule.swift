import Foundation
import FolioModel

/// Team size is given, and a team of two or more has a collaboration section that says how
/// work was split and how a disagreement was resolved (seeds 000 §1.2, 002).
struct ProjectCollaborationRule: Rule {
    /// A disagreement (`갈등`, `부딪혔는데`, `pushed back`), not a meeting or a discussion: `매주 회의에서
    /// 진행 상황을 논의했습니다` shows none. Words in `Lexicon.disagreementMarkers`.
    /// How it was settled (`합의`, `쪽으로 정리했습니다`, `agreed`): `Lexicon.resolutionMarkers`.
    static let resolution = PhraseMatcher(Lexicon.resolutionMarkers)

    /// A disagreement marker that is not denied: `의견 차이는 거의 없었고` and `no disagreement` do not count.
    static func statesDisagreement(_ text: String) -> Bool { Disagreement.stated(in: text) }

    static let description = RuleDescription(
        id: "project.collaboration", severity: .warning,
        summary: LocalizedText(
            ko: "팀 인원(`team`)이 있고, 2명 이상이면 협업 섹션에 일을 어떻게 나눴는지와 의견이 갈린 일을 어떻게 풀었는지가 있는지 확인합니다.",
            en: "Team size is given; a team of 2+ has a collaboration section (how work was split, a disagreement and how it was resolved)."),
        seed: SeedCitation(Seed.s000, Seed.s002, passage: "팀원으로서 갈등해결능력 / 협업 경험"),
        rationale: LocalizedText(
            ko: "신입에게 가장 많이 묻는 것 중 하나가 \"팀에서 의견이 갈렸을 때 어떻게 했나요?\"입니다. 면접관은 같이 일하기 편한 사람인지를 봅니다.",
            en: "\"What did you do when the team disagreed?\" is one of the most common junior questions: interviewers want to know you are easy to work with."),
        help: LocalizedText(
            ko: "`team: 4`처럼 인원을 적고, 2명 이상이면 `## 협업` 섹션에 역할 분담, 의견이 갈린 지점, 어떻게 합의했는지(가능하면 근거가 된 숫자)를 쓰세요.",
            en: "Give `team: 4`; for 2 or more people add a `## Collaboration` section: who did what, where you disagreed, and how you agreed (ideally on measured evidence)."),
        triggering: [
            .editing("projects/orders-batch.md", "team: 1", "team: ↓3"),
            .editing("projects/orders-batch.md", [("team: 1", "team: 3"),
                ("## 아키텍처", "## ↓협업\n\n- 수집: 나 / 집계: 팀원 1명 / 리포트: 팀원 1명\n\n## 아키텍처")],
                     excerpt: "## 협업\n- 수집: 나 / 집계: 팀원 1명   # 의견이 갈린 일이 없음"),
            .editing("projects/orders-batch.md", [("team: 1", "team: 3"),
                ("## 아키텍처", "## ↓협업\n\n매주 회의에서 진행 상황을 논의했습니다.\n\n## 아키텍처")],
                     excerpt: "## 협업\n매주 회의에서 진행 상황을 논의했습니다.   # 논의는 갈등이 아님"),
            .editing("projects/orders-batch.md", "team: 1\n", "").markingFirstLine("projects/orders-batch.md"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "team: 1   # 혼자 한 프로젝트"),
            .editing("projects/orders-batch.md", [("team: 1", "team: 3"),
                ("## 아키텍처", "## 협업\n\n- 수집: 나 / 집계: 팀원 1명\n\n원본 보관 위치로 의견이 갈려 두 방식을 측정해 비교한 뒤 합의했습니다.\n\n## 아키텍처")],
                     excerpt: "## 협업\n원본 보관 위치로 의견이 갈려 두 방식을 측정해 비교한 뒤 합의했습니다."),
            .editing("projects/orders-batch.md", [("team: 1", "team: 2"),
                ("## 아키텍처", "## 협업\n\n파티션 키를 두고 팀원과 부딪혔는데, 하루치 샘플로 두 방식을 재 보고 스캔이 적은 날짜 키 쪽으로 정리했습니다.\n\n## 아키텍처")],
                     excerpt: "## 협업\n파티션 키를 두고 팀원과 부딪혔는데, 하루치 샘플로 두 방식을 재 보고 … 날짜 키 쪽으로 정리했습니다."),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        context.workspace.projects.compactMap { project in
            guard let team = project.team else {
                // A project done in a job that names its team is not asked for the team again.
                if context.workspace.job(of: project.id)?.team != nil { return nil }
                return context.finding(at: project.blankKeys["team"] ?? context.start(of: project.file), LocalizedText(
                    ko: "\(project.displayTitle): 팀 인원(`team`)이 없습니다. 혼자였는지 여럿이었는지에 따라 면접 질문이 달라지니 `team: 1`처럼 적어 두세요.",
                    en: "\(project.displayTitle): no team size (`team`). Interview questions differ for solo and team work: write e.g. `team: 1`."))
            }
            guard team.value >= 2 else { return nil }
            guard let section = project.body.section(.collaboration), !section.isEmpty else {
                return context.finding(at: team.location, LocalizedText(
                    ko: "\(team.value)명이 함께한 프로젝트인데 `## 협업` 섹션이 없습니다. 일을 어떻게 나눴는지, 의견이 갈렸을 때 어떻게 풀었는지를 적으면 \"팀에서 갈등이 있었을 때\" 질문에 바로 답이 됩니다.",
                    en: "a team of \(team.value), but no `## Collaboration` section. Say how the work was split and how a disagreement was settled: that is the answer to \"tell me about a conflict in your team\"."))
            }
            let text = section.plainText
            let disagreed = Self.statesDisagreement(text)
            let settled = Self.resolution.containsAny(text)
            guard !(disagreed && settled) else { return nil }
            return context.finding(at: section.heading.location, disagreed
                ? LocalizedText(
                    ko: "협업 섹션에 의견이 갈린 일은 있는데 어떻게 풀었는지가 없습니다. 무엇을 근거로 어떻게 합의했는지 한두 문장 더하세요.",
                    en: "the collaboration section has a disagreement but not how it was settled. Add a sentence or two on what evidence you used and how you agreed.")
                : LocalizedText(
                    ko: "협업 섹션에 의견이 갈렸던 일과 어떻게 합의했는지가 없습니다 (회의나 논의만으로는 갈등이 아닙니다). 면접관은 역할 분담보다 갈등을 푼 방식을 더 궁금해합니다.",
                    en: "the collaboration section has no disagreement and how it was resolved (a meeting or a discussion is not one). Interviewers care more about how you settled a conflict than about who did what."))
        }
    }
}
