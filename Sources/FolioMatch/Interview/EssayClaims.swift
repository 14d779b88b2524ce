import Foundation
import FolioModel

/// One claim an application essay's answer makes that an interviewer who read the essay asks about:
/// a story or project it tells (`uses:`), a measured result, the team's work or a decision (whose
/// part was it?), a technology it names, a vague claim. Read by the text layer (`Measurement`,
/// `Claim`, `Clauses`, `OwnPart`, `Lexicon.choiceMarkers`) and the skill catalog, never by word
/// lists of its own.
///
/// Seed 000: "협업과 트러블슈팅 경험은 실무 면접에서 받을 수 있는 대부분의 질문에 대한 답변"; seed 002:
/// "이력서에 ~ 는 써 봤는데 어느 정도로 사용해보셨나요? (버전, 어느정도 설정까지 해봤는지)"; seed 000
/// "과제 베껴내지 말것" (what was your own part?).
struct EssayClaim {
    enum Kind {
        /// `uses: [id]` naming a story: how was the cause found?
        case story(Story)
        /// `uses: [id]` naming a project: what was your part in it?
        case project(Project)
        /// A measured result (`40분에서 12분으로`, `0.7% → 0%`): how was it measured? The figures it states.
        case measured([FolioModel.Measurement])
        /// A sentence telling the team's work (`team: true`) or a decision (`team: false`): your part?
        case ownPart(team: Bool)
        /// A technology the answer names (canonical name): which version, how far configured?
        case technology(String)
        /// A claim no measurement qualifies (`대용량`, `크게 개선`, `열정`): how much, shown how?
        case vague(Claim.Kind)
    }

    var kind: Kind
    /// The answer's words the question quotes: the sentence (or clause) holding the claim, as written.
    var quote: String
    /// Where the claim stands in the essay file.
    var location: SourceLocation
    /// The words at `location`: the `uses:` id, the figure, the first words of the sentence, the
    /// technology or the vague claim as written.
    var anchor: String

    /// The most questions of each kind drawn from one answer: an interview has time for a few.
    static let limits = (stories: 2, projects: 2, measured: 2, ownPart: 1, technologies: 3, vague: 2)
    /// The longest quote, in characters; a longer sentence is quoted by its clause, then cut with `…`.
    static let quoteLength = 80

