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
        /// Every skill the seeds expect of the role, alternatives included (the interview sheet ranks by it).
        public var expected: [String]
        /// Alternatives among `expected`, each met by any one of its skills (seed 004 "일반적인 프로그래밍
        /// 언어에는 … Python, Java, R 및 Scala": one language, not four); the Target sheet shows one row a group.
        public var expectedAnyOf: [ExpectedGroup]?
        public var questions: [LocalizedText]
        public var certifications: Certifications?
    }

    /// A group of expected skills of which any one will do, with the seed passage that says so.
    public struct ExpectedGroup: Sendable, Decodable {
        public var skills: [String]
        public var seed: String
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
              let json = JSONReader.parse(Array(data)), let profiles = RoleProfiles(json: json) else {
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

// Read from `JSONReader`'s values as `Decodable` would (a required key missing or of the wrong
// type fails the whole file; an optional one may be missing or null): JSONDecoder's generic path
// cost `folio check` more than reading the workspace's YAML.
extension RoleProfiles {
    init?(json: JSONValue) {
        guard let roles = json["roles"]?.array?.map(Role.init(json:)), let companies = json["companies"]?.array?.map(Company.init(json:)),
              case let readRoles = roles.compactMap({ $0 }), readRoles.count == roles.count,
              case let readCompanies = companies.compactMap({ $0 }), readCompanies.count == companies.count else { return nil }
        self.init(roles: readRoles, companies: readCompanies)
    }
}

extension LocalizedText {
    init?(json: JSONValue?) {
        guard let ko = json?["ko"]?.string, let en = json?["en"]?.string else { return nil }
        self.init(ko: ko, en: en)
    }
}

/// Every element read, or nil when one cannot be.
private func all<T>(_ values: [JSONValue]?, _ read: (JSONValue) -> T?) -> [T]? {
    guard let values else { return nil }
    var result: [T] = []
    for value in values {
        guard let item = read(value) else { return nil }
        result.append(item)
    }
    return result
}

/// An optional key: nil when missing or null, `.some(nil)` when present and unreadable.
private func optional<T>(_ value: JSONValue?, _ read: (JSONValue) -> T?) -> T?? {
    guard let value else { return .some(nil) }
    if case .null = value { return .some(nil) }
    guard let item = read(value) else { return nil }
    return .some(item)
}

extension RoleProfiles.Role {
    init?(json: JSONValue) {
        guard let id = json["id"]?.string, let label = LocalizedText(json: json["label"]),
              let core = all(json["core"]?.array, RoleProfiles.Competency.init(json:)),
              let expected = json["expected"]?.strings,
              let questions = all(json["questions"]?.array, { LocalizedText(json: $0) }),
              let certifications = optional(json["certifications"], RoleProfiles.Certifications.init(json:)),
              let groups = optional(json["expectedAnyOf"], { value in all(value.array, RoleProfiles.ExpectedGroup.init(json:)) }) else { return nil }
        self.init(id: id, label: label, core: core, expected: expected, expectedAnyOf: groups, questions: questions, certifications: certifications)
    }
}

extension RoleProfiles.Competency {
    init?(json: JSONValue) {
        guard let id = json["id"]?.string, let label = LocalizedText(json: json["label"]),
              let categories = json["categories"]?.strings, let skills = json["skills"]?.strings,
              let excludeSkills = optional(json["excludeSkills"], \.strings), let seed = json["seed"]?.string else { return nil }
        self.init(id: id, label: label, categories: categories, skills: skills, excludeSkills: excludeSkills, seed: seed)
    }
}

extension RoleProfiles.ExpectedGroup {
    init?(json: JSONValue) {
        guard let skills = json["skills"]?.strings, let seed = json["seed"]?.string else { return nil }
        self.init(skills: skills, seed: seed)
    }
}

extension RoleProfiles.Certifications {
    init?(json: JSONValue) {
        guard let wanted = json["wanted"]?.bool, let skills = json["skills"]?.strings, let seed = json["seed"]?.string else { return nil }
        self.init(wanted: wanted, skills: skills, seed: seed)
    }
}

extension RoleProfiles.Company {
    init?(json: JSONValue) {
        guard let id = json["id"]?.string, let name = LocalizedText(json: json["name"]),
              let label = LocalizedText(json: json["label"]),
              let summary = LocalizedText(json: json["summary"]),
              let required = json["required"]?.strings,
              let requiredAnyOf = optional(json["requiredAnyOf"], { value in all(value.array, \.strings) }),
              let preferred = json["preferred"]?.strings,
              let traits = all(json["traits"]?.array, { LocalizedText(json: $0) }),
              let seed = json["seed"]?.string else { return nil }
        self.init(id: id, name: name, label: label, summary: summary, required: required, requiredAnyOf: requiredAnyOf,
                  preferred: preferred, traits: traits, seed: seed)
    }
}
