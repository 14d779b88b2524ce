import Foundation
import FolioModel
import FolioRender
import Mustache

/// Writes the interview sheet as Markdown and HTML through the Mustache templates in
/// `Templates/interview/` (a user can copy and restyle them, as with the portfolio).
public struct InterviewRenderer: Sendable {
    public static let markdownTemplate = "interview/interview.md.mustache"
    public static let htmlTemplate = "interview/interview.html.mustache"

    public var templates: TemplateLocator

    public init(templates: TemplateLocator = TemplateLocator()) {
        self.templates = templates
    }

    public func markdown(_ sheet: InterviewSheet) throws(FolioError) -> String {
        try render(Self.markdownTemplate, sheet)
    }

    /// HTML with every user text escaped; inline `code` in stories becomes `<code>`.
    public func html(_ sheet: InterviewSheet) throws(FolioError) -> String {
        try render(Self.htmlTemplate, sheet)
    }

    /// Writes `interview.md` and `interview.html` into `folder`, each atomically.
    public func write(_ sheet: InterviewSheet, to folder: URL) throws(FolioError) -> [URL] {
        let markdown = try markdown(sheet)
        let html = try html(sheet)
        let markdownURL = folder.appendingPathComponent("interview.md")
        let htmlURL = folder.appendingPathComponent("interview.html")
        try AtomicFile.write(markdown, to: markdownURL)
        try AtomicFile.write(html, to: htmlURL)
        return [markdownURL, htmlURL]
    }

    func render(_ name: String, _ sheet: InterviewSheet) throws(FolioError) -> String {
        let url = try templates.file(name)
        let source: String
        do {
            source = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .template(path: url.path, reason: SystemErrorText.text(LocalizedText(ko: "읽을 수 없습니다", en: "cannot read"), error))
        }
        let template: MustacheTemplate
        let prepared = try TemplateSource.prepare(source, path: url.path)
        do {
            template = try MustacheTemplate(string: prepared)
        } catch {
            throw .template(path: url.path, reason: LocalizedText(stringLiteral: "\(error)"))
        }
        return template.render(InterviewContext(sheet).dictionary)
    }
}

/// The sheet as the plain values a Mustache template reads, with the labels in its language.
struct InterviewContext {
    let sheet: InterviewSheet

    init(_ sheet: InterviewSheet) {
        self.sheet = sheet
    }

    func text(_ ko: String, _ en: String) -> String { sheet.language == .ko ? ko : en }

    var dictionary: [String: Any] {
        let prepare = sheet.toPrepare
        return [
            "lang": sheet.language.rawValue,
            "title": text("면접 준비 시트 — \(sheet.name)", "Interview preparation — \(sheet.name)"),
            "subtitle": text(
                "\(sheet.date) 작성" + (sheet.role.map { " · 목표 직무: \($0)" } ?? "") + " · folio interview",
                "Written \(sheet.date)" + (sheet.role.map { " · target role: \($0)" } ?? "") + " · folio interview"),
            "labels": labels,
            "introduction": [
                "text": sheet.introduction.text ?? "",
                "lines": sheet.introduction.text?.components(separatedBy: "\n") ?? [],
                "hasText": sheet.introduction.text != nil,
                "verdict": sheet.introduction.verdict,
            ] as [String: Any],
            "skills": sheet.skills.map { card -> [String: Any] in
                [
                    "name": card.name,
                    "level": card.level.map(String.init) ?? "",
                    "hasLevel": card.level != nil,
                    "projects": card.projects.joined(separator: ", "),
                    "hasProjects": !card.projects.isEmpty,
                    "questions": card.questions.map(question),
                ]
            },
            "hasSkills": !sheet.skills.isEmpty,
            "skillsEmpty": sheet.skillsEmptyReason ?? "",
            "hasSkillsEmpty": sheet.skillsEmptyReason != nil,
            "unusedSkills": sheet.unusedSkillsNote ?? "",
            "hasUnusedSkills": sheet.unusedSkillsNote != nil,
            "stories": sheet.stories.map { card -> [String: Any] in
                [
                    "title": card.title,
                    "file": card.file,
                    "project": card.project ?? "",
                    "hasProject": card.project != nil,
                    "seconds": Int(card.seconds.rounded()),
                    "fits": card.fitsInAMinute,
                    "parts": card.parts.map { part -> [String: Any] in
                        [
                            "label": part.label,
                            "text": part.text ?? "",
                            "html": InlineMarkup.html(part.text ?? ""),
                            "hasText": part.text != nil,
                            "prepare": part.prepare ?? "",
                        ]
                    },
                ]
            },
            "hasStories": !sheet.stories.isEmpty,
            "collaboration": sheet.collaboration.map(question),
            "roleQuestions": sheet.roleQuestions.map(question),
            "sections": sheet.sections.map { section -> [String: Any] in
                [
                    "id": section.id,
                    "title": section.title,
                    "note": section.note,
                    "questions": section.questions.map(question),
                    "advice": section.advice,
                    "hasAdvice": !section.advice.isEmpty,
                ]
            },
            "prepare": prepare,
            "hasPrepare": !prepare.isEmpty,
        ]
    }

