import Foundation

/// The skills folio knows, with their categories and aliases in English and Hangul
/// (`pyspark`, `스파크` → Apache Spark). Shipped as data in `Resources/skills.json`.
public struct SkillCatalog: Sendable {
    public struct Entry: Sendable, Codable, Hashable {
        public var name: String
        public var category: String
        public var aliases: [String]
    }

    public let entries: [Entry]
    private let index: [String: Int]
    /// Every spelling, normalised, with its entry's position: what "did you mean" compares against.
    private let normalizedSpellings: [(characters: [Character], position: Int)]

    public init(entries: [Entry]) {
        self.entries = entries
        var index: [String: Int] = [:]
        var spellings: [(characters: [Character], position: Int)] = []
        for (position, entry) in entries.enumerated() {
            for spelling in [entry.name] + entry.aliases {
                let key = SkillCatalog.normalize(spelling)
                if index[key] == nil { index[key] = position }
                spellings.append((Array(key), position))
            }
        }
        self.index = index
        normalizedSpellings = spellings
    }

    /// The catalog shipped with folio.
    public static let shared: SkillCatalog = {
        // JSONSerialization, not JSONDecoder: Decodable's generic path cost `folio check` a
        // tenth of its instructions for these 248 entries.
        guard let url = ResourceBundle.modelFile("skills.json"),
              let data = try? Data(contentsOf: url),
              let file = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let skills = file["skills"] as? [[String: Any]] else {
            return SkillCatalog(entries: [])
        }
        return SkillCatalog(entries: skills.compactMap { skill in
            guard let name = skill["name"] as? String, let category = skill["category"] as? String else { return nil }
            return Entry(name: name, category: category, aliases: skill["aliases"] as? [String] ?? [])
        })
    }()

    /// The catalog entry for a name as a user or a posting wrote it, if known.
    public func lookup(_ name: String) -> Entry? {
        let key = SkillCatalog.normalize(name)
        if let position = index[key] { return entries[position] }
        // "Spark 3.5", "Kafka(Confluent)": try the name without a version or a parenthesis.
        let stem = name.split(whereSeparator: { "(（".contains($0) }).first.map(String.init) ?? name
        let withoutVersion = stem.split(separator: " ").filter { !($0.first?.isNumber ?? false) }.joined(separator: " ")
        if withoutVersion != name, let position = index[SkillCatalog.normalize(withoutVersion)] {
            return entries[position]
        }
        return nil
    }

    /// The canonical name for a user's spelling, or the spelling itself when unknown.
    public func canonicalName(_ name: String) -> String {
        lookup(name)?.name ?? name
    }

    /// The nearest known name, for "did you mean" on an unknown skill.
    public func suggestion(for name: String) -> String? {
        let normalized = Array(SkillCatalog.normalize(name))
        let limit = max(1, min(3, normalized.count / 3))
        var best: (position: Int, distance: Int)?
        for spelling in normalizedSpellings {
            // The distance is at least the difference in length: skip what cannot be close enough.
            guard abs(spelling.characters.count - normalized.count) <= limit else { continue }
            let distance = Spelling.levenshtein(normalized, spelling.characters)
            if distance < (best?.distance ?? .max) { best = (spelling.position, distance) }
        }
        guard let best, best.distance <= limit else { return nil }
        return entries[best.position].name
    }

    /// Every spelling (names and aliases) with its entry, for scanning free text (postings).
    public var spellings: [(spelling: String, entry: Entry)] {
        entries.flatMap { entry in ([entry.name] + entry.aliases).map { ($0, entry) } }
    }

    /// Lowercased, with spaces, dots, hyphens and underscores removed: `Apache-Spark` ~ `apachespark`.
    public static func normalize(_ name: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in name.lowercased().unicodeScalars {
            switch scalar {
            case " ", ".", "-", "_", "·": continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
