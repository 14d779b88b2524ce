import Foundation
import FolioModel

/// A troubleshooting story read as the steps an interviewer follows (seed 002: 상황 → 원인 → 해결 →
/// 결과): the sentence stating the problem, how the cause was found, the cause, the choice among the
/// alternatives, and the fix. The STAR card shows them; a question that asks for the process ("버그를
/// 찾아 고친 과정", "how did you find the cause, which alternatives …") or where a concept showed
/// ("메모리가 부족할 때(OOM) …") is answered with them.
struct StorySteps {
    var title: String
    var file: String
    /// The situation's sentence naming what went wrong.
    var problem: String?
    /// The observation or diagnostic step that found the cause ("Spark UI의 스테이지 화면에서 …",
    /// "확인해 보니 …", "kubectl describe showed …"), from the cause section, else the situation.
    var found: String?
    /// The cause section's sentence stating the cause (`Causes.statement`).
    var cause: String?
    /// The alternatives section's sentence saying what was chosen.
    var decision: String?
    /// The action's sentence that fixed it.
    var fix: String?

    init(_ story: Story, title: String) {
        self.title = title
        file = story.file
        let situation = story.body.section(.situation).map { Sentences.prose($0, includingBullets: true) } ?? []
        let causes = story.body.section(.cause).map { Sentences.prose($0, includingBullets: true) } ?? []
        problem = story.body.section(.situation).flatMap(Self.problemSentence)
        cause = Causes.statement(among: causes)
        found = causes.first { Causes.isDiagnosticStep($0) && $0 != cause } ?? situation.first(where: Causes.isDiagnosticStep)
        decision = Self.decisionSentence(story)
        fix = story.body.section(.action).flatMap(Self.fixSentence)
    }

    static let problemWords = PhraseMatcher(Lexicon.problemWords)
    static let diagnosisWords = PhraseMatcher(Lexicon.diagnosisWords)
    static let decisions = PhraseMatcher(Lexicon.decisionMarkers)

    /// The situation's sentence that states the problem: the first naming what went wrong, else the
    /// first with a measured number, else the first.
    static func problemSentence(_ section: MarkdownBody.Section) -> String? {
        let sentences = Sentences.prose(section, includingBullets: true)
        return sentences.first { problemWords.containsAny($0) }
            ?? sentences.first { Measurement.scan($0).hasResult } ?? sentences.first
    }

    /// The action's sentence that fixed it: the first that is not a diagnostic step. In an action that
    /// weighs options inside (`- 대안 1: …`, `- 대안 2: …`, "대안 2를 선택했습니다"), not an option nor a
    /// sentence weighing them (`MarkdownBody.Section.weighsOptions`), else the chosen option without its label.
    static func fixSentence(_ section: MarkdownBody.Section) -> String? {
        var sentences = Sentences.prose(section, includingBullets: true)
        if section.listsOptionsInside {
            let options = section.options.map(\.value)
            sentences.removeAll { options.contains($0) || section.weighsOptions($0) }
            if sentences.isEmpty { return section.chosenOptions.first.map(Alternatives.withoutLabel) }
        }
        return sentences.first { !diagnosisWords.containsAny($0) } ?? sentences.first
    }

    /// The sentence of a story's Alternatives section that says what was chosen, or its last one; of
    /// a section that weighs options inside, among its sentences that weigh them.
    static func decisionSentence(_ story: Story) -> String? {
        guard let section = story.body.section(.alternatives) else { return nil }
        let sentences = Sentences.prose(section).filter { !section.listsOptionsInside || section.weighsOptions($0) }
        return sentences.last { decisions.containsAny($0) } ?? sentences.last
    }

    /// One step of the process a question asks for.
    enum Step: CaseIterable {
        case found, cause, decision, fix

        /// The lexicon's sense that asks for it (`Lexicon.senses`).
        var sense: String {
            switch self {
            case .found: "diagnosis"
            case .cause: "cause"
            case .decision: "choice"
            case .fix: "fix"
            }
        }

        func label(_ language: Language) -> String {
            switch self {
            case .found: language == .ko ? "발견" : "Found"
            case .cause: language == .ko ? "원인" : "Cause"
            case .decision: language == .ko ? "선택" : "Chose"
            case .fix: language == .ko ? "해결" : "Fix"
            }
        }
    }

    /// The steps a question asks for, when it asks for a process: at least two of how the cause was
    /// found, the cause, the choice and the fix ("버그를 찾아 고친 과정" asks how it was found and the fix;
    /// the cause is what the bug was, so it is always told). Nil for any other question.
    static func asked(by senses: Set<String>) -> [Step]? {
        let asked = Step.allCases.filter { senses.contains($0.sense) }
        guard asked.count >= 2 else { return nil }
        return Step.allCases.filter { $0 == .cause || asked.contains($0) }
    }

    func text(_ step: Step) -> String? {
        switch step {
        case .found: found
        case .cause: cause
        case .decision: decision
        case .fix: fix
        }
    }

    /// The steps, each labelled ("원인: … → 해결: …"); nil when the story states none of them.
    func told(_ steps: [Step], language: Language) -> String? {
        let parts = steps.compactMap { step in text(step).map { "\(step.label(language)): \($0)" } }
        return parts.isEmpty ? nil : parts.joined(separator: " → ")
    }

    /// A sentence of the story in its place in the chain of events: a symptom followed by the cause
    /// it had, the cause after the problem it caused, an observation followed by the cause it showed,
    /// an action, a choice or a lesson after the cause it answered ("메모리(4 GB)를 넘겼습니다" reads
    /// "…OutOfMemoryError로 실패했습니다. → …메모리(4 GB)를 넘겼습니다.").
    func chain(_ sentence: String, in section: SectionKind?) -> String {
        let parts: [String?]
        switch section {
        case .situation?: parts = [sentence, cause]
        case .cause?: parts = sentence == cause ? [problem, sentence] : [sentence, cause]
        default: parts = [cause, sentence]
        }
        var seen = Set<String>()
        return parts.compactMap { $0 }.filter { seen.insert($0).inserted }.joined(separator: " → ")
    }
}
