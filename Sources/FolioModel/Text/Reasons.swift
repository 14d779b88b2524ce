import Foundation
/// Whether a story's alternatives give a reason for the choice (seed 000 §1.3 "가능한 대안들을 찾아내고
/// 기간 내에 결과물을 내는 연습"), and how many options they name.
///
/// A reason names a cost or a consequence, as a senior reviewer asks: an option that carries its
/// trade-off (`- A: 확실하지만 며칠 걸림`, `- A — too slow`); a causal clause (`-서` in any form, also
/// contracted: `길어져서`, `늘려서`, `돼서`; `-니까`, `-므로`, `때문`, because, since); prose that weighs
/// two options (`A는 빠르지만 B가 안전하다`). A sentence that only picks one (`B로 정했습니다`,
/// `went with B`) or names what was considered (`전체 시간을 고려해 B를 선택`, `Lexicon.considerationWords`)
/// gives no reason. `결정 트리` (a decision tree) is no choice.
public struct Alternatives: Sendable, Hashable {
    /// How many options the text names: its list items, or 2 when prose compares options.
    public var optionCount: Int
    /// Whether the text gives a reason for the choice.
    public var givesReason: Bool

    /// Reads an alternatives section: its list items (without markers) and its prose lines.
    public init(items: [String], prose: [String]) {
        let proseText = prose.joined(separator: "\n").lowercased()
        let itemText = items.joined(separator: "\n").lowercased()
        optionCount = items.count >= 2 ? items.count : max(items.count, Alternatives.comparesOptions(proseText) ? 2 : 0)
        let all = itemText + "\n" + proseText
        let cleaned = Alternatives.falseFriends.containsAny(all)
            ? Lexicon.choiceFalseFriends.reduce(all) { $0.replacingAll($1, with: " ") } : all
        let causal = Alternatives.isCausal(cleaned)
        let tradeOffs = items.contains(where: Alternatives.carriesTradeOff)
        let weighs = optionCount >= 2 && Alternatives.mentionsTradeOff(proseText)
        givesReason = causal || tradeOffs || weighs
    }

    /// Whether `text` (lower-cased) has a causal clause: `Lexicon.causalMarkers` (`때문`, `-므로`, `-어서`,
    /// because, so we) or a contracted `-아서/-어서` (`길어져서`, `늘려서`, `바꿔서`, `돼서`), once the
    /// words that only name a consideration (`고려해서`, considering) are set aside.
    public static func isCausal(_ text: String) -> Bool {
        let plain = considerations.containsAny(text)
            ? Lexicon.considerationWords.reduce(text) { $0.replacingAll($1, with: " ") } : text
        return causes.containsAny(plain) || hasContractedConnective(plain)
    }

    /// A word ending in `서` after an open syllable of the vowels -아/-어 contract into (ㅏ ㅐ ㅒ ㅓ ㅕ ㅘ ㅙ
    /// ㅚ ㅝ: `져서`, `려서`, `워서`, `돼서`, `되서`): the contracted causal ending. Not `에서` (a place), not
    /// a noun with a final consonant before `서` (`문서`, `계약서`), not `나서` (`하고 나서`: after).
    static func hasContractedConnective(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        let contracting: Set<UInt32> = [0, 1, 3, 4, 6, 9, 10, 11, 14]
        for index in scalars.indices.dropFirst() where scalars[index] == "서" {
            let next = index + 1 < scalars.count ? scalars[index + 1] : " "
            guard !(0xAC00...0xD7A3).contains(next.value) else { continue }
            let before = scalars[index - 1]
            guard (0xAC00...0xD7A3).contains(before.value), before != "나" else { continue }
            let offset = before.value - 0xAC00
            if offset % 28 == 0, contracting.contains(offset / 28 % 21) { return true }
        }
        return false
    }

    static let falseFriends = PhraseMatcher(Lexicon.choiceFalseFriends)
    static let considerations = PhraseMatcher(Lexicon.considerationWords)
    static let causes = PhraseMatcher(Lexicon.causalMarkers)
    static let tradeOffs = PhraseMatcher(Lexicon.tradeOffWords)
    static let comparisons = PhraseMatcher(comparisonMarkers)

    /// `A: 확실하지만 며칠 걸림`, `A — too slow`, `A (비용이 큼)`: an option followed by what it costs.
    static func carriesTradeOff(_ item: String) -> Bool {
        let lower = item.lowercased()
        let separators = [":", "：", " — ", " – ", " - ", "(", "→", "=>", "->"]
        guard let cut = separators.compactMap({ lower.firstRangeOfText($0) }).min(by: { $0.lowerBound < $1.lowerBound }) else {
            return lower.contains("지만") && tradeOffs.containsAny(lower)
        }
        return mentionsTradeOff(String(lower[cut.upperBound...]))
    }

