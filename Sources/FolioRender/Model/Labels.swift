import FolioModel

/// The fixed words of the portfolio, in the workspace's language (`lang` in folio.yaml or `--lang`).
public struct Labels: Sendable {
    public var target: String
    public var strengths: String
    /// The row for `strengths.base`, read on its own ("핵심 강점" / "Core strength"): seed 000's
    /// 베이스 and 알파 are the job seeker's words for planning, not what a recruiter reads.
    public var base: String
    /// The row for `strengths.alpha` ("추가 강점" / "Also strong in").
    public var alpha: String
    public var skills: String
    public var projects: String
    public var role: String
    public var team: String
    public var stack: String
    public var data: String
    public var impact: String
    public var story: String
    public var stories: String
    public var problem: String
    public var fix: String
    public var links: String
    public var intro: String
    public var background: String
    public var education: String
    public var certifications: String
    public var evidenced: String
    public var featured: String
    public var contact: String
    public var period: String
    public var omitted: String
    public var experience: String = ""
    public var awards: String = ""
    public var languages: String = ""
    public var openSource: String = ""
    public var activities: String = ""

    /// The labels for `language`.
    public static func of(_ language: Language) -> Labels {
        var labels = language == .ko ? korean : english
        (labels.experience, labels.awards, labels.languages, labels.openSource, labels.activities) = language == .ko
            ? ("경력", "수상", "어학", "오픈소스", "활동")
            : ("Experience", "Awards", "Languages", "Open source", "Activities")
        return labels
    }

    static let korean = Labels(
        target: "지원 분야", strengths: "강점", base: "핵심 강점", alpha: "추가 강점", skills: "스킬",
        projects: "프로젝트", role: "역할", team: "팀", stack: "기술 스택", data: "데이터", impact: "성과",
        story: "트러블슈팅", stories: "트러블슈팅 사례", problem: "원인", fix: "해결", links: "링크",
        intro: "자기소개", background: "학력·자격", education: "학력·교육", certifications: "자격증",
        evidenced: "프로젝트에서 사용", featured: "대표", contact: "연락처", period: "기간",
        omitted: "한 페이지에 싣지 못한 항목")

    static let english = Labels(
        target: "Target", strengths: "Strengths", base: "Core strength", alpha: "Also strong in", skills: "Skills",
        projects: "Projects", role: "Role", team: "Team", stack: "Stack", data: "Data", impact: "Impact",
        story: "Troubleshooting", stories: "Troubleshooting stories", problem: "Cause", fix: "Fix", links: "Links",
        intro: "About", background: "Education & certifications", education: "Education",
        certifications: "Certifications", evidenced: "used in a project", featured: "Featured",
        contact: "Contact", period: "Period", omitted: "Left out of the one page")

    /// Skill group headings: by level band; a list where no skill has a level is just the skills
    /// ("보유 스킬", "Skills listed"), not a band it was never given.
    static func skillBand(_ band: SkillBand, _ language: Language, onlyGroup: Bool) -> String {
        guard band == .listed, onlyGroup else { return skillBand(band, language) }
        return language == .ko ? "보유 스킬" : "Skills listed"
    }

    /// Skill group headings by level band.
    static func skillBand(_ band: SkillBand, _ language: Language) -> String {
        switch (band, language) {
        case (.strong, .ko): "주력 (Lv.3+)"
        case (.working, .ko): "사용 경험 (Lv.2)"
        case (.listed, .ko): "그 밖의 스킬"
        case (.basic, .ko): "기초"
        case (.strong, .en): "Strong (Lv.3+)"
        case (.working, .en): "Working (Lv.2)"
        case (.listed, .en): "Also listed"
        case (.basic, .en): "Basic"
        }
    }

    /// "5명" / "team of 5"; "개인" / "solo" for one person.
    static func team(_ size: Int, _ language: Language) -> String {
        switch language {
        case .ko: size <= 1 ? "개인 프로젝트" : "\(size)명"
        case .en: size <= 1 ? "solo" : "team of \(size)"
        }
    }

    static let roleNames: [String: LocalizedText] = [
        "data-engineer": LocalizedText(ko: "데이터 엔지니어", en: "Data engineer"),
        "ml-engineer": LocalizedText(ko: "머신러닝 엔지니어", en: "ML engineer"),
        "data-analyst": LocalizedText(ko: "데이터 분석가", en: "Data analyst"),
        "data-scientist": LocalizedText(ko: "데이터 사이언티스트", en: "Data scientist"),
        "performance-marketer": LocalizedText(ko: "퍼포먼스 마케터", en: "Performance marketer"),
    ]
    static let levelNames: [String: LocalizedText] = [
        "junior": LocalizedText(ko: "신입", en: "junior"),
        "mid": LocalizedText(ko: "경력 (중급)", en: "mid-level"),
        "senior": LocalizedText(ko: "시니어", en: "senior"),
        "lead": LocalizedText(ko: "리드", en: "lead"),
    ]
}

/// The level bands of the skill summary, in the order the page shows them.
public enum SkillBand: Int, Sendable, CaseIterable {
    case strong, working
    /// Listed without a level (most real résumés give none): shown after the rated skills, under a
    /// heading of its own, so that no level the user did not give is claimed for it, and not as basic.
    case listed
    case basic

    init(level: Int?) {
        guard let level, level > 0 else {
            self = .listed
            return
        }
        switch level {
        case 3...: self = .strong
        case 2: self = .working
        default: self = .basic
        }
    }
}
