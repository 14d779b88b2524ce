import Foundation
import FolioModel

/// A job posting pasted as plain text, read into its parts: duties, requirements, preferred
/// qualifications; the skills each part names and the other conditions it sets.
///
/// Seed 002's first steps are "채용공고들을 쏵 훑어보자 … 나에게 맞는 포지션을 고른다"; seed 001
/// reads postings by exactly these parts (담당 업무, 자격 요건, 우대 사항).
public struct Posting: Sendable, Codable {
    /// The file as given on the command line.
    public var file: String
    /// The first line of the posting: usually the position's title.
    public var title: String
    public var sections: [Section]
    /// The skills asked for, in order, one requirement per skill or per "one of" group.
    public var requirements: [Requirement]
    /// Experience, degree, scale, cloud, open source: what is not a skill.
    public var conditions: [Condition]
    /// Whether any heading was recognised; without headings, lines count as required unless
    /// they say "우대" or "preferred".
    public var hasHeadings: Bool
    /// The hiring steps the posting names (채용절차: "서류 → 코딩테스트 → 기술 면접"), in order.
    public var hiringSteps: [HiringStep] = []

    /// A step of the hiring process that `folio interview` has a section for.
    public enum HiringStep: String, Sendable, Codable, CaseIterable {
        case codingTest, assignment, technicalInterview, cultureInterview

        /// Words naming the step in a posting.
        var words: [String] {
            switch self {
            case .codingTest: ["코딩테스트", "코딩 테스트", "코테", "알고리즘 테스트", "coding test", "online assessment", "coding challenge", "live coding"]
            case .assignment: ["과제 전형", "과제전형", "사전 과제", "사전과제", "과제 테스트", "take-home", "take home", "assignment"]
            case .technicalInterview: ["기술 면접", "기술면접", "실무 면접", "실무면접", "직무 면접", "technical interview", "tech interview", "system design interview"]
            case .cultureInterview: ["컬처핏", "컬처 핏", "인성 면접", "인성면접", "임원 면접", "임원면접", "culture fit", "behavioral interview", "behavioural interview"]
            }
        }

        /// The step and the part of `folio interview`'s sheet that prepares for it.
        public var advice: LocalizedText {
            switch self {
            case .codingTest:
                LocalizedText(ko: "코딩테스트가 있습니다: folio interview의 '코딩 테스트 준비'를 보세요.",
                              en: "There is a coding test: see \"Coding test preparation\" in folio interview.")
            case .assignment:
                LocalizedText(ko: "과제 전형이 있습니다: 과제도 프로젝트처럼 README에 선택의 이유와 검증 방법을 남기세요 (folio interview의 '기술 질문').",
                              en: "There is a take-home assignment: give it a README with your choices and how you tested it, as for a project (folio interview, \"Skill questions\").")
            case .technicalInterview:
                LocalizedText(ko: "기술 면접이 있습니다: folio interview의 '기술 질문'과 '트러블슈팅 STAR 카드'로 준비하세요.",
                              en: "There is a technical interview: prepare with \"Skill questions\" and the STAR cards in folio interview.")
            case .cultureInterview:
                LocalizedText(ko: "인성·컬처 면접이 있습니다: folio interview의 '협업과 갈등'과 회사 유형 질문으로 준비하세요.",
                              en: "There is a culture interview: prepare with \"Collaboration and conflict\" and the company-type questions in folio interview.")
            }
        }
    }

    /// One part of the posting under a heading.
    public struct Section: Sendable, Codable {
        public var kind: SectionKind
        /// The heading as written, without decoration (nil for text before the first heading).
        public var heading: String?
        public var lines: [Line]
    }

    /// A non-blank line, with its 1-based number in the file.
    public struct Line: Sendable, Codable, Hashable {
        public var number: Int
        public var text: String
    }

