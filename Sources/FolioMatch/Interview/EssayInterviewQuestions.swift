import Foundation
import FolioModel

/// The sheet's essay part: for every answer in `essays/*.md`, the questions an interviewer who read
/// it asks of each claim it makes (`EssayClaim`), each citing the essay's file:line and answered, where
/// the workspace can, from the stories and projects the answer `uses:`, the rest of the workspace and
/// skills.yaml. One section per essay question, after the role's questions.
///
/// Seed 000: "협업과 트러블슈팅 경험은 실무 면접에서 받을 수 있는 대부분의 질문에 대한 답변으로 활용할 수
/// 있을만큼"; seed 002: "이력서에 ~ 는 써 봤는데 어느 정도로 사용해보셨나요?".
extension InterviewSheetBuilder {
    /// One section (`id` `essay`) per essay question with an answer, in file and question order.
    func essaySections() -> [InterviewSheet.Section] {
        let figures = WorkspaceFigures(workspace, quote: quoted)
        return workspace.essays.flatMap { essay in
            // Each claim is asked once an application, where it is first made: a technology, a story,
            // a figure or a sentence two answers share.
            var asked = Set<String>()
            return essay.questions.compactMap { question -> InterviewSheet.Section? in
                let claims = EssayClaim.claims(in: question, of: essay, workspace: workspace, catalog: catalog).filter { claim in
                    guard asked.isDisjoint(with: claim.keys) else { return false }
                    asked.formUnion(claim.keys)
                    return true
                }
                guard !claims.isEmpty else { return nil }
                let place = "\(question.heading.location.file):\(question.heading.location.line)"
                return .init(
                    id: "essay",
                    title: text("자기소개서 · \(essay.companyName) · \(question.title)", "Essay · \(essay.companyName) · \(question.title)"),
                    note: text("\(place) — 이 답변을 읽은 면접관이 그 주장마다 물을 질문입니다: 숫자를 어떻게 쟀는지, 그중 내가 한 일, 쓴 기술을 어디까지 다뤘는지.",
                               "\(place) — what an interviewer who read this answer asks of each claim: how you measured it, your own part, how far you took each technology."),
                    questions: claims.map { essayQuestion($0, question: question, figures: figures) })
            }
        }
    }

    /// ` (essays/x.md:9)`: where the quoted words stand.
    func cite(_ location: SourceLocation) -> String { " (\(location.file):\(location.line))" }

    /// Quotes the user's words in running text: '…' in Korean, “…” in English.
    func said(_ words: String) -> String { language == .ko ? "'\(words)'" : "“\(words)”" }

