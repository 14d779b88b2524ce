import Foundation
import FolioModel

extension InterviewSheet {
    /// Skills at this level or above get questions: level 1 means "tried it", and claiming
    /// more invites seed 002's "어느 정도로 사용해보셨나요?".
    public static let questionedLevel = 2
    /// The self-introduction should take 40–75 seconds (RULES.md profile.intro-length).
    public static let introductionRange = 40.0...75.0

    /// Builds the sheet for a workspace, in the workspace's language unless told otherwise.
    public static func build(
        _ workspace: Workspace, today: YearMonth = .of(Date()), language: Language? = nil,
        catalog: SkillCatalog = .shared, roles: RoleProfiles = .shared
    ) -> InterviewSheet {
        let builder = InterviewSheetBuilder(workspace: workspace, language: language ?? workspace.language, catalog: catalog)
        let role = workspace.profile.target.role.flatMap { roles.role($0.value) }
        let skills = builder.skillCards()
        return InterviewSheet(
            name: workspace.profile.name?.value ?? workspace.root.lastPathComponent,
            language: builder.language,
            date: today,
            role: role.map { $0.label(builder.language) },
            introduction: builder.introduction(),
            skills: skills,
            skillsEmptyReason: builder.skillsEmptyReason(cards: skills),
            unusedSkills: builder.unusedSkills(),
            stories: workspace.stories.map(builder.storyCard),
            collaboration: builder.collaboration(),
            roleQuestions: builder.roleQuestions(role),
            sections: builder.essaySections() + builder.sections(roles: roles))
    }
}

/// The steps of building the sheet, one per part.
struct InterviewSheetBuilder {
    let workspace: Workspace
    let language: Language
    let catalog: SkillCatalog

    func text(_ ko: String, _ en: String) -> String { language == .ko ? ko : en }

    /// A story's title as quoted in running text: 「…」 in Korean, “…” in English.
    func quoted(_ title: String) -> String { language == .ko ? "「\(title)」" : "“\(title)”" }

    // MARK: Self-introduction

    func introduction() -> InterviewSheet.Introduction {
        guard let intro = workspace.profile.intro?.value.trimmedWhitespace(), !intro.isEmpty else {
            let note = text("folio.yaml에 intro가 없습니다: 1분 자기소개를 써 두세요.",
                            "folio.yaml has no intro: write your one-minute self-introduction.")
            return .init(text: nil, seconds: nil, verdict: note, prepare: note)
        }
        let seconds = SpeakingTime.seconds(for: intro, language: language)
        let rate = text("한국어 초당 5.5음절 기준", "at 2.5 words a second")
        let shown = Int(seconds.rounded())
        let verdict: String
        var prepare: String?
        if seconds < InterviewSheet.introductionRange.lowerBound {
            verdict = text("약 \(shown)초 (\(rate)): 짧습니다. 40–75초가 되도록 강점과 근거를 더하세요.",
                           "about \(shown) s (\(rate)): short. Add your strength and its evidence to reach 40–75 s.")
            prepare = verdict
        } else if seconds > InterviewSheet.introductionRange.upperBound {
            verdict = text("약 \(shown)초 (\(rate)): 깁니다. 75초 안으로 줄이세요.",
                           "about \(shown) s (\(rate)): long. Cut it to under 75 s.")
            prepare = verdict
        } else {
            verdict = text("약 \(shown)초 (\(rate)): 1분 안팎으로 알맞습니다.", "about \(shown) s (\(rate)): about a minute, as it should be.")
        }
        return .init(text: intro, seconds: seconds, verdict: verdict, prepare: prepare.map { text("자기소개: ", "Introduction: ") + $0 })
    }

    // MARK: Skills

