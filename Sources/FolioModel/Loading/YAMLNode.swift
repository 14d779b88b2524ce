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
    /// Parses YAML text that starts at `firstLine` of `file`.
    ///
    /// - Returns: the root node (`nil` for an empty document), or the finding for a syntax error.
    public static func parse(_ yaml: String, file: String, firstLine: Int = 1) -> Result<YAMLNode?, Finding> {
        do {
            guard let node = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else { return .success(nil) }
            return .success(YAMLNode(node, file: file, lineOffset: firstLine - 1))
        } catch let error as YamlError {
            return .failure(finding(for: error, file: file, lineOffset: firstLine - 1))
        } catch {
            return .failure(Finding(
                "parse.yaml", .error, at: SourceLocation(file: file, line: firstLine),
                message: LocalizedText(ko: "YAML을 읽을 수 없습니다: \(error)", en: "cannot read the YAML: \(error)")))
        }
    }

    private init(_ node: Node, file: String, lineOffset: Int) {
        func location(_ mark: Mark?) -> SourceLocation {
            SourceLocation(file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
        }
        switch node {
        case .scalar(let scalar):
            var value = YAMLScalar(string: scalar.string, isQuoted: scalar.style != .plain, location: location(scalar.mark))
            value.isBlock = scalar.style == .literal || scalar.style == .folded
            self = .scalar(value)
        case .sequence(let sequence):
            self = .sequence(
                sequence.map { YAMLNode($0, file: file, lineOffset: lineOffset) }, location(sequence.mark))
        case .mapping(let mapping):
            let entries = mapping.map { pair in
                YAMLEntry(
                    key: pair.key.string ?? "\(pair.key)",
                    keyLocation: location(pair.key.mark),
                    value: YAMLNode(pair.value, file: file, lineOffset: lineOffset))
            }
            self = .mapping(entries, location(mapping.mark))
        case .alias(let alias):
            self = .scalar(YAMLScalar(string: "", isQuoted: false, location: location(alias.mark)))
        }
    }

    private static func finding(for error: YamlError, file: String, lineOffset: Int) -> Finding {
        let problem: String
        let mark: Mark?
        switch error {
        case .scanner(let context, let text, let errorMark, _),
             .parser(let context, let text, let errorMark, _),
             .composer(let context, let text, let errorMark, _):
            problem = [context?.text, text].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            // An unclosed quote or bracket is found only at the end of the text; the place to
            // edit is where it was opened, which libyaml gives as the context mark.
            mark = text.contains("end of stream") ? (context?.mark ?? errorMark) : errorMark
        case .duplicatedKeysInMapping(let duplicates, let context):
            problem = "duplicated key \(duplicates.joined(separator: ", "))"
            mark = context.mark
        default:
            problem = "\(error)"
            mark = nil
        }
        let location = SourceLocation(file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
        return Finding(
            "parse.yaml", .error, at: location,
            message: LocalizedText(ko: "YAML 문법 오류: \(problem)", en: "YAML syntax error: \(problem)"),
            help: LocalizedText(
                ko: "이 줄과 바로 위 줄의 들여쓰기, 콜론(:) 뒤 공백, 닫히지 않은 따옴표나 괄호를 확인하세요. 값에 콜론이나 #이 있으면 따옴표로 감싸세요.",
                en: "Check the indentation of this line and the one above, a space after each colon, and unclosed quotes or brackets. Quote a value that contains a colon or #."))
    }
}
