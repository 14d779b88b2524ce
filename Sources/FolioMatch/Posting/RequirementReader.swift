import Foundation
import FolioModel

/// Turns a posting's lines into skill requirements: which skills, how strongly, and which
/// lines offer a choice ("Java/Python/Go 등 최소 1개 이상", seed 001).
enum RequirementReader {
    /// Words that make a line preferred wherever it stands ("Kafka 운영 경험자 우대").
    static let preferredCues = [
        "우대", "선호", "가산점", "있으면 좋", "있다면 좋", "이면 좋", "면 더 좋", "preferred", "nice to have",
        "nice-to-have", "a plus", "is a plus", "bonus", "would be great", "good to have", "desirable", "환영", "welcome",
    ]

    /// Words that make the skills of one line alternatives to each other.
    static let anyOfCues = [
        "중 1개", "중 하나", "중 한 가지", "중 1가지", "중 한 개", "1개 이상", "하나 이상", "한 가지 이상", "1가지 이상",
        "한 개 이상", "또는", "혹은", "one of", "at least one", "any of", "or similar", "or equivalent", "either",
    ]

    /// "Kafka or Kinesis": a plain "or" joins alternatives only between two skills; in a longer
    /// list ("Python, SQL, or Go") it only ends the list.
    static let pairCues = [" or ", " / "]

    /// Generic "cloud" is a condition (any provider will do), not one skill to show.
    static let conditionOnlySkills: Set<String> = ["Cloud Computing"]

    /// Fields of study a degree line names.
    static let degreeSubjects: Set<String> = ["CS Fundamentals", "Statistics", "Software Engineering"]

    static func requirements(in sections: [Posting.Section], extractor: SkillExtractor = .shared) -> [Requirement] {
        var found: [Requirement] = []
        for section in sections where section.kind != .other {
            for line in section.lines {
                var skills = extractor.skills(in: line.text).filter { !conditionOnlySkills.contains($0) }
                // "통계학 또는 컴퓨터공학 전공": a major, not a skill.
                if ConditionReader.isDegreeLine(line.text) { skills.removeAll(where: degreeSubjects.contains) }
                guard !skills.isEmpty else { continue }
                let kind = kind(of: line.text, in: section.kind)
                let lowered = line.text.lowercased()
                let isChoice = anyOfCues.contains(where: { lowered.contains($0) })
                    || (skills.count == 2 && pairCues.contains(where: { lowered.contains($0) }))
                if skills.count >= 2, isChoice {
                    found.append(Requirement(kind: kind, skills: skills, section: section.kind, line: line.number, text: line.text))
                } else {
                    for skill in skills {
                        found.append(Requirement(kind: kind, skills: [skill], section: section.kind, line: line.number, text: line.text))
                    }
                }
            }
        }
        return deduplicated(found)
    }

    /// Required in a requirements part, preferred in a preferred part or when the line says so;
    /// duties and the introduction name the tools of the job, weighed like preferred; a posting
    /// without headings counts every line as required unless the line says otherwise.
    static func kind(of text: String, in section: Posting.SectionKind) -> RequirementKind {
        let lowered = text.lowercased()
        if preferredCues.contains(where: { lowered.contains($0) }) { return .preferred }
        switch section {
        case .required, .unsectioned: return .required
        case .preferred, .duties, .intro, .other: return .preferred
        }
    }

    /// One requirement per skill (the strongest kind, at its first line) and per distinct group.
    static func deduplicated(_ requirements: [Requirement]) -> [Requirement] {
        var result: [Requirement] = []
        for requirement in requirements {
            if let index = result.firstIndex(where: { Set($0.skills) == Set(requirement.skills) }) {
                if requirement.kind < result[index].kind {
                    result[index].kind = requirement.kind
                    result[index].section = requirement.section
                    result[index].text = requirement.text
                    result[index].line = requirement.line
                }
                continue
            }
            result.append(requirement)
        }
        // A skill the duties name ("Spark, Kafka") that a requirement already asks for
        // ("Spark or Flink") is not asked twice.
        let required = Set(result.filter { $0.kind == .required }.flatMap(\.skills))
        result.removeAll { $0.kind == .preferred && !$0.isAnyOf && required.contains($0.skills[0]) }
        // Required first, then preferred, each in the posting's order.
        return result.filter { $0.kind == .required } + result.filter { $0.kind == .preferred }
    }
}
