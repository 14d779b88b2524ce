import Foundation

/// What the seeds expect of each target role and company type: kept as data
/// (`Resources/roles.json`) beside the skill catalog, read by the checker, `match` and the xlsx.
public struct RoleProfiles: Sendable, Decodable {
    public var roles: [Role]
    public var companies: [Company]

    public struct Role: Sendable, Decodable {
        public var id: String
        public var label: LocalizedText
        public var core: [Competency]
        public var expected: [String]
        public var questions: [LocalizedText]
        public var certifications: Certifications?
    }

    /// One core competency: covered when any skill in `skills` or in one of `categories` is listed.
    public struct Competency: Sendable, Decodable {
        public var id: String
        public var label: LocalizedText
        public var categories: [String]
        public var skills: [String]
        public var excludeSkills: [String]?
        public var seed: String

        /// Whether a catalog entry counts for this competency.
        public func isCovered(by entry: SkillCatalog.Entry) -> Bool {
            if excludeSkills?.contains(entry.name) == true { return false }
            return skills.contains(entry.name) || categories.contains(entry.category)
        }
    }

    public struct Certifications: Sendable, Decodable {
        public var wanted: Bool
        public var skills: [String]
        public var seed: String
    }

    public struct Company: Sendable, Decodable {
        public var id: String
        /// The type's short name, the one term for it wherever folio names it (`서비스 기업`,
        /// `service company`): the page's target line and the workbook's Target sheet.
        public var name: LocalizedText
        /// The seed's heading for the type (`대기업 서비스 지향 데이터 엔지니어링`), which the summary describes.
        public var label: LocalizedText
        public var summary: LocalizedText
        public var required: [String]
        public var requiredAnyOf: [[String]]?
        public var preferred: [String]
        public var traits: [LocalizedText]
        public var seed: String
    }

    /// The profile of a role id, or of a specialism the seeds name (`kubernetes-engineer` → data-engineer).
    public func role(_ id: String) -> Role? {
        let key = id.lowercased()
        return roles.first { $0.id == key } ?? Self.specialisms[key].flatMap { target in roles.first { $0.id == target } }
    }

    /// Specialisms of seed 000 ("쿠버네티스 엔지니어", "메시징 서버 엔지니어", "온프레미스 인프라 엔지니어"
    /// under data engineering; "모델러 = ML/DL 엔지니어") and common titles, with the profile checked for them.
    public static let specialisms: [String: String] = [
        "kubernetes-engineer": "data-engineer", "k8s-engineer": "data-engineer", "streaming-engineer": "data-engineer",
        "messaging-engineer": "data-engineer", "infrastructure-engineer": "data-engineer", "on-prem-engineer": "data-engineer",
        "data-platform-engineer": "data-engineer", "big-data-engineer": "data-engineer", "mlops-engineer": "ml-engineer",
        "modeler": "ml-engineer", "ml-dl-engineer": "ml-engineer",
    ]
    public func company(_ id: String) -> Company? { companies.first { $0.id == id } }

    /// The profiles shipped with folio.
    public static let shared: RoleProfiles = {
        guard let url = ResourceBundle.modelFile("roles.json"),
              let data = try? Data(contentsOf: url),
              let profiles = try? JSONDecoder().decode(RoleProfiles.self, from: data) else {
            return RoleProfiles(roles: [], companies: [])
        }
        return profiles
    }()

    public init(roles: [Role], companies: [Company]) {
        self.roles = roles
        self.companies = companies
    }

    /// The role ids a `target.role` may name.
    public static let knownRoles = ["data-engineer", "ml-engineer", "data-analyst", "data-scientist", "performance-marketer"]
    public static let knownCompanies = ["enterprise-platform", "service", "growth", "mature", "startup"]
    public static let knownLevels = ["junior", "mid", "senior", "lead"]
}
