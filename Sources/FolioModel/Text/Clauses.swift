/// Sentences and clauses of résumé text, as ranges of Unicode scalars.
///
/// A sentence ends at `.`, `!`, `?`, `。` (not a decimal point), `;` or a line break; a list item is
/// one sentence. A clause also ends at a comma and after a Korean connective ending (`처리하고`,
/// `향상시켰으며`, `늘렸지만`, `바꿔서`): what "the same clause" means when the text layer asks whether a
/// number qualifies a claim (seed 000 §1.1 "정확한 단어선택").
public enum Clauses {
    /// The sentences of `scalars`, each a non-empty range.
    public static func sentences(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        split(scalars, atClauses: false)
    }

    /// The clauses of `scalars`, each a non-empty range.
    public static func clauses(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        split(scalars, atClauses: true)
    }

    /// Korean connective endings after which a new clause starts (followed by a space).
    static let connectiveEndings: [[Unicode.Scalar]] = [
        "하고", "되고", "했고", "됐고", "었고", "았고", "였고", "시키고", "시켰고", "하며", "되며", "으며", "했으며", "였으며",
        "었으며", "시켰으며", "지만", "는데", "은데", "했는데", "으나", "하여", "해서", "되어", "돼서", "면서", "하면서", "했지만",
        // After a noun, the copula's endings: `파이프라인이며`, `원본이고`, `배치 잡인데`, `일 단위여서`.
        "이며", "이고", "인데", "이어서", "여서", "이라서",
        // A choice between two actions and a cause: `재처리하거나`, `늘어서`, `밀려서`.
        "거나", "어서", "아서", "려서",
    ].map { Array($0.unicodeScalars) }

    static func split(_ scalars: [Unicode.Scalar], atClauses: Bool) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        func close(_ end: Int) {
            var begin = start
            var finish = end
            while begin < finish, scalars[begin].properties.isWhitespace { begin += 1 }
            while finish > begin, scalars[finish - 1].properties.isWhitespace { finish -= 1 }
            if begin < finish { ranges.append(begin..<finish) }
            start = end
        }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            let previous = index > 0 ? scalars[index - 1] : nil
            switch scalar {
            case "\n", ";", "!", "?", "。", "！", "？":
                close(index + 1)
            case ".":
                let betweenDigits = previous.map { ("0"..."9").contains($0) } == true && next.map { ("0"..."9").contains($0) } == true
                let inWord = next.map { !$0.properties.isWhitespace } == true
                if !betweenDigits && !inWord { close(index + 1) }
            case "," where atClauses:
                let betweenDigits = previous.map { ("0"..."9").contains($0) } == true && next.map { ("0"..."9").contains($0) } == true
                if !betweenDigits { close(index + 1) }
            case " " where atClauses:
                if endsWithConnective(scalars, before: index) { close(index) }
            default:
                break
            }
            index += 1
        }
        close(scalars.count)
        return ranges
    }

    static func endsWithConnective(_ scalars: [Unicode.Scalar], before end: Int) -> Bool {
        connectiveEndings.contains { ending in
            end >= ending.count && scalars[(end - ending.count)..<end].elementsEqual(ending)
        }
    }
}
