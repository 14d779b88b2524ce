import Foundation

/// Whether a text states a disagreement (`갈등`, `부딪혔는데`, `pushed back`), not a meeting or a
/// discussion, and not a denied one (`의견 차이는 거의 없었고`, `no disagreement`). Words in
/// `Lexicon.disagreementMarkers`. Shared by `project.collaboration` (check) and the interview
/// sheet's "의견이 갈렸던 경험" question, so both call the same text a conflict.
public enum Disagreement {
    static let matcher = PhraseMatcher(Lexicon.disagreementMarkers)

    public static func stated(in text: String) -> Bool {
        guard matcher.containsAny(text) else { return false }
        let lower = text.lowercased()
        return Lexicon.disagreementMarkers.contains { marker in
            var rest = lower[...]
            while let range = rest.range(of: marker) {
                let after = lower[range.upperBound...].prefix(10)
                let before = lower[..<range.lowerBound].suffix(4)
                if !(after.contains("없") || after.contains("않") || before.contains("no ") || before.contains("without")) { return true }
                rest = lower[range.upperBound...]
            }
            return false
        }
    }
}
