import Foundation
import FolioModel

/// Finds the skills a free text names, through the skill catalog's spellings (names and
/// aliases in English, Hangul and abbreviations).
///
/// Latin spellings match on word boundaries, so "go" is not found in "good" nor "es" in
/// "uses"; spellings of one or two letters ("R", "Go", "ES", "ML") match only as written in
/// capitals, and a lone "C" or "R" only inside a list ("C/C++", "Python, R"), because
/// "Series C" and "R&D" are not languages. Hangul spellings match inside words, because Korean
/// particles attach to them ("스파크를", "하둡과"); short ones (one or two syllables, "레이",
/// "깃") must start a word and be followed by a particle. At each place the longest spelling
/// wins: "Spark Streaming" over "Spark".
public struct SkillExtractor: Sendable {
    /// One skill named in a text.
    public struct Mention: Sendable, Hashable {
        /// The catalog's canonical name.
        public var skill: String
        /// The words as they stand in the text.
        public var text: String
        /// Offset of the first Unicode scalar in the (NFC-normalised) text.
        public var offset: Int
    }

    /// A class, not a struct: the scan tries several patterns at each position of the text, and
    /// copying a struct holding a catalog entry cost a dozen reference counts per try.
    final class Pattern: Sendable {
        let scalars: [Unicode.Scalar]
        let entry: SkillCatalog.Entry
        let rule: CaseRule
        let isShortHangul: Bool
        let startsLatin: Bool
        let endsLatin: Bool
        /// The spelling's second scalar when the text must have it next (not a space or hyphen,
        /// which `match` reads loosely): most tries end there, before `match` is called.
        let second: Unicode.Scalar?

        init(scalars: [Unicode.Scalar], entry: SkillCatalog.Entry, rule: CaseRule, isShortHangul: Bool, startsLatin: Bool, endsLatin: Bool) {
            self.scalars = scalars
            self.second = scalars.count > 1 && scalars[1] != " " && scalars[1] != "-" ? scalars[1] : nil
            self.entry = entry
            self.rule = rule
            self.isShortHangul = isShortHangul
            self.startsLatin = startsLatin
            self.endsLatin = endsLatin
        }
    }

    enum CaseRule: Sendable {
        case any
        /// One or two letters: capitals only ("ML", "ES", "GO") or the canonical spelling ("Go").
        case capitals
        /// An ordinary English word ("rest", "spring"): only capitalised as a proper noun.
        case capitalised
    }

    /// Patterns by their first scalar: ASCII and Hangul syllables (nearly every position of a
    /// text) in arrays indexed by the scalar, the rest in a dictionary. A dictionary look-up at
    /// every position was an eighth of the scan.
    let asciiPatterns: [[Pattern]]
    let hangulPatterns: [[Pattern]]
    let otherPatterns: [Unicode.Scalar: [Pattern]]

    /// The patterns whose spelling starts with `scalar`, longest first.
    func patterns(startingWith scalar: Unicode.Scalar) -> [Pattern] {
        switch scalar.value {
        case 0..<0x80: asciiPatterns[Int(scalar.value)]
        case 0xAC00...0xD7A3: hangulPatterns[Int(scalar.value - 0xAC00)]
        default: otherPatterns[scalar] ?? []
        }
    }

    /// Aliases that are ordinary English words in a posting's prose: only a capitalised
    /// spelling ("REST", "Spring", "Hive") names the tool.
    static let ordinaryWords: Set<String> = [
        "rest", "spring", "storm", "beam", "ray", "glue", "lambda", "delta", "vertex", "pig", "yarn",
        "oracle", "stitch", "soda", "feast", "shell", "druid", "pinot", "impala", "luigi",
        "prefect", "helm", "presto", "dynamo", "aurora", "athena", "flask", "transformers",
        "probability", "forecasting", "visualization", "scraping", "crawling",
        "lineage", "unix", "stats", "react", "express", "bootstrap", "rails", "angular", "less",
    ]

    /// Aliases never taken from free text: too common to name a skill on their own.
    static let ignoredSpellings: Set<String> = [
        "extract", "transform", "load", "reporting", "documentation", "data pipeline", "data pipelines", "데이터 파이프라인",
    ]

