import Foundation
/// Whether a story's alternatives give a reason for the choice (seed 000 §1.3 "가능한 대안들을 찾아내고
/// 기간 내에 결과물을 내는 연습"), and how many options they name.
///
/// A reason is any of: an option that carries its trade-off (`- A: 확실하지만 며칠 걸림`,
/// `- A — too slow`); a sentence that picks one (`두 번째를 먼저 적용했습니다`, `B로 정했습니다`,
/// `went with B`); a causal clause (`-서`, `-니까`, `-므로`, `때문`, because, since); prose that weighs
/// two options (`A는 빠르지만 B가 안전하다`). `결정 트리` (a decision tree) is no choice.
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
        let chooses = Alternatives.choices.containsAny(cleaned)
        let causal = Alternatives.causes.containsAny(cleaned)
        let tradeOffs = items.contains(where: Alternatives.carriesTradeOff)
        let weighs = optionCount >= 2 && Alternatives.tradeOffs.containsAny(proseText)
        givesReason = chooses || causal || tradeOffs || weighs
    }

    static let falseFriends = PhraseMatcher(Lexicon.choiceFalseFriends)
    static let choices = PhraseMatcher(Lexicon.choiceMarkers)
    static let causes = PhraseMatcher(Lexicon.causalMarkers)
    static let tradeOffs = PhraseMatcher(Lexicon.tradeOffWords)
    static let comparisons = PhraseMatcher(comparisonMarkers)

    /// `A: 확실하지만 며칠 걸림`, `A — too slow`, `A (비용이 큼)`: an option followed by what it costs.
    static func carriesTradeOff(_ item: String) -> Bool {
        let lower = item.lowercased()
        let separators = [":", "：", " — ", " – ", " - ", "(", "→", "=>", "->"]
        guard let cut = separators.compactMap({ lower.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else {
            return lower.contains("지만") && tradeOffs.containsAny(lower)
        }
        return tradeOffs.containsAny(lower[cut.upperBound...])
    }

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
