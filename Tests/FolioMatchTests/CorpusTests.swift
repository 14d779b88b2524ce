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

    /// What one set of postings measures: counts over all its postings, and each miss and extra.
    struct Measurement {
        var postings = 0, expected = 0, extracted = 0, correct = 0, unknown = 0
        var differences: [String] = []
        var precision: Double { Double(correct) / Double(max(1, extracted)) }
        var recall: Double { Double(correct) / Double(max(1, expected)) }

        func report(_ name: String) -> String {
            String(format: "%@: %d postings, %d expected items, %d extracted, %d correct: precision %.1f %%, recall %.1f %% (%d items the catalog does not know, not counted)",
                   name, postings, expected, extracted, correct, precision * 100, recall * 100, unknown)
        }
    }

    /// Every `NN-name.txt` of `folder` read with `Posting.parse` and compared with its sidecar.
    static func measure(_ folder: URL) throws -> Measurement {
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        var result = Measurement(postings: files.count)
        for file in files {
            let sidecar = file.deletingPathExtension().appendingPathExtension("expected")
            let expected = try Self.expected(sidecar)
            let posting = Posting.parse(text: try String(contentsOf: file, encoding: .utf8), file: file.lastPathComponent)
            let found = Self.extracted(posting)
            result.correct += found.intersection(expected.items).count
            result.extracted += found.count
            result.expected += expected.items.count
            result.unknown += expected.unknown.count
            for item in expected.items.subtracting(found).sorted(by: { $0.text < $1.text }) { result.differences.append("\(file.lastPathComponent): missed \(item)") }
            for item in found.subtracting(expected.items).sorted(by: { $0.text < $1.text }) { result.differences.append("\(file.lastPathComponent): extra \(item)") }
        }
        return result
    }

    /// The tuned corpus: 96.0 % / 96.8 % (252 extracted, 242 correct of 250) before the third part of
    /// the session, 95.7 % / 97.2 % (254 extracted, 243 correct) after it. Four of its misses come from
    /// one reading change: `05-en-no-headings-prose`'s "You will build pipelines on AWS with S3 and Glue"
    /// is a duty now, weighed as preferred (as both held-out sets read such sentences), where its
    /// sidecar lists the tools as required.
    @Test("At least 30 postings; precision and recall of what is extracted are 95 % or more each")
    func precisionAndRecall() throws {
        let measured = try Self.measure(Self.folder)
        #expect(measured.postings >= 30)
        print(measured.report("posting corpus"))
        for difference in measured.differences { print("  " + difference) }
        #expect(measured.precision >= 0.95, "precision \(measured.precision)")
        #expect(measured.recall >= 0.95, "recall \(measured.recall)")
    }

    /// `HeldOut/` (its README): 16 postings written by a reviewer who never read or ran the extractor,
    /// with sidecars written before it ran, copied unchanged. Measured apart from the tuned corpus.
    /// First run (2026-12-01, extractor as tuned on `Corpus/`): 197 expected items, 159 extracted,
    /// 132 correct: precision 83.0 %, recall 67.0 %, far under the tuned corpus's 96.3 % / 97.5 %.
    /// After one general fix shown first on the tuned corpus (`Corpus/33-ko-pasted-dashes`: a posting
    /// pasted without its line breaks): 167 extracted, 141 correct, 84.4 % / 71.6 %.
    /// Since `HeldOut2/` was written this set is a development set: its misses were studied, and the
    /// general changes shown first in `PostingReadingTests` (English fit/bonus headings, a kind named
    /// with examples joining the choice, industry asks without "domain") gave 169 extracted, 148
    /// correct: 87.6 % / 75.1 %. Studied again with `HeldOut2/` (third part of the session; each change
    /// general and tested in `PostingReadingTests` / `MisreadingTests`): 182 extracted, 180 correct:
    /// 98.9 % / 91.4 %. None of these is a blind figure any more. Most of what it still misses is a
    /// reading this set's writer and `HeldOut2/`'s disagree on: a "pipeline" duty is ETL here (8 of the
    /// 17 misses) and not there, which this reader follows.
    /// The floor is just under the last figures, so that a change that reads these postings worse fails.
    @Test("Held-out postings (a development set now): no worse than the last measurement (precision 97 %, recall 90 %)")
    func heldOut() throws {
        let measured = try Self.measure(Self.folder.deletingLastPathComponent().appendingPathComponent("HeldOut"))
        #expect(measured.postings == 16)
        print(measured.report("held-out postings"))
        for difference in measured.differences { print("  " + difference) }
        #expect(measured.precision >= 0.97, "precision \(measured.precision)")
        #expect(measured.recall >= 0.90, "recall \(measured.recall)")
    }

    /// `HeldOut2/` (its README): a second set of 16 postings and sidecars written blind by a reviewer
    /// who never read or ran the extractor, copied unchanged. First run (2026-12-01, extractor as it
    /// stood before this set was read, the same that gave `HeldOut/` 84.4 % / 71.6 %): 166 expected
    /// items, 163 extracted, 112 correct: precision 68.7 %, recall 67.5 %. After the changes made on
    /// `HeldOut/` and the tuned corpus (none made on this set): 165 extracted, 118 correct:
    /// 71.5 % / 71.1 %. Those two are its blind figures.
    /// Since then it is a development set too (a third set, written blind by someone else and never
    /// seen here, is the honest measurement): its misses are printed below and were studied, and the
    /// reader was changed only by general rules, each with a test in `PostingReadingTests` or
    /// `MisreadingTests` (Wanted-style and decorated headings, `(필수)` tags, benefits that name tools,
    /// a platform's environment in brackets, prose read sentence by sentence, the fields of a years
    /// line, clause-scoped "one of", a head noun shared by coordinated words, domains named with an ask,
    /// catalog aliases and false friends): 163 extracted, 162 correct: 99.4 % / 97.6 %. The floor is
    /// just under that.
    @Test("Second held-out set (a development set now): no worse than the last measurement (precision 98 %, recall 96 %)")
    func heldOutSecond() throws {
        let measured = try Self.measure(Self.folder.deletingLastPathComponent().appendingPathComponent("HeldOut2"))
        #expect(measured.postings == 16)
        print(measured.report("second held-out postings"))
        for difference in measured.differences { print("  " + difference) }
        #expect(measured.precision >= 0.98, "precision \(measured.precision)")
        #expect(measured.recall >= 0.96, "recall \(measured.recall)")
    }

    /// `HeldOut3/` (its README): twenty postings and sidecars written blind by a third reviewer who
    /// never read or ran the extractor and did not see the other sets' postings, copied unchanged.
    /// It is the honest measurement now that `HeldOut/` and `HeldOut2/` are development sets: only the
    /// aggregate figures are printed (no list of misses), and nothing is tuned to it.
    /// First run (2026-12-01, the reader after the changes made on `Corpus/`, `HeldOut/` and
    /// `HeldOut2/`, before this set was read by anyone but its writer): 239 expected items, 242
    /// extracted, 221 correct: precision 91.3 %, recall 92.5 %. (The same reader before those changes
    /// gave `HeldOut2/`, then blind, 68.7 % / 67.5 %.) The floor is that first run less a margin, so a
    /// change that reads these postings worse fails here; it is not the 95 % the tuned corpus must reach.
    @Test("Third held-out set: aggregate figures only, never tuned to; no worse than the first run (precision 88 %, recall 89 %)")
    func heldOutThird() throws {
        let measured = try Self.measure(Self.folder.deletingLastPathComponent().appendingPathComponent("HeldOut3"))
        #expect(measured.postings == 20)
        print(measured.report("third held-out postings"))
        #expect(measured.precision >= 0.88, "precision \(measured.precision)")
        #expect(measured.recall >= 0.89, "recall \(measured.recall)")
    }
}
