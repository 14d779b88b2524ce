import Foundation
import Testing
@testable import FolioModel
import FolioTestSupport

/// `schemas/*.schema.json` and the loader agree: every key the loader reads is in the schema, and
/// every key the schema offers for completion is one the loader reads.
@Suite struct SchemaKeysTests {
    /// Where the loader reads keys: the schema file, the path to the mapping (`[]` for a list's
    /// items), and the loader's own list of keys there.
    static let places: [(schema: String, path: [String], keys: [String])] = [
        ("folio.schema.json", [], ProfileReader.keys),
        ("folio.schema.json", ["location"], ProfileReader.placeKeys),
        ("folio.schema.json", ["contact"], ProfileReader.contactKeys),
        ("folio.schema.json", ["contact", "profiles", "[]"], ProfileReader.socialProfileKeys),
        ("folio.schema.json", ["target"], ProfileReader.targetKeys),
        ("folio.schema.json", ["strengths"], ProfileReader.strengthsKeys),
        ("folio.schema.json", ["experience", "[]"], ProfileReader.experienceKeys),
        ("folio.schema.json", ["education", "[]"], ProfileReader.educationKeys),
        ("folio.schema.json", ["certifications", "[]"], ProfileReader.certificationKeys),
        ("folio.schema.json", ["awards", "[]"], ProfileReader.awardKeys),
        ("folio.schema.json", ["open_source", "[]"], ProfileReader.openSourceKeys),
        ("folio.schema.json", ["languages", "[]"], ProfileReader.languageKeys),
        ("folio.schema.json", ["activities", "[]"], ProfileReader.activityKeys),
        ("folio.schema.json", ["interests", "[]"], ProfileReader.interestKeys),
        ("folio.schema.json", ["check"], ProfileReader.checkKeys),
        ("skills.schema.json", ["[]"], SkillsReader.keys),
        ("project.schema.json", [], DocumentReader.projectKeys),
        ("project.schema.json", ["data"], DocumentReader.dataKeys),
        ("story.schema.json", [], DocumentReader.storyKeys),
        ("essay.schema.json", [], EssayReader.keys),
        ("essay.schema.json", ["questions", "[]"], EssayReader.questionKeys),
    ]

    static func schema(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: RepositoryPaths.root.appendingPathComponent("schemas/\(name)"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The schema object at `path`, looking through `anyOf` branches (a value or null).
    static func object(_ schema: [String: Any], at path: [String]) -> [String: Any]? {
        var node = schema
        for component in path {
            let next: [String: Any]?
            if component == "[]" {
                next = (node["items"] as? [String: Any]) ?? branches(node).compactMap { $0["items"] as? [String: Any] }.first
            } else {
                let properties = (node["properties"] as? [String: Any]) ?? branches(node).compactMap { $0["properties"] as? [String: Any] }.first
                next = properties?[component] as? [String: Any]
            }
            guard let next else { return nil }
            node = next
        }
        return node
    }

    static func branches(_ node: [String: Any]) -> [[String: Any]] {
        (node["anyOf"] as? [[String: Any]]) ?? []
    }

    static func propertyNames(_ node: [String: Any]) -> Set<String> {
        let properties = (node["properties"] as? [String: Any]) ?? branches(node).compactMap { $0["properties"] as? [String: Any] }.first
        return Set(properties?.keys.map { $0 } ?? [])
    }

    /// Every path in a schema where an object lists its `properties`.
    static func objectPaths(_ node: [String: Any], _ path: [String] = []) -> [[String]] {
        var paths: [[String]] = []
        if let properties = node["properties"] as? [String: Any] {
            paths.append(path)
            for (key, value) in properties {
                if let child = value as? [String: Any] { paths += objectPaths(child, path + [key]) }
            }
        }
        if let items = node["items"] as? [String: Any] { paths += objectPaths(items, path + ["[]"]) }
        for branch in branches(node) { paths += objectPaths(branch, path) }
        return paths
    }

    @Test(arguments: places.indices)
    func schemaListsExactlyTheLoadersKeys(_ index: Int) throws {
        let place = Self.places[index]
        let schema = try Self.schema(place.schema)
        let node = try #require(Self.object(schema, at: place.path), "\(place.schema) has no object at \(place.path)")
        let inSchema = Self.propertyNames(node)
        let read = Set(place.keys)
        let where_ = "\(place.schema) at \(place.path.isEmpty ? "the top" : place.path.joined(separator: "."))"
        #expect(read.subtracting(inSchema).isEmpty, "the loader reads \(read.subtracting(inSchema).sorted()) but \(where_) does not list them")
        #expect(inSchema.subtracting(read).isEmpty, "\(where_) offers \(inSchema.subtracting(read).sorted()), which the loader does not read")
        #expect(node["additionalProperties"] as? Bool == false || Self.branches(node).contains { $0["additionalProperties"] as? Bool == false },
                "\(where_) rejects unknown keys, as the loader warns about them")
    }

    @Test(arguments: ["folio.schema.json", "skills.schema.json", "project.schema.json", "story.schema.json", "essay.schema.json"])
    func everyObjectInTheSchemaIsOneTheLoaderReads(_ name: String) throws {
        let known = Set(Self.places.filter { $0.schema == name }.map { $0.path.joined(separator: ".") })
        for path in Self.objectPaths(try Self.schema(name)) {
            #expect(known.contains(path.joined(separator: ".")), "\(name) describes an object at \(path) that the loader does not read")
        }
    }

    @Test func enumsAreFolioOwnValues() throws {
        let profile = try Self.schema("folio.schema.json")
        for (key, values) in [("role", RoleProfiles.knownRoles), ("company", RoleProfiles.knownCompanies), ("level", RoleProfiles.knownLevels)] {
            let node = try #require(Self.object(profile, at: ["target", key]))
            let listed = Self.branches(node).compactMap { $0["enum"] as? [String] }.first ?? []
            #expect(listed == values, "target.\(key) lists \(listed), folio knows \(values)")
        }
        let roles = Set(RoleProfiles.shared.roles.map(\.id))
        #expect(roles == Set(RoleProfiles.knownRoles), "roles.json and the known roles agree")
        let severity = try #require(Self.object(profile, at: ["check", "severity"]))
        let severities = try #require((severity["additionalProperties"] as? [String: Any])?["enum"] as? [String])
        for value in severities { #expect(Severity(userValue: value) != nil, "\(value) is a severity folio reads") }
        for value in ["error", "warning", "suggestion"] { #expect(severities.contains(value)) }
    }

    /// The essay schema offers for completion only values the loader reads.
    @Test func essayEnumsAreValuesTheLoaderReads() throws {
        let essay = try Self.schema("essay.schema.json")
        for path in [["count"], ["questions", "[]", "count"]] {
            let node = try #require(Self.object(essay, at: path))
            let values = try #require(Self.branches(node).compactMap { $0["enum"] as? [String] }.first)
            for value in values { #expect(CountingRule(userValue: value) != nil, "\(path): \(value)") }
            for rule in ["with-spaces", "without-spaces", "bytes-cp949", "bytes-utf8"] { #expect(values.contains(rule), "\(path) offers \(rule)") }
        }
        let encoding = try #require(Self.object(essay, at: ["encoding"]))
        let encodings = try #require(Self.branches(encoding).compactMap { $0["enum"] as? [String] }.first)
        #expect(encodings.map(EssayReader.legacyEncoding) == [true, true, false])
    }
}