    /// The skills an interviewer asks about: those at `questionedLevel` or more, highest first, then
    /// those without a level that the workspace uses (a project's stack, a story's skills, a job's stack,
    /// or named in a project's or story's text), in skills.yaml's order. Most résumés rate no skill, and
    /// an interviewer asks about every tool on them.
    func skillCards() -> [InterviewSheet.SkillCard] {
        let questioned = workspace.skills.filter { ($0.level?.value ?? 0) >= InterviewSheet.questionedLevel }
        let ordered = questioned.enumerated().sorted { lhs, rhs in
            let left = lhs.element.level?.value ?? 0, right = rhs.element.level?.value ?? 0
            return left != right ? left > right : lhs.offset < rhs.offset
        }.map(\.element)
        let used = usedSkills
        let unrated = workspace.skills.filter { $0.level == nil && used.contains(catalog.canonicalName($0.name.value)) }
        return (ordered + unrated).map(skillCard)
    }

    /// Skills without a level that the workspace uses nowhere: the sheet asks to be ready to show them
    /// or to drop them from the résumé.
    func unusedSkills() -> [String] {
        let used = usedSkills
        return workspace.skills.filter { $0.level == nil && !used.contains(catalog.canonicalName($0.name.value)) }.map(\.name.value)
    }

    /// Why the skill questions are empty, when they are: no skills.yaml entries, every skill at level 1,
    /// or no skill without a level used anywhere.
    func skillsEmptyReason(cards: [InterviewSheet.SkillCard]) -> String? {
        guard cards.isEmpty else { return nil }
        let file = workspace.skillsFile ?? "skills.yaml"
        if workspace.skills.isEmpty {
            return text("\(file)에 스킬이 없어 기술 질문을 만들지 못했습니다: 이력서에 적을 스킬을 적으세요.",
                        "\(file) lists no skills, so there are no skill questions: list the skills on your résumé.")
        }
        let low = workspace.skills.filter { ($0.level?.value ?? 0) > 0 && ($0.level?.value ?? 0) < InterviewSheet.questionedLevel }.count
        let unused = unusedSkills().count
        var reasons: [String] = []
        if low > 0 { reasons.append(text("\(low)개는 수준 1(써 봄)", "\(low) at level 1 (tried it)")) }
        if unused > 0 { reasons.append(text("\(unused)개는 수준이 없고 프로젝트·이야기·경력 어디에도 쓰이지 않음", "\(unused) without a level and used in no project, story or job")) }
        return text("기술 질문이 없습니다: \(file)의 스킬 \(workspace.skills.count)개 중 \(reasons.joined(separator: ", ")).",
                    "No skill questions: of the \(workspace.skills.count) skills in \(file), \(reasons.joined(separator: ", ")).")
    }

    /// Catalog names the workspace uses: in a stack or a story's skills (`SkillHoldings.used`), or
    /// named in a project's or story's text.
    var usedSkills: Set<String> {
        var used = SkillHoldings(workspace, catalog: catalog).used
        let bodies = workspace.projects.map(\.body) + workspace.stories.map(\.body)
        for body in bodies {
            used.formUnion(SkillExtractor.shared.skills(in: body.lines.map(\.value).joined(separator: "\n")))
        }
        return used
    }

