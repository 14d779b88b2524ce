import Foundation
import FolioModel

/// A tool asked for as the means of a kind of work, on one posting line: "dbt를 활용한 데이터 모델링",
/// "Spark 기반의 분산 처리", "data modeling with dbt". The posting asks one thing (the work, done with
/// the tool), so `folio match` judges and reports it once, as the tool with its purpose
/// (`dbt (Data Modeling)`), instead of a tool and a concept that each count and each make a gap
/// (new-user trial: "dbt를 활용한 데이터 모델링" gave two gaps).
///
/// The reader's requirements are left as they are (what `CorpusTests` measures); the pairing is
/// the report's reading of them.
struct ToolForWork: Sendable, Hashable {
    /// Index of the tool's requirement (every skill of it a tool, service, language or database).
    var tool: Int
    /// Index of the concept's requirement (one skill, of the catalog's kind `concept`).
    var work: Int

    /// Words that join a tool to the work it is used for, Korean after the tool
    /// ("dbt를 활용한 데이터 모델링"), English before it ("data modeling with dbt").
    static let koreanLinks = [
        "를 활용한", "을 활용한", "를 활용하여", "을 활용하여", "를 활용해", "을 활용해", "활용한",
        "를 이용한", "을 이용한", "를 이용하여", "을 이용하여", "를 이용해", "을 이용해", "이용한",
        "를 사용한", "을 사용한", "를 사용하여", "을 사용하여", "를 사용해", "을 사용해",
        "를 통한", "을 통한", "기반의", "기반으로 한", "기반",
        "로 하는", "으로 하는", "로 구현한", "으로 구현한", "로 구축한", "으로 구축한",
    ]
    static let englishLinks = ["using", "with", "in", "via", "through", "on"]
    /// The most characters between the link and the other mention ("Spark 기반의 대용량 분산 처리": "대용량 ").
    static let slack = 6

    /// The pairs on the same line of `requirements`, each requirement in at most one pair.
    static func pairs(in requirements: [Requirement], catalog: SkillCatalog = .shared, extractor: SkillExtractor = .shared) -> [ToolForWork] {
        func isConcept(_ name: String) -> Bool { catalog.lookup(name)?.kind == .concept }
        var pairs: [ToolForWork] = []
        var used = Set<Int>()
        for (work, concept) in requirements.enumerated() where concept.skills.count == 1 && isConcept(concept.skills[0]) {
            let mentions = extractor.mentions(in: concept.text)
            guard let conceptMention = mentions.first(where: { $0.skill == concept.skills[0] }) else { continue }
            for (tool, candidate) in requirements.enumerated()
            where tool != work && !used.contains(tool) && !used.contains(work) && candidate.line == concept.line
                && candidate.text == concept.text && !candidate.skills.contains(where: isConcept) {
                let tools = mentions.filter { candidate.skills.contains($0.skill) }
                if tools.contains(where: { joins(concept.text, from: $0, to: conceptMention, mentions: mentions, links: koreanLinks) })
                    || tools.contains(where: { joins(concept.text, from: conceptMention, to: $0, mentions: mentions, links: englishLinks) }) {
                    pairs.append(ToolForWork(tool: tool, work: work))
                    used.formUnion([tool, work])
                }
            }
        }
        return pairs
    }

    /// Whether the text between `first` and `second` is one of `links` (with at most `slack`
    /// characters and no other skill after it): "를 활용한 " between dbt and 데이터 모델링.
    static func joins(_ text: String, from first: SkillExtractor.Mention, to second: SkillExtractor.Mention,
                      mentions: [SkillExtractor.Mention], links: [String]) -> Bool {
        let scalars = Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
        let start = first.offset + first.text.unicodeScalars.count, end = second.offset
        guard start <= end, end <= scalars.count else { return false }
        guard !mentions.contains(where: { $0.offset >= start && $0.offset < end }) else { return false }
        let gap = String(scalars: scalars[start..<end]).lowercased()
        let isEnglish = links == englishLinks
        for link in links {
            if isEnglish {
                let words = gap.split(separator: " ")
                guard let head = words.first, head == link else { continue }
                let rest = words.dropFirst().joined(separator: " ")
                if rest.count <= slack, gap.hasPrefix(" ") { return true }
            } else {
                let trimmed = gap.drop(while: { $0 == " " })
                guard trimmed.hasPrefix(link) else { continue }
                let rest = trimmed.dropFirst(link.count)
                if rest.isEmpty || rest.first == " ", rest.trimmingHorizontalSpace().count <= slack { return true }
            }
        }
        return false
    }
}
