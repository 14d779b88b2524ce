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
    }

    let sentences: [Sentence]
    let reader: MeaningReader

    /// `quote` puts a story's title in quotation marks; `language` names the profile's parts.
    init(_ workspace: Workspace, catalog: SkillCatalog, language: Language, quote: (String) -> String) {
        let reader = MeaningReader(catalog: catalog)
        self.reader = reader
        var sentences: [Sentence] = []
        func add(
            _ texts: [String], title: String, file: String, skills: [String] = [], context: String = "", about: Set<String> = [],
            credential: Bool = false
        ) {
            for text in texts {
                let named = SkillExtractor.shared.skills(in: text) + skills
                let meaning = reader.sentence(text, skills: named, context: context, about: about)
                sentences.append(Sentence(text: text, title: title, file: file, meaning: meaning, isCredential: credential,
                                          isVague: !Claim.vague(in: text).isEmpty))
            }
        }
        for story in workspace.stories {
            let title = quote(story.displayTitle)
            for section in story.body.sections {
                // A story is an incident: every part of it speaks of one.
                add(Sentences.prose(section, includingBullets: true), title: title, file: story.file,
                    context: section.heading.value, about: ["incident"])
            }
        }
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
            add(Sentences.split(depth), title: "\(skillsFile): \(skill.name.value)", file: skillsFile, skills: [skill.name.value],
                about: ["depth"])
        }
        // A degree and a certificate state what their catalog implications are: `정보컴퓨터공학부` CS
        // Fundamentals, `B.S. in Industrial Engineering` Statistics, `SQLD` SQL.
        for education in profile.education {
            let text = [education.school?.value, education.program?.value, education.degree?.value, education.major?.value]
                .compactMap { $0 }.joined(separator: " ")
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
    func answers(to question: String, count: Int = 2, credentials: Bool = true) -> [Sentence] {
        let asked = reader.question(question, skills: SkillExtractor.shared.skills(in: question))
        let skills = asked.skills.subtracting(Self.genericSkills)
        var scored: [(sentence: Sentence, score: Int, offset: Int)] = []
        // What the question asks about: the senses it states most strongly (`delivery` in "유실 없이 …
        // 재처리와 중복 적재는 어떻게 막았나요?", `network` in "TCP와 네트워크 지연은 …").
        let top = asked.strength.values.max() ?? 0
        let focus = Set(asked.strength.filter { $0.value == top }.keys)
        for (offset, sentence) in sentences.enumerated() where (credentials || !sentence.isCredential) && !sentence.isVague {
            let score = reader.score(sentence.meaning, for: asked, ignoring: Self.genericSkills, rarity: rarity)
            let namesSkill = !skills.isDisjoint(with: sentence.meaning.skills)
            let sharesSense = !asked.senses.isDisjoint(with: sentence.meaning.senses)
            // A question that asks about something (testing, duplicates) is answered only by a sentence
            // about that, or by one naming a skill it asks of, or a degree or certificate that implies it:
            // sharing a commoner sense ("운영", "설계") is a keyword match.
            if !focus.isEmpty, !namesSkill, !sentence.isCredential, focus.isDisjoint(with: sentence.meaning.senses) { continue }
            if namesSkill || (sharesSense && score >= 3) { scored.append((sentence, score, offset)) }
        }
        var seen = Set<String>()
        let ranked = scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.offset < $1.offset }
            .filter { seen.insert($0.sentence.title).inserted }
        guard let best = ranked.first?.score else { return [] }
        return ranked.filter { $0.score * 2 >= best }.prefix(count).map(\.sentence)
    }

    /// Skills every data sentence implies: they say nothing about which sentence answers.
    static let genericSkills: Set<String> = ["SQL", "Cloud Computing", "CS Fundamentals"]
}