    /// The claims of one essay answer, in the order an interviewer would take them: the stories and
    /// projects it tells, its measured results, its own part, its technologies, its vague claims.
    static func claims(
        in question: Essay.Question, of essay: Essay, workspace: Workspace, catalog: SkillCatalog = .shared, extractor: SkillExtractor = .shared
    ) -> [EssayClaim] {
        let answer = question.answer
        guard !answer.isEmpty else { return [] }
        let scalars = Array(answer.unicodeScalars)
        let sentences = Clauses.sentences(scalars)
        let clauses = Clauses.clauses(scalars)
        func text(_ range: Range<Int>) -> String { String(scalars: scalars[range]) }
        /// The sentence holding `offset`, or its clause when the sentence is too long to quote, or the
        /// words around the claim (`offset..<end`) within the clause, cut at spaces with `…`.
        func quote(at offset: Int, through end: Int? = nil) -> String {
            let sentence = sentences.first { $0.contains(offset) } ?? 0..<scalars.count
            let clause = clauses.first { $0.contains(offset) } ?? sentence
            var quoted = text(sentence)
            if quoted.count > quoteLength { quoted = text(clause) }
            if quoted.count > quoteLength {
                let claimEnd = min(max(end ?? offset, offset), clause.upperBound)
                var from = max(clause.lowerBound, claimEnd - quoteLength + 10)
                from = min(from, offset)
                while from > clause.lowerBound, !scalars[from - 1].properties.isWhitespace { from -= 1 }
                var to = min(clause.upperBound, from + quoteLength)
                to = max(to, claimEnd)
                while to < clause.upperBound, !scalars[to].properties.isWhitespace { to += 1 }
                quoted = (from > clause.lowerBound ? "…" : "") + text(from..<to).trimmingHorizontalSpace()
                    + (to < clause.upperBound ? "…" : "")
            }
            while let last = quoted.last, ".。,;".contains(last) || last.isWhitespace { quoted.removeLast() }
            return quoted
        }
        func location(at offset: Int) -> SourceLocation {
            question.location(ofCharacter: text(0..<min(offset, scalars.count)).count)
        }

        var claims: [EssayClaim] = []
        // The stories and projects it tells.
        var storyCount = 0, projectCount = 0
        for use in question.uses {
            if let story = workspace.stories.first(where: { $0.id == use.value }), storyCount < limits.stories {
                storyCount += 1
                claims.append(.init(kind: .story(story), quote: story.displayTitle, location: use.location, anchor: use.value))
            } else if let project = workspace.project(use.value), projectCount < limits.projects {
                projectCount += 1
                claims.append(.init(kind: .project(project), quote: project.displayTitle, location: use.location, anchor: use.value))
            }
        }

        // Measured results: each before → after, then the single results of a clause together
        // (`1분 집계 잡이 3일 연속 실패해`); a claim about the company itself (`Ridewave's volume tripled`)
        // is not the writer's to measure.
        let company = essay.company?.value.lowercased()
        func aboutCompany(_ offset: Int) -> Bool {
            guard let company, let sentence = sentences.first(where: { $0.contains(offset) }) else { return false }
            return text(sentence).lowercased().contains(company)
        }
        let scan = FolioModel.Measurement.scan(answer)
        let inChanges = Set(scan.changes.flatMap { [$0.before.range.lowerBound, $0.after.range.lowerBound] })
        var measured: [(offset: Int, figures: [FolioModel.Measurement])] = scan.changes.map { ($0.before.range.lowerBound, [$0.before, $0.after]) }
        // A multiplier (`두 배`, `twice`) is more often a manner of speaking than a measurement: asked last.
        let singles = scan.results.filter { !inChanges.contains($0.range.lowerBound) }
        let ordered = singles.filter { $0.kind != .multiplier } + singles.filter { $0.kind == .multiplier }
        // Results quoted by the same words are one claim, asked once with all their figures.
        var quotes: [String] = []
        var grouped: [String: [FolioModel.Measurement]] = [:]
        for result in ordered {
            let words = quote(at: result.range.lowerBound)
            if grouped[words] == nil { quotes.append(words) }
            grouped[words, default: []].append(result)
        }
        measured += quotes.compactMap { words in
            grouped[words].map { figures in (figures.map(\.range.lowerBound).min() ?? 0, figures.sorted { $0.range.lowerBound < $1.range.lowerBound }) }
        }
        /// A wish or a plan (`만들어 보고 싶습니다`) claims nothing done.
        func isIntent(_ offset: Int) -> Bool {
            guard let sentence = sentences.first(where: { $0.contains(offset) }) else { return false }
            return intents.containsAny(text(sentence))
        }
        for (offset, figures) in measured.filter({ !aboutCompany($0.offset) && !isIntent($0.offset) }).prefix(limits.measured) {
            let end = figures.map(\.range.upperBound).max() ?? offset
            let first = figures.first.map { text($0.range) } ?? ""
            claims.append(.init(kind: .measured(figures), quote: quote(at: offset, through: end), location: location(at: offset), anchor: first))
        }

        // Own part: the first sentence telling the team's work without the writer's part, else the
        // first telling a decision. The company's own team (`한빛그룹 데이터플랫폼팀은`) is not the writer's.
        let team = sentences.first { range in
            let sentence = text(range)
            return OwnPart.teamWithoutOwnPart(sentence) && !(company.map { sentence.lowercased().contains($0) } ?? false)
        }
        // A decision someone else made (`상품기획팀은 … 정했습니다`) is not the writer's to claim a part of.
        let decision = sentences.first { range in
            let sentence = text(range)
            return choices.containsAny(sentence) && !choiceFalseFriends.containsAny(sentence) && OwnPart.isWriters(sentence)
        }
        if let range = team ?? decision {
            claims.append(.init(kind: .ownPart(team: team != nil), quote: quote(at: range.lowerBound), location: location(at: range.lowerBound),
                                anchor: String(text(range).prefix(8))))
        }

        // Technologies, each once, in the order named; a mention that skills.yaml holds under what it
        // implies (`Spark streaming` → Apache Spark) is that skill's, asked once. Only the writer's: a
        // tool the clause gives to someone else (`운영팀이 엑셀로 … 집계하는 것을 보며`) is not asked.
        var named = Set<String>()
        for mention in extractor.mentions(in: answer) where named.count < limits.technologies {
            let canonical = catalog.canonicalName(mention.skill)
            // A concept or field named by a common noun (`대시보드`, `백엔드 개발`, `backend development`)
            // claims no technology; named as a term (`SQL`, `ETL`, `Machine Learning`) it does.
            if catalog.lookup(canonical)?.kind == .concept,
               !mention.text.unicodeScalars.contains(where: { ("A"..."Z").contains($0) }) { continue }
            let clause = clauses.first { $0.contains(mention.offset) } ?? 0..<scalars.count
            guard OwnPart.isWriters(text(clause)) else { continue }
            let held = skill(for: canonical, in: workspace, catalog: catalog).map { catalog.canonicalName($0.name.value) } ?? canonical
            guard named.insert(held).inserted else { continue }
            claims.append(.init(kind: .technology(canonical), quote: mention.text, location: location(at: mention.offset), anchor: mention.text))
        }

        // Vague claims (the text layer's, as essay.vague reports them); a wish claims no result done,
        // but an attitude is claimed in a wish too (`열정과 성실함으로 … 기여하고 싶습니다`). Claims quoted
        // by the same words (`열정과 성실함`) are one question.
        var vagueQuotes = Set(claims.compactMap { claim -> String? in
            if case .measured = claim.kind { return claim.quote }
            return nil
        })
        let vague = Claim.vague(in: answer).filter { $0.kind == .cliche || !isIntent($0.range.lowerBound) }
            .filter { vagueQuotes.insert(quote(at: $0.range.lowerBound)).inserted }
        for claim in vague.prefix(limits.vague) {
            claims.append(.init(kind: .vague(claim.kind), quote: quote(at: claim.range.lowerBound), location: location(at: claim.range.lowerBound),
                                anchor: text(claim.range)))
        }
        return claims
    }