    func skillCard(_ skill: Skill) -> InterviewSheet.SkillCard {
        let canonical = catalog.canonicalName(skill.name.value)
        let name = skill.name.value
        let projects = workspace.projects.filter { project in
            project.stack.contains { catalog.canonicalName($0.value) == canonical }
        }
        let stories = workspace.stories.filter { story in
            story.skills.contains { catalog.canonicalName($0.value) == canonical }
        }
        let skillsFile = workspace.skillsFile ?? "skills.yaml"
        var questions: [InterviewSheet.Question] = []

        // A concept (Statistics, CS Fundamentals, CI/CD) has no version: ask where it was applied.
        if catalog.lookup(canonical)?.hasVersion ?? true {
            questions.append(answer(
                text("어떤 버전을 쓰셨나요?", "Which version did you use?"),
                skill.version?.value, sources: [skillsFile],
                prepare: text("skills.yaml에 실제로 쓴 version을 적으세요.", "Add the version you actually used to skills.yaml.")))
        } else {
            // Where it was applied: projects using it (or what implies it), else the certificate or degree behind it.
            let holdings = SkillHoldings(workspace, catalog: catalog)
            let users = holdings.usedIn[canonical] ?? []
            let used = workspace.projects.filter { users.contains($0.id) }
            // A job whose stack has it (`SkillHoldings.usedIn` keys a job by its organization): applied there.
            let jobs = workspace.profile.experience.filter { users.contains($0.organization?.value ?? "experience") }
                .map { job in [job.position?.value, job.organization?.value].compactMap { $0 }.joined(separator: " · ") }
            let credentials = workspace.profile.certifications.map(\.name.value)
                .filter { catalog.implications(of: catalog.skills(impliedByCertificate: $0)).contains(canonical) }
                + workspace.profile.education.compactMap { education -> String? in
                    let text = [education.school?.value, education.program?.value].compactMap { $0 }.joined(separator: " ")
                    return catalog.implications(of: catalog.skills(impliedByDegree: text)).contains(canonical) ? text : nil
                }
            let places = used.map { "\($0.displayTitle) (\($0.id))" } + jobs + credentials
            questions.append(answer(
                text("실제로 어디에 적용해 보셨나요?", "Where did you actually apply it?"),
                places.isEmpty ? nil : places.joined(separator: ", "),
                sources: used.map(\.file) + (credentials.isEmpty && jobs.isEmpty ? [] : ["folio.yaml"]),
                prepare: text("이것을 적용한 프로젝트나 경력이 없습니다: 적용한 곳을 프로젝트나 경력의 stack, 본문에 적으세요.",
                              "No project or job applies it: name where you applied it in a project's or job's stack or text.")))
        }

        questions.append(answer(
            text("어디까지 직접 설정해 보셨나요?", "How far did you configure it yourself?"),
            skill.depth?.value, sources: [skillsFile],
            prepare: text("skills.yaml의 depth에 직접 바꾼 설정과 그 이유를 적으세요.", "Write the settings you changed yourself, and why, in skills.yaml's depth.")))

        if catalog.lookup(canonical)?.kind == .concept {
            // The degree and certificate behind it are already where it was applied; a decision comes from the work.
            questions.append(answered(
                text("\(Josa.object.after(name)) 써서 내린 판단 하나를 예로 설명해 주세요.", "Give an example of a decision \(name) informed."),
                query: name, credentials: false,
                prepare: text("\(Josa.object.after(name)) 써서 판단한 예가 작업 폴더에 없습니다: 하나 준비하세요.",
                              "No example in the workspace of a decision \(name) informed: prepare one.")))
        } else {
            let decisions = choices(about: canonical)
            let alternatives = sameCategory(as: canonical)
            let example = alternatives.isEmpty ? "" : text(" (예: \(alternatives.joined(separator: ", ")))", " (e.g. \(alternatives.joined(separator: ", ")))")
            let startingPoint = stories.first(where: { !($0.body.section(.alternatives)?.isEmpty ?? true) }).map { text(" 「\($0.displayTitle)」의 대안 비교가 출발점이 됩니다.", " The alternatives in \"\($0.displayTitle)\" are a starting point.") } ?? ""
            questions.append(answer(
                text("왜 다른 방법이나 도구\(example)가 아니라 이것을 골랐나요?", "Why this rather than another tool or approach\(example)?"),
                decisions.isEmpty ? nil : decisions.prefix(2).map { "\($0.sentence) (\($0.title))" }.joined(separator: "\n"),
                sources: decisions.prefix(2).map(\.file),
                prepare: text("이 기술을 고른 이유를 적은 문장이 없습니다: 대안과 비교해 왜 골랐는지 준비하세요.", "Nothing in the workspace says why you chose it: prepare why, against the alternatives.") + startingPoint))
        }

        // Stories tagged with the skill, else stories whose text names it.
        let told = stories.isEmpty
            ? workspace.stories.filter { story in
                SkillExtractor.shared.skills(in: story.body.lines.map(\.value).joined(separator: "\n")).contains(canonical)
            }
            : stories
        // The failure, how it was handled (the question asks for both) and what that changed.
        let failures = told.map { story -> String in
            let situation = story.body.section(.situation).flatMap(StorySteps.problemSentence)
            let fix = story.body.section(.action).flatMap(StorySteps.fixSentence)
            let result = story.body.section(.result).flatMap { measuredResult($0, count: 1) }
            return ([quoted(story.displayTitle), situation].compactMap { $0 }.filter { !$0.isEmpty }
                + [fix.map { text("해결: ", "Action: ") + $0 }, result.map { text("결과: ", "Result: ") + $0 }].compactMap { $0 })
                .joined(separator: " ")
        }
        questions.append(answer(
            text("쓰면서 겪은 장애나 실패, 그리고 대응은?", "A failure you saw with it, and how you handled it?"),
            failures.isEmpty ? nil : failures.prefix(2).joined(separator: "\n"),
            sources: told.map(\.file),
            prepare: text("이 기술로 겪은 트러블슈팅 사례가 없습니다: stories/에 상황·원인·대안·해결·결과로 하나 쓰세요.",
                          "No incident story with this skill: write one in stories/ (situation, cause, alternatives, action, result).")))

        return .init(name: name, level: skill.level?.value, projects: projects.map(\.id), questions: questions)
    }

