import Foundation
import FolioModel

/// Every sentence in which the workspace states something an interviewer may ask about: the prose
/// of stories and projects (the `## 협업` section included), projects' `impact` and `data`, the jobs'
/// highlights and role, skills.yaml's `depth`, education, certificates and open-source work. A
/// question is answered by the sentences that share its meaning (`MeaningReader`): the senses of the
/// text layer's lexicon ("재처리와 중복" ~ "멱등", "서버 엔지니어링" ~ Linux), the skills it names through
/// the catalog's implications ("분산 처리 도구" finds Spark), and its content words.
struct InterviewMaterial {
    /// One sentence of the workspace, with where it stands.
    struct Sentence {
        var text: String
        /// The story, project or skill it belongs to, as shown to the user.
        var title: String
        var file: String
        /// What it is about, with the heading or field it stands under.
        var meaning: Meaning
        /// A degree or a certificate: it shows what was studied, not a decision or an incident.
        var isCredential = false
        /// Flagged by `folio check` as vague (text.vague: "효율적으로 처리", "크게 개선"): it answers nothing.
        var isVague = false
        /// The story it belongs to (an index of `stories`) and the section it stands in.
        var story: Int?
        var section: SectionKind?
        /// For skills.yaml's `depth`: the skill it describes (its catalog name) and its `version`.
        var subject: String?
        var version: String?
        /// The `depth` written for a concept ("CS Fundamentals: 해시 파티셔닝과 JVM 메모리 구조를 이해해 …"):
        /// what the user understood, not where a pipeline met it.
        var isConceptDepth = false
        /// The senses it shows only through a skill it names, not by its words or its place: Spark's
        /// `cluster` in "Spark 잡을 재시작할 때 … 중복 집계가 생겼습니다".
        var shownOnly: Set<String> = []
        /// The senses that can meet what a question asks about. In a story a named tool is where the
        /// incident happened, not what the sentence shows of it: a duplicate count after restarting a
        /// Spark job says nothing of why a cluster was needed, or of using open source.
        var focusSenses: Set<String> { (story == nil ? meaning.senses : meaning.senses.subtracting(shownOnly)).subtracting(listedOnly) }
        /// The senses its words state only inside a parenthesis listing names (`(수집, 변환, 품질 검사)`).
        var listedOnly: Set<String> = []
    }

    let sentences: [Sentence]
    /// Every story, read as the steps of its process.
    let stories: [StorySteps]
    let reader: MeaningReader
    let language: Language