    /// What makes two claims one question (asked once an application): the story, project or
    /// technology; the quoted words of a figure or a vague claim (`열정과 성실함으로` read as two
    /// clichés, or the same sentence in two answers); the figures of a before → after stated twice.
    var keys: Set<String> {
        switch kind {
        case .story(let story): return ["story:" + story.id]
        case .project(let project): return ["project:" + project.id]
        case .technology(let name): return ["technology:" + name]
        case .ownPart: return ["part:" + quote]
        case .vague: return ["said:" + quote]
        case .measured(let figures):
            guard figures.count >= 2 else { return ["said:" + quote] }
            let signature = figures.map { "\($0.kind.rawValue) \($0.value) \($0.unit.lowercased())" }.joined(separator: " → ")
            return ["said:" + quote, "figures:" + signature]
        }
    }

    /// The skills.yaml entry of a technology: its own, else one it implies (Spark Structured Streaming → Apache Spark).
    static func skill(for canonical: String, in workspace: Workspace, catalog: SkillCatalog) -> Skill? {
        if let own = workspace.skills.first(where: { catalog.canonicalName($0.name.value) == canonical }) { return own }
        let implied = catalog.implications(of: [canonical])
        return workspace.skills.first { implied.contains(catalog.canonicalName($0.name.value)) }
    }

    /// A sentence choosing one option (`Lexicon.choiceMarkers`), not a thing named like one (`결정 트리`).
    static let choices = PhraseMatcher(Lexicon.choiceMarkers)
    static let choiceFalseFriends = PhraseMatcher(Lexicon.choiceFalseFriends)
    static let intents = PhraseMatcher(Lexicon.intentMarkers)
}
