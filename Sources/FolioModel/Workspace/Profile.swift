import Foundation

/// `folio.yaml`: who the job seeker is and what they are aiming for.
public struct Profile: Sendable {
    public var file: String
    public var name: Located<String>?
    public var headline: Located<String>?
    public var language: Language
    public var contact: Contact
    public var target: Target
    public var strengths: Strengths
    public var intro: Located<String>?
    public var education: [Education]
    public var certifications: [Certification]
    /// `experience:`: the work history, most recent first as written.
    public var experience: [Experience] = []
    /// `awards:`: contests and prizes (seed 003: "공모전 수상하면 서류에 도움").
    public var awards: [Award] = []
    /// `open_source:`: contributions to projects of others.
    public var openSource: [OpenSourceContribution] = []
    /// `languages:`: spoken languages and their test scores (TOEIC, OPIc, TOEFL).
    public var languages: [SpokenLanguage] = []
    /// `activities:`: study groups, mentoring, talks, volunteering.
    public var activities: [Activity] = []
    /// `interests:`: what the person does besides work (JSON Resume `interests`).
    public var interests: [Interest] = []
    /// `location:`: where the person lives or wants to work.
    public var location: Place?
    public var check: CheckSettings
    /// Where a missing top-level key belongs: the last line of the file.
    public var endLocation: SourceLocation
    /// Keys written with no value, by dotted path (`contact.email`): where a finding about a
    /// missing value points, since that is the line the user fills in.
    public var blankKeys: [String: SourceLocation] = [:]

    public init(file: String = "folio.yaml") {
        self.file = file
        language = .ko
        contact = Contact()
        target = Target()
        strengths = Strengths()
        education = []
        certifications = []
        check = CheckSettings()
        endLocation = SourceLocation(file: file, line: 1)
    }

    public struct Contact: Sendable {
        public var email: Located<String>?
        public var phone: Located<String>?
        public var github: Located<String>?
        public var blog: Located<String>?
        public var portfolio: Located<String>?
        public var linkedin: Located<String>?
        /// `profiles:`: every network as written (JSON Resume `basics.profiles`), GitHub and
        /// LinkedIn included; `github` and `linkedin` are filled from it when not written.
        public var profiles: [SocialProfile] = []
        /// The `contact:` key, or nil when there is none.
        public var location: SourceLocation?

        public init() {}

        /// The web links, in the order they are shown.
        public var urls: [(label: String, url: Located<String>)] {
            [("GitHub", github), ("Blog", blog), ("Portfolio", portfolio), ("LinkedIn", linkedin)]
                .compactMap { label, url in url.map { (label, $0) } }
        }
    }

    public struct Target: Sendable {
        public var role: Located<String>?
        public var company: Located<String>?
        public var level: Located<String>?
        public var location: SourceLocation?
        public init() {}
    }

    public struct Strengths: Sendable {
        public var base: Located<String>?
        public var alpha: Located<String>?
        public var location: SourceLocation?
        public init() {}
    }

    public struct Education: Sendable {
        public var school: Located<String>?
        /// `program:` as written, or `degree` and `major` joined as the reader of their words says
        /// it (`degreeLine`): `산업공학 학사`, `B.S. in Computer Science`.
        public var program: Located<String>?
        /// `degree:` (JSON Resume `studyType`): 학사, Bachelor of Science, MBA.
        public var degree: Located<String>?
        /// `major:` (JSON Resume `area`).
        public var major: Located<String>?
        public var period: Located<Period>?
        /// `score:` (GPA, grade) as written.
        public var score: Located<String>?
        public var courses: [Located<String>] = []
        public var url: Located<String>?
        public init() {}

        /// A degree and its field in one line, in the word order of the language they are written
        /// in: Korean puts the field first (`컴퓨터공학 학사`, `통계학 석사`; new-user trial: `학사
        /// 컴퓨터공학` reads backwards), English the degree (`B.S. in Computer Science`, `MBA in
        /// Finance`); a degree that already ends in a preposition (`Bachelor of Science in`) or a
        /// field that starts with one (`in Statistics`) is joined as written. Either part alone is
        /// itself; nil when both are blank. Hangul in either part makes the line Korean.
        public static func degreeLine(degree: String?, major: String?) -> String? {
            let degree = degree?.trimmingHorizontalSpace(), major = major?.trimmingHorizontalSpace()
            switch (degree?.isEmpty == false ? degree : nil, major?.isEmpty == false ? major : nil) {
            case (nil, nil): return nil
            case let (degree?, nil): return degree
            case let (nil, major?): return major
            case let (degree?, major?):
                let hangul = (degree + major).unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) || (0x3131...0x318E).contains($0.value) }
                if hangul { return "\(major) \(degree)" }
                let lowerDegree = degree.lowercased(), lowerMajor = major.lowercased()
                let joined = [" in", " of"].contains { lowerDegree.hasSuffix($0) } || ["in ", "of "].contains { lowerMajor.hasPrefix($0) }
                return joined ? "\(degree) \(major)" : "\(degree) in \(major)"
            }
        }
    }

    public struct Certification: Sendable {
        public var name: Located<String>
        /// When it was obtained, at the precision written.
        public var date: Located<PartialDate>?
        public var issuer: Located<String>?
        public var url: Located<String>?
        public init(name: Located<String>, date: Located<PartialDate>? = nil) {
            self.name = name
            self.date = date
        }
    }

    /// `check:` in folio.yaml: rules turned off and severities changed for this workspace.
    public struct CheckSettings: Sendable {
        public var disable: [Located<String>] = []
        public var severity: [String: Located<Severity>] = [:]
        public init() {}
    }
}

