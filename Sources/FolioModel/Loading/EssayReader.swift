import Foundation

/// Reads `essays/*.md`: front matter (company, posting, deadline, count, line-breaks, encoding, and
/// optionally the limits as a `questions:` list) and one `## ` section per question, its limit typed
/// in the heading (`## 지원 동기 (1000자, 공백 포함)`) or in the list
/// (`questions: [{question: 지원 동기, limit: 1000, count: with-spaces}]`).
enum EssayReader {
    static let keys = ["company", "posting", "deadline", "count", "line-breaks", "encoding", "questions"]
    /// The keys of one `questions:` entry.
    static let questionKeys = ["question", "limit", "count"]

    /// A limit given in the front matter's `questions:` list, before it is matched to its heading.
    struct ListedLimit {
        /// `question:` as written.
        var question: Located<String>
        var value: Int
        /// `count:` of the entry, or the rule the limit's text names (`500자, 공백 제외`); nil: the file's.
        var rule: CountingRule?
        /// Where the limit's value stands.
        var location: SourceLocation
    }

    static func essay(_ source: SourceText, postings: [String], diagnostics: Diagnostics) -> Essay? {
        let id = ((source.file as NSString).lastPathComponent as NSString).deletingPathExtension
        var essay = Essay(id: id, file: source.file)
        let document: FrontMatterDocument
        switch FrontMatterDocument.split(source) {
        case .failure(let finding):
            diagnostics.add(finding)
            return nil
        case .success(let split):
            document = split
        }
        essay.frontMatterEnd = SourceLocation(file: source.file, line: document.closingFenceLine)
        // A `company: ""` left blank is reported on its own line: that is the line to fill in.
        var companyBlank: SourceLocation?
        var listed: [ListedLimit] = []
        switch YAMLNode.parse(document.yaml, file: source.file, firstLine: document.yamlFirstLine) {
        case .failure(let finding):
            diagnostics.add(finding)
        case .success(let node):
            if let yaml = MappingReader(node, diagnostics: diagnostics, example: LocalizedText(ko: "company: 한빛그룹", en: "company: Hanbit Group")) {
                readFrontMatter(yaml, into: &essay, postings: postings, diagnostics: diagnostics)
                listed = listedLimits(yaml, diagnostics: diagnostics)
                companyBlank = yaml.blankKeys()["company"]
            }
        }
        if essay.company == nil {
            diagnostics.add(Finding(
                "parse.missing", .warning, at: companyBlank ?? SourceLocation(file: source.file, line: 1),
                message: LocalizedText(
                    ko: "`company:`가 없습니다. 다른 회사 이름이 남았는지 보려면 이 답변들이 어느 회사에 내는 것인지 알아야 합니다.",
                    en: "no `company:`. folio needs to know which company these answers are for to find another company's name left in them."),
                help: LocalizedText(ko: "front matter에 `company: 한빛그룹`처럼 쓰세요.", en: "Add `company: Ridewave` to the front matter.")))
        }
        readQuestions(document.body, firstLine: document.bodyFirstLine, into: &essay, diagnostics: diagnostics)
        apply(listed, to: &essay, diagnostics: diagnostics)
        for question in essay.questions where question.limit == nil {
            diagnostics.add(Finding(
                "parse.essay", .warning, at: question.heading.location,
                message: LocalizedText(ko: "문항 \(Josa.subject.after("`\(question.heading.value)`")) 글자 수 제한이 없어 길이를 확인할 수 없습니다.",
                                       en: "the question `\(question.heading.value)` has no limit, so its length cannot be checked."),
                help: LocalizedText(ko: "제목 줄 끝에 양식의 제한을 쓰세요: `(1000자, 공백 포함)`, `(500자, 공백 제외)`, `(700바이트)`. 또는 front matter에 `questions: [{question: \(question.title), limit: 1000}]`.",
                                    en: "End the heading with the form's limit: `(500 characters)`, `(500 characters, without spaces)`, `(700 bytes)`; or list it in the front matter: `questions: [{question: \(question.title), limit: 500}]`.")))
        }
        if essay.questions.isEmpty {
            diagnostics.add(Finding(
                "parse.essay", .warning, at: essay.frontMatterEnd,
                message: LocalizedText(ko: "문항이 없습니다: `## `로 시작하는 줄 하나가 문항 하나입니다.",
                                       en: "no questions: each line starting with `## ` is one question."),
                help: LocalizedText(ko: "예: `## 지원 동기 (1000자, 공백 포함)` 아래에 답변을 쓰세요.",
                                    en: "For example `## Why us? (500 characters)`, with the answer below it.")))
        }
        return essay
    }