    /// Whether lower-cased `text` holds a trade-off word (`Lexicon.tradeOffWords`: 느리, 비용, risk) once
    /// the words that only share its letters (`Lexicon.tradeOffFalseFriends`: 적용, 작업, considering) and
    /// the words naming a bare consideration (`고려해`) are set aside.
    static func mentionsTradeOff(_ text: String) -> Bool {
        let setAside = Lexicon.tradeOffFalseFriends + Lexicon.considerationWords
        let plain = tradeOffFalseFriendMatcher.containsAny(text) || considerations.containsAny(text)
            ? setAside.reduce(text) { $0.replacingAll($1, with: " ") } : text
        return tradeOffs.containsAny(plain)
    }
    static let tradeOffFalseFriendMatcher = PhraseMatcher(Lexicon.tradeOffFalseFriends)

    /// Words of prose that names more than one option.
    static let comparisonMarkers = [
        "첫째", "둘째", "첫 번째", "두 번째", "하나는", "다른 하나", "또는", "아니면", "혹은", "대신", "보다", "두 가지", "세 가지",
        "두 방식", "두 방법", "두 안", "a안", "b안", "1안", "2안", "①", "②", "비교",
        " vs", "versus", "instead of", "rather than", "either", " or ", "compared", "two options", "two ways", "alternative",
    ]

    /// Nouns that name an option: `…하는 방법과 …하는 방법`, `two approaches`.
    static let optionNouns = ["방법", "방식", "접근", "option", "approach", "way to"]

    static func comparesOptions(_ prose: String) -> Bool {
        if comparisons.containsAny(prose) { return true }
        // Two options named in prose: the option noun appears at least twice.
        return optionNouns.contains { noun in prose.components(separatedBy: noun).count - 1 >= 2 }
    }
}

extension Alternatives {
    /// The label an option starts with: `A. …`, `B) …`, `C: …`, `2. …` → "A", "B", "C", "2".
    public static func label(of item: String) -> String? {
        let scalars = Array(item.unicodeScalars.drop { $0 == " " })
        guard scalars.count >= 2 else { return nil }
        var end = 0
        while end < scalars.count, end < 2, ("0"..."9").contains(scalars[end]) { end += 1 }
        if end == 0, ("A"..."Z").contains(scalars[0]) { end = 1 }
        guard end > 0, end < scalars.count, ".):".unicodeScalars.contains(scalars[end]) else { return nil }
        return String(String.UnicodeScalarView(scalars[0..<end]))
    }

    /// The options `sentence` chooses by their label: "staging에는 B, mart에는 C를 선택" chooses B and C
    /// (a label before the choice word, as Korean puts it); "I chose C because …, and planned B later"
    /// chooses C (the label right after it, as English puts it). A label counts where it stands alone
    /// (`C를`, `C,`), not inside a word (`CDC`); not one set aside (`A 대신 B를`, `rather than A`).
    public static func chosen(_ items: [String], by sentence: String) -> [String] {
        // Labels are matched as written (`A`, not the article `a`); choice words in lower case. Both
        // arrays have the same positions: lowercasing these scripts keeps one scalar per scalar.
        let scalars = Array(sentence.unicodeScalars)
        let lowered = scalars.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32)! : $0 }
        let markers = Lexicon.decisionMarkers.map { Array($0.lowercased().unicodeScalars) }
        let starts = lowered.indices.filter { start in markers.contains { lowered[start...].starts(with: $0) } }
        guard let lastMarker = starts.last else { return [] }
        let setAsideAfter = Lexicon.setAsideAfter.map { Array($0.unicodeScalars) }
        let setAsideBefore = Lexicon.setAsideBefore.map { Array($0.unicodeScalars) }
        func isWord(_ scalar: Unicode.Scalar) -> Bool { scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) }
        func contains(_ window: ArraySlice<Unicode.Scalar>, _ word: [Unicode.Scalar]) -> Bool {
            window.indices.contains { window[$0...].starts(with: word) }
        }
        func isChosen(_ label: [Unicode.Scalar]) -> Bool {
            for start in scalars.indices where scalars[start...].starts(with: label) {
                let end = start + label.count
                if start > 0, isWord(scalars[start - 1]) { continue }
                if end < scalars.count, isWord(scalars[end]) { continue }
                let before = lowered[max(0, start - 9)..<start], after = lowered[end..<min(scalars.count, end + 6)]
                if setAsideBefore.contains(where: { contains(before, $0) }) || setAsideAfter.contains(where: { contains(after, $0) }) { continue }
                // Before the last choice word (Korean), or a few letters after one (English).
                if start < lastMarker || starts.contains(where: { $0 < start && start - $0 <= 16 }) { return true }
            }
            return false
        }
        return items.filter { item in label(of: item).map { isChosen(Array($0.unicodeScalars)) } ?? false }
    }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
