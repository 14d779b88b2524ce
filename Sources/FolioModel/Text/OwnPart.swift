import Foundation

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

    /// Whether `text` names the writer's team as the one acting (`우리 팀은`, `저희는`, `팀에서`, `our
    /// team`), each word matched at the start of a word: a team named by its function (`운영팀이`) is
    /// another team, not the writer's.
    public static func mentionsTeam(_ text: some StringProtocol) -> Bool {
        let words = words(text)
        return Lexicon.teamWords.contains { words.contains(" " + $0) }
    }

    /// Whether `text` names the writer as the one acting (`제가`, `저는`, `I `, `my `).
    public static func namesWriter(_ text: some StringProtocol) -> Bool {
        let words = words(text)
        return Lexicon.ownPartWords.contains { words.contains(" " + $0) }
    }

    /// Whether `text` names someone other than the writer or the writer's team as the one acting:
    /// a word ending in `Lexicon.actorNouns` and a subject particle (`운영팀이`, `현업은`, `고객사가`), not a
    /// bare `팀이` (the writer's team); `Lexicon.otherActorWords` (`they`, `analysts`); `<noun> team`
    /// (`the ops team`) unless `our`, `the` … stands right before `team`.
    public static func namesOtherActor(_ text: some StringProtocol) -> Bool {
        let tokens = words(text).split(separator: " ").map { $0.trimmingPunctuation() }
        let korean = tokens.contains { token in
            Lexicon.subjectParticles.contains { particle in
                guard token.hasSuffix(particle) else { return false }
                let noun = token.dropLast(particle.count)
                guard !Lexicon.teamWords.contains(String(noun)) else { return false }
                return Lexicon.actorNouns.contains { actor in noun.hasSuffix(actor) && noun.count > actor.count }
                    || (Lexicon.actorNouns.contains(String(noun)) && noun != "팀")
            }
        }
        if korean { return true }
        let words = words(text)
        if Lexicon.otherActorWords.contains(where: { words.contains(" " + $0) }) { return true }
        return tokens.indices.contains { index in
            ["team", "teams"].contains(tokens[index]) && index > 0 && !Lexicon.ownTeamDeterminers.contains(tokens[index - 1])
                && !(index > 1 && ["our", "my"].contains(tokens[index - 2]))
        }
    }

    /// Who acts in a clause, as far as its words say: the writer (`제가`, `I`), the writer's team
    /// (`우리 팀`, `we`), someone else (`운영팀이`, `the ops team`), or no one named. A Korean clause
    /// without a subject tells the writer's own action (`Airflow로 파이프라인을 만들며`).
    public enum Actor: Sendable, Equatable {
        case writer, team, other, unnamed
    }

    /// The actor of `clause` (see `Actor`): the writer first, then the writer's team, then anyone else.
    public static func actor(of clause: some StringProtocol) -> Actor {
        if namesWriter(clause) { return .writer }
        if mentionsTeam(clause) { return .team }
        if namesOtherActor(clause) { return .other }
        return .unnamed
    }

    /// Whether what `clause` tells is the writer's (or the writer's team's) doing: it names no one
    /// else as the one acting. `매일 아침 운영팀이 엑셀로 매출을 다시 집계하는 것을 보며`: the ops team's tool.
    public static func isWriters(_ clause: some StringProtocol) -> Bool {
        actor(of: clause) != .other
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
