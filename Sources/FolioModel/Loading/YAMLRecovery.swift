import Foundation
import Yams

/// What a recovering parse could not read: the lines left out and the keys written on them.
public struct ReadingLoss: Sendable, Equatable {
    /// File line numbers that were left out to read the rest.
    public var lines: Set<Int> = []
    /// Dotted paths (`contact.email`, `title`) of the keys on those lines.
    public var keys: Set<String> = []
    /// Nothing of the YAML could be read.
    public var wholeFile = false

    public init() {}
}

/// A YAML reader that keeps going: a syntax error is reported where the user must edit, with
/// the fix in words (quote the value, remove the duplicate key, indent with spaces, close the
/// quote), and the rest of the file is read around it.
///
/// How it recovers, one error at a time (at most `maxAttempts`):
/// - a value libyaml cannot take unquoted (`title: ETL: 일 배치`, `impact: **2배**`,
///   `` role: `lead` ``) is read as if quoted, so nothing is lost;
/// - tabs in the indentation become two spaces each; control characters become spaces;
/// - a duplicate key drops the second occurrence and what is nested under it;
/// - any other broken line (an unclosed quote: the line that opened it) is left out with the
///   lines nested under it, and the file parsed again.
/// Aliases (`*a`) are expanded within `YAMLBudget.maxNodes`, so a "billion laughs" file is a
/// located error in milliseconds instead of gigabytes.
enum YAMLRecovery {
    static let maxAttempts = 40

    struct Outcome {
        var node: YAMLNode?
        var findings: [Finding] = []
        var loss = ReadingLoss()
    }

    static func read(_ yaml: String, file: String, firstLine: Int) -> Outcome {
        var outcome = Outcome()
        var lines = yaml.linesAtLineFeeds()
        let offset = firstLine - 1
        func location(_ index: Int, _ column: Int = 1) -> SourceLocation {
            SourceLocation(file: file, line: index + 1 + offset, column: column)
        }
        cleanControlCharacters(&lines, location: location, findings: &outcome.findings)
        replaceTabIndentation(&lines, location: location, findings: &outcome.findings)

        var attempts = 0
        while attempts < maxAttempts {
            attempts += 1
            let text = lines.joined(separator: "\n")
            do {
                guard let node = try Yams.compose(yaml: text, .basic, .default, .utf8) else { return outcome }
                let budget = YAMLBudget()
                outcome.node = try YAMLNode(node, file: file, lineOffset: offset, budget: budget)
                return outcome
            } catch let error as YamlError {
                guard let repair = repair(for: error, lines: &lines, location: location) else {
                    outcome.findings.append(YAMLNode.genericFinding(for: error, file: file, lineOffset: offset))
                    outcome.loss.wholeFile = true
                    return outcome
                }
                // A repair that changes nothing (a blank line dropped) would meet the same error again.
                guard repair.dropped.contains(where: { !lines[$0].isEmpty }) || !repair.rewritten.isEmpty else {
                    outcome.findings.append(repair.finding)
                    outcome.loss.wholeFile = true
                    return outcome
                }
                outcome.findings.append(repair.finding)
                for index in repair.dropped {
                    outcome.loss.lines.insert(index + 1 + offset)
                    if let key = keyPath(at: index, in: lines) { outcome.loss.keys.insert(key) }
                }
                for index in repair.dropped { lines[index] = "" }
                for (index, line) in repair.rewritten { lines[index] = line }
            } catch is YAMLBudget.Exceeded {
                let alias = firstAlias(in: lines)
                outcome.findings.append(Finding(
                    "parse.alias", .error, at: alias.map { location($0.line, $0.column) } ?? location(0),
                    message: LocalizedText(
                        ko: "별칭(`*이름`)을 펼치면 값이 \(YAMLBudget.maxNodes.formatted())개를 넘습니다. 이 파일은 읽지 않았습니다.",
                        en: "the aliases (`*name`) here expand to more than \(YAMLBudget.maxNodes.formatted()) values; the file was not read."),
                    help: LocalizedText(
                        ko: "`&이름`/`*이름` 별칭 대신 값을 직접 쓰세요. folio 파일에는 별칭이 필요 없습니다.",
                        en: "Write the values out instead of `&name` / `*name` aliases; folio's files never need them.")))
                outcome.loss.wholeFile = true
                return outcome
            } catch {
                outcome.findings.append(Finding(
                    "parse.yaml", .error, at: location(0),
                    message: LocalizedText(ko: "YAML을 읽을 수 없습니다: \(error)", en: "cannot read the YAML: \(error)")))
                outcome.loss.wholeFile = true
                return outcome
            }
        }
        outcome.loss.wholeFile = true
        return outcome
    }

