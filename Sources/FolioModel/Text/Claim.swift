/// A vague claim in résumé text: `대용량 데이터를 처리`, `성능을 크게 향상`, `안정성을 높였습니다`,
/// `improved performance`, `passionate` — and whether a measurement says how much.
///
/// Seed 000 §1.1 asks for "정확한 단어선택" and seed 002 for "구구절절 적지 말고": a reviewer's first
/// question to such a line is "how large? how much faster?". A size claim is answered by a size or
/// count in the same clause (`하루 1,200만 행의 대용량 로그`); an improvement, quality or achievement
/// claim by a result anywhere in its sentence (`안정성을 높여 4주간 장애 0건`, `성공적으로 마쳐 지연이
/// 15분에서 40초로`); a cliché (`열정`, `성실`) by nothing.
public struct Claim: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// `대용량`, `방대한`, `large-scale`: how much data?
        case size
        /// `개선`, `향상`, `최적화`, `improved`: by how much?
        case improvement
        /// `안정적`, `신뢰성`, `편리`, `robust`, `seamless`: measured how?
        case quality
        /// `크게`, `대폭`, `significantly`: how big?
        case intensity
        /// `성공적으로 완료`, `좋은 성과`, `completed successfully`: success claimed, with nothing to
        /// say what it achieved: what changed, by how much?
        case achievement
        /// `열정`, `성실`, `hard-working`: an attitude every applicant claims.
        case cliche
    }

    public var kind: Kind
    /// The words as written in the text (`대용량`, `Improved`).
    public var text: String
    /// Where the claim starts and ends, in Unicode scalars from the start of the text.
    public var range: Range<Int>
    /// Whether a measurement qualifies it (see the type's documentation).
    public var isQualified: Bool

    /// Every claim in `text`, qualified or not, in order.
    public static func claims(in text: some StringProtocol) -> [Claim] {
        ClaimReader(Array(text.unicodeScalars)).read()
    }

    /// The claims of `text` that no measurement qualifies.
    public static func vague(in text: some StringProtocol) -> [Claim] {
        claims(in: text).filter { !$0.isQualified }
    }
}

