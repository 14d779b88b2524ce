import Foundation

/// Reads the keys of one YAML mapping into typed, located values, reporting wrong types
/// and unknown keys (with the nearest known key) to the diagnostics instead of throwing.
struct MappingReader {
    let entries: [YAMLEntry]
    let location: SourceLocation
    let diagnostics: Diagnostics
    /// Prefix for messages: `contact.` for keys of the `contact` mapping.
    let path: String

    init(entries: [YAMLEntry], location: SourceLocation, diagnostics: Diagnostics, path: String) {
        self.entries = entries
        self.location = location
        self.diagnostics = diagnostics
        self.path = path
    }

    /// Reads `node` as a mapping, or reports that it is not one.
    init?(_ node: YAMLNode?, path: String = "", diagnostics: Diagnostics, example: LocalizedText) {
        guard let node else { return nil }
        switch node {
        case .mapping(let entries, let location):
            self.entries = Self.rejoiningBrackets(entries)
            self.location = location
            self.diagnostics = diagnostics
            self.path = path
        case .scalar(let scalar) where scalar.isNull:
            return nil
        default:
            diagnostics.typeMismatch(
                at: node.location, key: path.isEmpty ? "(top level)" : String(path.dropLast()),
                expected: LocalizedText(ko: "key: value 묶음", en: "a mapping of keys"),
                got: node.kindName, example: example)
            return nil
        }
    }

    func node(_ key: String) -> YAMLNode? {
        entries.last { $0.key == key }?.value
    }

    func keyLocation(_ key: String) -> SourceLocation? {
        entries.last { $0.key == key }?.keyLocation
    }

    /// A single text value. Numbers and dates are accepted as their text.
    func string(_ key: String, example: LocalizedText) -> Located<String>? {
        guard let node = node(key) else { return nil }
        switch node {
        case .scalar(let scalar):
            if scalar.isNull { return nil }
            let text = scalar.string.trimmedWhitespace()
            guard !text.isEmpty else { return nil }
            // A `|` block's text starts on the next line, indented under its key: point at the text.
            if scalar.isBlock, let key = keyLocation(key) {
                return Located(text, at: SourceLocation(file: key.file, line: scalar.location.line + 1, column: key.column + 2))
            }
            return Located(text, at: scalar.location)
        default:
            diagnostics.typeMismatch(
                at: node.location, key: path + key,
                expected: LocalizedText(ko: "글자 값", en: "a text value"), got: node.kindName, example: example)
            return nil
        }
    }

    /// A whole number within `range`.
    func int(_ key: String, range: ClosedRange<Int>, example: LocalizedText) -> Located<Int>? {
        guard let text = string(key, example: example) else { return nil }
        let digits = text.value.filter { !["명", "人", ","].contains($0) }.trimmingHorizontalSpace()
        guard let number = Int(digits) else {
            diagnostics.typeMismatch(
                at: text.location, key: path + key,
                expected: LocalizedText(ko: "숫자", en: "a whole number"),
                got: LocalizedText(ko: "`\(text.value)`", en: "`\(text.value)`"), example: example)
            return nil
        }
        guard range.contains(number) else {
            diagnostics.add(Finding(
                "parse.range", .error, at: text.location,
                message: LocalizedText(
                    ko: "`\(path + key)` 값 \(Josa.subject.after(String(number))) 허용 범위 \(range.lowerBound)–\(range.upperBound)를 벗어납니다.",
                    en: "`\(path + key)` is \(number), outside \(range.lowerBound)–\(range.upperBound)."),
                help: LocalizedText(ko: "예: \(example.ko)", en: "For example: \(example.en)")))
            return nil
        }
        return Located(number, at: text.location)
    }

    /// `true` / `false` (also yes/no, 예/아니오).
    func bool(_ key: String) -> Located<Bool>? {
        guard let text = string(key, example: LocalizedText(stringLiteral: "\(key): true")) else { return nil }
        switch text.value.lowercased() {
        case "true", "yes", "y", "on", "예", "네": return Located(true, at: text.location)
        case "false", "no", "n", "off", "아니오", "아니요": return Located(false, at: text.location)
        default:
            diagnostics.typeMismatch(
                at: text.location, key: path + key,
                expected: LocalizedText(ko: "true 또는 false", en: "true or false"),
                got: LocalizedText(ko: "`\(text.value)`", en: "`\(text.value)`"), example: LocalizedText(stringLiteral: "\(key): true"))
            return nil
        }
    }

