import Foundation
import FolioModel

/// Every sentence in which the workspace states something an interviewer may ask about: the prose
/// of stories and projects (the `## 협업` section included), projects' `impact`, the jobs'
/// highlights and skills.yaml's `depth`. A question is answered by the sentences that share its
/// meaning: the skills it names (through the catalog's implications: "분산 처리 도구" finds Spark)
/// and its content words, stripped of particles and endings ("재처리와" → 재처리, "설계해야" → 설계).
struct InterviewMaterial {
    /// One sentence of the workspace, with where it stands.
    struct Sentence {
        var text: String
        /// The story, project or skill it belongs to, as shown to the user.
        var title: String
        var file: String
        /// The skills it names, with what they imply.
        var skills: Set<String>
        /// The heading it stands under (`원인`, `협업`), searched with the sentence but not shown.
        var context: String = ""
    }

    let sentences: [Sentence]
    let catalog: SkillCatalog

    init(_ workspace: Workspace, catalog: SkillCatalog, quote: (String) -> String) {
        self.catalog = catalog
        var sentences: [Sentence] = []
        func add(_ texts: [String], title: String, file: String, skills: [String] = [], context: String = "") {
            for text in texts {
                let named = catalog.implications(of: SkillExtractor.shared.skills(in: text) + skills)
                sentences.append(Sentence(text: text, title: title, file: file, skills: named, context: context.lowercased()))
            }
        }
        for story in workspace.stories {
            let title = quote(story.displayTitle)
            for section in story.body.sections {
                add(Sentences.prose(section, includingBullets: true), title: title, file: story.file, context: section.heading.value)
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
                add([source], title: project.displayTitle, file: project.file, context: "data.source 데이터 원천 수집 출처 source collect")
            }
            if let volume = project.data?.volume?.value {
                add([volume], title: project.displayTitle, file: project.file, context: "data.volume 데이터 규모 대용량 대규모 트래픽 volume scale traffic")
            }
        }
        for job in workspace.profile.experience {
            let title = job.organization?.value ?? "experience"
            add(job.highlights.map(\.value), title: title, file: "folio.yaml", skills: job.stack.map(\.value))
        }
        let skillsFile = workspace.skillsFile ?? "skills.yaml"
        for skill in workspace.skills {
            guard let depth = skill.depth?.value else { continue }
            // `depth` is how deeply the user knows the tool: what "깊이" asks.
            add(Sentences.split(depth), title: "\(skillsFile): \(skill.name.value)", file: skillsFile, skills: [skill.name.value],
                context: "depth 깊이 직접 설정")
        }
        self.sentences = sentences
    }

    /// Words of a question that carry no meaning of their own.
    static let stopWords: Set<String> = [
        "데이터", "어떻게", "무엇", "무엇이고", "어떤", "경험", "설명", "주세요", "말해", "있나요", "했나요", "프로젝트", "이력서", "직접",
        "각각", "언제", "하나", "골라", "그렇게", "정했나요", "있는", "없이", "위해", "대해", "통해", "가장", "이유", "적은", "다뤄",
        "봅니다", "보여", "무엇인가요", "회사", "능력",
        "what", "how", "why", "when", "which", "your", "you", "the", "did", "does", "have", "with", "about", "would", "data",
        "project", "experience", "tell", "describe", "and", "for", "that", "this", "from", "into", "are", "was", "were", "one",
    ]

    /// Endings stripped from a Korean word to find its stem, longest first.
    static let endings: [String] = [
        "하겠나요", "했는지", "하려면", "하나요", "했나요", "해야", "하고", "해서", "했고", "하는", "하며", "에서", "으로", "인가요", "인지",
        "나요", "까요", "을", "를", "이", "가", "은", "는", "의", "에", "로", "와", "과", "도", "한", "된", "할",
    ].sorted { $0.count > $1.count }

    /// The stems of a text's content words.
    static func stems(_ text: String) -> Set<String> {
        let words = text.lowercased().components(separatedBy: CharacterSet.alphanumerics.inverted.subtracting(CharacterSet(charactersIn: "/")))
        var stems = Set<String>()
        for word in words where !word.isEmpty {
            var stem = word
            if stem.unicodeScalars.contains(where: SkillExtractor.isHangul) {
                for ending in endings where stem.hasSuffix(ending) && stem.count > ending.count + 1 {
                    stem = String(stem.dropLast(ending.count))
                    break
                }
            }
            let long = stem.unicodeScalars.contains(where: SkillExtractor.isHangul) ? stem.count >= 2 : stem.count >= 3
            if long, !stopWords.contains(stem), !stopWords.contains(word) { stems.insert(stem) }
        }
        return stems
    }

    /// The sentences that answer `question` best (at most `count`, from different places), each
    /// scoring at least 2 (a shared skill 2, a long shared word 2, a short one 1, a word of its heading 2); `extra` adds words of
    /// the same meaning.
    func answers(to question: String, extra: [String] = [], count: Int = 2) -> [Sentence] {
        let skills = catalog.implications(of: SkillExtractor.shared.skills(in: question)).subtracting(Self.genericSkills)
        let stems = Self.stems(question).union(extra.map { $0.lowercased() })
        var scored: [(sentence: Sentence, score: Int, offset: Int)] = []
        for (offset, sentence) in sentences.enumerated() {
            let lowered = sentence.text.lowercased()
            let sharedSkills = skills.intersection(sentence.skills).count
            // A long word ("파티션", "모니터링", "sla") means more than a short one ("지연", "알림").
            let sharedWords = stems.filter { lowered.contains($0) }.map { $0.count >= 3 ? 2 : 1 }.reduce(0, +)
            // A word of the heading it stands under ("원인", "협업") says what the whole section answers.
            let heading = sentence.context.isEmpty ? 0 : stems.filter { sentence.context.contains($0) }.count * 2
            let score = sharedSkills * 2 + sharedWords + heading
            if score >= 2 { scored.append((sentence, score, offset)) }
        }
        var seen = Set<String>()
        return scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.offset < $1.offset }
            .map(\.sentence).filter { seen.insert($0.title).inserted }.prefix(count).map { $0 }
    }

    /// Skills every data sentence implies: they say nothing about which sentence answers.
    static let genericSkills: Set<String> = ["SQL", "Cloud Computing"]
}