    /// Categories whose tools stand in for each other even though the catalog gives them no common
    /// kind: one scheduler replaces another. (Docker and Kubernetes share a category but work together.)
    static let interchangeable: Set<String> = ["orchestration"]

    /// Two tools the catalog says are alternatives to this one, those the target role expects first:
    /// same category and kind, neither part of the other, and a kind of tool both are (Kafka and Pulsar
    /// are message queues; PostgreSQL and MySQL relational databases; AWS and GCP clouds). Complements
    /// are not alternatives: Kafka (a queue) and Flink (stream processing), Docker and Kubernetes.
    func sameCategory(as canonical: String) -> [String] {
        guard let entry = catalog.lookup(canonical), entry.kind != .concept else { return [] }
        let implied = catalog.implications(of: [entry.name])
        let kinds = implied.filter { $0 != entry.name && catalog.lookup($0)?.kind == .concept }
        let expected = workspace.profile.target.role.flatMap { RoleProfiles.shared.role($0.value) }?.expected ?? []
        let candidates = catalog.entries.filter { other in
            guard other.category == entry.category, other.kind == entry.kind, other.name != entry.name else { return false }
            let otherImplied = catalog.implications(of: [other.name])
            // HDFS is part of Hadoop, Helm runs on Kubernetes: not alternatives.
            if otherImplied.contains(entry.name) || implied.contains(other.name) { return false }
            let otherKinds = otherImplied.filter { $0 != other.name && catalog.lookup($0)?.kind == .concept }
            if kinds.isEmpty && otherKinds.isEmpty { return Self.interchangeable.contains(entry.category) }
            return !kinds.isDisjoint(with: otherKinds)
        }
        let ranked = candidates.filter { expected.contains($0.name) } + candidates.filter { !expected.contains($0.name) }
        return ranked.prefix(2).map(\.name)
    }

    /// Sentences of the workspace that say a choice was made and name the skill, or a part of it
    /// (`HDFS` for Apache Hadoop), or choose an option that names it ("mart에는 C를 선택" where
    /// `C. dbt incremental unique_key로 upsert`): "집계는 PostgreSQL에, 원본은 HDFS와 Hive 외부 테이블에
    /// 두기로 합의했습니다".
    func choices(about canonical: String) -> [(sentence: String, title: String, file: String)] {
        var found: [(sentence: String, title: String, file: String)] = []
        let projectSections = workspace.projects.flatMap { project in
            project.body.sections.map { (section: $0, title: project.displayTitle, file: project.file) }
        }
        let storySections = workspace.stories.flatMap { story in
            story.body.sections.filter { [.alternatives, .action].contains($0.kind) }
                .map { (section: $0, title: quoted(story.displayTitle), file: story.file) }
        }
        for (section, title, file) in storySections + projectSections {
            let options = section.bullets.map(\.value)
            for sentence in Sentences.prose(section) where StorySteps.decisions.containsAny(sentence) {
                if names(canonical, in: Self.chosenPart(of: sentence)) {
                    found.append((sentence, title, file))
                } else if let option = Alternatives.chosen(options, by: sentence).first(where: { names(canonical, in: $0) }) {
                    found.append(("\(option) — \(sentence)", title, file))
                }
            }
        }
        return found
    }