    /// A list of texts; a single value or a comma-separated value is accepted as a list.
    func strings(_ key: String, example: LocalizedText) -> [Located<String>] {
        guard let node = node(key) else { return [] }
        switch node {
        case .scalar(let scalar):
            if scalar.isNull { return [] }
            return scalar.string.split(separator: ",").map {
                Located($0.trimmedWhitespace(), at: scalar.location)
            }.filter { !$0.value.isEmpty }
        case .sequence(let items, _):
            return items.compactMap { item in
                // `- Runtime: 52 min → 9 min` is a one-key mapping to YAML, a line of text to the
                // person who wrote it: read it as that text, and say how to write it.
                if case .mapping(let entries, let location) = item, entries.count == 1,
                   case .scalar(let value) = entries[0].value, !value.isQuoted {
                    let text = "\(entries[0].key): \(value.string)".trimmedWhitespace()
                    diagnostics.add(Finding(
                        "parse.quote", .warning, at: location,
                        message: LocalizedText(
                            ko: "`\(text)`: `: ` 때문에 YAML은 이 줄을 `key: value`로 읽습니다. folio는 글자 그대로 읽었습니다.",
                            en: "`\(text)`: because of the `: `, YAML reads this line as a `key: value` pair; folio read it as the text."),
                        help: LocalizedText(
                            ko: "따옴표로 감싸면 어떤 YAML 도구든 같은 글자로 읽습니다: - \"\(text)\"",
                            en: "Put it in quotes so every YAML tool reads the same text: - \"\(text)\"")))
                    return Located(text, at: location)
                }
                guard case .scalar(let scalar) = item else {
                    diagnostics.typeMismatch(
                        at: item.location, key: path + key,
                        expected: LocalizedText(ko: "글자 값 목록", en: "a list of text values"),
                        got: item.kindName, example: example)
                    return nil
                }
                let text = scalar.string.trimmedWhitespace()
                return scalar.isNull || text.isEmpty ? nil : Located(text, at: scalar.location)
            }
        case .mapping:
            diagnostics.typeMismatch(
                at: node.location, key: path + key,
                expected: LocalizedText(ko: "목록", en: "a list"), got: node.kindName, example: example)
            return []
        }
    }

    /// A name or a title shown as a label (a skill, a tool in a stack, a skill's category and
    /// group, a project's, story's or job's title): the text value without invisible format
    /// characters (`droppingInvisibleFormatCharacters`), nil when nothing else is left.
    /// A value of only invisible characters (`title: "\u{200B}"`) is nil too, and reported at its
    /// place: it is not blank to the eye in an editor's raw view, yet nothing would be printed.
    func name(_ key: String, example: LocalizedText) -> Located<String>? {
        guard let text = string(key, example: example) else { return nil }
        guard let name = Self.name(text) else {
            let codes = text.value.invisibleFormatCharacterCodes.joined(separator: ", ")
            diagnostics.add(Finding(
                "parse.value", .error, at: text.location,
                message: LocalizedText(
                    ko: "`\(path + key)`에는 보이지 않는 문자(\(codes))만 있어 빈 값으로 읽었습니다. 웹 페이지나 메신저에서 복사할 때 딸려 오는 문자입니다.",
                    en: "`\(path + key)` holds only invisible characters (\(codes)), so it reads as empty; they come along when text is copied from a web page or a chat."),
                help: LocalizedText(
                    ko: "값을 지우고 보이는 글자로 다시 쓰세요. 예: \(example.ko)",
                    en: "Delete the value and type it again in visible characters, e.g. \(example.en)")))
            return nil
        }
        return name
    }

    /// A list of names (`stack:`, a story's `skills:`), read as `strings` and cleaned as `name`; the
    /// list's "and so on" is no name (`[Spark, Kafka 등]` → Spark, Kafka; `ListEnding`).
    func names(_ key: String, example: LocalizedText) -> [Located<String>] {
        var names = Self.rejoiningBrackets(strings(key, example: example)).compactMap(Self.name)
        if let last = names.last, let stripped = ListEnding.stripped(last.value) {
            names.removeLast()
            if !stripped.isEmpty { names.append(Located(stripped, at: last.location)) }
        }
        return names
    }

