import Foundation
import FolioModel

/// The interview preparation sheet (`folio interview`): the questions the seeds say an
/// interviewer asks, each with the user's own answer pulled from the workspace, or a note
/// saying what to prepare where the workspace has none.
///
/// Seed 002 (면접): "이력서에 ~ 는 써 봤는데 어느 정도로 사용해보셨나요? (버전, 어느정도 설정까지
/// 해봤는지에 대해 설명할 수 있어야 한다)", "이슈, 장애상황에 대한 설명", "1분 자기소개도 준비해가기",
/// "협업 경험"; seed 000 §1: "팀원으로서 갈등해결능력", "분석가와의 커뮤니케이션"; seed 003 §3-3 and
/// the role profiles: the questions of the target role.
public struct InterviewSheet: Sendable {
    public var name: String
    public var language: Language
    public var date: YearMonth
    /// The target role's label, when `target.role` is known.
    public var role: String?
    public var introduction: Introduction
    public var skills: [SkillCard]
    public var stories: [StoryCard]
    public var collaboration: [Question]
    public var roleQuestions: [Question]
    /// The parts the seeds ask for beyond skills and stories: the company type's questions
    /// (roles.json), the target level's (seed 004), CS fundamentals (seed 001), a technology learned
    /// fast (seed 002) and coding-test preparation (seed 002).
    public var sections: [Section] = []
    /// Everything the workspace could not answer, to prepare before the interview.
    public var toPrepare: [String] {
        var items: [String] = []
        if let note = introduction.prepare { items.append(note) }
        for card in skills { items += card.questions.compactMap { question in question.prepare.map { "\(card.name) — \($0)" } } }
        for card in stories { items += card.parts.compactMap { part in part.prepare.map { "\(card.title) — \($0)" } } }
        items += collaboration.compactMap(\.prepare)
        items += roleQuestions.compactMap { question in question.prepare.map { _ in question.question } }
        for section in sections { items += section.questions.compactMap { question in question.prepare.map { _ in question.question } } }
        return items
    }

    /// A titled group of questions, with advice that needs no answer (how to prepare a coding test).
    public struct Section: Sendable {
        /// A stable name for templates and tests: `company`, `level`, `cs`, `learning`, `codingTest`.
        public var id: String
        public var title: String
        public var note: String
        public var questions: [Question]
        public var advice: [String] = []
    }

    /// A question with the user's answer, or what to prepare.
    public struct Question: Sendable {
        public var question: String
        /// The answer from the workspace, nil when there is none.
        public var answer: String?
        /// The workspace files the answer came from.
        public var sources: [String]
        /// What to prepare when there is no answer.
        public var prepare: String?
    }

    /// The questions about one skill of level 2 or more.
    public struct SkillCard: Sendable {
        public var name: String
        public var level: Int
        /// Projects whose stack lists it.
        public var projects: [String]
        public var questions: [Question]
    }

    /// A troubleshooting story told as situation, cause, alternatives, action, result.
    public struct StoryCard: Sendable {
        public var id: String
        public var file: String
        public var title: String
        public var project: String?
        public var parts: [Part]
        /// Estimated speaking time of the card, read aloud.
        public var seconds: Double
        public var fitsInAMinute: Bool { seconds <= 60 }

        public struct Part: Sendable {
            public var label: String
            public var text: String?
            public var prepare: String?
        }
    }

    /// The one-minute self-introduction (seed 002) and its estimated speaking time.
    public struct Introduction: Sendable {
        public var text: String?
        public var seconds: Double?
        /// "about right", "too short", "too long", or what to prepare.
        public var verdict: String
        public var prepare: String?
    }
}
