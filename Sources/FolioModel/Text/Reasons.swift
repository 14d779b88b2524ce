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
    /// The label an option's list item starts with: what names it (`대안`, `Option`; nil for a bare `A.`)
    /// and its mark (`1`, `A`, `①`).
    public struct OptionLabel: Sendable, Hashable {
        /// The noun before the mark as written (`대안`, `Option`), nil for `A.` and `A안:`.
        public var noun: String?
        /// The mark: one or two digits, one Latin letter or a circled digit.
        public var mark: String
        /// Whether the mark comes before `안` (`A안:`, `1안)`).
        public var suffixed: Bool
        /// How many Unicode scalars the label, its separator and the spaces after it take at the item's start.
        public var length: Int

        /// The label as a sentence names it: `대안 1`, `A안`, `A`.
        public var text: String { noun.map { "\($0) \(mark)" } ?? (suffixed ? mark + "안" : mark) }

        /// Whether the label names the item as an option by itself (`대안 1:`, `A안:`, `B.`), not only by a
        /// number a numbered step also has (`2.`).
        public var namesOption: Bool { noun != nil || suffixed || mark.unicodeScalars.allSatisfy { !("0"..."9").contains($0) } }
    }

    /// The label an option starts with: `A. …`, `B) …`, `C: …`, `2. …` → "A", "B", "C", "2"; `대안 1: …`,
    /// `방법 A) …`, `Option 2 - …` → "대안 1", "방법 A", "Option 2"; `B안: …` → "B안".
    public static func label(of item: String) -> String? { optionLabel(of: item)?.text }

    /// The label an option's list item starts with (see `label(of:)`), bold or not (`**대안 1**: …`); nil when it
    /// starts with none: a mark must be followed by `.`, `)`, `:` or a dash (`방법 2가지` is no label).
    public static func optionLabel(of item: String) -> OptionLabel? {
        let all = Array(item.unicodeScalars)
        var position = 0
        while position < all.count, " *_".unicodeScalars.contains(all[position]) { position += 1 }
        guard position < all.count else { return nil }
        let first = all[position]
        // Most items start with a word that is no label: only a Latin letter, a digit, a circled digit or
        // the first syllable of a noun can start one.
        let nounStarts = labelNouns.compactMap(\.first)
        guard first.isASCII || ("①"..."⑨").contains(first) || nounStarts.contains(first) else { return nil }
        let lowered = all.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32)! : $0 }
        func isLetterOrDigit(_ index: Int) -> Bool {
            index < all.count && all[index].isASCII && (all[index].properties.isAlphabetic || ("0"..."9").contains(all[index]))
        }
        func mark(at start: Int) -> Int? {
            guard start < all.count else { return nil }
            if ("①"..."⑨").contains(all[start]) { return start + 1 }
            var end = start
            while end < all.count, end - start < 2, ("0"..."9").contains(all[end]) { end += 1 }
            if end == start, all[start].isASCII, all[start].properties.isAlphabetic { end = start + 1 }
            return end > start && !isLetterOrDigit(end) ? end : nil
        }
        func separated(at start: Int) -> Int? {
            var index = start
            while index + 1 < all.count, all[index] == "*", all[index + 1] == "*" { index += 2 }
            guard index < all.count else { return nil }
            if ".):：".unicodeScalars.contains(all[index]) || "-—–".unicodeScalars.contains(all[index]) && index > start {
                index += 1
            } else if all[index] == " ", index + 1 < all.count, "-—–(".unicodeScalars.contains(all[index + 1]) {
                index += 2
            } else {
                return nil
            }
            while index < all.count, all[index] == " " { index += 1 }
            return index
        }
        func text(_ range: Range<Int>) -> String { String(scalars: all[range]) }
        // `대안 1:`, `Option A -`, `방법B)`.
        for noun in labelNouns where lowered[position...].starts(with: noun) {
            var start = position + noun.count
            if start < all.count, all[start] == " " { start += 1 }
            guard let end = mark(at: start), let length = separated(at: end) else { continue }
            return OptionLabel(noun: text(position..<(position + noun.count)), mark: text(start..<end), suffixed: false, length: length)
        }
        guard let end = mark(at: position) else { return nil }
        // `A안:`, `1 안)`.
        var suffix = end
        if suffix < all.count, all[suffix] == " " { suffix += 1 }
        if suffix < all.count, all[suffix] == "안", let length = separated(at: suffix + 1) {
            return OptionLabel(noun: nil, mark: text(position..<end), suffixed: true, length: length)
        }
        // `A. …`, `2) …`, `C: …`: an upper-case letter or a number.
        guard !("a"..."z").contains(first), end < all.count, ".):".unicodeScalars.contains(all[end]) else { return nil }
        var length = end + 1
        while length < all.count, all[length] == " " { length += 1 }
        return OptionLabel(noun: nil, mark: text(position..<end), suffixed: false, length: length)
    }

    /// `Lexicon.optionLabelNouns` as lower-cased scalars, longest first (`alternative` before `alt…`).
    static let labelNouns: [[Unicode.Scalar]] = Lexicon.optionLabelNouns
        .map { Array($0.lowercased().unicodeScalars) }.sorted { $0.count > $1.count }

    /// The option without its label: `대안 2: flush.size를 늘린다` → `flush.size를 늘린다`.
    public static func withoutLabel(_ item: String) -> String {
        guard let label = optionLabel(of: item) else { return item }
        let rest = String(scalars: item.unicodeScalars.dropFirst(label.length))
        return rest.isEmpty ? item : rest
    }

    /// The ways a sentence names an option by its label, each with whether it is matched in lower case:
    /// `대안 2` also as `대안2` and `2안`; a letter also alone (`B를`); `A` as written, not the article `a`.
    static func namings(of label: OptionLabel) -> [(scalars: [Unicode.Scalar], ignoringCase: Bool)] {
        var names: [(String, Bool)] = []
        if let noun = label.noun {
            names += [("\(noun.lowercased()) \(label.mark.lowercased())", true), (noun.lowercased() + label.mark.lowercased(), true)]
        }
        if label.noun != nil || label.suffixed { names += [(label.mark + "안", false), (label.mark + " 안", false)] }
        if label.noun == nil && !label.suffixed || label.mark.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) {
            names.append((label.mark, false))
        }
        return names.map { (Array($0.0.unicodeScalars), $0.1) }
    }

    /// Where `sentence` names the option by its label, standing alone (`C를`, `C,`, not inside `CDC`).
    static func mentions(of label: OptionLabel, in scalars: [Unicode.Scalar], lowered: [Unicode.Scalar]) -> [Range<Int>] {
        func isWord(_ scalar: Unicode.Scalar) -> Bool { scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) }
        var found: [Range<Int>] = []
        for (name, ignoringCase) in namings(of: label) {
            let text = ignoringCase ? lowered : scalars
            for start in text.indices where text[start...].starts(with: name) {
                let end = start + name.count
                // Not inside a word: `CDC`, `최대안 1`.
                if start > 0, isWord(scalars[start - 1]) || MeaningReader.isHangulScalar(scalars[start - 1]) && name.first.map(MeaningReader.isHangulScalar) == true { continue }
                if end < scalars.count, isWord(scalars[end]) { continue }
                if !found.contains(where: { $0.overlaps(start..<end) }) { found.append(start..<end) }
            }
        }
        return found
    }

    /// Whether `sentence` names `item`'s option by its label (`대안 1은 비용이 남는다`, `B를 선택`).
    public static func mentions(_ item: String, in sentence: String) -> Bool {
        guard let label = optionLabel(of: item) else { return false }
        let scalars = Array(sentence.unicodeScalars)
        return !mentions(of: label, in: scalars, lowered: scalars.map(lowercased)).isEmpty
    }

    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }

    /// The options `sentence` chooses by their label: "staging에는 B, mart에는 C를 선택" chooses B and C
    /// (a label before the choice word, as Korean puts it); "I chose C because …, and planned B later"
    /// chooses C (the label right after it, as English puts it); "원인을 없애는 대안 2를 선택했습니다" chooses
    /// `대안 2: …`. A label counts where it stands alone (`C를`, `C,`), not inside a word (`CDC`); not one set
    /// aside (`A 대신 B를`, `rather than A`).
    public static func chosen(_ items: [String], by sentence: String) -> [String] {
        // Lowercasing these scripts keeps one scalar per scalar: both arrays have the same positions.
        let scalars = Array(sentence.unicodeScalars)
        let lowered = scalars.map(lowercased)
        let markers = Lexicon.decisionMarkers.map { Array($0.lowercased().unicodeScalars) }
        let starts = lowered.indices.filter { start in markers.contains { lowered[start...].starts(with: $0) } }
        guard let lastMarker = starts.last else { return [] }
        let setAsideAfter = Lexicon.setAsideAfter.map { Array($0.unicodeScalars) }
        let setAsideBefore = Lexicon.setAsideBefore.map { Array($0.unicodeScalars) }
        func contains(_ window: ArraySlice<Unicode.Scalar>, _ word: [Unicode.Scalar]) -> Bool {
            window.indices.contains { window[$0...].starts(with: word) }
        }
        func isChosen(_ label: OptionLabel) -> Bool {
            for range in mentions(of: label, in: scalars, lowered: lowered) {
                let start = range.lowerBound, end = range.upperBound
                let before = lowered[max(0, start - 9)..<start], after = lowered[end..<min(scalars.count, end + 6)]
                if setAsideBefore.contains(where: { contains(before, $0) }) || setAsideAfter.contains(where: { contains(after, $0) }) { continue }
                // Before the last choice word (Korean), or a few letters after one (English).
                if start < lastMarker || starts.contains(where: { $0 < start && start - $0 <= 16 }) { return true }
            }
            return false
        }
        return items.filter { item in optionLabel(of: item).map(isChosen) ?? false }
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