    /// The part of a decision sentence that says what was chosen: in Korean everything before the last
    /// choice word ("… Elasticsearch에서 하기로 정했습니다") and a few words after; in English the words right
    /// after it and those before it in its clause ("we went with Kafka", "Kafka was chosen"). A tool named
    /// further off is not what was chosen: "so we agreed on a 15-minute watermark for the live view and
    /// let the nightly Airflow report pick up anything later" chose a watermark, not Airflow.
    static func chosenPart(of sentence: String) -> String {
        let lowered = sentence.lowercased()
        let markers = Lexicon.decisionMarkers.compactMap { lowered.range(of: $0.lowercased(), options: .backwards) }
        guard let marker = markers.max(by: { $0.lowerBound < $1.lowerBound }) else { return sentence }
        // Offsets are the same in both: lowercasing these scripts keeps one character per character.
        let start = lowered.distance(from: lowered.startIndex, to: marker.lowerBound)
        let end = lowered.distance(from: lowered.startIndex, to: marker.upperBound)
        let characters = Array(sentence)
        let after = String(characters[end..<min(characters.count, end + chosenReach)])
        let korean = characters[..<start].contains { $0.unicodeScalars.contains(where: MeaningReader.isHangulScalar) }
        if korean { return String(characters[..<start]) + after }
        let before = String(characters[..<start])
        let clause = before.split(whereSeparator: { ",;:—".contains($0) }).last.map(String.init) ?? before
        return String(clause.suffix(chosenReach)) + after
    }

    /// How many characters from the choice word a chosen tool is named.
    static let chosenReach = 40

    /// Whether `text` names the skill or a part of it: a skill of the same category that implies it
    /// (HDFS, YARN → Apache Hadoop), not one that merely shows it (PostgreSQL → SQL, BigQuery → GCP).
    func names(_ canonical: String, in text: String) -> Bool {
        let category = catalog.lookup(canonical)?.category
        return SkillExtractor.shared.skills(in: text).contains { named in
            named == canonical || (catalog.lookup(named)?.category == category && catalog.implications(of: [named]).contains(canonical))
        }
    }

    func answer(_ question: String, _ answer: String?, sources: [String], prepare: String) -> InterviewSheet.Question {
        let trimmed = answer?.trimmedWhitespace()
        guard let trimmed, !trimmed.isEmpty else {
            return .init(question: question, answer: nil, sources: [], prepare: prepare)
        }
        return .init(question: question, answer: trimmed, sources: Array(Set(sources)).sorted(), prepare: nil)
    }

    // MARK: Stories

    func storyCard(_ story: Story) -> InterviewSheet.StoryCard {
        let labels: [(SectionKind, String)] = [
            (.situation, text("상황", "Situation")), (.cause, text("원인", "Cause")),
            (.alternatives, text("대안", "Alternatives")), (.action, text("해결", "Action")), (.result, text("결과", "Result")),
        ]
        var options: [String] = []
        var parts = labels.map { kind, label -> InterviewSheet.StoryCard.Part in
            guard let section = story.body.section(kind), !section.isEmpty else {
                return .init(label: label, text: nil, prepare: text("'\(label)' 섹션이 없습니다: 면접 전에 채우세요.", "No \(label) section: fill it in before the interview."))
            }
            let summary: String?
            switch kind {
            case .alternatives:
                options = section.options.map(\.value)
                let decision = StorySteps.decisionSentence(story)
                summary = ([options.joined(separator: " / ")].filter { !$0.isEmpty } + [decision].compactMap { $0 }).joined(separator: " — ")
            case .result:
                summary = measuredResult(section)
            case .situation:
                summary = StorySteps.problemSentence(section)
            case .action:
                summary = StorySteps.fixSentence(section)
            case .cause:
                summary = Causes.statement(among: Sentences.prose(section, includingBullets: true))
            default:
                summary = Sentences.first(section)
            }
            return .init(label: label, text: summary, prepare: nil)
        }
        // One minute (seed 002's answers are spoken): drop the list of options, then the second result.
        var seconds = speakingTime(parts)
        if seconds > 60, let index = parts.firstIndex(where: { $0.label == labels[2].1 }), !options.isEmpty {
            parts[index].text = StorySteps.decisionSentence(story) ?? parts[index].text
            seconds = speakingTime(parts)
        }
        if seconds > 60, let index = parts.firstIndex(where: { $0.label == labels[4].1 }),
           let section = story.body.section(.result), let first = measuredResult(section, count: 1) {
            parts[index].text = first
            seconds = speakingTime(parts)
        }
        return .init(id: story.id, file: story.file, title: story.displayTitle,
                     project: story.project.flatMap { workspace.project($0.value)?.displayTitle ?? $0.value },
                     parts: parts, seconds: seconds)
    }