    private static func readFrontMatter(_ yaml: MappingReader, into essay: inout Essay, postings: [String], diagnostics: Diagnostics) {
        yaml.reportUnknownKeys(known: keys)
        essay.company = yaml.string("company", example: LocalizedText(ko: "company: 한빛그룹", en: "company: Hanbit Group"))
        essay.deadline = yaml.string("deadline", example: "deadline: 2025-03-14 18:00")
        if let deadline = essay.deadline, !isDate(deadline.value) {
            diagnostics.add(Finding(
                "parse.date", .warning, at: deadline.location,
                message: LocalizedText(ko: "마감일 \(Josa.object.after("`\(deadline.value)`")) 날짜로 읽을 수 없습니다.",
                                       en: "cannot read the deadline `\(deadline.value)` as a date."),
                help: LocalizedText(ko: "`deadline: 2025-03-14` 또는 `deadline: 2025-03-14 18:00`처럼 쓰세요.",
                                    en: "Write `deadline: 2025-03-14` or `deadline: 2025-03-14 18:00`.")))
        }
        if let posting = yaml.string("posting", example: "posting: enterprise-data-platform.txt") {
            essay.posting = posting
            let named = posting.value.hasPrefix("postings/") ? posting.value : "postings/" + posting.value
            if !postings.contains(named) && !postings.contains(named + ".txt") && !postings.contains(named + ".md") {
                let nearest = Spelling.nearest(to: named, in: postings)
                diagnostics.add(Finding(
                    "parse.essay", .warning, at: posting.location,
                    message: LocalizedText(
                        ko: "`postings/`에 \(Josa.subject.after("`\(posting.value)`")) 없습니다.\(nearest.map { " \(Josa.object.after("`\($0)`")) 뜻하셨나요?" } ?? "")",
                        en: "there is no `\(posting.value)` in `postings/`.\(nearest.map { " Did you mean `\($0)`?" } ?? "")"),
                    help: LocalizedText(ko: "공고를 `postings/` 폴더에 텍스트로 저장하고 그 파일 이름을 쓰세요.",
                                        en: "Save the posting as text in `postings/` and give its file name.")))
            }
        }
        if let count = yaml.string("count", example: "count: with-spaces") {
            if let rule = CountingRule(userValue: count.value) {
                essay.defaultRule = rule
            } else {
                diagnostics.add(Finding(
                    "parse.essay", .warning, at: count.location,
                    message: LocalizedText(ko: "`count: \(count.value)`: 알 수 없는 세는 방식입니다.", en: "`count: \(count.value)`: unknown counting rule."),
                    help: LocalizedText(ko: "with-spaces(공백 포함), without-spaces(공백 제외), bytes-cp949, bytes-utf8 중 하나를 쓰세요.",
                                        en: "Use one of with-spaces, without-spaces, bytes-cp949, bytes-utf8.")))
            }
        }
        if let breaks = yaml.int("line-breaks", range: 1...2, example: "line-breaks: 2") {
            essay.lineBreaks = breaks.value == 2 ? .two : .one
        }
        if let encoding = yaml.string("encoding", example: "encoding: cp949") {
            switch legacyEncoding(encoding.value) {
            case .some(let legacy): essay.legacyEncoding = legacy
            case nil:
                diagnostics.add(Finding(
                    "parse.essay", .warning, at: encoding.location,
                    message: LocalizedText(ko: "`encoding: \(encoding.value)`: 알 수 없는 인코딩입니다.", en: "`encoding: \(encoding.value)`: unknown encoding."),
                    help: LocalizedText(ko: "`encoding: cp949`(EUC-KR) 또는 `encoding: utf-8`을 쓰세요.", en: "Use `encoding: cp949` (EUC-KR) or `encoding: utf-8`.")))
            }
        }
    }

