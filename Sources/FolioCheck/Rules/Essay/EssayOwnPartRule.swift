import FolioModel

/// An answer that tells what the team did without saying what the writer did (seed 000), read by the
/// text layer's `OwnPart`.
struct EssayOwnPartRule: Rule {
    static let description = RuleDescription(
        id: "essay.own-part", severity: .warning,
        summary: LocalizedText(
            ko: "팀이 한 일을 쓴 자기소개서 답변에 내가 직접 한 일(\"제가\", \"직접\", \"담당\")이 있는지 확인합니다.",
            en: "An essay answer that tells what the team did also says what you yourself did (\"I\", \"my part\")."),
        seed: SeedCitation(Seed.s000, passage: "과제 베껴내지 말것"),
        rationale: LocalizedText(
            ko: "면접관은 답변마다 \"그중 당신이 한 것은?\"을 묻습니다. 팀의 성과만 쓴 답변은 남의 결과를 가져온 것처럼 읽힙니다.",
            en: "Interviewers ask of every answer \"and what did you do?\"; an answer of the team's results reads like someone else's work."),
        help: LocalizedText(
            ko: "\"우리 팀은\" 다음에 \"그중 제가 맡은 것은 …\"을 쓰세요: 내가 설계하거나 고친 것 하나를 구체적으로.",
            en: "After \"our team\", say \"my part was …\": one thing you designed or fixed yourself."),
        triggering: [
            .essay([("제가 만든 일별 집계 잡이 메모리 부족으로 멈췄을 때, 판매자 ID에 salt를 붙여 집계 시간을 40분에서 12분으로 줄였습니다.",
                     "↓우리 팀은 일별 집계 잡이 메모리 부족으로 멈췄을 때, 판매자 ID에 salt를 붙여 집계 시간을 40분에서 12분으로 줄였습니다.")]),
        ],
        nonTriggering: [
            .essay(),
            .essay([("제가 만든 일별 집계 잡이", "우리 팀의 일별 집계 잡이"), ("salt를 붙여", "제가 salt를 붙여")]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        context.essayQuestions.compactMap { _, question in
            guard OwnPart.teamWithoutOwnPart(question.answer) else { return nil }
            return context.finding(at: question.answerStart, LocalizedText(
                ko: "\(question.title): 팀이 한 일은 있는데 내가 직접 한 일이 보이지 않습니다. \"그중 제가 맡은 것은 …\"을 쓰세요.",
                en: "\(question.title): the team's work is there but not yours. Say \"my part was …\"."))
        }
    }
}