    /// Phrases that start with a skill's spelling but are not the skill: "Go-to-market", "go live",
    /// "spark joy", "통계 데이터를 활용한" (statistics as data, not the discipline), "R&D".
    static let falseFriends: [String: [String]] = [
        "Go": ["go-to", "go to market", "go live", "go-live", "go forward", "go beyond"],
        "Apache Spark": ["spark joy", "spark curiosity", "spark interest", "spark conversation"],
        "Statistics": ["통계 데이터", "통계데이터", "통계 자료", "통계자료", "통계청", "통계 정보", "통계정보"],
        "R": ["r&d", "r & d"],
        "C": ["c-level", "c level", "c-suite", "c레벨"],
        "Regression Analysis": ["regression test", "regression suite"],
        // A time-series database stores series; it is not the analysis of them.
        "Time Series Analysis": ["시계열 db", "시계열db", "시계열 데이터베이스", "time series db", "time-series db", "time series database", "time-series database"],
        "Data Warehouse": ["warehouse management", "warehouse operation", "warehouse staff", "warehouse worker", "warehouse robot"],
    ]

    /// Words just before a spelling that make it something else: a hospital's "EMR" is a medical record.
    static let falseFriendsBefore: [String: [String]] = [
        "Amazon EMR": ["병원", "의료", "전자의무기록", "medical", "hospital", "patient", "환자"],
        // "sequential testing", "hypothesis testing": statistics, not tests of code.
        "Unit Testing": [" sequential ", " hypothesis ", " significance ", " statistical ", " multivariate ", " usability ",
                         " load ", " stress ", " penetration ", " a/b ", " ab ", " split ", " user "],
    ]