    /// The result's measured lines (the text layer's measurements), at most two, joined as sentences:
    /// a line that ends a sentence is followed by a space, a bare line ("180만 건 → 2만 건") by "; ".
    func measuredResult(_ section: MarkdownBody.Section, count: Int = 2) -> String? {
        let sentences = Sentences.prose(section, includingBullets: true)
        let measured = sentences.filter { Measurement.scan($0).hasResult }
        let chosen = Array((measured.isEmpty ? sentences : measured).prefix(count))
        guard var joined = chosen.first else { return nil }
        for (previous, next) in zip(chosen, chosen.dropFirst()) {
            let ends = previous.last.map { ".!?。".contains($0) } ?? false
            joined += (ends ? " " : "; ") + next
        }
        return joined
    }

    func speakingTime(_ parts: [InterviewSheet.StoryCard.Part]) -> Double {
        SpeakingTime.seconds(for: parts.compactMap(\.text).joined(separator: " "), language: language)
    }

    // MARK: Collaboration

    func collaboration() -> [InterviewSheet.Question] {
        let roles = workspace.projects.compactMap { project -> String? in
            guard let role = project.role?.value else { return nil }
            let team = project.team.map { text(" (팀 \($0.value)명)", " (team of \($0.value))") } ?? ""
            return "\(project.displayTitle): \(role)\(team)"
        }
        let withRoles = workspace.projects.filter { $0.role != nil }.map(\.file)

        let discussions = workspace.projects.compactMap { project -> (file: String, sentences: [String])? in
            guard let section = project.body.section(.collaboration) else { return nil }
            let sentences = Sentences.prose(section)
            return sentences.isEmpty ? nil : (project.file, sentences)
        }
        // A disagreement as `folio check` (project.collaboration) reads one: "회의를 통해 잘 해결했습니다"
        // is no conflict, so it does not answer "의견이 갈렸던 경험".
        let disagreed = discussions.first { discussion in discussion.sentences.contains(where: Disagreement.stated(in:)) }
        let conflict = disagreed.map { discussion -> String in
            let start = discussion.sentences.firstIndex(where: Disagreement.stated(in:)) ?? 0
            return discussion.sentences[start...].prefix(4).joined(separator: " ")
        }

        // The collaboration sentences that speak of explaining (the lexicon's `explain` sense), those that
        // say more of it first ("문서로 정리해 전달했습니다" before "공유했고").
        let reader = MeaningReader(catalog: catalog)
        let explanations = discussions.flatMap { discussion in
            discussion.sentences.compactMap { sentence in
                reader.strength(in: sentence)["explain"].map { (file: discussion.file, sentence: sentence, strength: $0) }
            }
        }.enumerated().sorted { ($1.element.strength, $0.offset) < ($0.element.strength, $1.offset) }.map { ($0.element.file, $0.element.sentence) }

        return [
            answer(text("팀에서 맡은 역할은 무엇이었고, 팀원과 일을 어떻게 나눴나요?",
                        "What was your role on the team, and how did you split the work?"),
                   roles.isEmpty ? nil : roles.joined(separator: "\n"), sources: withRoles,
                   prepare: text("프로젝트에 role(맡은 일과 팀 구성)을 적으세요.", "Give each project a role (what you did, and the team).")),
            answer(text("팀원과 의견이 갈렸던 경험과, 어떻게 합의했는지 말해 주세요.",
                        "Tell me about a disagreement in the team and how you resolved it."),
                   conflict, sources: disagreed.map { [$0.file] } ?? [],
                   prepare: text("프로젝트의 '협업' 섹션에 의견이 갈린 지점과 합의 과정을 문장으로 쓰세요.",
                                 "Write, in a project's Collaboration section, where the team disagreed and how you agreed.")),
            answer(text("분석가나 비개발자에게 기술 내용을 어떻게 설명했나요?",
                        "How did you explain technical matters to analysts or non-engineers?"),
                   explanations.isEmpty ? nil : explanations.prefix(2).map(\.1).joined(separator: " "),
                   sources: explanations.map(\.0),
                   prepare: text("분석가·현업과 용어를 맞추거나 결과를 설명한 경험을 '협업' 섹션에 쓰세요.",
                                 "Write in a Collaboration section how you agreed terms with analysts or explained results to them.")),
        ]
    }