/// One job of `experience:` in folio.yaml: where, as what, when, and what the person did
/// and achieved there (seed 001: "경력자라면 다양한 경험보단 자신있는 경험을 강조").
public struct Experience: Sendable {
    /// `organization:` (also `organisation`, `company`).
    public var organization: Located<String>?
    public var position: Located<String>?
    /// `2024-07 – 현재`; ongoing while `ongoing` is set.
    public var period: Located<Period>?
    /// The team or department (`데이터플랫폼팀`).
    public var team: Located<String>?
    /// Your own part in one line (`주문 파이프라인 담당, 엔지니어 3명 중 1명`).
    public var role: Located<String>?
    /// `location:`: the city or office.
    public var location: Located<String>?
    public var url: Located<String>?
    /// `about:`: what the organisation does (JSON Resume `description`).
    public var about: Located<String>?
    /// `summary:`: the job in a sentence or two.
    public var summary: Located<String>?
    /// `highlights:`: what you did and achieved, one bullet each; checked like a project's impact.
    public var highlights: [Located<String>] = []
    /// `projects:`: ids of the `projects/` files done in this job.
    public var projects: [Located<String>] = []
    /// `stack:`: the skills used in this job.
    public var stack: [Located<String>] = []
    /// The `- ` line that starts the entry: where a missing key is reported.
    public var entryLocation: SourceLocation
    public var blankKeys: [String: SourceLocation] = [:]

    public init(at location: SourceLocation) { entryLocation = location }

    /// "Position · Organization", whichever is written.
    public var displayTitle: String {
        [position?.value, organization?.value].compactMap { $0 }.joined(separator: " · ")
    }
}

/// One entry of `awards:`: a prize or contest result.
public struct Award: Sendable {
    /// `name:` (also `title`).
    public var name: Located<String>?
    /// `organizer:` (also `awarder`).
    public var organizer: Located<String>?
    /// `rank:`: 대상, 2nd place, top 3 %.
    public var rank: Located<String>?
    public var date: Located<PartialDate>?
    /// `metric:` for a contest: the evaluation metric and its value (`RMSE 0.412 → 0.371`, seed 003).
    public var metric: Located<String>?
    /// `approach:` what moved the metric (preprocessing, domain features, tuning: seed 003).
    public var approach: Located<String>?
    public var summary: Located<String>?
    public var url: Located<String>?
    public var entryLocation: SourceLocation
    public var blankKeys: [String: SourceLocation] = [:]
    public init(at location: SourceLocation) { entryLocation = location }
}

/// One entry of `open_source:`: a contribution to a project someone else maintains.
public struct OpenSourceContribution: Sendable {
    public var project: Located<String>?
    /// `contribution:` what was contributed (a fix, a feature, docs).
    public var contribution: Located<String>?
    public var url: Located<String>?
    public var date: Located<PartialDate>?
    public var entryLocation: SourceLocation
    public init(at location: SourceLocation) { entryLocation = location }
}

/// One entry of `languages:`: a language, and a test result where there is one.
public struct SpokenLanguage: Sendable {
    public var language: Located<String>?
    /// `fluency:` in words (Native, 비즈니스 회화).
    public var fluency: Located<String>?
    /// `test:` TOEIC, OPIc, TOEFL, IELTS, JLPT.
    public var test: Located<String>?
    /// `score:` as written (`915`, `IH`, `N1`).
    public var score: Located<String>?
    public var date: Located<PartialDate>?
    public var entryLocation: SourceLocation
    public init(at location: SourceLocation) { entryLocation = location }
}

/// One entry of `activities:`: a study group, mentoring, a talk, volunteering.
public struct Activity: Sendable {
    public var name: Located<String>?
    public var organization: Located<String>?
    public var role: Located<String>?
    public var period: Located<Period>?
    public var summary: Located<String>?
    public var highlights: [Located<String>] = []
    public var url: Located<String>?
    public var entryLocation: SourceLocation
    public init(at location: SourceLocation) { entryLocation = location }
}

/// One entry of `interests:`.
public struct Interest: Sendable {
    public var name: Located<String>
    public var keywords: [Located<String>] = []
    public init(name: Located<String>) { self.name = name }
}

/// `location:` in folio.yaml: a city (a plain value) or its parts.
public struct Place: Sendable {
    public var address: Located<String>?
    public var postalCode: Located<String>?
    public var city: Located<String>?
    public var region: Located<String>?
    /// `country:` as written (JSON Resume `countryCode`).
    public var country: Located<String>?
    public init() {}

    /// "Seoul, KR": the parts that are written.
    public var displayText: String {
        [city?.value, region?.value, country?.value].compactMap { $0 }.joined(separator: ", ")
    }
}

/// One entry of `contact.profiles:`: a network, the user name and the address.
public struct SocialProfile: Sendable {
    public var network: Located<String>
    public var username: Located<String>?
    public var url: Located<String>?
    public init(network: Located<String>) { self.network = network }
}