    /// One error's finding and how to read on: lines to leave out, lines to read differently.
    struct Repair {
        var finding: Finding
        var dropped: [Int] = []
        var rewritten: [Int: String] = [:]
    }

    static func repair(for error: YamlError, lines: inout [String], location: (Int, Int) -> SourceLocation) -> Repair? {
        let mark: Mark
        let problem: String
        var contextMark: Mark?
        switch error {
        case .scanner(let context, let text, let errorMark, _), .parser(let context, let text, let errorMark, _),
             .composer(let context, let text, let errorMark, _):
            mark = errorMark
            problem = [context?.text, text].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            contextMark = context?.mark
        case .duplicatedKeysInMapping(let duplicates, let context):
            return duplicateKey(duplicates.first ?? "", near: context.mark.line - 1, lines: lines, location: location)
        default:
            return nil
        }
        let errorLine = max(0, min(lines.count - 1, mark.line - 1))

        // An unclosed quote: the error shows up lines later; the place to edit is where it opened.
        if let opened = unclosedQuote(in: lines, upTo: max(errorLine, (contextMark?.line ?? 1) - 1)),
           problem.contains("quoted scalar") || opened.line < errorLine || problem.contains("end of stream") {
            return Repair(
                finding: Finding(
                    "parse.yaml", .error, at: location(opened.line, opened.column),
                    message: LocalizedText(
                        ko: "여기서 연 따옴표(\(opened.quote))가 이 줄에서 닫히지 않습니다.",
                        en: "the quote (\(opened.quote)) opened here is not closed on this line."),
                    help: LocalizedText(
                        ko: "값 끝에 \(opened.quote)를 붙여 닫으세요. 값 안에 따옴표가 있으면 다른 종류로 감싸세요 (예: \"it's\").",
                        en: "Close it with \(opened.quote) at the end of the value; if the value holds that quote, wrap it in the other kind (\"it's\").")),
                dropped: block(at: opened.line, in: lines))
        }

        // An unclosed `{`: libyaml notices at the next token, a line (or more) later; the place to
        // edit is the brace, which the error's context marks. (An unclosed `[` is a value to quote,
        // below.)
        if let contextMark, problem.contains("flow mapping"),
           lines.indices.contains(contextMark.line - 1), contextMark.line - 1 <= errorLine {
            let index = contextMark.line - 1
            let line = lines[index]
            let column = line.firstIndex(of: "{").map { line.distance(from: line.startIndex, to: $0) + 1 } ?? contextMark.column
            return Repair(
                finding: Finding(
                    "parse.yaml", .error, at: location(index, column),
                    message: LocalizedText(
                        ko: "여기서 연 중괄호({)를 닫지 않았습니다. YAML은 중괄호 안을 키-값 묶음으로 읽습니다.",
                        en: "the brace ({) opened here is not closed; YAML reads what is inside {…} as a mapping."),
                    help: LocalizedText(
                        ko: "중괄호를 닫거나(}), 글자 그대로 쓴 중괄호라면 값 전체를 따옴표로 감싸세요 (예: headline: \"{ETL} 배치 엔지니어\").",
                        en: "Close it with }, or if the brace is part of the text, put the whole value in quotes (e.g. headline: \"{ETL} batch engineer\").")),
                dropped: block(at: index, in: lines))
        }

        // A value that needs quotes: on the error line, or the line above (libyaml sometimes
        // reports the next token).
        for index in [errorLine, errorLine - 1] where lines.indices.contains(index) {
            if let fixed = quotedValue(lines[index]) {
                let valueColumn = lines[index].distance(from: lines[index].startIndex, to: fixed.valueStart) + 1
                return Repair(
                    finding: Finding(
                        "parse.yaml", .error, at: location(index, valueColumn),
                        message: LocalizedText(
                            ko: "값 \(Josa.object.after("`\(fixed.value)`")) 따옴표 없이 쓸 수 없습니다 (\(fixed.reason.ko)).",
                            en: "the value `\(fixed.value)` cannot be written without quotes (\(fixed.reason.en))."),
                        help: LocalizedText(
                            ko: "따옴표로 감싸세요: \(fixed.suggestion)",
                            en: "Put it in quotes: \(fixed.suggestion)")),
                    rewritten: [index: fixed.line])
            }
        }

        let column = mark.column
        return Repair(
            finding: Finding(
                "parse.yaml", .error, at: location(errorLine, column),
                message: LocalizedText(ko: "YAML 문법 오류: \(problem)", en: "YAML syntax error: \(problem)"),
                help: LocalizedText(
                    ko: "이 줄과 바로 위 줄의 들여쓰기(공백으로), 콜론(:) 뒤 공백, 닫히지 않은 괄호를 확인하세요. 이 줄을 빼고 나머지를 읽었습니다.",
                    en: "Check the indentation (spaces) of this line and the one above, a space after each colon, and unclosed brackets. The rest of the file was read without this line.")),
            dropped: block(at: errorLine, in: lines))
    }