    /// `quote` puts a story's title in quotation marks; `language` names the profile's parts.
    init(_ workspace: Workspace, catalog: SkillCatalog, language: Language, quote: (String) -> String) {
        let reader = MeaningReader(catalog: catalog)
        self.reader = reader
        self.language = language
        var sentences: [Sentence] = []
        func add(
            _ texts: [String], title: String, file: String, skills: [String] = [], context: String = "", about: Set<String> = [],
            credential: Bool = false, story: Int? = nil, section: SectionKind? = nil, subject: String? = nil, version: String? = nil
        ) {
            for text in texts {
                let named = SkillExtractor.shared.skills(in: text) + skills
                let meaning = reader.sentence(text, skills: named, context: context, about: about)
                let stated = Set(reader.strength(in: text).keys).union(reader.strength(in: context).keys).union(about)
                // Words only inside a listed parenthesis name the parts of what was done: "Airflow DAG 3개
                // 작성 (수집, 변환, 품질 검사)" wrote three DAGs; it does not say how the pipeline was tested.
                let listed = stated.subtracting(reader.strength(in: Self.withoutListedParentheses(text)).keys)
                    .subtracting(reader.strength(in: context).keys).subtracting(about)
                let shown = reader.senses(shownBy: Set(named.map(catalog.canonicalName)))
                sentences.append(Sentence(text: text, title: title, file: file, meaning: meaning, isCredential: credential,
                                          isVague: !Claim.vague(in: text).isEmpty, story: story, section: section,
                                          subject: subject, version: version, shownOnly: shown.subtracting(stated), listedOnly: listed))
            }
        }
        var stories: [StorySteps] = []
        for story in workspace.stories {
            let title = quote(story.displayTitle)
            stories.append(StorySteps(story, title: title))
            for section in story.body.sections {
                // A story is an incident: every part of it speaks of one. An option the story set aside
                // (A when "C를 선택했습니다") is not what was done: it answers nothing.
                var texts = Sentences.prose(section, includingBullets: true)
                if section.kinds.contains(.alternatives) || section.kind == .alternatives {
                    let options = section.options.map(\.value)
                    let chosen = Sentences.prose(section).flatMap { Alternatives.chosen(options, by: $0) }
                    if !chosen.isEmpty { texts.removeAll { options.contains($0) && !chosen.contains($0) } }
                }
                add(texts, title: title, file: story.file,
                    context: section.heading.value, about: ["incident"], story: stories.count - 1, section: section.kind)
            }
        }
        self.stories = stories
        for project in workspace.projects {
            for section in project.body.sections {
                add(Sentences.prose(section, includingBullets: true), title: project.displayTitle, file: project.file,
                    context: section.heading.value)
            }
            add(project.impact.map(\.value), title: project.displayTitle, file: project.file)
            // `data:` says where the data comes from and how much of it there is: what questions of
            // collection and of scale ("대규모 트래픽") ask.
            if let source = project.data?.source?.value {
                add([source], title: project.displayTitle, file: project.file, about: ["collection"])
            }
            if let volume = project.data?.volume?.value {
                add([volume], title: project.displayTitle, file: project.file, about: ["scale"])
            }
        }
        let profile = workspace.profile
        for job in profile.experience {
            let title = job.organization?.value ?? "experience"
            let stack = job.stack.map(\.value)
            add(job.highlights.map(\.value) + [job.role?.value, job.summary?.value].compactMap { $0 }.flatMap(Sentences.split),
                title: title, file: profile.file, skills: stack)
        }
        let skillsFile = workspace.skillsFile ?? "skills.yaml"
        for skill in workspace.skills {
            guard let depth = skill.depth?.value else { continue }
            // `depth` is how deeply the user knows the tool: what "깊이", "어디까지 설정" ask.
            let name = catalog.canonicalName(skill.name.value)
            let first = sentences.count
            add(Sentences.split(depth), title: "\(skillsFile): \(skill.name.value)", file: skillsFile, skills: [skill.name.value],
                about: skill.version == nil ? ["depth"] : ["depth", "version"], subject: name, version: skill.version?.value)
            if catalog.lookup(name)?.kind == .concept {
                for index in first..<sentences.count { sentences[index].isConceptDepth = true }
            }
        }
        // A degree and a certificate state what their catalog implications are: `정보컴퓨터공학부` CS
        // Fundamentals, `B.S. in Industrial Engineering` Statistics, `SQLD` SQL.
        for education in profile.education {
            let text = Self.joinedParts([education.school?.value, education.program?.value, education.degree?.value, education.major?.value])
            guard !text.isEmpty else { continue }
            let courses = education.courses.map(\.value).joined(separator: ", ")
            add([courses.isEmpty ? text : "\(text) (\(courses))"], title: "\(profile.file): \(language == .ko ? "학력" : "education")",
                file: profile.file, skills: catalog.skills(impliedByDegree: text), credential: true)
        }
        for certificate in profile.certifications {
            add([certificate.name.value], title: "\(profile.file): \(language == .ko ? "자격증" : "certifications")", file: profile.file,
                skills: catalog.skills(impliedByCertificate: certificate.name.value), credential: true)
        }
        for work in profile.openSource {
            let text = [work.project?.value, work.contribution?.value].compactMap { $0 }.joined(separator: ": ")
            guard !text.isEmpty else { continue }
            add([text], title: "\(profile.file): \(language == .ko ? "오픈 소스" : "open source")", file: profile.file, about: ["openSource"])
        }
        self.sentences = sentences
        rarity = MeaningReader.rarity(of: sentences.map(\.meaning))
    }

    /// How rare each sense is among the workspace's sentences (`MeaningReader.rarity`).
    let rarity: [String: Double]

