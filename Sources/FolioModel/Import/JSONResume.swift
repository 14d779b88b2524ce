import Foundation

/// A JSON Resume document (https://jsonresume.org/schema, v1.0.0), as typed `Codable` values.
///
/// Decoding is forgiving in the ways real files are: a number where text belongs (`"gpa": 98`)
/// is read as its text, and the older names `company` and `website` are read as `name` and `url`.
/// Encoding writes only v1.0.0 names. Dates stay the text they were written as; `folio import`
/// reads them with `PartialDate`, so `October 2022` and `2019` are understood.
public struct JSONResume: Codable, Sendable, Equatable {
    public var basics: Basics?
    public var work: [Work]?
    public var volunteer: [Volunteer]?
    public var education: [Education]?
    public var awards: [Award]?
    public var certificates: [Certificate]?
    public var publications: [Publication]?
    public var skills: [Skill]?
    public var languages: [Language]?
    public var interests: [Interest]?
    public var references: [Reference]?
    public var projects: [Project]?
    /// The schema allows anything here; folio writes what the schema has no field for under `folio`.
    public var meta: Meta?

    public init() {}

    public struct Basics: Codable, Sendable, Equatable {
        public var name: JSONText?
        public var label: JSONText?
        public var image: JSONText?
        public var email: JSONText?
        public var phone: JSONText?
        public var url: JSONText?
        public var summary: JSONText?
        public var location: Location?
        public var profiles: [Profile]?
        public init() {}