    /// `questions:` — the limits as a list, one entry a question: `question:` (the heading's words),
    /// `limit:` (`1000`, or as typed in a heading: `500자, 공백 제외`, `700 bytes`) and optionally `count:`.
    static func listedLimits(_ yaml: MappingReader, diagnostics: Diagnostics) -> [ListedLimit] {
        let example = LocalizedText(ko: "questions: [{question: 지원 동기, limit: 1000, count: with-spaces}]", en: "questions: [{question: Why us?, limit: 1000, count: with-spaces}]")
        return yaml.mappings("questions", example: example).compactMap { entry -> ListedLimit? in
            entry.reportUnknownKeys(known: questionKeys)
            guard let question = entry.string("question", example: LocalizedText(ko: "question: 지원 동기", en: "question: Why us?")) else {
                diagnostics.add(Finding(
                    "parse.essay", .warning, at: entry.location,
                    message: LocalizedText(ko: "`questions:`의 이 항목에 `question:`이 없어 어느 문항의 제한인지 알 수 없습니다.",
                                           en: "this `questions:` entry has no `question:`, so folio cannot tell which question its limit is for."),
                    help: LocalizedText(ko: "`## ` 제목의 문항을 그대로 쓰세요: `- question: 지원 동기`", en: "Give the `## ` heading's words: `- question: Why us?`")))
                return nil
            }
            var rule: CountingRule?
            if let count = entry.string("count", example: "count: without-spaces") {
                rule = CountingRule(userValue: count.value)
                if rule == nil {
                    diagnostics.add(Finding(
                        "parse.essay", .warning, at: count.location,
                        message: LocalizedText(ko: "`count: \(count.value)`: 알 수 없는 세는 방식입니다.", en: "`count: \(count.value)`: unknown counting rule."),
                        help: LocalizedText(ko: "with-spaces(공백 포함), without-spaces(공백 제외), bytes-cp949, bytes-utf8 중 하나를 쓰세요.",
                                            en: "Use one of with-spaces, without-spaces, bytes-cp949, bytes-utf8.")))
                }
            }
            guard let limit = entry.string("limit", example: "limit: 1000") else {
                diagnostics.add(Finding(
                    "parse.essay", .warning, at: question.location,
                    message: LocalizedText(ko: "문항 \(Josa.object.after("`\(question.value)`")) `questions:`에 적었지만 `limit:`이 없습니다.",
                                           en: "the question `\(question.value)` is listed under `questions:` without a `limit:`."),
                    help: LocalizedText(ko: "양식의 제한을 숫자로 쓰세요: `limit: 1000`", en: "Give the form's limit as a number: `limit: 500`")))
                return nil
            }
            let digits = limit.value.filter { $0 != "," && !$0.isWhitespace }
            if let value = Int(digits), value > 0 {
                return ListedLimit(question: question, value: value, rule: rule, location: limit.location)
            }
            if let (value, named) = EssayLimitReader.limit(in: limit.value) {
                return ListedLimit(question: question, value: value, rule: rule ?? named, location: limit.location)
            }
            diagnostics.add(Finding(
                "parse.essay", .warning, at: limit.location,
                message: LocalizedText(ko: "`limit: \(limit.value)`: 글자 수 제한으로 읽을 수 없습니다.", en: "`limit: \(limit.value)`: not a length limit folio can read."),
                help: LocalizedText(ko: "0보다 큰 숫자를 쓰세요: `limit: 1000`, 또는 `limit: 500자, 공백 제외`", en: "Write a number above 0: `limit: 1000`, or `limit: 500 characters, without spaces`")))
            return nil
        }
    }