    /// `text.lowercased()`, byte by byte for ASCII and Hangul syllables (every spelling of the
    /// catalog but a few): a syllable has no case, its bytes are copied.
    static func lowercased(_ text: String) -> String {
        guard text.unicodeScalars.allSatisfy({ $0.isASCII || (0xAC00...0xD7A3).contains($0.value) }) else { return text.lowercased() }
        return String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            var written = 0
            for byte in text.utf8 {
                buffer[written] = PhraseMatcher.lower(byte)
                written += 1
            }
            return written
        }
    }

    /// Korean particles and nouns that may follow a short Hangul spelling ("얀을", "깃 기반").
    static let particles = [
        "은", "는", "이", "가", "을", "를", "과", "와", "도", "의", "로", "으로", "에", "에서", "만", "등", "및",
        "나", "이나", "기반", "경험", "개발", "환경", "활용", "사용", "운영", "클러스터", "관련", "엔지니어",
        "하는", "하고", "할", "해", "하여", "하며",
    ]

    public init(catalog: SkillCatalog = .shared) {
        var table: [Unicode.Scalar: [Pattern]] = [:]
        for entry in catalog.entries {
            for spelling in [entry.name] + entry.aliases {
                let lower = Self.lowercased(spelling)
                guard !Self.ignoredSpellings.contains(lower) else { continue }
                let scalars = Array(lower.nfc.unicodeScalars)
                guard let first = scalars.first, let last = scalars.last else { continue }
                var letterCount = 0
                var isLatin = true
                var hangulCount = 0
                for scalar in scalars {
                    if Self.isAlphabetic(scalar) {
                        letterCount += 1
                        if !scalar.isASCII { isLatin = false }
                    }
                    if Self.isHangul(scalar) { hangulCount += 1 }
                }
                let rule: CaseRule
                if isLatin, letterCount <= 2, scalars.count <= 2 {
                    rule = .capitals
                } else if isLatin, Self.ordinaryWords.contains(lower) {
                    rule = .capitalised
                } else {
                    rule = .any
                }
                let pattern = Pattern(
                    scalars: scalars, entry: entry, rule: rule,
                    isShortHangul: hangulCount == scalars.count && hangulCount <= 2,
                    startsLatin: Self.isLatinWordScalar(first), endsLatin: Self.isLatinWordScalar(last))
                table[first, default: []].append(pattern)
            }
        }
        var ascii = [[Pattern]](repeating: [], count: 0x80)
        var hangul = [[Pattern]](repeating: [], count: 0xD7A4 - 0xAC00)
        var others: [Unicode.Scalar: [Pattern]] = [:]
        for (first, list) in table {
            let sorted = list.sorted { $0.scalars.count > $1.scalars.count }
            switch first.value {
            case 0..<0x80: ascii[Int(first.value)] = sorted
            case 0xAC00...0xD7A3: hangul[Int(first.value - 0xAC00)] = sorted
            default: others[first] = sorted
            }
        }
        (asciiPatterns, hangulPatterns, otherPatterns) = (ascii, hangul, others)
    }

    /// The extractor over the shipped catalog.
    public static let shared = SkillExtractor()

    /// Builds `shared` on another thread (it waits for the catalog first), for a command that
    /// will need it after reading the workspace: `folio build`'s xlsx reads every text for skills.
    public static func warmUp() {
        BackgroundThread.detach { _ = SkillExtractor.shared }
    }

    /// Every skill mention in `text`, in order.
    public func mentions(in text: String) -> [Mention] {
        let original = Array(text.nfc.unicodeScalars)
        let lower = original.map { scalar -> Unicode.Scalar in
            // ASCII and Hangul (most of a posting) without building the mapping's string for each scalar.
            if scalar.isASCII {
                return ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
            }
            if Self.isHangul(scalar) { return scalar }
            let mapped = scalar.properties.lowercaseMapping.unicodeScalars
            return mapped.count == 1 ? mapped.first! : scalar
        }
        var found: [Mention] = []
        var index = 0
        while index < lower.count {
            // Inside a Latin word no spelling starting with a Latin letter can begin (`accepts` wants a
            // word boundary): skip the position without trying the letter's patterns.
            if index > 0, Self.isLatinWordScalar(lower[index]), Self.isLatinWordScalar(original[index - 1]) {
                index += 1
                continue
            }
            var best: (pattern: Pattern, end: Int)?
            let next = index + 1 < lower.count ? lower[index + 1] : nil
            for pattern in patterns(startingWith: lower[index]) {
                if let second = pattern.second, second != next { continue }
                guard let end = match(pattern, at: index, in: lower) else { continue }
                guard accepts(pattern, start: index, end: end, original: original) else { continue }
                if end > (best?.end ?? -1) { best = (pattern, end) }
            }
            if let best {
                found.append(Mention(skill: best.pattern.entry.name, text: String(scalars: original[index..<best.end]), offset: index))
                index = best.end
            } else {
                index += 1
            }
        }
        return sharingHead(found, original: original, lower: lower)
    }

    /// Korean coordination shares the head noun: "데이터 거버넌스·보안" is 데이터 거버넌스 and 데이터 보안,
    /// "데이터 카탈로그, 리니지" 데이터 리니지 too, "모델을 학습·배포" 모델 배포. A conjunct after `·` or `,`
    /// that no spelling matches is read again with the head word of the first conjunct before it
    /// (its object particle dropped); a spelling that then covers the whole conjunct word is a mention.
    /// How far back a shared head is looked for: a few short conjuncts and their head.
    static let headWindow = 48

    func sharingHead(_ found: [Mention], original: [Unicode.Scalar], lower: [Unicode.Scalar]) -> [Mention] {
        var result = found
        var covered = [Bool](repeating: false, count: lower.count)
        for mention in found {
            for position in mention.offset..<min(lower.count, mention.offset + mention.text.unicodeScalars.count) { covered[position] = true }
        }
        func isJoin(_ scalar: Unicode.Scalar) -> Bool { scalar == "·" || scalar == "," || scalar == "、" }
        for join in lower.indices where isJoin(lower[join]) {
            var start = join + 1
            while start < lower.count, lower[start] == " " { start += 1 }
            guard start < lower.count, Self.isHangul(lower[start]), !covered[start], join > 0, Self.isHangul(lower[join - 1]) else { continue }
            // Back over the conjuncts before the join ("A·B·C") to the first one; the head is the word before
            // it. At most `headWindow` scalars back, so that a line of a thousand "가·가·…" stays linear.
            let limit = max(0, join - Self.headWindow)
            var first = join - 1
            while first > limit {
                while first > limit, lower[first - 1] != " ", !isJoin(lower[first - 1]) { first -= 1 }
                var previous = first - 1
                while previous >= 0, lower[previous] == " " { previous -= 1 }
                guard previous >= 0, isJoin(lower[previous]), previous > 0, Self.isHangul(lower[previous - 1]) else { break }
                first = previous - 1
            }
            guard first > limit, first >= 2, lower[first - 1] == " " else { continue }
            var headEnd = first - 1
            var headStart = headEnd
            while headStart > limit, lower[headStart - 1] != " " { headStart -= 1 }
            guard headStart < headEnd, lower[headStart..<headEnd].allSatisfy(Self.isHangul) else { continue }
            if headEnd - headStart > 1, lower[headEnd - 1] == "을" || lower[headEnd - 1] == "를" { headEnd -= 1 }
            let head = Array(lower[headStart..<headEnd]) + [" "]
            let stop = min(lower.count, start + 24)
            let candidate = head + Array(lower[start..<stop])
            let candidateOriginal = Array(original[headStart..<headEnd]) + [" "] + Array(original[start..<stop])
            var best: (pattern: Pattern, end: Int)?
            for pattern in patterns(startingWith: candidate[0]) {
                guard let end = match(pattern, at: 0, in: candidate), end > head.count,
                      accepts(pattern, start: 0, end: end, original: candidateOriginal) else { continue }
                // The whole conjunct word, or the word and a particle ("보안 관련", "리니지 등").
                let after = end < candidate.count ? candidate[end] : " "
                guard !Self.isLatinWordScalar(after), !Self.isHangul(after) || Self.particles.contains(where: {
                    String(scalars: candidate[end..<min(candidate.count, end + 3)]).hasPrefix($0)
                }) else { continue }
                if end > (best?.end ?? -1) { best = (pattern, end) }
            }
            guard let best else { continue }
            let end = start + best.end - head.count
            result.append(Mention(skill: best.pattern.entry.name, text: String(scalars: original[start..<end]), offset: start))
            for position in start..<end { covered[position] = true }
        }
        return result.count == found.count ? found : result.sorted { $0.offset < $1.offset }
    }

    /// The canonical names of the skills in `text`, each once, in order of first mention.
    public func skills(in text: String) -> [String] {
        var seen = Set<String>()
        return mentions(in: text).map(\.skill).filter { seen.insert($0).inserted }
    }

    /// The end offset when `pattern` matches at `start`: a space or hyphen in the spelling
    /// matches any run of spaces or a hyphen in the text ("Spark  Streaming", "real time").
    func match(_ pattern: Pattern, at start: Int, in text: [Unicode.Scalar]) -> Int? {
        var position = start
        let scalars = pattern.scalars
        var next = 0
        while next < scalars.count {
            let scalar = scalars[next]
            next += 1
            if scalar == " " || scalar == "-" {
                guard position < text.count else { return nil }
                // "실험을 설계", "테이블을 설계": a Korean object particle between the nouns of a spelling
                // ("실험 설계") is the same words said as a verb phrase.
                if scalar == " ", next >= 2, Self.isHangul(scalars[next - 2]), text[position] == "을" || text[position] == "를",
                   position + 1 < text.count, Self.isWhitespace(text[position + 1]),
                   next < scalars.count, Self.isHangul(scalars[next]) {
                    position += 1
                }
                if text[position] == "-" {
                    position += 1
                } else if Self.isWhitespace(text[position]) {
                    while position < text.count, Self.isWhitespace(text[position]) { position += 1 }
                } else if scalar == " ", pattern.isSeparatorOptional {
                    continue
                } else {
                    return nil
                }
            } else {
                guard position < text.count, text[position] == scalar else { return nil }
                position += 1
            }
        }
        return position
    }

    func accepts(_ pattern: Pattern, start: Int, end: Int, original: [Unicode.Scalar]) -> Bool {
        let before = start > 0 ? original[start - 1] : nil
        let after = end < original.count ? original[end] : nil
        if pattern.startsLatin, let before, Self.isLatinWordScalar(before) { return false }
        if pattern.endsLatin, let after, Self.isLatinWordScalar(after) { return false }
        if pattern.isShortHangul {
            if let before, Self.isHangul(before) { return false }
            if let after, Self.isHangul(after) {
                var rest = ""
                var position = end
                while position < original.count, Self.isHangul(original[position]), rest.unicodeScalars.count < 5 {
                    rest.unicodeScalars.append(original[position])
                    position += 1
                }
                guard Self.particles.contains(where: { rest.hasPrefix($0) }) else { return false }
            }
        }
        if let phrases = Self.falseFriends[pattern.entry.name] {
            let following = String(scalars: original[start..<min(original.count, start + 24)]).lowercased()
            if phrases.contains(where: following.hasPrefix) { return false }
        }
        if let words = Self.falseFriendsBefore[pattern.entry.name] {
            let preceding = " " + String(scalars: original[max(0, start - 14)..<start]).lowercased()
            if words.contains(where: preceding.contains) { return false }
        }
        switch pattern.rule {
        case .any:
            break
        case .capitals:
            let written = String(scalars: original[start..<end])
            let isCanonical = written == pattern.entry.name
            let isCapitals = written.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
            guard isCanonical || isCapitals else { return false }
            if let after, "+#&".unicodeScalars.contains(after) { return false }
            if let before, "&".unicodeScalars.contains(before) { return false }
            if pattern.scalars.count == 1, !Self.isInList(start: start, end: end, original) { return false }
        case .capitalised:
            guard original[start].properties.isUppercase else { return false }
        }
        return true
    }

    /// A lone letter ("C", "R") names a language only beside list punctuation or the word
    /// "언어"/"language".
    static func isInList(start: Int, end: Int, _ text: [Unicode.Scalar]) -> Bool {
        let listMarks = "/,()·、|".unicodeScalars
        let following = String(scalars: text[end..<min(text.count, end + 12)]).lowercased()
            .trimmingHorizontalSpace()
        if following.hasPrefix("언어") || following.hasPrefix("language") || following.hasPrefix("lang") { return true }
        var before = start - 1
        let connectors = ["or", "and", "또는", "혹은", "및"]
        // "Python 또는 R을": the second of a choice, even with a particle.
        var previousEnd = before
        while previousEnd >= 0, text[previousEnd] == " " { previousEnd -= 1 }
        if previousEnd >= 0, end < text.count, isHangul(text[end]) {
            let previous = " " + String(scalars: text[max(0, previousEnd - 4)...previousEnd]).lowercased()
            if connectors.contains(where: { previous.hasSuffix(" " + $0) }) { return true }
        }
        // "C는 지연 목표를 어깁니다", "- C. 트리거 간격": an option's label, not a language.
        if end < text.count, isHangul(text[end]) || text[end] == "." || text[end] == ")" { return false }
        while before >= 0, text[before] == " " { before -= 1 }
        var after = end
        while after < text.count, text[after] == " " { after += 1 }
        if before >= 0, listMarks.contains(text[before]) { return true }
        if after < text.count, listMarks.contains(text[after]) { return true }
        // "R or Python", "Python 또는 R": a list joined by a word.
        let next = String(scalars: text[after..<min(text.count, after + 4)]).lowercased()
        if before >= 0 {
            let previous = " " + String(scalars: text[max(0, before - 4)...before]).lowercased()
            if connectors.contains(where: { previous.hasSuffix(" " + $0) }) { return true }
        }
        return connectors.contains { next.hasPrefix($0 + " ") }
    }

    static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
        (0xAC00...0xD7A3).contains(scalar.value) || (0x3131...0x318E).contains(scalar.value)
    }

    /// An ASCII letter or digit (for ASCII, Unicode's alphabetic property is exactly A–Z, a–z).
    static func isLatinWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: false
        }
    }

    /// Unicode's alphabetic property, answered for ASCII and Hangul syllables without the property look-up.
    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) }
        return (0xAC00...0xD7A3).contains(scalar.value) || scalar.properties.isAlphabetic
    }

    /// Unicode's white-space property, answered for ASCII without the property look-up.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }
}

extension SkillExtractor.Pattern {
    /// Mixed spellings such as "c 언어" also match without the space ("c언어").
    var isSeparatorOptional: Bool { startsLatin != endsLatin }
}
