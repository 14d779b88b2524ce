/// Reads the numbers of a text, left to right, with the units and counters of `Lexicon`.
/// Linear in the text: each scalar is looked at a bounded number of times.
struct MeasurementReader {
    let scalars: [Unicode.Scalar]
    /// The text lowercased (ASCII only), scalar for scalar, for unit look-ups.
    private let lower: [Unicode.Scalar]
    private var position = 0

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        lower = scalars.map { scalar in
            (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0x20)! : scalar
        }
    }

    mutating func readAll() -> [Measurement] {
        var found: [Measurement] = []
        while position < scalars.count {
            if Self.digitValue(scalars[position]) != nil {
                if let measurement = readNumber() { found.append(measurement) }
            } else if Self.isLatinLetter(scalars[position]) {
                if let word = readWord() { found.append(word) }
            } else if let native = readNativeNumeral() ?? readSinoKorean() {
                found.append(native)
            } else {
                position += 1
            }
        }
        Self.mergeRanges(&found, scalars: scalars)
        Self.markTenures(&found, scalars: scalars, lower: lower)
        markData(&found)
        return found
    }

    // MARK: What a count counts

    /// Marks rates and what counts and rates count (`Measurement.countsData`, `periodSeconds`): a
    /// count under `초당`, `분당` or before `/sec`, `per second` is a rate (`초당 1,400건`, `10K
    /// events/sec`), as is a number after a rate unit (`QPS 3,000`); a count of rows, events or
    /// records (`Lexicon.dataCountUnits`) is data unless the noun it counts is people or a team's
    /// workload (`Lexicon.nonDataCountNouns`: `고객 문의 연 1만 2천 건`, `12,000 support requests`).
    func markData(_ found: inout [Measurement]) {
        for index in found.indices {
            var measurement = found[index]
            let unit = measurement.unit.lowercased()
            // Where the unit ends: after the range, or a word or two on (`250,000 purchase lines`).
            var unitEnd = measurement.range.upperBound
            if measurement.kind == .count, !unit.isEmpty, !String(scalars: lower[measurement.range]).hasSuffix(unit) {
                unitEnd = Self.end(of: Array(unit.unicodeScalars), from: unitEnd, in: lower) ?? unitEnd
            }
            switch measurement.kind {
            case .rate:
                measurement.periodSeconds = Lexicon.ratePeriods[unit]
            case .count:
                if let period = ratePeriodAfter(unitEnd) {
                    measurement.kind = .rate
                    measurement.periodSeconds = period
                } else if let period = ratePrefix(before: measurement.range.lowerBound) {
                    measurement.kind = .rate
                    measurement.periodSeconds = period
                }
            case .plain, .version, .metric:
                if let period = ratePrefix(before: measurement.range.lowerBound) {
                    measurement.kind = .rate
                    measurement.periodSeconds = period
                }
            default:
                break
            }
            if measurement.kind == .count || measurement.kind == .rate {
                let countable = unit.isEmpty || Lexicon.dataCountUnits.contains(unit) || Lexicon.ratePeriods[unit] != nil
                measurement.countsData = countable && !countsNonData(measurement, unitEnd: unitEnd)
            }
            found[index] = measurement
        }
    }

    /// Where `spelling` ends, looked for among the next few words after `index`.
    static func end(of spelling: [Unicode.Scalar], from index: Int, in lower: [Unicode.Scalar]) -> Int? {
        var start = index
        let limit = min(lower.count - spelling.count, index + 40)
        while start <= limit {
            if lower[start..<(start + spelling.count)].elementsEqual(spelling) { return start + spelling.count }
            start += 1
        }
        return nil
    }

    /// A rate suffix of at most an hour's period right after `index` (`/sec`, ` per second`, ` a second`).
    private func ratePeriodAfter(_ index: Int) -> Double? {
        for start in [index, index + 1] where start == index || at(index) == " " {
            for (spelling, period) in Self.rateSuffixes {
                guard start + spelling.count <= lower.count, lower[start..<(start + spelling.count)].elementsEqual(spelling) else { continue }
                if let next = at(start + spelling.count), Self.isLatinLetter(next) { continue }
                return period
            }
        }
        return nil
    }

    /// `Lexicon.ratePeriods` that may follow a count unit, as scalars, longest first; a period of a day is a
    /// daily volume (`2M rows per day` stays a count).
    static let rateSuffixes: [(spelling: [Unicode.Scalar], period: Double)] = Lexicon.ratePeriods
        .filter { ($0.key.hasPrefix("/") || $0.key.hasPrefix("per ") || $0.key.hasPrefix("a ")) && $0.value <= 3_600 }
        .map { (Array($0.key.unicodeScalars), $0.value) }
        .sorted { $0.spelling.count > $1.spelling.count }

    /// The words before `index`, nearest first, lowercased, within the clause: up to `limit` of them.
    private func wordsBefore(_ index: Int, limit: Int = 4) -> [String] {
        var words: [String] = []
        var position = index
        while words.count < limit {
            while position > 0, [" ", ":"].contains(lower[position - 1]) { position -= 1 }
            let end = position
            while position > 0, Self.isLatinLetter(lower[position - 1]) || Self.isHangul(lower[position - 1]) || lower[position - 1] == "-" {
                position -= 1
            }
            guard position < end else { break }
            words.append(String(scalars: lower[position..<end]))
        }
        return words
    }

    /// The period of a rate word before the number (`초당 약 1,400건`, `QPS 3,000`, `peak TPS 5,000`).
    private func ratePrefix(before index: Int) -> Double? {
        for word in wordsBefore(index) {
            if let period = Lexicon.ratePrefixes[word] { return period }
            if !Lexicon.countQualifiers.contains(word) { return nil }
        }
        return nil
    }

    /// Whether the noun a count counts is people or a team's workload: the first word before the
    /// number that is no period or approximation (`고객 문의 연 1만 2천 건`), the words between the
    /// number and its unit (`12,000 support requests`), or the noun after `건의` (`1만 건의 문의`).
    private func countsNonData(_ measurement: Measurement, unitEnd: Int) -> Bool {
        var nouns: [String] = []
        if let noun = wordsBefore(measurement.range.lowerBound).first(where: { !Lexicon.countQualifiers.contains($0) && Lexicon.ratePrefixes[$0] == nil }) {
            nouns.append(noun)
        }
        let unit = measurement.unit.lowercased()
        if unitEnd > measurement.range.upperBound {
            nouns += String(scalars: lower[measurement.range.upperBound..<unitEnd]).split(separator: " ").map(String.init).filter { $0 != unit }
        }
        if at(unitEnd) == "의", at(unitEnd + 1) == " " {
            var end = unitEnd + 2
            while let scalar = at(end), Self.isHangul(scalar) { end += 1 }
            nouns.append(String(scalars: lower[(unitEnd + 2)..<end]))
        }
        return nouns.contains { noun in Lexicon.nonDataCountNouns.contains { noun.hasPrefix($0) } }
    }

    /// A duration in months or years whose clause tells work or study (`2년간 백엔드 개발자로 일하며`)
    /// is a tenure, not a result (`Lexicon.tenureUnits`, `tenureWords`).
    static func markTenures(_ found: inout [Measurement], scalars: [Unicode.Scalar], lower: [Unicode.Scalar]) {
        guard found.contains(where: { $0.kind == .duration && Lexicon.tenureUnits.contains($0.unit.lowercased()) }) else { return }
        let clauses = Clauses.clauses(scalars)
        for index in found.indices where found[index].kind == .duration && Lexicon.tenureUnits.contains(found[index].unit.lowercased()) {
            guard let clause = clauses.first(where: { $0.contains(found[index].range.lowerBound) }) else { continue }
            let text = " " + String(scalars: lower[clause]) + " "
            if Lexicon.tenureWords.contains(where: { text.contains($0) }) { found[index].kind = .tenure }
        }
    }

    // MARK: Numbers

    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: Int(scalar.value - 0xFF10)
        default: nil
        }
    }

    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
    }

    static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
        (0xAC00...0xD7A3).contains(scalar.value)
    }

    private func at(_ index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    /// A number at `position`: its value, unit and kind; nil for digits inside an identifier.
    private mutating func readNumber() -> Measurement? {
        let start = position
        // `k8s`, `S3`, `EC2`, `log4j2`, `v1.4`, `Python3`: a digit glued to a Latin letter names a thing.
        if let previous = at(start - 1), Self.isLatinLetter(previous) || previous == "_" || previous == "@" {
            skipIdentifier()
            return nil
        }
        var digits = ""
        var dots = 0
        while let scalar = at(position) {
            if let digit = Self.digitValue(scalar) {
                digits.append(String(digit))
                position += 1
            } else if scalar == ",", let next = at(position + 1), Self.digitValue(next) != nil,
                      (1...3).allSatisfy({ at(position + $0).flatMap(Self.digitValue) != nil }),
                      at(position + 4).flatMap(Self.digitValue) == nil {
                position += 1
            } else if scalar == ".", let next = at(position + 1), Self.digitValue(next) != nil {
                dots += 1
                digits.append(".")
                position += 1
            } else {
                break
            }
        }
        // A number glued to letters after it: `3x`, `20GB`, `200ms`, `5M`; or an identifier (`2nd`, `4j2`).
        var value = Double(dots > 1 ? String(digits.prefix { $0 != "." }) : digits) ?? 0
        if dots > 1 {
            return Measurement(value: value, unit: "", kind: .version, range: start..<position)
        }
        let integerDigits = digits.prefix { $0 != "." }.count
        var magnified = false
        if let letter = at(position), Self.isLatinLetter(letter) {
            var end = position
            while let scalar = at(end), Self.isLatinLetter(scalar) { end += 1 }
            let run = String(scalars: scalars[position..<end])
            let followedByDigit = at(end).flatMap(Self.digitValue) != nil
            if followedByDigit {
                position = end
                skipIdentifier()
                return nil
            }
            if run == "x" || run == "X" {
                position = end
                return Measurement(value: value, unit: run, kind: .multiplier, range: start..<position)
            }
            if ["K", "k", "M", "B"].contains(run) {
                value *= run == "B" ? 1e9 : (run == "M" ? 1e6 : 1e3)
                magnified = true
                position = end
            } else if let unit = unitAt(position, attachedOnly: false), unit.spelling.unicodeScalars.count == end - position {
                position = end
                return classify(value: value, unit: unit, start: start, integerDigits: integerDigits, magnified: false)
            } else if ["st", "nd", "rd", "th"].contains(run.lowercased()) {
                position = end
                return Measurement(value: value, unit: run, kind: .plain, range: start..<position)
            } else {
                position = end
                return nil
            }
        }
        // `1.2억`, `500만`, `3천만`.
        var group = koreanMagnitude(at: position)
        if group.length > 0 {
            value *= group.factor
            magnified = true
            position += group.length
        }
        // `1만 2천`, `1억 2천만`, `4만1천`: a smaller part after it adds to the number (12,000, not 10,000 and 2,000).
        while group.length > 0 {
            var next = position
            if at(next) == " " { next += 1 }
            var digits = ""
            while let scalar = at(next), let digit = Self.digitValue(scalar) { digits.append(String(digit)); next += 1 }
            let part = koreanMagnitude(at: next)
            guard !digits.isEmpty, digits.count <= 4, part.length > 0, let number = Double(digits),
                  number * part.factor < group.factor else { break }
            value += number * part.factor
            position = next + part.length
            group = part
        }
        // `40 million rows`, `2.5 billion events`: an English magnitude word.
        if at(position) == " ", let (factor, length) = englishMagnitude(at: position + 1) {
            value *= factor
            magnified = true
            position += 1 + length
        }
        // A unit after at most one space.
        var unitStart = position
        if at(unitStart) == " " { unitStart += 1 }
        if let unit = unitAt(unitStart, attachedOnly: unitStart != position) {
            position = unitStart + unit.spelling.unicodeScalars.count
            return classify(value: value, unit: unit, start: start, integerDigits: integerDigits, magnified: magnified)
        }
        // `250,000 purchase lines`, `300,000 active subscribers`: a count noun one or two words on.
        if let counted = countNounAhead() {
            return Measurement(value: value, unit: counted, kind: .count, range: start..<position)
        }
        var kind = bareKind(start: start, integerDigits: integerDigits, value: value)
        if kind == .plain, precededByCurrency(start) { kind = .money }
        return Measurement(value: value, unit: "", kind: kind, range: start..<position)
    }

    /// The Korean magnitude suffixes at `index` (`만`, `억`, `천만`): their product and how many
    /// scalars they take; length 0 when there is none. `2만큼` is no magnitude.
    private func koreanMagnitude(at index: Int) -> (factor: Double, length: Int) {
        var factor = 1.0, length = 0
        while let scalar = at(index + length), let next = Lexicon.koreanMagnitudes[Character(scalar)] {
            if scalar == "만", at(index + length + 1) == "큼" { break }
            factor *= next
            length += 1
        }
        return (factor, length)
    }

    private func englishMagnitude(at index: Int) -> (Double, Int)? {
        for (word, factor) in [("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)] {
            let spelled = Array(word.unicodeScalars)
            if index + spelled.count <= lower.count, lower[index..<(index + spelled.count)].elementsEqual(spelled),
               at(index + spelled.count).map(Self.isLatinLetter) != true {
                return (factor, spelled.count)
            }
        }
        return nil
    }

    /// A count unit (rows, events, users …) after one or two other English words, read without moving.
    private func countNounAhead() -> String? {
        var index = position
        for _ in 0..<3 {
            guard at(index) == " " else { return nil }
            index += 1
            let begin = index
            while let scalar = at(index), Self.isLatinLetter(scalar) || scalar == "-" { index += 1 }
            guard index > begin else { return nil }
            let word = String(scalars: lower[begin..<index])
            if word.count > 2, Self.countSpellings.contains(word) { return word }
        }
        return nil
    }

    private mutating func skipIdentifier() {
        while let scalar = at(position), Self.isLatinLetter(scalar) || Self.digitValue(scalar) != nil || scalar == "_" || scalar == "." {
            if scalar == ".", at(position + 1).map({ Self.isLatinLetter($0) || Self.digitValue($0) != nil }) != true { break }
            position += 1
        }
    }

    /// The longest unit spelled at `index`. Latin units need a word boundary after them; units that
    /// must be glued to the number (`3x`, `5m`) are skipped when `attachedOnly` is false… read as
    /// "after a space".
    private func unitAt(_ index: Int, attachedOnly afterSpace: Bool) -> Lexicon.Unit? {
        guard index < scalars.count, let candidates = Self.unitsByFirstScalar[lower[index]] else { return nil }
        for (unit, spelling) in candidates {
            if unit.attached && afterSpace { continue }
            guard index + spelling.count <= scalars.count,
                  lower[index..<(index + spelling.count)].elementsEqual(spelling) else { continue }
            if let last = spelling.last, Self.isLatinLetter(last),
               let next = at(index + spelling.count), Self.isLatinLetter(next) { continue }
            // `배치`, `분석`, `회의`, `대시보드`: the counter's syllable starts a longer word.
            if spelling.count == 1, let next = at(index + 1), Self.wordContinuations[spelling[0]]?.contains(next) == true { continue }
            return unit
        }
        return nil
    }

    /// `Lexicon.units` with their spellings as scalars, grouped by first scalar, each group in the
    /// table's longest-first order: a look-up tries only the units that can start at a scalar.
    static let unitsByFirstScalar: [Unicode.Scalar: [(unit: Lexicon.Unit, spelling: [Unicode.Scalar])]] = {
        var table: [Unicode.Scalar: [(unit: Lexicon.Unit, spelling: [Unicode.Scalar])]] = [:]
        for unit in Lexicon.units {
            let spelling = Array(unit.spelling.unicodeScalars)
            guard let first = spelling.first else { continue }
            table[first, default: []].append((unit, spelling))
        }
        return table
    }()

    /// The spellings of the count units, for `countNounAhead`.
    static let countSpellings = Set(Lexicon.units.filter { $0.kind == .count }.map(\.spelling))

    /// `Lexicon.koreanNumerals` and `Lexicon.nativeCounters` spelled as scalars, read once.
    static let nativeNumerals: [(spelling: [Unicode.Scalar], value: Double)] =
        Lexicon.koreanNumerals.map { (Array($0.key.unicodeScalars), $0.value) }
    static let nativeNumeralStarts = Set(nativeNumerals.compactMap(\.spelling.first))
    static let nativeCounters: [(counter: String, spelling: [Unicode.Scalar], kind: Measurement.Kind)] =
        Lexicon.nativeCounters.map { ($0.key, Array($0.key.unicodeScalars), $0.value) }

    /// Syllables that, after a one-syllable counter, make it the start of a word instead.
    static let wordContinuations: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "배": ["치", "포", "송", "열", "경", "달", "정", "터", "우"], "분": ["석", "류", "산", "리", "야", "량", "포", "할", "배"],
        "건": ["강", "물", "설", "축"], "행": ["사", "동", "정", "복"], "회": ["의", "사", "원", "귀", "계", "고", "피", "복"],
        "번": ["역", "호", "지"], "대": ["학", "시", "용", "상", "비", "응", "기", "부", "규", "표", "형", "량"],
        "개": ["발", "선", "요", "념", "인", "최", "편", "방", "별"], "명": ["령", "확", "시", "칭", "세"],
        "주": ["문", "기", "요", "제", "소", "식", "로", "의", "차"], "일": ["정", "부", "반", "관", "괄", "상", "치", "단"],
        "초": ["기", "과", "안", "보"], "원": ["인", "본", "래", "칙", "격", "천", "활"], "줄": ["이", "여", "어"],
        "편": ["집", "의", "리", "성"], "종": ["료", "합", "속"], "곳": ["곳"], "달": ["성", "라", "리", "려"],
    ]

    /// What a number with a unit is, with the exceptions the seeds' readers make.
    private func classify(value: Double, unit: Lexicon.Unit, start: Int, integerDigits: Int, magnified: Bool) -> Measurement {
        var kind = unit.kind
        let range = start..<position
        switch unit.spelling {
        case "년" where integerDigits == 4 && (1900...2100).contains(value):
            kind = .date
        case "년" where integerDigits == 2 && nextIsMonth():
            kind = .date
        case "월" where value > 12:
            kind = .plain
        case "일" where previousIsMonth(before: start):
            kind = .date
        default:
            break
        }
        if kind == .people, magnified || value > 50 { kind = .count }
        if Self.nonResultSuffix(after: position, in: lower) { kind = .plain }
        if kind == .count || kind == .plain, precededByCurrency(start) { kind = .money }
        return Measurement(value: value, unit: unit.spelling, kind: kind, range: range)
    }

    /// Counters that number a place in a sequence, not an amount: `3번째`, `2년차`, `5분기`, `3주차`.
    static func nonResultSuffix(after index: Int, in lower: [Unicode.Scalar]) -> Bool {
        // Only directly after a counter: `3번째`, `2년차`, `5분기`, `3주차`, `1일차`, `2회차`.
        let suffixes: [Unicode.Scalar] = ["째", "차", "기"]
        return index < lower.count && suffixes.contains(lower[index])
    }

    private func nextIsMonth() -> Bool {
        var index = position
        while at(index) == " " { index += 1 }
        var sawDigit = false
        while let scalar = at(index), Self.digitValue(scalar) != nil { index += 1; sawDigit = true }
        return sawDigit && at(index) == "월"
    }

    private func previousIsMonth(before start: Int) -> Bool {
        var index = start - 1
        while at(index) == " " { index -= 1 }
        return at(index) == "월"
    }

    private func precededByCurrency(_ start: Int) -> Bool {
        var index = start - 1
        if at(index) == " " { index -= 1 }
        guard let scalar = at(index) else { return false }
        if ["$", "₩", "€", "£", "¥"].contains(scalar) { return true }
        let word = lowerWord(endingAt: index)
        return ["usd", "krw", "eur"].contains(word)
    }

    /// The ASCII-lowercased run of letters ending at `index`.
    private func lowerWord(endingAt index: Int) -> String {
        var begin = index
        while begin >= 0, Self.isLatinLetter(scalars[begin]) || Self.isHangul(scalars[begin]) { begin -= 1 }
        guard begin < index else { return "" }
        return String(scalars: lower[(begin + 1)...index])
    }

    /// A bare number: a year, a metric's value, a version, or nothing in particular.
    private func bareKind(start: Int, integerDigits: Int, value: Double) -> Measurement.Kind {
        if integerDigits == 4, (1900...2100).contains(value) { return .date }
        if let next = at(position), ["-", ".", "/"].contains(next), integerDigits == 4 { return .date }
        // Look back over spaces, `:` and `=` for the word before the number.
        // `0.78 accuracy`, `0.91 AUC`: the metric's name after its value.
        var next = position
        while let scalar = at(next), scalar == " " { next += 1 }
        // Compared on the lowercased scalars (the names are one scalar a character): the twelve
        // after the number, the sixteen before it.
        let windowEnd = min(lower.count, next + 12)
        if next > position || at(position).map(Self.isHangul) == false,
           Self.metricSpellings.contains(where: { name in
               next + name.count <= windowEnd && lower[next..<(next + name.count)].elementsEqual(name)
                   && !(next + name.count < windowEnd && lower[next + name.count].properties.isAlphabetic)
           }) {
            return .metric
        }
        var index = start - 1
        while let scalar = at(index), [" ", ":", "=", "("].contains(scalar) { index -= 1 }
        guard index >= 0 else { return .plain }
        let windowStart = max(0, index - 15)
        let endsWith = { (name: [Unicode.Scalar]) in
            index + 1 - name.count >= windowStart && self.lower[(index + 1 - name.count)...index].elementsEqual(name)
        }
        if Self.metricSpellings.contains(where: endsWith) { return .metric }
        if Self.versionSpellings.contains(where: endsWith) { return .version }
        // `Spark 3.5`, `Airflow 2`, `Python 3.11`: a number right after a capitalised word names its version.
        if Self.isLatinLetter(scalars[index]), at(start - 1) == " " {
            var first = index
            while first > 0, Self.isLatinLetter(scalars[first - 1]) { first -= 1 }
            if (0x41...0x5A).contains(scalars[first].value) { return .version }
        }
        return .plain
    }

    /// `Lexicon.metricNames` and `versionWords` as scalars, for `bareKind`.
    static let metricSpellings = Lexicon.metricNames.map { Array($0.unicodeScalars) }
    static let versionSpellings = Lexicon.versionWords.map { Array($0.unicodeScalars) }

    // MARK: Native numerals and number words

    /// `한 달`, `두 배`, `세 번`, `twice`: numbers written as words, at a word start.
    private mutating func readNativeNumeral() -> Measurement? {
        let start = position
        if let previous = at(start - 1), Self.isHangul(previous) || Self.isLatinLetter(previous) { return nil }
        let scalar = scalars[start]
        if Self.isHangul(scalar), Self.nativeNumeralStarts.contains(scalar) {
            for (spelled, value) in Self.nativeNumerals {
                guard start + spelled.count <= scalars.count, scalars[start..<(start + spelled.count)].elementsEqual(spelled) else { continue }
                var index = start + spelled.count
                if at(index) == " " { index += 1 }
                for (counter, counterScalars, kind) in Self.nativeCounters {
                    guard index + counterScalars.count <= scalars.count,
                          scalars[index..<(index + counterScalars.count)].elementsEqual(counterScalars) else { continue }
                    // `한 달` but not `두 배포` or `세 번역`: the counter ends the word or takes a particle.
                    let after = index + counterScalars.count
                    if counter == "배", let next = at(after), ["포", "치", "열", "송", "경", "달", "정", "터"].contains(next) { continue }
                    if counter == "번", let next = at(after), ["역", "호", "지"].contains(next) { continue }
                    if counter == "주", let next = at(after), ["문", "소", "요", "제", "식", "기", "로", "의"].contains(next) { continue }
                    if counter == "달", let next = at(after), ["성", "라", "리", "려"].contains(next) { continue }
                    position = after
                    return Measurement(value: value, unit: counter, kind: kind, range: start..<after)
                }
            }
            return nil
        }
        return nil
    }

    /// A Latin word: `twice`, `halved` are multipliers; any other word is passed over whole.
    private mutating func readWord() -> Measurement? {
        let start = position
        var end = start
        while let next = at(end), Self.isLatinLetter(next) { end += 1 }
        position = end
        let word = String(scalars: lower[start..<end])
        if let value = Lexicon.multiplierWords[word] {
            return Measurement(value: value, unit: word, kind: .multiplier, range: start..<end)
        }
        return nil
    }

    /// Sino-Korean numerals written out, as in a speech: `삼십 분`, `백만 행`, `이십오 초`. A lone
    /// syllable (`이 분`, `일 건`) is also an ordinary word (this person, work), so it counts only as
    /// half of a before → after pair (`삼십 분에서 이 분으로`); see `changes(in:)`.
    private mutating func readSinoKorean() -> Measurement? {
        let start = position
        if let previous = at(start - 1), Self.isHangul(previous) || Self.isLatinLetter(previous) { return nil }
        var end = start
        var total = 0.0, section = 0.0, digit = 0.0
        while let scalar = at(end), let value = Self.sinoKorean[scalar] {
            switch value {
            case 1...9: digit = value
            case 10, 100, 1000: section += (digit == 0 ? 1 : digit) * value; digit = 0
            default: total += (section + digit == 0 ? 1 : section + digit) * value; section = 0; digit = 0
            }
            end += 1
        }
        guard end > start else { return nil }
        // `삼십`, `백만`, `이십오`: a run of two or more needs a place value, or it is a word (`일일`, `오일`).
        if end - start >= 2, !scalars[start..<end].contains(where: { (Self.sinoKorean[$0] ?? 0) >= 10 }) { return nil }
        var unitStart = end
        if at(unitStart) == " " { unitStart += 1 }
        guard let unit = unitAt(unitStart, attachedOnly: true), let first = unit.spelling.unicodeScalars.first, Self.isHangul(first),
              unit.kind != .date else { return nil }
        position = unitStart + unit.spelling.unicodeScalars.count
        let value = total + section + digit
        let measurement = classify(value: value, unit: unit, start: start, integerDigits: 0, magnified: value >= 10000)
        return end - start == 1 ? Measurement(value: value, unit: unit.spelling, kind: .plain, range: measurement.range) : measurement
    }

    static let sinoKorean: [Unicode.Scalar: Double] = [
        "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9,
        "십": 10, "백": 100, "천": 1000, "만": 10_000, "억": 100_000_000,
    ]

    // MARK: Ranges and changes

    /// `3~5분`, `3–5 GB`: the first number takes the unit of the second.
    static func mergeRanges(_ found: inout [Measurement], scalars: [Unicode.Scalar]) {
        guard found.count > 1 else { return }
        for index in 0..<(found.count - 1) where found[index].kind == .plain && found[index + 1].unit != "" {
            let between = String(scalars: scalars[found[index].range.upperBound..<found[index + 1].range.lowerBound])
                .filter { $0 != " " }
            if ["~", "–", "-", "〜", "～"].contains(between) {
                found[index].kind = found[index + 1].kind
                found[index].unit = found[index + 1].unit
            }
        }
    }

    /// Before → after pairs among consecutive measurements.
    static func changes(in found: [Measurement], scalars: [Unicode.Scalar]) -> [MeasuredChange] {
        guard found.count > 1 else { return [] }
        var pairs: [MeasuredChange] = []
        for index in 0..<(found.count - 1) {
            let a = found[index]
            let b = found[index + 1]
            guard compatible(a, b) else { continue }
            // Every reading below needs a few characters between the two (an arrow, `에서`, `to`):
            // skip far-apart pairs before building strings (a character is at most a few scalars).
            var visible = 0
            for scalar in scalars[a.range.upperBound..<b.range.lowerBound] where !scalar.properties.isWhitespace {
                visible += 1
                if visible > 4 * longestLink { break }
            }
            if visible > 4 * longestLink { continue }
            let between = String(scalars: scalars[a.range.upperBound..<b.range.lowerBound])
            let squeezed = between.filter { !$0.isWhitespace }
            let afterB = String(scalars: scalars[b.range.upperBound..<min(scalars.count, b.range.upperBound + 3)])
            let beforeA = String(scalars: scalars[max(0, a.range.lowerBound - 6)..<a.range.lowerBound]).lowercased()
            let arrow = Lexicon.arrows.contains { squeezed == $0 || (squeezed.hasPrefix($0) && squeezed.count <= $0.count + 3) }
                || Lexicon.arrows.contains { squeezed.hasSuffix($0) && squeezed.count <= $0.count + 3 }
            let korean = (squeezed.hasPrefix("에서") && squeezed.count <= 4) && (afterB.hasPrefix("로") || afterB.hasPrefix("으로") || afterB.hasPrefix("까지"))
            let english = squeezed == "to" && (beforeA.hasSuffix("from ") || beforeA.hasSuffix("from"))
            let englishDown = squeezed == "to" || squeezed == "downto" || squeezed == "upto"
            if arrow || korean || english || (englishDown && a.kind == b.kind && a.kind != .date) {
                pairs.append(MeasuredChange(before: a, after: b))
            }
        }
        return pairs
    }

    /// The most characters `changes(in:)` accepts between a pair: an arrow and three more, or `downto`.
    static let longestLink = max(6, (Lexicon.arrows.map(\.count).max() ?? 0) + 3)

    private static func compatible(_ a: Measurement, _ b: Measurement) -> Bool {
        if a.kind == .date || b.kind == .date || a.kind == .version || b.kind == .version { return false }
        return a.kind == b.kind || a.kind == .plain || b.kind == .plain
            || (a.kind == .items && b.kind == .count) || (a.kind == .count && b.kind == .items)
    }
}