    func essayQuestion(_ claim: EssayClaim, question: Essay.Question, figures: WorkspaceFigures) -> InterviewSheet.Question {
        let at = cite(claim.location)
        let told = toldIn(question)
        switch claim.kind {
        case .story(let story):
            let cause = story.body.section(.cause).map { Sentences.prose($0, includingBullets: true).prefix(2).joined(separator: " ") }
            return answer(
                text("자기소개서에 \(quoted(story.displayTitle)) 사례를 썼습니다. 원인은 무엇이었고, 어떻게 찾았나요?\(at)",
                     "Your essay tells \(quoted(story.displayTitle)). What was the cause, and how did you find it?\(at)"),
                cause, sources: [story.file],
                prepare: text("\(quoted(story.displayTitle))에 원인 섹션이 없습니다: 원인과 그것을 찾은 방법을 준비하세요.",
                              "\(quoted(story.displayTitle)) has no Cause section: prepare the cause and how you found it."))

        case .project(let project):
            return answer(
                text("자기소개서에 \(quoted(project.displayTitle)) 프로젝트를 썼습니다. 그중 본인이 맡은 일은 무엇이었나요?\(at)",
                     "Your essay tells the project \(quoted(project.displayTitle)). Which part of it was yours?\(at)"),
                ownPart(of: project), sources: [project.file],
                prepare: text("\(quoted(project.displayTitle))에 role도 '나의 역할' 섹션도 없습니다: 내가 맡은 일을 한 문장으로 준비하세요.",
                              "\(quoted(project.displayTitle)) has no role and no My role section: prepare your part in one sentence."))

        case .measured(let measurements):
            let found = figures.backing(measurements, preferring: told)
            return answer(
                text("자기소개서에서 \(said(claim.quote))라고 썼는데, 어떻게 측정했나요? 무엇과 비교한 숫자인가요?\(at)",
                     "Your essay says \(said(claim.quote)). How did you measure it, and against what?\(at)"),
                found.isEmpty ? nil : found.prefix(2).map { "\($0.text) (\($0.title))" }.joined(separator: "\n"),
                sources: found.prefix(2).map(\.file),
                prepare: text("이 숫자를 적은 문장이 사례와 프로젝트에 없습니다: 언제, 무엇으로(로그·쿼리·대시보드), 무엇과 비교해 쟀는지 준비하고 그 사례에 적어 두세요.",
                              "No story or project states this figure: prepare when, with what (logs, a query, a dashboard) and against what you measured it, and write it into the story."))

        case .ownPart(let team):
            let ask = team
                ? text("자기소개서에서 \(said(claim.quote))라고 썼는데, 그 일에서 본인이 한 부분은 무엇인가요?\(at)",
                       "Your essay says \(said(claim.quote)). What was your own part in that?\(at)")
                : text("자기소개서에서 \(said(claim.quote))라고 썼는데, 그 결정에서 본인이 한 부분은 무엇인가요? 다른 대안은 무엇이었나요?\(at)",
                       "Your essay says \(said(claim.quote)). What was your part in that decision, and what else was on the table?\(at)")
            var lines: [String] = []
            var sources: [String] = []
            for project in told.projects {
                if let part = ownPart(of: project) { lines.append("\(project.displayTitle): \(part)"); sources.append(project.file) }
            }
            for story in told.stories {
                if !team, let decision = StorySteps.decisionSentence(story) { lines.append("\(decision) (\(quoted(story.displayTitle)))"); sources.append(story.file) }
                if let id = story.project?.value, let project = workspace.project(id), !told.projects.contains(where: { $0.id == id }),
                   let part = ownPart(of: project) {
                    lines.append("\(project.displayTitle): \(part)")
                    sources.append(project.file)
                }
            }
            var seen = Set<String>()
            let unique = lines.filter { seen.insert($0).inserted }.prefix(3)
            return answer(
                ask, unique.isEmpty ? nil : unique.joined(separator: "\n"),
                sources: sources,
                prepare: team
                    ? text("이 답변이 쓰는 사례나 프로젝트(`uses:`)에 내가 맡은 일이 없습니다: \"그중 제가 맡은 것은 …\"을 한 문장으로 준비하세요.",
                           "No story or project this answer `uses:` states your part: prepare \"my part was …\" in one sentence.")
                    : text("이 결정의 대안과 내가 맡은 부분이 사례에 없습니다: 무엇과 비교해 왜 골랐는지, 누가 정했는지 준비하세요.",
                           "No story states the alternatives and your part in this decision: prepare what you compared, why you chose, and who decided."))

        case .technology(let canonical):
            let skill = EssayClaim.skill(for: canonical, in: workspace, catalog: catalog)
            let skillsFile = workspace.skillsFile ?? "skills.yaml"
            let versioned = catalog.lookup(canonical)?.hasVersion ?? true
            let name = claim.quote
            let ask = versioned
                ? text("자기소개서에 \(Josa.object.after(name)) 썼는데, 어떤 버전이었고 어디까지 직접 설정했나요?\(at)",
                       "Your essay names \(name). Which version, and how far did you configure it yourself?\(at)")
                : text("자기소개서에 \(Josa.object.after(name)) 썼는데, 어디에 어떻게 적용했나요?\(at)",
                       "Your essay names \(name). Where and how did you apply it?\(at)")
            let parts = [skill?.version.map { text("버전 \($0.value)", "version \($0.value)") }, skill?.depth?.value].compactMap { $0 }
            let prepare: String
            // A concept, a service or a vendor has no version to state (`SkillCatalog.Entry.hasVersion`).
            switch (skill == nil, versioned) {
            case (true, true):
                prepare = text("skills.yaml에 \(Josa.subject.after(canonical)) 없습니다: 자기소개서에 쓴 기술은 면접에서 묻습니다. 추가하고 버전과 직접 설정한 것을 적으세요.",
                               "\(canonical) is not in skills.yaml: interviewers ask about every technology an essay names. Add it with the version and what you configured.")
            case (true, false):
                prepare = text("skills.yaml에 \(Josa.subject.after(canonical)) 없습니다: 자기소개서에 쓴 기술은 면접에서 묻습니다. 추가하고 depth에 어디에 어떻게 적용했는지 적으세요.",
                               "\(canonical) is not in skills.yaml: interviewers ask about every technology an essay names. Add it with a depth: where and how you applied it.")
            case (false, true):
                prepare = text("skills.yaml의 \(canonical)에 version과 depth를 적으세요: 버전과 직접 바꾼 설정, 그 이유.",
                               "Give \(canonical) a version and a depth in skills.yaml: the version and the settings you changed, and why.")
            case (false, false):
                prepare = text("skills.yaml의 \(canonical)에 depth를 적으세요: 어디에 어떻게 적용했는지, 그 이유.",
                               "Give \(canonical) a depth in skills.yaml: where and how you applied it, and why.")
            }
            return answer(ask, parts.isEmpty ? nil : parts.joined(separator: " — "), sources: [skillsFile], prepare: prepare)

        case .vague(let kind):
            let ask: String
            switch kind {
            case .size:
                ask = text("자기소개서에서 \(said(claim.quote))라고 썼는데, 데이터가 얼마나 컸나요? 하루 몇 건, 몇 GB인가요?\(at)",
                           "Your essay says \(said(claim.quote)). How large was the data, in rows or GB a day?\(at)")
            case .improvement, .intensity:
                ask = text("자기소개서에서 \(said(claim.quote))라고 썼는데, 얼마나 나아졌나요? 전과 후를 숫자로 말해 주세요.\(at)",
                           "Your essay says \(said(claim.quote)). By how much? Give the before and after in numbers.\(at)")
            case .achievement:
                ask = text("자기소개서에서 \(said(claim.quote))라고 썼는데, 무엇을 이뤘나요? 무엇이 얼마나 달라졌는지 숫자로 말해 주세요.\(at)",
                           "Your essay says \(said(claim.quote)). What did it achieve? Say what changed, in numbers.\(at)")
            case .quality:
                ask = text("자기소개서에서 \(said(claim.quote))라고 썼는데, 무엇으로 그것을 확인했나요?\(at)",
                           "Your essay says \(said(claim.quote)). What showed it?\(at)")
            case .cliche:
                ask = text("자기소개서에서 \(said(claim.quote))라고 썼는데, 그것을 보여 준 일은 무엇인가요?\(at)",
                           "Your essay says \(said(claim.quote)). What did you do that shows it?\(at)")
            }
            // How large: the data the told projects (and the told stories' projects) hold; how much or
            // shown how: the told stories' measured results and projects' measured impact; an attitude:
            // what the told stories did.
            let projects = told.projects + told.stories.compactMap { $0.project.flatMap { workspace.project($0.value) } }
            let results: [(String, String)]
            switch kind {
            case .size:
                results = projects.compactMap { project in
                    project.data?.volume.map { ("\($0.value) (\(project.displayTitle))", project.file) }
                }
            case .cliche:
                results = told.stories.compactMap { story in
                    story.body.section(.action).flatMap(StorySteps.fixSentence).map { ("\($0) (\(quoted(story.displayTitle)))", story.file) }
                }
            case .improvement, .intensity, .quality, .achievement:
                results = told.stories.compactMap { story in
                    story.body.section(.result).flatMap { measuredResult($0, count: 1) }.map { ("\($0) (\(quoted(story.displayTitle)))", story.file) }
                } + told.projects.compactMap { project in
                    project.impact.first { FolioModel.Measurement.scan($0.value).hasResult }.map { ("\($0.value) (\(project.displayTitle))", project.file) }
                }
            }
            return answer(
                ask, results.isEmpty ? nil : results.prefix(2).map(\.0).joined(separator: "\n"), sources: results.prefix(2).map(\.1),
                prepare: kind == .cliche
                    ? text("이 답변이 쓰는 사례(`uses:`)에 그것을 보여 준 일이 없습니다: 내가 한 일 하나로 말할 수 있게 준비하세요.",
                           "No story this answer `uses:` shows it: prepare one thing you did that does.")
                    : text("이 표현을 뒷받침할 숫자가 이 답변이 쓰는 사례(`uses:`)에 없습니다: 전 → 후, 건수, 비율, 하루 데이터 양 중 하나로 말할 수 있게 준비하세요.",
                           "No story or project this answer `uses:` gives a number for it: prepare one (before → after, a count, a rate, data a day)."))
        }
    }

