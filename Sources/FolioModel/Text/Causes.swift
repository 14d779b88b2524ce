/// Which sentence of a story's `## 원인` / `## Cause` states the cause. Writers, and folio's own
/// scaffold, often tell how they found it first ("Spark UI에서 확인해 보니 태스크 수가 6만 개가
/// 넘었습니다") and the cause after ("…JSON 파일을 하나씩 쓰고 있어서 작은 파일이 쌓였고"): the
/// first sentence is a symptom. The page's troubleshooting box and the interview sheet's STAR card
/// show the one chosen here (seed 002: 원인 → 해결 → 결과).
public enum Causes {
    /// The sentence stating the cause among a section's `sentences`, in order of preference: one
    /// naming a cause (`Lexicon.causeWords`: 원인, 때문, because) that is not a diagnostic step (nor an
    /// observation, `Lexicon.observationWords`: "화면에서", "in the logs", "the UI showed"), one
    /// naming a cause at all, one with a causal ending (`Lexicon.causalMarkers`: …어서, due to) that is
    /// not a diagnostic step, the first that is not a diagnostic step, the first. Nil when empty.
    public static func statement(among sentences: [String]) -> String? {
        let lowered = sentences.map { $0.lowercased() }
        func has(_ words: [String], _ index: Int) -> Bool { words.contains { lowered[index].contains($0) } }
        let indices = Array(sentences.indices)
        let diagnostic = { (index: Int) in isDiagnosticStep(lowered[index]) }
        let choice = indices.first { has(Lexicon.causeWords, $0) && !diagnostic($0) }
            ?? indices.first { has(Lexicon.causeWords, $0) }
            ?? indices.first { has(Lexicon.causalMarkers, $0) && !diagnostic($0) }
            ?? indices.first { !diagnostic($0) }
            ?? indices.first
        return choice.map { sentences[$0] }
    }

    /// Whether a sentence tells how the cause was found rather than the cause: a diagnostic step
    /// (`Lexicon.diagnosisWords`: "확인해 보니", "we looked at") or an observation (`Lexicon.observationWords`:
    /// "Spark UI의 스테이지 화면에서 … 6.1 GB였고", "kubectl describe showed …").
    public static func isDiagnosticStep(_ sentence: String) -> Bool {
        let lowered = sentence.lowercased()
        return Lexicon.diagnosisWords.contains { lowered.contains($0) } || Lexicon.observationWords.contains { lowered.contains($0) }
    }

    /// Whether a text gives a cause at all (`Lexicon.causeWords`: 원인, 때문, because …): what
    /// essay.story-cause asks of an answer that tells a story.
    public static func isGiven(in text: some StringProtocol) -> Bool {
        let lowered = text.lowercased()
        return Lexicon.causeWords.contains { TextSearch.contains(lowered, $0) }
    }
}