    // MARK: Duplicate keys

    static func duplicateKey(_ key: String, near start: Int, lines: [String], location: (Int, Int) -> SourceLocation) -> Repair? {
        guard !key.isEmpty else { return nil }
        let pattern = try? Regex("^(\\s*(?:-\\s+)?)" + NSRegularExpression.escapedPattern(for: key) + "\\s*:(\\s|$)")
        var occurrences: [(line: Int, indent: Int)] = []
        for (index, line) in lines.enumerated() where index >= max(0, start) {
            guard let pattern, let match = line.firstMatch(of: pattern) else { continue }
            let indent = line.distance(from: line.startIndex, to: match.range.lowerBound)
                + (match.output[1].substring.map { $0.count } ?? 0)
            occurrences.append((index, indent))
        }
        guard let first = occurrences.first,
              let second = occurrences.dropFirst().first(where: { $0.indent == first.indent }) else { return nil }
        return Repair(
            finding: Finding(
                "parse.duplicate-key", .error, at: location(second.line, second.indent + 1),
                message: LocalizedText(
                    ko: "`\(key)` 항목이 두 번 있습니다 (처음은 \(first.line + 1 + (location(0, 1).line - 1))번째 줄). 이 줄은 읽지 않았습니다.",
                    en: "`\(key)` is written twice (first at line \(first.line + 1 + (location(0, 1).line - 1))); this one was not read."),
                help: LocalizedText(
                    ko: "둘 중 하나를 지우세요. 목록이라면 하나의 `\(key):` 아래에 `- ` 항목으로 모으세요.",
                    en: "Remove one of them; for several values, list them as `- ` items under one `\(key):`.")),
            dropped: block(at: second.line, in: lines))
    }

    // MARK: Values that need quotes

    struct QuotedValue {
        var line: String
        var value: String
        var valueStart: String.Index
        var reason: LocalizedText
        var suggestion: String
    }

