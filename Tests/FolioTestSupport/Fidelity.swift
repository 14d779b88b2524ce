import Foundation
import FolioModel

/// A reviewer's annotation of a fidelity workspace (`Tests/Fidelity/*/ANNOTATIONS.txt`):
/// `expect <file>:<lines> <rule> | why` for a finding a senior reviewer makes, `clean <file>:<lines>
/// <rule> | why` for a spot that must draw no error or warning of that rule. `<lines>` is `12`,
/// `12-18` or `*` (anywhere in the file).
public struct FidelityAnnotation: Sendable {
    public enum Kind: String, Sendable { case expect, clean }
    public var kind: Kind
    public var file: String
    /// nil for `*`.
    public var lines: ClosedRange<Int>?
    public var rule: String
    public var why: String
    /// Where the annotation stands in ANNOTATIONS.txt, for failure messages.
    public var source: String

    public func covers(_ finding: Finding) -> Bool {
        finding.rule == rule && finding.location.file == file && (lines?.contains(finding.location.line) ?? true)
    }

    /// Parses an annotation file; throws on a line that is not an annotation.
    public static func parse(_ text: String, name: String) throws -> [FidelityAnnotation] {
        var annotations: [FidelityAnnotation] = []
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let parts = line.split(separator: "|", maxSplits: 1)
            let fields = parts[0].split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard fields.count == 3, let kind = Kind(rawValue: fields[0]) else {
                throw FidelityError.malformed("\(name):\(number + 1): \(line)")
            }
            let place = fields[1].split(separator: ":", maxSplits: 1).map(String.init)
            guard place.count == 2 else { throw FidelityError.malformed("\(name):\(number + 1): \(line)") }
            var lines: ClosedRange<Int>?
            if place[1] != "*" {
                let bounds = place[1].split(separator: "-").compactMap { Int($0) }
                guard let low = bounds.first else { throw FidelityError.malformed("\(name):\(number + 1): \(line)") }
                lines = low...(bounds.last ?? low)
            }
            annotations.append(FidelityAnnotation(
                kind: kind, file: place[0], lines: lines, rule: fields[2],
                why: parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : "", source: "\(name):\(number + 1)"))
        }
        return annotations
    }
}

public enum FidelityError: Error, CustomStringConvertible {
    case malformed(String)
    public var description: String {
        switch self {
        case .malformed(let line): "not an annotation: \(line)"
        }
    }
}

/// Recall, false alarms and clean-spot violations per rule over annotated workspaces.
public struct FidelityScore: Sendable {
    public struct RuleScore: Sendable {
        public var expected = 0
        public var found = 0
        /// Findings (error or warning) of the rule that no `expect` annotation covers.
        public var falseAlarms = 0
        /// Findings of the rule, of any severity.
        public var findings = 0
        /// `clean` spots of the rule.
        public var cleanSpots = 0
        /// `clean` spots with an error or warning of the rule.
        public var cleanViolations = 0
        /// `clean` spots with a suggestion of the rule (reported, not counted as a violation).
        public var cleanSuggestions = 0

        public var recall: Double { expected == 0 ? 1 : Double(found) / Double(expected) }
        /// Findings covered by an expectation, over all findings of the rule.
        public var precision: Double { findings == 0 ? 1 : Double(findings - falseAlarms) / Double(findings) }
    }

    public var rules: [String: RuleScore] = [:]
    /// `source: why` of each expectation no finding met, and each clean spot that drew one.
    public var misses: [String] = []
    public var violations: [String] = []
    public var unexpected: [String] = []

    public init() {}

    /// Adds one workspace: its findings against its annotations. Only rules the annotations may name
    /// count (`ruleIDs`); parse diagnostics are the loader's, not a reviewer's.
    public mutating func add(findings: [Finding], annotations: [FidelityAnnotation], ruleIDs: Set<String>, workspace: String) {
        let expects = annotations.filter { $0.kind == .expect }
        let cleans = annotations.filter { $0.kind == .clean }
        for annotation in expects {
            rules[annotation.rule, default: RuleScore()].expected += 1
            if findings.contains(where: annotation.covers) {
                rules[annotation.rule, default: RuleScore()].found += 1
            } else {
                misses.append("\(annotation.source) \(annotation.rule) \(annotation.file):\(annotation.lines.map { "\($0.lowerBound)-\($0.upperBound)" } ?? "*") — \(annotation.why)")
            }
        }
        for annotation in cleans {
            rules[annotation.rule, default: RuleScore()].cleanSpots += 1
            let hits = findings.filter(annotation.covers)
            if hits.contains(where: { $0.severity != .suggestion }) {
                rules[annotation.rule, default: RuleScore()].cleanViolations += 1
                violations.append("\(annotation.source) \(annotation.rule) — \(annotation.why): \(hits.map { "\($0.location) \($0.message.en)" })")
            } else if !hits.isEmpty {
                rules[annotation.rule, default: RuleScore()].cleanSuggestions += 1
            }
        }
        for finding in findings where ruleIDs.contains(finding.rule) {
            rules[finding.rule, default: RuleScore()].findings += 1
            if !expects.contains(where: { $0.covers(finding) }) {
                rules[finding.rule, default: RuleScore()].falseAlarms += 1
                unexpected.append("\(workspace)/\(finding.location) \(finding.rule) [\(finding.severity)]: \(finding.message.en)")
            }
        }
    }

    public var totalExpected: Int { rules.values.reduce(0) { $0 + $1.expected } }
    public var totalFound: Int { rules.values.reduce(0) { $0 + $1.found } }
    public var totalFindings: Int { rules.values.reduce(0) { $0 + $1.findings } }
    public var totalFalseAlarms: Int { rules.values.reduce(0) { $0 + $1.falseAlarms } }
    public var totalViolations: Int { rules.values.reduce(0) { $0 + $1.cleanViolations } }
    public var recall: Double { totalExpected == 0 ? 1 : Double(totalFound) / Double(totalExpected) }
    public var precision: Double { totalFindings == 0 ? 1 : Double(totalFindings - totalFalseAlarms) / Double(totalFindings) }

    /// The table `Benchmarks/fidelity.sh` prints: one row a rule, then the totals.
    public var table: String {
        func percent(_ value: Double) -> String { String(format: "%5.1f%%", value * 100) }
        var lines = ["rule                        expect found  recall  findings unexpected precision  clean violated"]
        for (rule, score) in rules.sorted(by: { $0.key < $1.key }) {
            lines.append(
                rule.padding(toLength: 28, withPad: " ", startingAt: 0)
                + String(format: "%6d %5d ", score.expected, score.found) + percent(score.recall)
                + String(format: " %9d %10d ", score.findings, score.falseAlarms) + percent(score.precision)
                + String(format: " %6d %8d", score.cleanSpots, score.cleanViolations))
        }
        lines.append(
            "total".padding(toLength: 28, withPad: " ", startingAt: 0)
            + String(format: "%6d %5d ", totalExpected, totalFound) + percent(recall)
            + String(format: " %9d %10d ", totalFindings, totalFalseAlarms) + percent(precision)
            + String(format: " %6d %8d", rules.values.reduce(0) { $0 + $1.cleanSpots }, totalViolations))
        return lines.joined(separator: "\n")
    }
}