        enum CodingKeys: String, CodingKey { case name, label, image, email, phone, url, website, summary, location, profiles }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decodeIfPresent(JSONText.self, forKey: .name)
            label = try c.decodeIfPresent(JSONText.self, forKey: .label)
            image = try c.decodeIfPresent(JSONText.self, forKey: .image)
            email = try c.decodeIfPresent(JSONText.self, forKey: .email)
            phone = try c.decodeIfPresent(JSONText.self, forKey: .phone)
            url = try c.decodeIfPresent(JSONText.self, forKey: .url) ?? c.decodeIfPresent(JSONText.self, forKey: .website)
            summary = try c.decodeIfPresent(JSONText.self, forKey: .summary)
            location = try c.decodeIfPresent(Location.self, forKey: .location)
            profiles = try c.decodeIfPresent([Profile].self, forKey: .profiles)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(name, forKey: .name)
            try c.encodeIfPresent(label, forKey: .label)
            try c.encodeIfPresent(image, forKey: .image)
            try c.encodeIfPresent(email, forKey: .email)
            try c.encodeIfPresent(phone, forKey: .phone)
            try c.encodeIfPresent(url, forKey: .url)
            try c.encodeIfPresent(summary, forKey: .summary)
            try c.encodeIfPresent(location, forKey: .location)
            try c.encodeIfPresent(profiles, forKey: .profiles)
        }
    }

    public struct Location: Codable, Sendable, Equatable {
        public var address: JSONText?
        public var postalCode: JSONText?
        public var city: JSONText?
        public var countryCode: JSONText?
        public var region: JSONText?
        public init() {}
    }

    public struct Profile: Codable, Sendable, Equatable {
        public var network: JSONText?
        public var username: JSONText?
        public var url: JSONText?
        public init() {}
    }

    public struct Work: Codable, Sendable, Equatable {
        public var name: JSONText?
        public var location: JSONText?
        public var description: JSONText?
        public var position: JSONText?
        public var url: JSONText?
        public var startDate: JSONText?
        public var endDate: JSONText?
        public var summary: JSONText?
        public var highlights: [JSONText]?
        /// Not in the schema, but common (`technologies`, `keywords`): read into the job's `stack`.
        public var technologies: [JSONText]?
        public init() {}

        enum CodingKeys: String, CodingKey {
            case name, company, location, description, position, url, website, startDate, endDate, summary, highlights, technologies, keywords
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decodeIfPresent(JSONText.self, forKey: .name) ?? c.decodeIfPresent(JSONText.self, forKey: .company)
            location = try c.decodeIfPresent(JSONText.self, forKey: .location)
            description = try c.decodeIfPresent(JSONText.self, forKey: .description)
            position = try c.decodeIfPresent(JSONText.self, forKey: .position)
            url = try c.decodeIfPresent(JSONText.self, forKey: .url) ?? c.decodeIfPresent(JSONText.self, forKey: .website)
            startDate = try c.decodeIfPresent(JSONText.self, forKey: .startDate)
            endDate = try c.decodeIfPresent(JSONText.self, forKey: .endDate)
            summary = try c.decodeIfPresent(JSONText.self, forKey: .summary)
            highlights = try c.decodeIfPresent([JSONText].self, forKey: .highlights)
            technologies = try c.decodeIfPresent([JSONText].self, forKey: .technologies) ?? c.decodeIfPresent([JSONText].self, forKey: .keywords)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(name, forKey: .name)
            try c.encodeIfPresent(location, forKey: .location)
            try c.encodeIfPresent(description, forKey: .description)
            try c.encodeIfPresent(position, forKey: .position)
            try c.encodeIfPresent(url, forKey: .url)
            try c.encodeIfPresent(startDate, forKey: .startDate)
            try c.encodeIfPresent(endDate, forKey: .endDate)
            try c.encodeIfPresent(summary, forKey: .summary)
            try c.encodeIfPresent(highlights, forKey: .highlights)
        }
    }

    public struct Volunteer: Codable, Sendable, Equatable {
        public var organization: JSONText?
        public var position: JSONText?
        public var url: JSONText?
        public var startDate: JSONText?
        public var endDate: JSONText?
        public var summary: JSONText?
        public var highlights: [JSONText]?
        public init() {}
    }

    public struct Education: Codable, Sendable, Equatable {
        public var institution: JSONText?
        public var url: JSONText?
        public var area: JSONText?
        public var studyType: JSONText?
        public var startDate: JSONText?
        public var endDate: JSONText?
        public var score: JSONText?
        public var courses: [JSONText]?
        public init() {}

        enum CodingKeys: String, CodingKey { case institution, url, website, area, studyType, startDate, endDate, score, gpa, courses }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            institution = try c.decodeIfPresent(JSONText.self, forKey: .institution)
            url = try c.decodeIfPresent(JSONText.self, forKey: .url) ?? c.decodeIfPresent(JSONText.self, forKey: .website)
            area = try c.decodeIfPresent(JSONText.self, forKey: .area)
            studyType = try c.decodeIfPresent(JSONText.self, forKey: .studyType)
            startDate = try c.decodeIfPresent(JSONText.self, forKey: .startDate)
            endDate = try c.decodeIfPresent(JSONText.self, forKey: .endDate)
            score = try c.decodeIfPresent(JSONText.self, forKey: .score) ?? c.decodeIfPresent(JSONText.self, forKey: .gpa)
            courses = try c.decodeIfPresent([JSONText].self, forKey: .courses)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(institution, forKey: .institution)
            try c.encodeIfPresent(url, forKey: .url)
            try c.encodeIfPresent(area, forKey: .area)
            try c.encodeIfPresent(studyType, forKey: .studyType)
            try c.encodeIfPresent(startDate, forKey: .startDate)
            try c.encodeIfPresent(endDate, forKey: .endDate)
            try c.encodeIfPresent(score, forKey: .score)
            try c.encodeIfPresent(courses, forKey: .courses)
        }
    }

    public struct Award: Codable, Sendable, Equatable {
        public var title: JSONText?
        public var date: JSONText?
        public var awarder: JSONText?
        public var summary: JSONText?
        public init() {}
    }

    public struct Certificate: Codable, Sendable, Equatable {
        public var name: JSONText?
        public var date: JSONText?
        public var url: JSONText?
        public var issuer: JSONText?
        public init() {}
    }

    public struct Publication: Codable, Sendable, Equatable {
        public var name: JSONText?
        public var publisher: JSONText?
        public var releaseDate: JSONText?
        public var url: JSONText?
        public var summary: JSONText?
        public init() {}
    }

    public struct Skill: Codable, Sendable, Equatable {
        public var name: JSONText?
        public var level: JSONText?
        public var keywords: [JSONText]?
        public init() {}
    }

    public struct Language: Codable, Sendable, Equatable {
        public var language: JSONText?
        public var fluency: JSONText?
        public init() {}
    }

    public struct Interest: Codable, Sendable, Equatable {
        public var name: JSONText?
        public var keywords: [JSONText]?
        public init() {}
    }

    public struct Reference: Codable, Sendable, Equatable {
        public var name: JSONText?
        public var reference: JSONText?
        public init() {}
    }

    public struct Project: Codable, Sendable, Equatable {
        public var name: JSONText?
        public var description: JSONText?
        public var highlights: [JSONText]?
        public var keywords: [JSONText]?
        public var startDate: JSONText?
        public var endDate: JSONText?
        public var url: JSONText?
        public var roles: [JSONText]?
        public var entity: JSONText?
        public var type: JSONText?
        /// Not in the schema, but common: read as the project's `role` (and `stack`).
        public var position: JSONText?
        public var technologies: [JSONText]?
        public init() {}

        enum CodingKeys: String, CodingKey {
            case name, description, highlights, keywords, startDate, endDate, url, website, roles, entity, type, position, technologies
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decodeIfPresent(JSONText.self, forKey: .name)
            description = try c.decodeIfPresent(JSONText.self, forKey: .description)
            highlights = try c.decodeIfPresent([JSONText].self, forKey: .highlights)
            keywords = try c.decodeIfPresent([JSONText].self, forKey: .keywords)
            startDate = try c.decodeIfPresent(JSONText.self, forKey: .startDate)
            endDate = try c.decodeIfPresent(JSONText.self, forKey: .endDate)
            url = try c.decodeIfPresent(JSONText.self, forKey: .url) ?? c.decodeIfPresent(JSONText.self, forKey: .website)
            roles = try c.decodeIfPresent([JSONText].self, forKey: .roles)
            entity = try c.decodeIfPresent(JSONText.self, forKey: .entity)
            type = try c.decodeIfPresent(JSONText.self, forKey: .type)
            position = try c.decodeIfPresent(JSONText.self, forKey: .position)
            technologies = try c.decodeIfPresent([JSONText].self, forKey: .technologies)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(name, forKey: .name)
            try c.encodeIfPresent(description, forKey: .description)
            try c.encodeIfPresent(highlights, forKey: .highlights)
            try c.encodeIfPresent(keywords, forKey: .keywords)
            try c.encodeIfPresent(startDate, forKey: .startDate)
            try c.encodeIfPresent(endDate, forKey: .endDate)
            try c.encodeIfPresent(url, forKey: .url)
            try c.encodeIfPresent(roles, forKey: .roles)
            try c.encodeIfPresent(entity, forKey: .entity)
            try c.encodeIfPresent(type, forKey: .type)
        }
    }

    /// `meta`: the schema's `canonical`, `version`, `lastModified`, and folio's own extension.
    public struct Meta: Codable, Sendable, Equatable {
        public var canonical: JSONText?
        public var version: JSONText?
        public var lastModified: JSONText?
        /// What the schema has no field for, so that `folio import` of an exported file gets it back.
        public var folio: FolioExtension?
        public init() {}
    }
}

