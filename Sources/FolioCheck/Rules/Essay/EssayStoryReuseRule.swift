import FolioModel

/// The same story told in two answers to one company (seed 000: the stories answer most questions, so each deserves its own).
struct EssayStoryReuseRule: Rule {
    static let description = RuleDescription(
        id: "essay.story-reuse", severity: .warning,
        summary: LocalizedText(
            ko: "한 회사에 내는 자기소개서의 두 문항이 같은 트러블슈팅 사례(`uses:`)를 쓰는지 확인합니다.",
            en: "Two questions of one company's essays do not tell the same story (`uses:`)."),
        seed: SeedCitation(Seed.s000, passage: "협업과 트러블슈팅 경험은 실무 면접에서 받을 수 있는 대부분의 질문에 대한 답변으로 활용할 수 있을만큼"),
        rationale: LocalizedText(
            ko: "같은 이야기를 두 번 읽은 검토자는 경험이 그것 하나뿐이라고 봅니다. 문항마다 다른 사례를 쓰면 경험의 폭이 보입니다.",
            en: "A reviewer who reads the same story twice concludes it is the only one you have; a different story per question shows range."),
        help: LocalizedText(
            ko: "두 번째 문항에는 `stories/`의 다른 사례를 쓰고 `uses:`를 바꾸세요.",
            en: "Tell another story from `stories/` in the second question and change its `uses:`."),
        triggering: [
            .essay([("줄였습니다.\n", "줄였습니다.\n\n## 갈등을 해결한 경험 (90자, 공백 포함)\nuses: [↓spark-oom]\n\n제가 집계 잡 장애를 두고 팀원과 의견이 갈렸을 때, 태스크 분포를 함께 보며 salt 방식으로 맞춰 실패를 3일 연속에서 0회로 줄였습니다.\n")],
                   excerpt: "## 직무 역량을 보여 준 경험 (90자, 공백 포함)\nuses: [spark-oom]\n…\n## 갈등을 해결한 경험 (90자, 공백 포함)\nuses: [spark-oom]"),
        ],
        nonTriggering: [.essay()])

    func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        let byCompany = Dictionary(grouping: context.workspace.essays) { $0.companyName.lowercased() }
        for company in byCompany.keys.sorted() {
            var first: [String: String] = [:]
            for essay in byCompany[company]! {
                for question in essay.questions {
                    for use in question.uses where context.workspace.stories.contains(where: { $0.id == use.value }) {
                        if let earlier = first[use.value] {
                            findings.append(context.finding(at: use.location, LocalizedText(
                                ko: "\(Josa.object.after("`\(use.value)`")) \(Josa.subject.after("「\(earlier)」")) 이미 썼습니다. 같은 회사의 두 문항에 같은 사례를 쓰면 경험이 그것 하나뿐으로 보입니다.",
                                en: "`\(use.value)` is already told in \"\(earlier)\"; the same story in two answers to one company looks like your only one.")))
                        } else {
                            first[use.value] = question.title
                        }
                    }
                }
            }
        }
        return findings
    }
}