struct ClaimReader {
    let scalars: [Unicode.Scalar]
    let lower: [Unicode.Scalar]

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        lower = scalars.map { scalar in
            (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0x20)! : scalar
        }
    }

    static let stems: [(scalars: [Unicode.Scalar], word: Lexicon.ClaimWord)] = Lexicon.claimWords
        .map { (Array($0.stem.unicodeScalars), $0) }
        .sorted { $0.scalars.count > $1.scalars.count }
    static let nonClaimEndings = Lexicon.nonClaimEndings.map { Array($0.unicodeScalars) }
    static let nameNouns = Lexicon.nameNouns.map { Array($0.unicodeScalars) }
    static let falseFriends = Lexicon.claimFalseFriends.map { Array($0.unicodeScalars) }
    /// Prefixes that turn a claim into a problem: `비효율`, `불안정`, `저효율`.
    static let negatingPrefixes: [Unicode.Scalar] = ["비", "불", "저"]
    /// The stems by their first scalar, longest first: only those are tried at a position.
    static let stemsByFirst: [Unicode.Scalar: [(scalars: [Unicode.Scalar], word: Lexicon.ClaimWord)]] =
        Dictionary(grouping: stems, by: { $0.scalars[0] })
    /// Cheap pre-check: a text none of whose scalars can start a stem has no claim.
    static let firstScalars: Set<Unicode.Scalar> = Set(stems.compactMap(\.scalars.first))

    func read() -> [Claim] {
        guard lower.contains(where: Self.firstScalars.contains) else { return [] }
        var found: [Claim] = []
        var index = 0
        while index < lower.count {
            guard Self.firstScalars.contains(lower[index]), let match = stem(at: index) else {
                index += 1
                continue
            }
            let end = index + match.scalars.count
            if isClaim(match, start: index, end: end) {
                // Show an English word whole (`reliab` → `reliable`); a Korean stem as it is (`열정`, not
                // `열정을`), so the particle after the quote follows the stem.
                var wordEnd = end
                if MeasurementReader.isLatinLetter(match.scalars[0]) {
                    while wordEnd < scalars.count, wordEnd - end < 12, MeasurementReader.isLatinLetter(scalars[wordEnd]) { wordEnd += 1 }
                }
                found.append(Claim(
                    kind: match.word.kind, text: String(scalars: scalars[index..<wordEnd]),
                    range: index..<end, isQualified: false))
            }
            index = end
        }
        guard !found.isEmpty else { return [] }
        let scan = MeasurementScan(String(scalars: scalars))
        let results = scan.results
        let sentences = Clauses.sentences(scalars)
        let clauses = Clauses.clauses(scalars)
        return found.map { claim in
            var claim = claim
            switch claim.kind {
            case .cliche:
                claim.isQualified = false
            case .size:
                let clause = clauses.first { $0.contains(claim.range.lowerBound) } ?? 0..<scalars.count
                claim.isQualified = scan.measurements.contains { clause.contains($0.range.lowerBound) && $0.isVolume }
            case .improvement, .quality, .intensity, .achievement:
                let position = sentences.firstIndex { $0.contains(claim.range.lowerBound) }
                let sentence = position.map { sentences[$0] } ?? 0..<scalars.count
                claim.isQualified = results.contains { sentence.contains($0.range.lowerBound) }
                // A success told, then its result in the next sentence that says it is the result (`그 결과 …`).
                if !claim.isQualified, claim.kind == .achievement, let position, position + 1 < sentences.count {
                    let next = sentences[position + 1]
                    claim.isQualified = Self.opensWithConnective(lower[next]) && results.contains { next.contains($0.range.lowerBound) }
                }
            }
            return claim
        }
    }

    /// Connectives as scalars, for `opensWithConnective`.
    static let connectives = Lexicon.resultConnectives.map { Array($0.unicodeScalars) }

    /// Whether `sentence` (lowercased) starts, after spaces, with one of `Lexicon.resultConnectives`.
    static func opensWithConnective(_ sentence: ArraySlice<Unicode.Scalar>) -> Bool {
        let start = sentence.firstIndex { $0 != " " && $0 != "\n" && $0 != "\t" } ?? sentence.endIndex
        let rest = sentence[start...]
        return connectives.contains { connective in
            rest.count >= connective.count && rest.prefix(connective.count).elementsEqual(connective)
        }
    }

    private func stem(at index: Int) -> (scalars: [Unicode.Scalar], word: Lexicon.ClaimWord)? {
        Self.stemsByFirst[lower[index]]?.first { stem in
            index + stem.scalars.count <= lower.count && lower[index..<(index + stem.scalars.count)].elementsEqual(stem.scalars)
        }
    }

    /// Whether `phrase` occurs in `window`, scalar for scalar (a plain loop: the generic
    /// `firstRange(of:)` of the standard library cost 55,000 instructions a call here).
    static func occurs(_ phrase: [Unicode.Scalar], in window: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = phrase.first, window.count >= phrase.count else { return phrase.isEmpty }
        var index = window.startIndex
        while index <= window.endIndex - phrase.count {
            if window[index] == first, window[index..<(index + phrase.count)].elementsEqual(phrase) { return true }
            index += 1
        }
        return false
    }

    /// Whether one of the two words before `start` denies what follows (`was not successful`, `not
    /// very stable`, `wasn't efficient`; `Lexicon.negationWords`), unless `not only` / `not just`.
    private func isNegated(before start: Int) -> Bool {
        var words: [String] = []
        var index = start
        while words.count < 2 {
            while index > 0, lower[index - 1] == " " { index -= 1 }
            let end = index
            while index > 0, MeasurementReader.isLatinLetter(lower[index - 1]) || lower[index - 1] == "'" || lower[index - 1] == "’" { index -= 1 }
            guard index < end else { break }
            words.append(String(scalars: lower[index..<end]))
        }
        // words[0] is the word right before the stem.
        if let first = words.first, Lexicon.negationExceptions.contains(first) { return false }
        return words.contains { Lexicon.negationWords.contains($0) || $0.hasSuffix("n't") || $0.hasSuffix("n’t") }
    }

    private func isClaim(_ match: (scalars: [Unicode.Scalar], word: Lexicon.ClaimWord), start: Int, end: Int) -> Bool {
        let first = match.scalars[0]
        if MeasurementReader.isLatinLetter(first) {
            // English stems start a word: `improved`, not `unimproved`; `huge`, not `hugely`'s neighbours.
            if start > 0, MeasurementReader.isLatinLetter(lower[start - 1]) { return false }
            if isNegated(before: start) { return false }
        } else if start > 0, Self.negatingPrefixes.contains(lower[start - 1]) {
            return false
        }
        // `gradient boosting`, `XGBoost`: a phrase around the stem that names a thing.
        for friend in Self.falseFriends where friend.count >= match.scalars.count {
            let from = max(0, start - friend.count), to = min(lower.count, end + friend.count)
            if from < to, Self.occurs(friend, in: lower[from..<to]) { return false }
        }
        let rest = Array(lower[end..<min(lower.count, end + 8)])
        if Self.nonClaimEndings.contains(where: { rest.starts(with: $0) }) { return false }
        if rest.first == " ", Self.nonClaimEndings.contains(where: { ending in
            ending.count >= 2 && Array(rest.dropFirst()).starts(with: ending)
        }) { return false }
        if match.word.kind == .size || match.word.stem == "big data" {
            // `청년 AI Big Data 아카데미`, `빅데이터 엔지니어`: part of a name or a field's name.
            var next = end
            while next < lower.count, lower[next] == " " { next += 1 }
            if Self.nameNouns.contains(where: { noun in
                next + noun.count <= lower.count && lower[next..<(next + noun.count)].elementsEqual(noun)
            }) { return false }
        }
        return true
    }
}