    /// A question's words for matching a `questions:` entry to its heading: case, spaces, a leading
    /// number (`1.`, `Q2)`) and trailing punctuation do not count.
    static func matchKey(_ text: String) -> String {
        var key = text.lowercased().filter { !$0.isWhitespace }
        // A leading `1.`, `q2)`, `문항3.`.
        let rest = key.hasPrefix("q") ? key.dropFirst() : key.hasPrefix("문항") ? key.dropFirst(2) : key[...]
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let mark = rest.dropFirst(digits.count).first, mark == "." || mark == ")" {
            key = String(rest.dropFirst(digits.count + 1))
        }
        while let last = key.last, "?？.。:：!！".contains(last) { key.removeLast() }
        return key
    }

    /// Gives each listed limit to the question whose heading it names: the same words, else the one
    /// heading that starts with them. A heading's own limit wins over a different listed one (reported).
    static func apply(_ listed: [ListedLimit], to essay: inout Essay, diagnostics: Diagnostics) {
        let keys = essay.questions.map { matchKey($0.title) }
        var given: [Int: ListedLimit] = [:]
        for entry in listed {
            let key = matchKey(entry.question.value)
            let exact = keys.indices.filter { keys[$0] == key }
            let prefixed = keys.indices.filter { key.count >= 2 && keys[$0].hasPrefix(key) }
            guard let index = exact.first ?? (prefixed.count == 1 ? prefixed.first : nil) else {
                let nearest = Spelling.nearest(to: key, in: keys).flatMap { near in keys.firstIndex(of: near) }.map { essay.questions[$0].title }
                let titles = essay.questions.map { "`\($0.title)`" }.joined(separator: ", ")
                diagnostics.add(Finding(
                    "parse.essay", .warning, at: entry.question.location,
                    message: LocalizedText(
                        ko: prefixed.count > 1
                            ? "`question: \(entry.question.value)`: 이 말로 시작하는 문항이 여럿입니다. 제한을 어느 문항에 둘지 알 수 없습니다."
                            : "`question: \(entry.question.value)`: 그런 `## ` 문항이 없습니다.\(nearest.map { " \(Josa.object.after("`\($0)`")) 뜻하셨나요?" } ?? "")",
                        en: prefixed.count > 1
                            ? "`question: \(entry.question.value)`: several questions start with these words, so folio cannot tell which one the limit is for."
                            : "`question: \(entry.question.value)`: no `## ` question reads so.\(nearest.map { " Did you mean `\($0)`?" } ?? "")"),
                    help: LocalizedText(ko: "`## ` 제목의 문항을 그대로 쓰세요. 이 파일의 문항: \(titles.isEmpty ? "없음" : titles)",
                                        en: "Give the `## ` heading's words. The questions of this file: \(titles.isEmpty ? "none" : titles)")))
                continue
            }
            if let earlier = given[index] {
                diagnostics.add(Finding(
                    "parse.essay", .warning, at: entry.question.location,
                    message: LocalizedText(ko: "문항 \(Josa.object.after("`\(essay.questions[index].title)`")) `questions:`에 두 번 적었습니다 (앞의 것은 \(earlier.question.location.line)행). 앞의 제한을 씁니다.",
                                           en: "the question `\(essay.questions[index].title)` is listed twice under `questions:` (first on line \(earlier.question.location.line)); folio uses the first."),
                    help: LocalizedText(ko: "하나를 지우세요.", en: "Remove one of them.")))
                continue
            }
            given[index] = entry
            let rule = entry.rule ?? essay.defaultRule
            if let own = essay.questions[index].limit {
                if own.value != entry.value || own.rule != rule {
                    diagnostics.add(Finding(
                        "parse.essay", .warning, at: entry.location,
                        message: LocalizedText(
                            ko: "문항 \(Josa.topic.after("`\(essay.questions[index].title)`")) 제목에 \(own.value)\(own.rule.unit.ko)(\(own.rule.label.ko)), `questions:`에 \(entry.value)\(rule.unit.ko)(\(rule.label.ko))로 달리 적혀 있습니다. 제목의 제한을 씁니다.",
                            en: "the question `\(essay.questions[index].title)` has \(own.value)\(own.rule.unit.en) (\(own.rule.label.en)) in its heading but \(entry.value)\(rule.unit.en) (\(rule.label.en)) under `questions:`; folio uses the heading's."),
                        help: LocalizedText(ko: "양식에 적힌 제한 하나만 남기세요.", en: "Keep only the limit the form states.")))
                }
                continue
            }
            essay.questions[index].limit = Essay.Limit(value: entry.value, rule: rule, location: entry.location)
        }
    }