    // MARK: Role questions

    func roleQuestions(_ role: RoleProfiles.Role?) -> [InterviewSheet.Question] {
        guard let role else {
            return [.init(
                question: text("목표 직무의 질문", "Questions for the target role"), answer: nil, sources: [],
                prepare: text("folio.yaml에 target.role이 없거나 알 수 없는 값이라 직무 질문을 넣지 못했습니다.",
                              "folio.yaml has no known target.role, so the role's questions could not be added."))]
        }
        let material = self.material
        return role.questions.flatMap { localized in
            Self.parts(localized(language), material: material).map { question in
                answered(question, in: material, prepare: text(
                    "작업 폴더에 이 질문에 답할 문장이 없습니다: 답을 준비하세요.", "Nothing in the workspace answers this: prepare an answer."))
            }
        }
    }

    /// A question of two sentences, one asking for a definition ("… 어떻게 확인하고 모니터링하나요? SLA는
    /// 어떻게 정의하겠습니까?"), asked as two: the monitoring is answered by the monitoring, the SLA by a
    /// sentence defining one or left to prepare. Any other question stays whole.
    static func parts(_ question: String, material: InterviewMaterial) -> [String] {
        var parts: [String] = []
        var current = ""
        for character in question {
            current.append(character)
            if character == "?" || character == "？" {
                parts.append(current.trimmingHorizontalSpace())
                current = ""
            }
        }
        let rest = current.trimmingHorizontalSpace()
        if !rest.isEmpty { parts.append(rest) }
        let defining = parts.filter(material.asksDefinition)
        return parts.count > 1 && !defining.isEmpty && defining.count < parts.count ? parts : [question]
    }

    /// The material search over every place the workspace states something.
    var material: InterviewMaterial { InterviewMaterial(workspace, catalog: catalog, language: language, quote: quoted) }

    /// A question answered by the workspace's sentences that share its meaning, each with where it stands;
    /// a question asking for a process ("버그를 찾아 고친 과정") by the stories that tell it, step by step.
    /// `query` is what to search for when it is not the question itself (a company trait inside a question);
    /// `chained` tells a story's sentence with its cause (`InterviewMaterial.answers`).
    func answered(
        _ question: String, query: String? = nil, credentials: Bool = true, chained: Bool = false, in material: InterviewMaterial? = nil,
        prepare: String
    ) -> InterviewSheet.Question {
        let material = material ?? self.material
        let defining = material.asksDefinition(query ?? question)
        let process = defining ? [] : material.process(query ?? question)
        let found = process.isEmpty ? material.answers(to: query ?? question, credentials: credentials, chained: chained) : process
        // What an SLA is made of, rather than "prepare an answer" (seed 004: a senior defines SLAs).
        let advice = defining ? text(
            "SLA를 정한 문장이 작업 폴더에 없습니다: 누구에게(어느 팀·서비스) 어떤 데이터를 어떤 수치로(예: 매일 09:00까지, 지연 5분 이내, 99.9%) 약속했는지, 어겼을 때 어떻게 알았는지 한두 문장으로 준비하세요.",
            "Nothing in the workspace defines an SLA: prepare a sentence or two on which data you promised to whom, with its number (by 09:00 daily, within 5 minutes, 99.9 %), and how you knew when it was missed.") : prepare
        return answer(
            question, found.isEmpty ? nil : found.map { "\($0.text) (\($0.title))" }.joined(separator: "\n"),
            sources: found.map(\.file), prepare: advice)
    }

}
