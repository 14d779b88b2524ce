/// Whether prose says what the writer did, or only what the team did: `우리 팀은 … 줄였습니다` against
/// `그중 제가 맡은 것은 …`, `we cut …` against `my part was …`. The words are `Lexicon.teamWords`,
/// `ownPartWords` and `ownPartStems`; seed 000 "과제 베껴내지 말것": the interviewer asks "and what
/// did you do?" of every answer.
public enum OwnPart {
    /// The text lower-cased, line breaks as spaces, each word preceded by one space and the whole
    /// followed by one, so that `" " + word` finds a word's start.
    static func words(_ text: some StringProtocol) -> String {
        let lowered = " " + text.lowercased().replacingOccurrences(of: "\n", with: " ")
        return lowered.split(separator: " ").map { " " + $0 }.joined() + " "
    }

    /// Whether `text` names the team as the one acting (`우리 팀은`, `저희는`, `our team`).
    public static func mentionsTeam(_ text: some StringProtocol) -> Bool {
        let words = words(text)
        return Lexicon.teamWords.contains { words.contains(" " + $0) || (!$0.hasSuffix(" ") && words.contains($0)) }
    }

    /// Whether `text` names the writer's own part (`제가`, `직접`, `담당`, `I `, `my `).
    public static func namesOwnPart(_ text: some StringProtocol) -> Bool {
        let words = words(text)
        return Lexicon.ownPartWords.contains { words.contains(" " + $0) } || Lexicon.ownPartStems.contains { words.contains($0) }
    }

    /// Whether `text` tells the team's work without the writer's own part.
    public static func teamWithoutOwnPart(_ text: some StringProtocol) -> Bool {
        mentionsTeam(text) && !namesOwnPart(text)
    }
}
