import Foundation
import Testing
import FolioModel
@testable import FolioMatch

/// The posting corpus (Corpus/README.md): each posting against the requirements a recruiter wrote
/// down for it beforehand; extraction precision and recall over all of them.
@Suite("Posting corpus: extraction precision and recall")
struct CorpusTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    /// One thing a recruiter lists: a requirement (kind and its any-of members), years, or a domain.
    struct Item: Hashable, CustomStringConvertible {
        var text: String
        var description: String { text }

        static func requirement(_ kind: RequirementKind, _ skills: some Sequence<String>) -> Item {
            Item(text: "\(kind.rawValue): " + skills.sorted().joined(separator: " | "))
        }
    }

    struct Expected {
        var items: Set<Item> = []
        var unknown: [String] = []
    }

    static func expected(_ url: URL) throws -> Expected {
        var result = Expected()
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
            let text = line.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty, !text.hasPrefix("#"), let colon = text.firstIndex(of: ":") else { continue }
            let key = String(text[..<colon])
            let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "required", "preferred":
                let skills = value.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                result.items.insert(.requirement(RequirementKind(rawValue: key)!, skills))
            case "experience", "domain":
                result.items.insert(Item(text: "\(key): \(value)"))
            case "unknown":
                result.unknown.append(value)
            default:
                Issue.record("\(url.lastPathComponent): unknown key \(key)")
            }
        }
        return result
    }

    static func extracted(_ posting: Posting) -> Set<Item> {
        var items = Set(posting.requirements.map { Item.requirement($0.kind, $0.skills) })
        for condition in posting.conditions {
            switch condition.topic {
            case .experience:
                let years = switch (condition.years, condition.maximumYears) {
                case let (low?, high?): "\(low)-\(high)"
                case let (low?, nil): "\(low)+"
                case let (nil, high?): "..\(high)"
                case (nil, nil): "any"
                }
                items.insert(Item(text: "experience: \(years)"))
            case .domain:
                items.insert(Item(text: "domain: \(condition.domain ?? "")"))
            default:
                break
            }
        }
        return items
    }

    @Test("At least 30 postings; precision and recall of what is extracted are 95 % or more each")
    func precisionAndRecall() throws {
        let files = try FileManager.default.contentsOfDirectory(at: Self.folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        #expect(files.count >= 30)
        var truePositives = 0, extractedCount = 0, expectedCount = 0, unknown = 0
        var misses: [String] = []
        for file in files {
            let sidecar = file.deletingPathExtension().appendingPathExtension("expected")
            let expected = try Self.expected(sidecar)
            let posting = Posting.parse(text: try String(contentsOf: file, encoding: .utf8), file: file.lastPathComponent)
            let found = Self.extracted(posting)
            truePositives += found.intersection(expected.items).count
            extractedCount += found.count
            expectedCount += expected.items.count
            unknown += expected.unknown.count
            for item in expected.items.subtracting(found).sorted(by: { $0.text < $1.text }) { misses.append("\(file.lastPathComponent): missed \(item)") }
            for item in found.subtracting(expected.items).sorted(by: { $0.text < $1.text }) { misses.append("\(file.lastPathComponent): extra \(item)") }
        }
        let precision = Double(truePositives) / Double(max(1, extractedCount))
        let recall = Double(truePositives) / Double(max(1, expectedCount))
        print(String(format: "posting corpus: %d postings, %d expected items, %d extracted, %d correct: precision %.1f %%, recall %.1f %% (%d items the catalog does not know, not counted)",
                     files.count, expectedCount, extractedCount, truePositives, precision * 100, recall * 100, unknown))
        for miss in misses { print("  " + miss) }
        #expect(precision >= 0.95, "precision \(precision)")
        #expect(recall >= 0.95, "recall \(recall)")
    }
}