    /// A flow list splits at every comma, brackets or not: `[Python, Hadoop(HDFS, Hive)]` reads as
    /// `Python`, `Hadoop(HDFS`, `Hive)`. Items from one whose bracket is still open to the one that
    /// closes it are one item again (`Hadoop(HDFS, Hive)`, at the first one's place).
    static func rejoiningBrackets(_ items: [Located<String>]) -> [Located<String>] {
        var joined: [Located<String>] = []
        var open = 0
        for item in items {
            if open > 0, var last = joined.popLast() {
                last.value += ", " + item.value.trimmedWhitespace()
                joined.append(last)
            } else {
                joined.append(item)
            }
            open = max(0, open + bracketDepth(item.value))
        }
        return joined
    }

    /// A flow mapping splits at every comma too: `{name: Hadoop(HDFS, Hive), level: 3}` reads as
    /// `name: Hadoop(HDFS`, a key `Hive)` with no value, and `level: 3`. A plain value whose bracket is
    /// still open takes back the valueless keys on its line up to the one that closes it
    /// (`name: Hadoop(HDFS, Hive)`), so they are neither split off nor reported as unknown keys.
    static func rejoiningBrackets(_ entries: [YAMLEntry]) -> [YAMLEntry] {
        guard entries.contains(where: { if case .scalar(let value) = $0.value { !value.isQuoted && bracketDepth(value.string) > 0 } else { false } }) else {
            return entries
        }
        var joined: [YAMLEntry] = []
        var open = 0
        for entry in entries {
            if open > 0, var last = joined.last, case .scalar(var value) = last.value, case .scalar(let rest) = entry.value,
               rest.isNull, entry.keyLocation.line == value.location.line {
                value.string += ", " + entry.key.trimmedWhitespace()
                last.value = .scalar(value)
                joined[joined.count - 1] = last
                open = max(0, open + bracketDepth(entry.key))
                continue
            }
            joined.append(entry)
            if case .scalar(let value) = entry.value, !value.isQuoted { open = max(0, bracketDepth(value.string)) } else { open = 0 }
        }
        return joined
    }