    func question(_ question: InterviewSheet.Question) -> [String: Any] {
        let lines = question.answer?.components(separatedBy: "\n") ?? []
        return [
            "question": question.question,
            "answer": question.answer ?? "",
            "answerLines": lines,
            "answerHTML": lines.map(InlineMarkup.html),
            "hasAnswer": question.answer != nil,
            "sources": question.sources.joined(separator: ", "),
            "hasSources": !question.sources.isEmpty,
            "prepare": question.prepare ?? "",
        ]
    }

    var labels: [String: String] {
        [
            "introduction": text("1분 자기소개", "One-minute self-introduction"),
            "introductionNote": text("1분 안팎으로 말할 수 있게 준비하세요.", "Prepare it to take about a minute."),
            "skillsNote": text(
                "\"이력서에 적은 이 기술, 어느 정도로 써 보셨나요?\" 버전과 어디까지 직접 설정했는지 말할 수 있어야 합니다.",
                "\"You wrote X on your résumé — how far did you use it?\" Be ready to say the version and how far you configured it."),
            "level": text("수준", "level"),
            "noLevel": text("수준 없음", "no level"),
            // What the section holds: a copied template that prints `labels.skills` keeps working.
            "skills": text("기술 질문", "Skill questions") + (sheet.skillsScope.isEmpty ? "" : " (\(sheet.skillsScope))"),
            "usedIn": text("쓴 프로젝트", "used in"),
            "stories": text("트러블슈팅 STAR 카드", "Troubleshooting STAR cards"),
            "storiesNote": text("문제 상황을 어떻게 대처했는지 설명하는 카드입니다. 카드 하나는 1분 안에 말할 수 있어야 합니다.",
                                "How you handled each incident — each card should take under a minute to say."),
            "seconds": text("초", "s"),
            "overMinute": text("1분을 넘습니다: 줄여서 말하세요", "over a minute: shorten it when you say it"),
            "project": text("프로젝트", "project"),
            "collaboration": text("협업과 갈등", "Collaboration and conflict"),
            "collaborationNote": text("팀원으로서 갈등을 풀어 간 방법, 분석가와의 소통, 협업 경험을 묻습니다.",
                                      "Conflict resolution as a team member, communication with analysts, collaboration."),
            "role": text("목표 직무의 질문", "Questions for the target role"),
            "roleNote": text("목표 직무에서 자주 나오는 질문입니다.", "Questions often asked for the target role."),
            "answer": text("내 답", "My answer"),
            "advice": text("준비 방법", "How to prepare"),
            "sources": text("출처", "from"),
            "missing": text("준비 필요", "To prepare"),
            "prepare": text("준비할 것", "What to prepare"),
            "prepareNote": text("작업 폴더에 답이 없는 질문들입니다.", "Questions the workspace has no answer for."),
            "nothingToPrepare": text("모든 질문에 작업 폴더의 답이 있습니다.", "The workspace answers every question."),
        ]
    }
}

/// Escapes user text for HTML and turns Markdown code spans (`unique_key`) into `<code>`
/// (`Escaping.htmlWithCode`, as the preview's findings panel shows them).
enum InlineMarkup {
    static func html(_ text: String) -> String { Escaping.htmlWithCode(text) }
}