    /// The sentences that answer `question` best (at most `count`, from different places): those that
    /// name a skill it asks about, or share a sense with it and score at least 3; the second scoring at
    /// least half the first. Without `credentials`, degrees and certificates are left out.
    ///
    /// A question naming skills and asking their depth or version ("분산 처리 도구(Spark, Kafka 등)는 어떤
    /// 버전을, 어느 설정까지 …") is answered by those skills' own skills.yaml lines first, with the version
    /// when it asks for one. With `chained` (the question asks where a concept showed in a pipeline), a
    /// story's sentence is told in its chain of events (`StorySteps.chain`: the symptom and its cause, the
    /// cause and what answered it), and a concept's own `depth` (what was understood) is left out.
    func answers(to question: String, count: Int = 2, credentials: Bool = true, chained: Bool = false) -> [Sentence] {
        let named = SkillExtractor.shared.skills(in: question)
        let asked = reader.question(question, skills: named)
        let skills = asked.skills.subtracting(Self.genericSkills)
        let ownLines = asked.senses.contains("depth") || asked.senses.contains("version") ? Set(named.map(reader.catalog.canonicalName)) : []
        var scored: [(sentence: Sentence, score: Int, offset: Int, observation: Bool)] = []
        // What the question asks about: the senses it states most strongly (`delivery` in "유실 없이 …
        // 재처리와 중복 적재는 어떻게 막았나요?", `network` in "TCP와 네트워크 지연은 …").
        let top = asked.strength.values.max() ?? 0
        let focus = Set(asked.strength.filter { $0.value == top }.keys)
        // A sense it asks about that no sentence of the workspace states ("기존 사내 시스템" where every
        // project was built new) leaves it unanswered: another sentence shares only the rest.
        guard focus.isSubset(of: Set(rarity.keys)) else { return [] }
        // A question asking for a definition (an SLA) is answered only by a sentence giving one: its
        // sense and a number ("지연 목표를 5분으로 합의"), not by the monitoring around it.
        let definitions = Self.definitionSenses.intersection(asked.senses)
        for (offset, sentence) in sentences.enumerated() where (credentials || !sentence.isCredential) && !sentence.isVague && !(chained && sentence.isConceptDepth) {
            if !definitions.isEmpty, !Self.defines(sentence, definitions) { continue }
            let score = reader.score(sentence.meaning, for: asked, ignoring: Self.genericSkills, rarity: rarity)
            let namesSkill = !skills.isDisjoint(with: sentence.meaning.skills)
            let sharesSense = !asked.senses.isDisjoint(with: sentence.meaning.senses)
            // A question that asks about something (testing, duplicates) is answered only by a sentence
            // about that, or by one naming a skill it asks of, or a degree or certificate that implies it:
            // sharing a commoner sense ("운영", "설계") is a keyword match.
            if !focus.isEmpty, !namesSkill, !sentence.isCredential, focus.isDisjoint(with: sentence.focusSenses) { continue }
            if namesSkill || (sharesSense && score >= 3) { scored.append((sentence, score, offset, Causes.isDiagnosticStep(sentence.text))) }
        }
        var seen = Set<String>()
        let own = { (sentence: Sentence) in sentence.subject.map(ownLines.contains) ?? false }
        let ranked = scored.sorted { lhs, rhs in
            if own(lhs.sentence) != own(rhs.sentence) { return own(lhs.sentence) }
            if lhs.score != rhs.score { return lhs.score > rhs.score }
            // Of two as good, the one that is not how a cause was found ("kubectl describe showed …").
            if lhs.observation != rhs.observation { return !lhs.observation }
            return lhs.offset < rhs.offset
        }.filter { seen.insert($0.sentence.title).inserted }
        guard let best = ranked.first?.score else { return [] }
        let chosen = ranked.filter { own($0.sentence) || $0.score * 2 >= best }.prefix(count).map(\.sentence)
        return chosen.map { sentence in
            var told = sentence
            if own(sentence), asked.senses.contains("version"), let version = sentence.version {
                told.text = (language == .ko ? "버전 \(version) — " : "version \(version) — ") + sentence.text
            } else if chained, let story = sentence.story {
                told.text = stories[story].chain(sentence.text, in: sentence.section)
            }
            return told
        }
    }