    /// What a part of a posting is.
    public enum SectionKind: String, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
        /// Text before the first heading: the company and the role in a few words.
        case intro
        /// 담당 업무 / 주요 업무 / Responsibilities.
        case duties
        /// 자격 요건 / 필수 / Requirements / Qualifications.
        case required
        /// 우대 사항 / Preferred / Nice to have.
        case preferred
        /// 복지, 채용 절차, Benefits, About us: nothing to match.
        case other
        /// A posting without any recognised heading.
        case unsectioned
    }

    /// Reads a posting. Never fails: a posting without headings is read line by line.
    public static func parse(text: String, file: String) -> Posting {
        // Invisible format characters (a zero-width space pasted from the posting's page) are
        // dropped as in the workspace's names: they would be printed raw in the report.
        let normalized = text.nfc.droppingInvisibleFormatCharacters()
            .replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
        var sections: [Section] = []
        var current = Section(kind: .intro, heading: nil, lines: [])
        var title: String?
        var hasHeadings = false
        // "데이터 분석가 | 자격요건: SQL | 우대사항: Tableau": a one-line posting, one part per segment.
        let physical = normalized.components(separatedBy: "\n").enumerated().flatMap { offset, raw -> [(Int, String)] in
            if let pasted = pastedLines(raw) { return pasted.map { (offset, $0) } }
            let segments = raw.components(separatedBy: " | ")
            let headed = segments.dropFirst().contains { PostingHeading.recognise($0.trimmingHorizontalSpace())?.kind ?? .other != .other }
            if headed { return segments.map { (offset, $0) } }
            // "채용 / 담당업무: … / 자격요건: … / 우대사항: …": parts joined by slashes, each a heading with
            // its items after a colon ("AWS / GCP" alone is a choice, not parts).
            let slashed = raw.components(separatedBy: " / ")
            let inline = slashed.dropFirst().filter { segment in
                PostingHeading.recognise(segment.trimmingHorizontalSpace()).map { $0.kind != .other && $0.rest != nil } ?? false
            }
            return inline.count >= 2 ? slashed.map { (offset, $0) } : [(offset, raw)]
        }
        for (offset, raw) in physical {
            let line = raw.replacingOccurrences(of: "\t", with: " ").trimmingHorizontalSpace()
            guard !line.isEmpty else { continue }
            if let heading = PostingHeading.recognise(line) {
                // "근무지: 서울", "Location: Remote" amid the requirements: a detail, not a new part.
                if heading.kind == .other, heading.rest != nil { continue }
                hasHeadings = true
                if !current.lines.isEmpty || current.heading != nil { sections.append(current) }
                current = Section(kind: heading.kind, heading: heading.title, lines: [])
                if let rest = heading.rest, !rest.isEmpty {
                    current.lines.append(Line(number: offset + 1, text: rest))
                }
                continue
            }
            if title == nil { title = line.drop { $0 == "#" || $0 == " " }.description }
            current.lines.append(Line(number: offset + 1, text: line))
        }
        sections.append(current)
        if !hasHeadings {
            sections = sections.map { Section(kind: .unsectioned, heading: nil, lines: $0.lines) }
        }
        sections.removeAll { $0.lines.isEmpty && $0.heading == nil }
        let fileTitle = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        var posting = Posting(
            file: file, title: title ?? fileTitle, sections: sections,
            requirements: [], conditions: [], hasHeadings: hasHeadings)
        posting.requirements = RequirementReader.requirements(in: sections)
        posting.conditions = ConditionReader.conditions(in: sections)
        let lowered = normalized.lowercased()
        posting.hiringSteps = HiringStep.allCases
            .compactMap { step in step.words.compactMap { lowered.firstOffset(of: $0) }.min().map { (step, $0) } }
            .sorted { $0.1 < $1.1 }.map(\.0)
        return posting
    }

    /// A posting pasted from a PDF or a web page that lost its line breaks: "주요업무- 수집 파이프라인 운영-
    /// Airflow 배치 관리 자격요건- Python 개발 경험- SQL 활용 능력우대사항- AWS 운영 경험". Each item's `- `
    /// is glued to the end of the one before (no space in front of the dash), and a heading is glued to
    /// the end of the last item of the part before it, with or without a space. Returns the lines
    /// as they were (a heading alone, each item as `- item`), or nil for a line with fewer than two
    /// glued items. Linear in the line: headings are at most `longestGluedHeading` characters.
    static func pastedLines(_ line: String) -> [String]? {
        let characters = Array(line)
        var pieces: [String] = []
        var start = 0
        var index = 1
        while index + 1 < characters.count {
            // `개발- `, `능력- `: a dash right after a letter or a closing mark, then a space.
            if characters[index] == "-", characters[index + 1] == " ", !characters[index - 1].isWhitespace, characters[index - 1] != "-" {
                pieces.append(String(characters[start..<index]).trimmingHorizontalSpace())
                start = index + 2
                index += 2
                continue
            }
            index += 1
        }
        guard pieces.count >= 2 else { return nil }
        pieces.append(String(characters[start...]).trimmingHorizontalSpace())
        var lines: [String] = []
        for (position, piece) in pieces.enumerated() {
            // Every piece but the last is followed by a dash: its end may be the next part's heading.
            let (text, heading) = position < pieces.count - 1 ? splitGluedHeading(piece) : (piece, nil)
            if !text.isEmpty { lines.append(position == 0 ? text : "- " + text) }
            if let heading { lines.append(heading) }
        }
        return lines
    }

    /// Headings glued to the end of a line are this short ("이런 경험이 있다면 더 좋아요" is 17).
    static let longestGluedHeading = 20

    /// The text before a heading glued to its end, and the heading: "데이터 마트 품질 관리 자격요건" →
    /// ("데이터 마트 품질 관리", "자격요건"); "SQL 활용 능력우대사항" → ("SQL 활용 능력", "우대사항"). The longest
    /// end that is a heading wins; a whole piece that is a heading is all heading.
    static func splitGluedHeading(_ piece: String) -> (String, String?) {
        let characters = Array(piece)
        let shortest = max(0, characters.count - longestGluedHeading)
        for cut in shortest..<characters.count {
            let tail = String(characters[cut...]).trimmingHorizontalSpace()
            // A Latin heading starts a word (`skills`, not the end of `Airflow skills`' word).
            if cut > 0, characters[cut].isASCII, characters[cut - 1].isLetter { continue }
            // The whole tail is a heading word ("자격요건"), not one that starts a longer item ("기술스택 이해").
            guard tail.count >= 2, headingWords.contains(String(tail.lowercased().filter(\.isLetter))),
                  PostingHeading.recognise(tail) != nil else { continue }
            return (String(characters[..<cut]).trimmingHorizontalSpace(), tail)
        }
        return (piece, nil)
    }

    /// Every heading word, whole (`PostingHeading.synonyms`).
    static let headingWords = Set(PostingHeading.synonyms.flatMap { $0.words + $0.exact })

    /// The canonical names of every skill the posting asks for.
    public var skills: [String] {
        var seen = Set<String>()
        return requirements.flatMap(\.skills).filter { seen.insert($0).inserted }
    }

    public var requiredSkills: [String] { requirements.filter { $0.kind == .required }.flatMap(\.skills) }
    public var preferredSkills: [String] { requirements.filter { $0.kind == .preferred }.flatMap(\.skills) }
}

/// How strongly a posting asks for something.
public enum RequirementKind: String, Sendable, Codable, Comparable {
    case required
    case preferred

    /// Required weighs 2 in the fit score, preferred 1.
    public var weight: Double { self == .required ? 2 : 1 }

    public static func < (lhs: RequirementKind, rhs: RequirementKind) -> Bool {
        lhs == .required && rhs == .preferred
    }

    public var label: LocalizedText {
        self == .required ? LocalizedText(ko: "필수", en: "Required") : LocalizedText(ko: "우대", en: "Preferred")
    }
}

/// One skill the posting asks for, or a group of which one is enough
/// ("Java/Python/Go 등 최소 1개 이상", seed 001).
public struct Requirement: Sendable, Codable, Hashable {
    public var kind: RequirementKind
    /// Canonical skill names; more than one means any one of them satisfies it.
    public var skills: [String]
    /// The part of the posting it came from.
    public var section: Posting.SectionKind
    public var line: Int
    /// The posting's line, for showing where it was asked.
    public var text: String

    public var isAnyOf: Bool { skills.count > 1 }

    /// "Apache Kafka", or "Java / Python / Go".
    public var label: String { skills.joined(separator: " / ") }
}
