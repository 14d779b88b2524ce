import FolioModel

/// An answer that tells what the team did without saying what the writer did (seed 000).
struct EssayOwnPartRule: Rule {
    /// Words that name the team as the one acting (matched at the start of a word).
    static let teamWords = ["우리 팀", "저희 팀", "우리팀", "저희팀", "팀은", "팀이", "팀원들과", "우리는", "저희는", "we ", "our team", "the team"]
    /// Words by which the writer names their own part, matched at the start of a word.
    static let ownWords = ["제가", "저는", "내가", "나는", "제 ", "저의", "i ", "i'", "my ", "myself"]
    /// Stems that name one's own part wherever they stand (`직접`, `담당했습니다`).
    static let ownStems = ["직접", "혼자", "맡아", "맡은", "담당", "주도"]

    /// Whether the answer tells the team's work without the writer's own part.
    static func lacksOwnPart(_ answer: String) -> Bool {
        let text = " " + answer.lowercased().replacingOccurrences(of: "\n", with: " ")
        let words = text.split(separator: " ").map { " " + $0 }.joined() + " "
        let mentionsTeam = teamWords.contains { words.contains(" " + $0) || (!$0.hasSuffix(" ") && words.contains($0)) }
        let ownPart = ownWords.contains { words.contains(" " + $0) } || ownStems.contains { words.contains($0) }
        return mentionsTeam && !ownPart
    }

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
            guard Self.lacksOwnPart(question.answer) else { return nil }
            return context.finding(at: question.answerStart, LocalizedText(
                ko: "\(question.title): 팀이 한 일은 있는데 내가 직접 한 일이 보이지 않습니다. \"그중 제가 맡은 것은 …\"을 쓰세요.",
                en: "\(question.title): the team's work is there but not yours. Say \"my part was …\"."))
        }
    }
}