    /// Brackets opened minus brackets closed in `text`, ASCII and full-width (`(`, `（`). By
    /// scalar: every value of every mapping is asked, and by character it cost 7.8 M instructions
    /// a build of the Korean example.
    static func bracketDepth(_ text: String) -> Int {
        var depth = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "(", "（": depth += 1
            case ")", "）": depth -= 1
            default: continue
            }
        }
        return depth
    }

    static func name(_ text: Located<String>) -> Located<String>? {
        let name = text.value.droppingInvisibleFormatCharacters().trimmedWhitespace()
        return name.isEmpty ? nil : Located(name, at: text.location)
    }

    /// A nested mapping.
    func mapping(_ key: String, example: LocalizedText) -> MappingReader? {
        MappingReader(node(key), path: path + key + ".", diagnostics: diagnostics, example: example)
    }

    /// A list whose items are mappings.
    func mappings(_ key: String, example: LocalizedText) -> [MappingReader] {
        guard let node = node(key) else { return [] }
        switch node {
        case .sequence(let items, _):
            return items.compactMap { MappingReader($0, path: path + key + "[].", diagnostics: diagnostics, example: example) }
        case .scalar(let scalar) where scalar.isNull:
            return []
        default:
            diagnostics.typeMismatch(
                at: node.location, key: path + key,
                expected: LocalizedText(ko: "목록", en: "a list"), got: node.kindName, example: example)
            return []
        }
    }

    /// A year and month (`2024-07`), reporting a bad date where it was written.
    func yearMonth(_ key: String) -> Located<YearMonth>? {
        guard let text = string(key, example: LocalizedText(stringLiteral: "\(key): 2024-07")) else { return nil }
        guard let date = YearMonth(text.value) else {
            diagnostics.add(Finding.badDate(text.value, key: path + key, at: text.location))
            return nil
        }
        return Located(date, at: text.location)
    }

    /// A date at the precision written (`2022`, `2024-07`, `2016-11-07`, `October 2022`).
    func partialDate(_ key: String) -> Located<PartialDate>? {
        guard let text = string(key, example: LocalizedText(stringLiteral: "\(key): 2024-07")) else { return nil }
        guard let date = PartialDate(text.value) else {
            diagnostics.add(Finding.badDate(text.value, key: path + key, at: text.location))
            return nil
        }
        return Located(date, at: text.location)
    }

    /// A period as people write it (`2024-07 – 현재`, `2022 – 2024`, `24.07–25.02`): a reversed
    /// range is an error and a start after this month a warning, both at the value's line.
    func period(_ key: String, today: YearMonth = .of(Date())) -> Located<Period>? {
        guard let text = string(key, example: LocalizedText(stringLiteral: "\(key): 2024-09 – 2024-11")) else { return nil }
        switch Period.parse(text.value) {
        case .success(let period):
            if period.start > today {
                diagnostics.add(Finding(
                    "parse.future", .warning, at: text.location,
                    message: LocalizedText(
                        ko: "`\(path + key)`의 시작(\(period.from))이 아직 오지 않은 달입니다.",
                        en: "`\(path + key)` starts in the future (\(period.from))."),
                    help: LocalizedText(
                        ko: "시작한 달을 적으세요. 예정된 일이라면 시작한 뒤에 추가하세요.",
                        en: "Write the month it started; add something planned once it has begun.")))
            }
            return Located(period, at: text.location)
        case .failure(.unreadable(let bad)):
            diagnostics.add(Finding.badDate(bad, key: path + key, at: text.location))
            return nil
        case .failure(.reversed(let start, let end)):
            diagnostics.add(Finding(
                "parse.date", .error, at: text.location,
                message: LocalizedText(
                    ko: "`\(path + key)`: 끝(\(end))이 시작(\(start))보다 앞섭니다.",
                    en: "`\(path + key)` ends before it starts (\(start) – \(end))."),
                help: LocalizedText(
                    ko: "시작을 앞에, 끝을 뒤에 쓰세요: `2022-03 – 2024-06`. 아직 진행 중이면 `2024-07 – 현재`.",
                    en: "Write the start first and the end second: `2022-03 – 2024-06`; ongoing is `2024-07 – present`.")))
            return nil
        }
    }

    /// Keys written with no value (`email: ""`, `version:`, `stack: []`), by dotted path
    /// (`contact.email`), nested mappings included: the line a user must edit to fill them in.
    func blankKeys() -> [String: SourceLocation] {
        var blanks: [String: SourceLocation] = [:]
        for entry in entries {
            switch entry.value {
            case .scalar(let scalar) where scalar.isNull || scalar.string.trimmedWhitespace().isEmpty:
                blanks[entry.key] = entry.keyLocation
            case .sequence(let items, _) where items.isEmpty:
                blanks[entry.key] = entry.keyLocation
            case .mapping(let nested, let location):
                let reader = MappingReader(entries: nested, location: location, diagnostics: diagnostics, path: "")
                for (key, place) in reader.blankKeys() { blanks[entry.key + "." + key] = place }
            default:
                continue
            }
        }
        return blanks
    }

    /// Reports every key not in `known` as a warning naming the nearest known key.
    func reportUnknownKeys(known: [String]) {
        for entry in entries where !known.contains(entry.key) {
            let nearest = Spelling.nearest(to: entry.key, in: known)
            let hint = nearest.map { LocalizedText(ko: " \(Josa.object.after("`\($0)`")) 뜻하셨나요?", en: " Did you mean `\($0)`?") } ?? ""
            diagnostics.add(Finding(
                "parse.unknown-key", .warning, at: entry.keyLocation,
                message: LocalizedText(
                    ko: "알 수 없는 항목 `\(path + entry.key)`: folio가 읽지 않고 넘어갑니다.\(hint.ko)",
                    en: "unknown key `\(path + entry.key)`: folio ignores it.\(hint.en)"),
                help: LocalizedText(
                    ko: "쓸 수 있는 항목: \(known.joined(separator: ", "))",
                    en: "Known keys here: \(known.joined(separator: ", "))")))
        }
    }
}

extension Finding {
    static func badDate(_ text: String, key: String, at location: SourceLocation) -> Finding {
        Finding(
            "parse.date", .error, at: location,
            message: LocalizedText(
                ko: "`\(key)`의 날짜 \(Josa.object.after("`\(text)`")) 읽을 수 없습니다 (연-월, 월은 01–12).",
                en: "`\(key)`: cannot read the date `\(text)` (year-month, month 01–12)."),
            help: LocalizedText(
                ko: "`2024-07`, `2024.07`, `2024년 7월`, `2022`처럼 쓰고, 기간은 `2024-09 – 2024-11` 또는 `2024-09 ~ 현재`로 쓰세요.",
                en: "Write `2024-07`, `2024.07`, `October 2022` or `2022`; a period as `2024-09 – 2024-11` or `2024-09 – present`."))
    }
}