    /// `key: value` or `- value` whose plain value YAML cannot read, rewritten with the value quoted.
    static func quotedValue(_ line: String) -> QuotedValue? {
        guard let match = line.firstMatch(of: /^(\s*(?:-\s+)?(?:[^\s#'"\-\[\]{}][^:#]*?:\s+|-\s+))(.+?)\s*$/) else { return nil }
        let prefix = match.output.1
        let value = String(match.output.2)
        guard let first = value.first, !"\"'[{|>".contains(first) || value.hasPrefix("[") && !value.hasSuffix("]") else { return nil }
        let reason: LocalizedText
        if value.contains(": ") || value.hasSuffix(":") {
            reason = LocalizedText(ko: "값 안의 `: `를 새 항목으로 읽습니다", en: "the `: ` inside it would start another key")
        } else if "*&!%@`".contains(first) {
            reason = LocalizedText(ko: "`\(first)`로 시작하는 값은 YAML 기호로 읽힙니다", en: "a value starting with `\(first)` is read as YAML syntax")
        } else if value.contains(" #") {
            reason = LocalizedText(ko: "` #` 뒤는 주석으로 읽힙니다", en: "what follows ` #` would be a comment")
        } else if first == "[" {
            reason = LocalizedText(ko: "`[`로 시작하면 목록으로 읽힙니다", en: "a value starting with `[` is read as a list")
        } else {
            return nil
        }
        let quoted = "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        let trimmedPrefix = prefix.trimmingHorizontalSpace()
        return QuotedValue(
            line: prefix + quoted, value: value, valueStart: match.output.2.startIndex, reason: reason,
            suggestion: "`\(trimmedPrefix)\(trimmedPrefix.hasSuffix(":") ? " " : "")\(quoted)`")
    }

    // MARK: Quotes, blocks, keys

    struct OpenQuote {
        var line: Int
        var column: Int
        var quote: Character
    }

    /// The first line at or before `last` whose value opens a quote it does not close.
    static func unclosedQuote(in lines: [String], upTo last: Int) -> OpenQuote? {
        for index in lines.indices where index <= last {
            let line = lines[index]
            guard let match = line.firstMatch(of: /^(\s*(?:-\s+)?(?:[^\s#'"][^:#]*?:\s+)?)(["'])/) else { continue }
            let quote = Character(String(match.output.2))
            let rest = line[match.output.2.endIndex...]
            var closed = false
            var escaped = false
            var position = rest.startIndex
            while position < rest.endIndex {
                let character = rest[position]
                if quote == "\"", character == "\\", !escaped { escaped = true; position = rest.index(after: position); continue }
                if character == quote, !escaped {
                    // '' inside single quotes is an escaped quote.
                    let next = rest.index(after: position)
                    if quote == "'", next < rest.endIndex, rest[next] == "'" { position = rest.index(after: next); continue }
                    closed = true
                    break
                }
                escaped = false
                position = rest.index(after: position)
            }
            if !closed {
                return OpenQuote(line: index, column: line.distance(from: line.startIndex, to: match.output.2.startIndex) + 1, quote: quote)
            }
        }
        return nil
    }

    static func indentation(_ line: String) -> Int {
        line.prefix { $0 == " " }.count
    }

    /// Line `index` and the lines nested under it (more indented, or blank, until the next line
    /// at the same or a smaller indentation).
    static func block(at index: Int, in lines: [String]) -> [Int] {
        guard lines.indices.contains(index) else { return [] }
        let base = indentation(lines[index])
        var result = [index]
        var next = index + 1
        while next < lines.count {
            let line = lines[next]
            if line.trimmingHorizontalSpace().isEmpty { next += 1; continue }
            let isListItemOfKey = line.trimmingHorizontalSpace().hasPrefix("- ") && indentation(line) == base
                && lines[index].trimmingHorizontalSpace().hasSuffix(":")
            guard indentation(line) > base || isListItemOfKey else { break }
            result.append(next)
            next += 1
        }
        return result
    }

    /// The dotted path of the key written on line `index` (`contact.email`), from the keys of the
    /// less indented lines above it.
    static func keyPath(at index: Int, in lines: [String]) -> String? {
        func key(_ line: String) -> String? {
            line.firstMatch(of: /^\s*(?:-\s+)?([^\s#'"\-][^:#]*?)\s*:(?:\s|$)/).map { String($0.output.1) }
        }
        guard let own = key(lines[index]) else { return nil }
        var path = [own]
        var indent = indentation(lines[index])
        var above = index - 1
        while above >= 0, indent > 0 {
            let line = lines[above]
            if !line.trimmingHorizontalSpace().isEmpty, indentation(line) < indent, let parent = key(line) {
                path.insert(parent, at: 0)
                indent = indentation(line)
            }
            above -= 1
        }
        return path.joined(separator: ".")
    }

    /// Where the first alias (`*name`) is written, outside quotes.
    static func firstAlias(in lines: [String]) -> (line: Int, column: Int)? {
        for (index, line) in lines.enumerated() {
            if let match = line.firstMatch(of: /(?:^|[\s\[,:-])\*[A-Za-z0-9_-]/) {
                let star = line[match.range].firstIndex(of: "*") ?? match.range.lowerBound
                return (index, line.distance(from: line.startIndex, to: star) + 1)
            }
        }
        return nil
    }

    // MARK: Characters YAML does not allow

    /// Control characters (but tab and line break) become spaces, each line's first reported.
    static func cleanControlCharacters(_ lines: inout [String], location: (Int, Int) -> SourceLocation, findings: inout [Finding]) {
        for index in lines.indices {
            let scalars = lines[index].unicodeScalars
            guard let position = scalars.firstIndex(where: isForbidden) else { continue }
            let column = scalars.distance(from: scalars.startIndex, to: position) + 1
            let value = String(format: "U+%04X", scalars[position].value)
            if findings.filter({ $0.rule == "parse.control-character" }).count < 3 {
                findings.append(Finding(
                    "parse.control-character", .error, at: location(index, column),
                    message: LocalizedText(
                        ko: "보이지 않는 제어 문자(\(value))가 있습니다. YAML은 이 문자를 허용하지 않습니다.",
                        en: "an invisible control character (\(value)) is here; YAML does not allow it."),
                    help: LocalizedText(
                        ko: "이 위치의 문자를 지우세요 (다른 프로그램에서 복사해 올 때 섞여 들어옵니다). 나머지는 공백으로 보고 읽었습니다.",
                        en: "Delete the character at this place (it comes along when copying from another program); folio read it as a space.")))
            }
            lines[index] = String(scalars: scalars.map { isForbidden($0) ? " " : $0 })
        }
    }

    /// C0 controls but tab, DEL, C1 controls but NEL, U+FFFE, U+FFFF.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F, 0x80...0x84, 0x86...0x9F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// Leading tabs become two spaces each, reported once with the number of lines.
    static func replaceTabIndentation(_ lines: inout [String], location: (Int, Int) -> SourceLocation, findings: inout [Finding]) {
        var tabbed: [Int] = []
        for index in lines.indices {
            let leading = lines[index].prefix { $0 == " " || $0 == "\t" }
            guard leading.contains("\t") else { continue }
            tabbed.append(index)
            lines[index] = leading.replacingOccurrences(of: "\t", with: "  ") + lines[index].dropFirst(leading.count)
        }
        guard let first = tabbed.first else { return }
        let others = tabbed.count - 1
        findings.append(Finding(
            "parse.tab", .error, at: location(first, 1),
            message: LocalizedText(
                ko: "탭 문자로 들여쓴 줄입니다\(others > 0 ? " (이 밖에 \(others)줄 더)" : ""). YAML은 공백으로만 들여씁니다.",
                en: "this line is indented with a tab\(others > 0 ? " (and \(others) more line\(others == 1 ? "" : "s"))" : ""); YAML indents with spaces only."),
            help: LocalizedText(
                ko: "탭을 공백 두 칸으로 바꾸세요 (편집기의 '탭을 공백으로' 설정). folio는 탭 하나를 공백 두 칸으로 보고 읽었습니다.",
                en: "Replace each tab with two spaces (your editor's \"indent using spaces\" setting); folio read each tab as two spaces.")))
    }
}

/// How many YAML nodes one file may expand to (aliases included).
final class YAMLBudget {
    static let maxNodes = 100_000
    var used = 0

    struct Exceeded: Error {}

    func spend() throws(Exceeded) {
        used += 1
        if used > Self.maxNodes { throw Exceeded() }
    }
}