    /// For a question asking for a process (`StorySteps.asked`: "버그를 찾아 고친 과정", "how did you
    /// find the cause, which alternatives …"), the stories that tell it, best first: each as the steps
    /// asked ("원인: … → 해결: …"). One story when it asks for all four steps (a whole card), else two.
    /// Empty for any other question, or when the workspace has no story stating those steps.
    func process(_ question: String) -> [Sentence] {
        let asked = reader.question(question, skills: SkillExtractor.shared.skills(in: question))
        guard let steps = StorySteps.asked(by: asked.senses) else { return [] }
        // A story's score: its best sentence's, or its title's ("A time-zone bug …" for "a bug").
        var best: [Int: Int] = [:]
        for sentence in sentences {
            guard let story = sentence.story else { continue }
            best[story] = max(best[story] ?? 0, reader.score(sentence.meaning, for: asked, ignoring: Self.genericSkills, rarity: rarity))
        }
        let ranked = stories.indices.compactMap { index -> (index: Int, score: Int, text: String)? in
            let story = stories[index]
            // The cause and the fix (or the choice) must both be there: a story without them tells no process.
            guard story.cause != nil, steps.contains(where: { $0 != .cause && $0 != .found && story.text($0) != nil }),
                  let text = story.told(steps, language: language) else { return nil }
            let title = reader.score(reader.sentence(story.title, skills: []), for: asked)
            return (index, max(best[index] ?? 0, title), text)
        }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
        return ranked.prefix(steps.count >= 4 ? 1 : 2).map { entry in
            let story = stories[entry.index]
            return Sentence(text: entry.text, title: story.title, file: story.file, meaning: reader.sentence(entry.text, skills: []),
                            story: entry.index)
        }
    }

    /// `text` without its parentheses that list two or more items ("(수집, 변환, 품질 검사)"); a
    /// parenthesis of one phrase ("(429)", "(PR #41234)") stays.
    static func withoutListedParentheses(_ text: String) -> String {
        var result = "", group: String?
        for character in text {
            if character == "(" || character == "（" {
                if let open = group { result += open }
                group = String(character)
            } else if let open = group, character == ")" || character == "）" {
                let inner = open.dropFirst()
                if !inner.contains(where: { ",·/、".contains($0) }) { result += open + String(character) }
                group = nil
            } else if group != nil {
                group?.append(character)
            } else {
                result.append(character)
            }
        }
        return result + (group ?? "")
    }

    /// Parts of a record joined by spaces, leaving out a part whose words the earlier ones already say:
    /// program `학사 컴퓨터공학` with degree `학사` and major `컴퓨터공학` reads "한국대학교 학사 컴퓨터공학", once.
    static func joinedParts(_ parts: [String?]) -> String {
        var words = Set<String>()
        var kept: [String] = []
        for part in parts.compactMap({ $0?.trimmingHorizontalSpace() }) where !part.isEmpty {
            let own = part.split(separator: " ").map { $0.lowercased() }
            guard !own.allSatisfy(words.contains) else { continue }
            words.formUnion(own)
            kept.append(part)
        }
        return kept.joined(separator: " ")
    }

    /// The senses a question asks to be defined (`Lexicon.Sense.definedBy`: `sla`).
    static let definitionSenses = Set(Lexicon.senses.filter { !$0.definedBy.isEmpty }.map(\.id))

    /// Whether `sentence` defines each of `senses`: states it, with a number and a word that sets it
    /// ("분석가와 지연 목표를 5분으로 합의하고").
    static func defines(_ sentence: Sentence, _ senses: Set<String>) -> Bool {
        guard senses.isSubset(of: sentence.meaning.senses), sentence.text.contains(where: \.isNumber) else { return false }
        let lowered = sentence.text.lowercased()
        return Lexicon.senses.filter { senses.contains($0.id) }.allSatisfy { sense in sense.definedBy.contains(where: lowered.contains) }
    }

    /// Whether `question` asks for a definition (an SLA): answered only by a sentence stating one.
    func asksDefinition(_ question: String) -> Bool {
        !Self.definitionSenses.isDisjoint(with: reader.senses(in: question))
    }

    /// Skills every data sentence implies: they say nothing about which sentence answers.
    static let genericSkills: Set<String> = ["SQL", "Cloud Computing", "CS Fundamentals"]
}