    /// `encoding:` — true for CP949 (`cp949`, `euc-kr`, `uhc`, `ms949`), false for `utf-8`, nil for anything else.
    static func legacyEncoding(_ value: String) -> Bool? {
        switch value.lowercased().filter({ $0.isLetter || $0.isNumber }) {
        case "cp949", "euckr", "uhc", "ms949": true
        case "utf8": false
        default: nil
        }
    }

    /// `2025-03-14`, `2025.03.14`, optionally followed by a time.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "/" || $0 == " " || $0 == "T" })
        guard parts.count >= 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return false }
        return (2000...2100).contains(year) && (1...12).contains(month) && (1...31).contains(day)
    }

    private static func readQuestions(_ body: String, firstLine: Int, into essay: inout Essay, diagnostics: Diagnostics) {
        let file = essay.file
        var current: Essay.Question?
        var blankBefore = false
        func close() {
            guard let question = current else { return }
            essay.questions.append(question)
            current = nil
            blankBefore = false
        }
        for (offset, raw) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = firstLine + offset
            let line = Self.withoutTrailingWhitespace(raw)
            let trimmed = line.trimmedWhitespace()
            essay.disabledRules.formUnion(MarkdownBody.disabledRules(in: trimmed))
            if trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->") { continue }
            if line.hasPrefix("## ") {
                close()
                let text = String(line.dropFirst(3)).trimmedWhitespace()
                let location = SourceLocation(file: file, line: lineNumber, column: 4)
                let parsed = EssayLimitReader.read(text)
                var question = Essay.Question(heading: Located(text, at: location), title: parsed.title)
                if let value = parsed.value {
                    question.limit = Essay.Limit(value: value, rule: parsed.rule ?? essay.defaultRule,
                                                 location: SourceLocation(file: file, line: lineNumber, column: 4 + parsed.column))
                }
                current = question
                continue
            }
            guard current != nil else { continue }
            if trimmed.isEmpty {
                blankBefore = true
                continue
            }
            if current!.lines.isEmpty, current!.uses.isEmpty, trimmed.lowercased().hasPrefix("uses:") {
                let list = trimmed.dropFirst(5).trimmingCharacters(in: CharacterSet(charactersIn: " []"))
                current!.uses = list.split(separator: ",").map { $0.trimmedWhitespace() }.filter { !$0.isEmpty }.map { id in
                    let column = line.range(of: id).map { line[..<$0.lowerBound].unicodeScalars.count + 1 } ?? 1
                    return Located(id, at: SourceLocation(file: file, line: lineNumber, column: column))
                }
                continue
            }
            let indent = line.prefix { $0 == " " || $0 == "\t" }.count
            let separator = current!.lines.isEmpty ? "" : blankBefore ? "\n\n" : MarkdownBody.stripListMarker(trimmed) != trimmed ? "\n" : " "
            current!.separators.append(separator)
            current!.lines.append(Located(trimmed, at: SourceLocation(file: file, line: lineNumber, column: indent + 1)))
            blankBefore = false
        }
        // Text before the first question is a note to oneself: it is not pasted anywhere.
        close()
    }

    /// The line without white space (Unicode `White_Space`, as the regular expression `\s+$`) at
    /// its end; without compiling a regular expression for every line of every essay.
    static func withoutTrailingWhitespace(_ line: Substring) -> String {
        let scalars = line.unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex, scalars[scalars.index(before: end)].properties.isWhitespace {
            end = scalars.index(before: end)
        }
        return String(Substring(scalars[scalars.startIndex..<end]))
    }
}

