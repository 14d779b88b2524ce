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
    /// The skills asked about: level 2 or more, then those without a level that the workspace uses.
    public var skills: [SkillCard]
    /// Why `skills` is empty, when it is (no skills, all at level 1, none used), in the sheet's language.
    public var skillsEmptyReason: String? = nil
    /// Skills without a level used nowhere in the workspace: to be ready to show, or to drop.
    public var unusedSkills: [String] = []
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
        if let note = unusedSkillsNote { items.append(note) }
        for card in skills { items += card.questions.compactMap { question in question.prepare.map { "\(card.name) — \($0)" } } }
        for card in stories { items += card.parts.compactMap { part in part.prepare.map { "\(card.title) — \($0)" } } }
        items += collaboration.compactMap(\.prepare)
        items += roleQuestions.compactMap { question in question.prepare.map { _ in question.question } }
        for section in sections { items += section.questions.compactMap { question in question.prepare.map { _ in question.question } } }
        return items
    }

    /// The line about `unusedSkills`, nil when there are none.
    public var unusedSkillsNote: String? {
        guard !unusedSkills.isEmpty else { return nil }
        let names = unusedSkills.joined(separator: ", ")
        return language == .ko
            ? "\(names): 수준이 없고 프로젝트·이야기·경력 어디에도 쓰이지 않았습니다. 면접에서 써 본 것을 보여 줄 수 있게 준비하거나 이력서에서 빼세요."
            : "\(names): no level and used in no project, story or job. Be ready to show how you used \(unusedSkills.count == 1 ? "it" : "them"), or drop \(unusedSkills.count == 1 ? "it" : "them") from the résumé."
    }

    /// What the skill questions hold, for the section's heading: "수준 2 이상", skills without a level, or both.
    public var skillsScope: String {
        let rated = skills.contains { $0.level != nil }, unrated = skills.contains { $0.level == nil }
        switch (rated, unrated) {
        case (true, true):
            return language == .ko ? "수준 2 이상, 그리고 수준 없이 작업 폴더에서 쓴 스킬" : "level 2 and up, and skills without a level the workspace uses"
        case (false, true):
            return language == .ko ? "수준은 없지만 작업 폴더에서 쓴 스킬" : "skills without a level the workspace uses"
        case (true, false):
            return language == .ko ? "수준 2 이상" : "level 2 and up"
        case (false, false):
            return ""
        }
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

    /// The questions about one skill: of level 2 or more, or without a level and used in the workspace.
    public struct SkillCard: Sendable {
        public var name: String
        /// skills.yaml's `level`, nil when it has none.
        public var level: Int?
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