    /// The stories and projects an essay answer names in `uses:`.
    func toldIn(_ question: Essay.Question) -> (stories: [Story], projects: [Project]) {
        let ids = question.uses.map(\.value)
        return (workspace.stories.filter { ids.contains($0.id) }, workspace.projects.filter { ids.contains($0.id) })
    }

    /// A project's own part: `role`, and its `## 나의 역할`'s first two list items (a lead-in sentence
    /// such as "제가 구현한 부분은 아래와 같습니다" says nothing), else its first sentence.
    func ownPart(of project: Project) -> String? {
        let section = project.body.section(.role).flatMap { section in
            section.bullets.isEmpty ? Sentences.first(section) : section.bullets.prefix(2).map { MarkdownBody.stripListMarker($0.value) }.joined(separator: "; ")
        }
        let parts = [project.role?.value, section].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " — ")
    }
}

/// Every sentence of the stories, projects and jobs with the figures it states, to find where the
/// workspace backs a figure an essay claims (`40분에서 12분으로` in the essay, `40분 → 12분` in the story).
struct WorkspaceFigures {
    struct Sentence {
        var text: String
        var title: String
        var file: String
        var figures: [FolioModel.Measurement]
    }

    let sentences: [Sentence]

    /// Whether the sentence states the figure: the same kind of measurement, value and unit as written
    /// (`3일` is not `3주간`; a workspace is written in one language).
    static func states(_ sentence: Sentence, _ figure: FolioModel.Measurement) -> Bool {
        sentence.figures.contains {
            $0.kind == figure.kind && abs($0.value - figure.value) < 1e-9 && $0.unit.lowercased() == figure.unit.lowercased()
        }
    }