/// Reads a limit as people type it at the end of a question: `(1000자, 공백 포함)`, `(공백 제외 500자)`,
/// `(1,000자 이내)`, `(500 characters)`, `(700 bytes)`, `[2000바이트, UTF-8]`.
public enum EssayLimitReader {
    /// The question without its limit, the limit's number and rule (nil: the file's default), and
    /// the column offset of the limit's group in the heading.
    public static func read(_ heading: String) -> (title: String, value: Int?, rule: CountingRule?, column: Int) {
        let characters = Array(heading)
        var searchEnd = characters.count
        while let close = characters[..<searchEnd].lastIndex(where: { $0 == ")" || $0 == "]" || $0 == "）" }) {
            let opener: Character = characters[close] == "]" ? "[" : (characters[close] == "）" ? "（" : "(")
            guard let open = characters[..<close].lastIndex(of: opener) else { break }
            let inside = String(characters[(open + 1)..<close])
            if let (value, rule) = limit(in: inside) {
                let title = String(characters[..<open]).trimmedWhitespace() + String(characters[(close + 1)...]).trimmedWhitespace()
                return (title.trimmedWhitespace(), value, rule, String(characters[..<open]).unicodeScalars.count)
            }
            searchEnd = open
        }
        return (heading, nil, nil, 0)
    }

    /// The units of length a limit names, longest first where one starts another.
    static let limitUnits = ["글자", "자", "characters", "character", "chars", "char", "letters", "bytes", "byte", "바이트"]

    /// The first number with a unit of length in `lower` (`1,000자`, `500 bytes`, `700b`): a digit,
    /// digits and commas, spaces, then a unit of `limitUnits` or a `b` that ends the word.
    static func limitToken(in lower: String) -> Substring? {
        var index = lower.startIndex
        while let start = lower[index...].firstIndex(where: { $0.isASCII && $0.isNumber }) {
            let number = lower[start...].prefix { ($0.isASCII && $0.isNumber) || $0 == "," }
            let after = lower[number.endIndex...].drop { $0.isWhitespace }
            if let unit = limitUnits.first(where: { after.hasPrefix($0) }) {
                return lower[start..<lower.index(after.startIndex, offsetBy: unit.count)]
            }
            if after.first == "b", !(after.dropFirst().first.map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false) {
                return lower[start..<lower.index(after.startIndex, offsetBy: 1)]
            }
            index = number.endIndex
        }
        return nil
    }

    /// `1000자, 공백 포함` → (1000, with spaces); nil when the text holds no number with a unit.
    static func limit(in text: String) -> (Int, CountingRule?)? {
        let lower = text.lowercased()
        guard let token = limitToken(in: lower) else { return nil }
        guard let value = Int(token.prefix { $0.isNumber || $0 == "," }.filter(\.isNumber)), value > 0 else { return nil }
        let squeezed = lower.filter { !$0.isWhitespace }
        if token.contains("byte") || token.contains("바이트") || token.hasSuffix("b") {
            return (value, squeezed.contains("utf") ? .bytesUTF8 : .bytesCP949)
        }
        if ["공백제외", "공백미포함", "띄어쓰기제외", "withoutspaces", "nospaces", "excludingspaces", "spacesexcluded"].contains(where: squeezed.contains) {
            return (value, .withoutSpaces)
        }
        if ["공백포함", "띄어쓰기포함", "withspaces", "includingspaces", "spacesincluded"].contains(where: squeezed.contains) {
            return (value, .withSpaces)
        }
        return (value, nil)
    }
}
