import Foundation
import Yams

/// A YAML tree whose every node knows where it was written. Built from Yams' composed
/// nodes (their marks give line and column) and shifted to the file's own line numbers.
public indirect enum YAMLNode: Sendable {
    case scalar(YAMLScalar)
    case sequence([YAMLNode], SourceLocation)
    case mapping([YAMLEntry], SourceLocation)

    public var location: SourceLocation {
        switch self {
        case .scalar(let scalar): scalar.location
        case .sequence(_, let location), .mapping(_, let location): location
        }
    }

    /// What a user would call this kind of value, for messages.
    var kindName: LocalizedText {
        switch self {
        case .scalar(let scalar) where scalar.isNull: LocalizedText(ko: "빈 값", en: "an empty value")
        case .scalar: LocalizedText(ko: "단일 값", en: "a single value")
        case .sequence: LocalizedText(ko: "목록", en: "a list")
        case .mapping: LocalizedText(ko: "key: value 묶음", en: "a mapping of keys")
        }
    }
}

/// A scalar as written: the string, whether it was quoted, and where.
public struct YAMLScalar: Sendable {
    public var string: String
    public var isQuoted: Bool
    public var location: SourceLocation
    /// A `|` or `>` block: its text starts on the line after the indicator.
    public var isBlock = false

    /// `~`, `null` or nothing at all, unquoted.
    public var isNull: Bool {
        !isQuoted && ["", "~", "null", "Null", "NULL"].contains(string)
    }
}

/// One `key: value` pair of a mapping.
public struct YAMLEntry: Sendable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: YAMLNode
}

extension YAMLNode {
    /// Parses YAML text that starts at `firstLine` of `file`, recovering from errors: every
    /// error becomes a finding in `diagnostics` and the rest of the file is still read
    /// (`YAMLRecovery`); what had to be left out is recorded as the file's `ReadingLoss`.
    ///
    /// - Returns: the root node, or nil for an empty document or a file nothing could be read of.
    static func read(_ yaml: String, file: String, firstLine: Int = 1, diagnostics: Diagnostics) -> YAMLNode? {
        let outcome = YAMLRecovery.read(yaml, file: file, firstLine: firstLine)
        outcome.findings.forEach(diagnostics.add)
        if outcome.loss != ReadingLoss() { diagnostics.lost(outcome.loss, in: file) }
        return outcome.node
    }

    /// Parses YAML text that starts at `firstLine` of `file`.
    ///
    /// - Returns: the root node (`nil` for an empty document), or the first finding when the
    ///   text has a syntax error (`read` recovers from it instead).
    public static func parse(_ yaml: String, file: String, firstLine: Int = 1) -> Result<YAMLNode?, Finding> {
        let outcome = YAMLRecovery.read(yaml, file: file, firstLine: firstLine)
        if let first = outcome.findings.first(where: { $0.severity == .error }) { return .failure(first) }
        return .success(outcome.node)
    }

    /// Converts a Yams node, spending `budget` on every node so aliases cannot multiply it past
    /// `YAMLBudget.maxNodes`.
    init(_ node: Node, file: String, lineOffset: Int, budget: YAMLBudget) throws(YAMLBudget.Exceeded) {
        try budget.spend()
        func location(_ mark: Mark?) -> SourceLocation {
            SourceLocation(file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
        }
        switch node {
        case .scalar(let scalar):
            var value = YAMLScalar(string: scalar.string, isQuoted: scalar.style != .plain, location: location(scalar.mark))
            value.isBlock = scalar.style == .literal || scalar.style == .folded
            self = .scalar(value)
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            for item in sequence { items.append(try YAMLNode(item, file: file, lineOffset: lineOffset, budget: budget)) }
            self = .sequence(items, location(sequence.mark))
        case .mapping(let mapping):
            var entries: [YAMLEntry] = []
            for pair in mapping {
                entries.append(YAMLEntry(
                    key: pair.key.string ?? "\(pair.key)",
                    keyLocation: location(pair.key.mark),
                    value: try YAMLNode(pair.value, file: file, lineOffset: lineOffset, budget: budget)))
            }
            self = .mapping(entries, location(mapping.mark))
        case .alias(let alias):
            self = .scalar(YAMLScalar(string: "", isQuoted: false, location: location(alias.mark)))
        }
    }

    /// The finding for an error `YAMLRecovery` could not work around.
    static func genericFinding(for error: YamlError, file: String, lineOffset: Int) -> Finding {
        let problem: String
        let mark: Mark?
        switch error {
        case .scanner(let context, let text, let errorMark, _),
             .parser(let context, let text, let errorMark, _),
             .composer(let context, let text, let errorMark, _):
            problem = [context?.text, text].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            mark = text.contains("end of stream") ? (context?.mark ?? errorMark) : errorMark
        case .reader(let text, _, _, _):
            problem = text
            mark = nil
        default:
            problem = "\(error)"
            mark = nil
        }
        let location = SourceLocation(file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
        return Finding(
            "parse.yaml", .error, at: location,
            message: LocalizedText(ko: "YAML 문법 오류: \(problem)", en: "YAML syntax error: \(problem)"),
            help: LocalizedText(
                ko: "이 줄과 바로 위 줄의 들여쓰기(공백으로), 콜론(:) 뒤 공백, 닫히지 않은 따옴표나 괄호를 확인하세요. 값에 콜론이나 #이 있으면 따옴표로 감싸세요.",
                en: "Check the indentation (spaces) of this line and the one above, a space after each colon, and unclosed quotes or brackets. Quote a value that contains a colon or #."))
    }
}
