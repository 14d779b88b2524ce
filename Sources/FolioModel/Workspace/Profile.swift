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
        public var program: Located<String>?
        public var period: Located<String>?
        public init() {}
    }

    public struct Certification: Sendable {
        public var name: Located<String>
        public var date: Located<YearMonth>?
        public init(name: Located<String>, date: Located<YearMonth>? = nil) {
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