    init(_ workspace: Workspace, quote: (String) -> String) {
        var sentences: [Sentence] = []
        func add(_ texts: [String], title: String, file: String) {
            for text in texts {
                let results = FolioModel.Measurement.scan(text).results
                if !results.isEmpty { sentences.append(Sentence(text: text, title: title, file: file, figures: results)) }
            }
        }
        for story in workspace.stories {
            for section in story.body.sections {
                add(Sentences.prose(section, includingBullets: true), title: quote(story.displayTitle), file: story.file)
            }
        }
        for project in workspace.projects {
            add(project.impact.map(\.value) + [project.data?.volume?.value].compactMap { $0 }, title: project.displayTitle, file: project.file)
            for section in project.body.sections {
                add(Sentences.prose(section, includingBullets: true), title: project.displayTitle, file: project.file)
            }
        }
        for job in workspace.profile.experience {
            add(job.highlights.map(\.value), title: job.organization?.value ?? "experience", file: "folio.yaml")
        }
        self.sentences = sentences
    }

    /// The sentences stating `figures` (all of them; all but one of three or more), those of the
    /// stories and projects the answer tells first, each place once. When no sentence states enough
    /// of several figures, those stating the most of them (two, or one in what the answer tells): the
    /// workspace holds the figures apart.
    func backing(_ figures: [FolioModel.Measurement], preferring told: (stories: [Story], projects: [Project])) -> [Sentence] {
        let preferred = Set(told.stories.map(\.file) + told.projects.map(\.file))
        let needed = figures.count >= 3 ? figures.count - 1 : figures.count
        let scored = sentences.map { sentence in (sentence, figures.filter { figure in Self.states(sentence, figure) }.count) }
        var matching = scored.filter { $0.1 >= needed }
        if matching.isEmpty, figures.count >= 2 {
            // One figure alone (`3일`, `0회`) is found anywhere: only in what the answer tells, or two together.
            matching = scored.filter { $0.1 >= 2 || ($0.1 >= 1 && preferred.contains($0.0.file)) }.enumerated().sorted { ($1.element.1, $0.offset) < ($0.element.1, $1.offset) }.map(\.element)
        }
        let first = matching.filter { preferred.contains($0.0.file) }.map(\.0)
        let rest = matching.filter { !preferred.contains($0.0.file) }.map(\.0)
        var seen = Set<String>()
        return (first + rest).filter { seen.insert($0.file + "\u{0}" + $0.title).inserted }
    }
}