/// A JSON value read as text: a string as it is, a number as its JSON spelling (`"postalCode": 6234`,
/// `"startDate": 2021`), `null` as an empty text; a boolean, a list or an object is a type error
/// at its JSON path (`JSONDecodingProblem`). Encodes as a JSON string.
public struct JSONText: Codable, Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var value: String

    public init(_ value: String) { self.value = value }
    public init(stringLiteral value: String) { self.value = value }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { value = "" }
        else if let text = try? container.decode(String.self) { value = text }
        else if let number = try? container.decode(Int.self) { value = String(number) }
        else if let number = try? container.decode(Double.self) { value = String(number) }
        else {
            // A boolean is no text: `"name": true` is a mistake to point at, not the name "true".
            throw DecodingError.typeMismatch(String.self, DecodingError.Context(
                codingPath: decoder.codingPath, debugDescription: "expected text or a number"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    public var description: String { value }

    /// The text trimmed, or nil when it is blank.
    public var nonBlank: String? {
        let trimmed = value.trimmedWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }
}

/// `meta.folio` of an exported JSON Resume: the workspace's content that the schema has no
/// field for (troubleshooting stories, a skill's version and depth, a job's own part and team,
/// an award's metric, open-source work, the target), so themes can ignore it and import can read it.
public struct FolioExtension: Codable, Sendable, Equatable {
    public var lang: String?
    public var target: [String: String]?
    public var strengths: [String: String]?
    public var skills: [SkillDetail]?
    public var experience: [ExperienceDetail]?
    public var awards: [AwardDetail]?
    public var languages: [LanguageTest]?
    public var openSource: [OpenSource]?
    public var activities: [String?]?
    /// folio.yaml's `check:`: rules turned off, and severities by rule id.
    public var check: CheckSettings?
    /// By position in `education`: the `program` (free text) that export wrote as the `area`.
    public var education: [String?]?
    public var projects: [ProjectDetail]?
    public var stories: [StoryDetail]?
    public init() {}

    public struct CheckSettings: Codable, Sendable, Equatable {
        public var disable: [String]?
        public var severity: [String: String]?
    }
    public struct SkillDetail: Codable, Sendable, Equatable {
        public var name: String
        public var level: Int?
        public var version: String?
        public var depth: String?
        public var since: String?
        /// skills.yaml's `category` and `group`, so that import writes the entry back as it was.
        public var category: String?
        public var group: String?
    }
    /// By position in `work`.
    public struct ExperienceDetail: Codable, Sendable, Equatable {
        public var role: String?
        public var team: String?
        public var projects: [String]?
        public var stack: [String]?
    }
    /// By position in `awards`.
    public struct AwardDetail: Codable, Sendable, Equatable {
        public var rank: String?
        public var metric: String?
        public var approach: String?
        public var url: String?
    }
    /// By position in `languages`.
    public struct LanguageTest: Codable, Sendable, Equatable {
        public var test: String?
        public var score: String?
        public var date: String?
    }
    public struct OpenSource: Codable, Sendable, Equatable {
        public var project: String?
        public var contribution: String?
        public var url: String?
        public var date: String?
    }
    /// By position in `projects`: the folio id and what the schema's project has no field for.
    public struct ProjectDetail: Codable, Sendable, Equatable {
        public var id: String
        public var team: Int?
        public var featured: Bool?
        public var data: [String: String]?
        public var links: [String: String]?
        /// The body's sections after the overview (which is the project's `description`): heading → Markdown, in order.
        public var sections: [[String: String]]?
    }
    public struct StoryDetail: Codable, Sendable, Equatable {
        public var id: String
        public var title: String?
        public var project: String?
        public var skills: [String]?
        public var date: String?
        /// Heading → the section's Markdown, in order.
        public var sections: [[String: String]]?
    }
}
