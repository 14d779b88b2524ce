import Foundation

/// What a question or a sentence is about: the senses of `Lexicon.senses` its words state, the
/// catalog skills it names (with what they imply), and its content words' stems.
///
/// A sentence also takes the senses of where it stands (the heading `## 원인`, the field
/// `data.volume`) and of the skills it names: Grafana shows monitoring, Linux server engineering,
/// Strimzi Kafka on k3s open source, a computer-science degree fundamentals. A question takes only
/// its own words', so that "분산 처리 도구(Spark, Kafka 등)" does not ask about open source.
public struct Meaning: Sendable {
    /// How strongly the text states each sense: one for each distinct word of it, one more when a
    /// skill it names shows it, four when its place states it (`data.volume` is about scale).
    public var strength: [String: Int]
    public var senses: Set<String> { Set(strength.keys) }
    /// Catalog names, implications included.
    public var skills: Set<String>
    /// Content words without particles and endings (`재처리와` → 재처리).
    public var stems: Set<String>
    /// The text lowercased, where a question's stem is looked for (`파티션` in `파티션으로`).
    public var lowered: String
}

/// Reads `Meaning`s with the lexicon's senses and the skill catalog, and scores how well a sentence
/// answers a question.
public struct MeaningReader: Sendable {
    public let catalog: SkillCatalog
    public let senses: [Lexicon.Sense]
    private let matcher: PhraseMatcher
    /// For each phrase of the matcher: its sense's position, its length in bytes, and its boundaries.
    private let phrases: [(sense: Int, length: Int, startsWord: Bool, endsWord: Bool)]

    public init(catalog: SkillCatalog = .shared, senses: [Lexicon.Sense] = Lexicon.senses) {
        self.catalog = catalog
        self.senses = senses
        var words: [String] = []
        var phrases: [(sense: Int, length: Int, startsWord: Bool, endsWord: Bool)] = []
        for (position, sense) in senses.enumerated() {
            for word in sense.words {
                let lowered = word.lowercased()
                words.append(lowered)
                let latin = lowered.unicodeScalars.first.map(Self.isLatinLetter) ?? false
                let short = lowered.unicodeScalars.allSatisfy(Self.isLatinLetter) && lowered.unicodeScalars.count <= 4
                phrases.append((position, lowered.utf8.count, latin, short))
            }
        }
        matcher = PhraseMatcher(words)
        self.phrases = phrases
    }

    /// The reader over the shipped catalog and lexicon.
    public static let shared = MeaningReader()

    /// The ids of the senses whose words `text` holds.
    public func senses(in text: String) -> Set<String> { Set(strength(in: text).keys) }

    /// The senses whose words `text` holds, each with how many distinct words of it.
    public func strength(in text: String) -> [String: Int] {
        var found: [String: Set<Int>] = [:]
        _ = matcher.firstMatch(in: text) { phrase, bytes, end in
            let entry = phrases[phrase]
            let start = end - entry.length
            if entry.startsWord, start > 0, Self.isWordByte(bytes[start - 1]) { return false }
            if entry.endsWord, end < bytes.count, Self.isWordByte(bytes[end]) {
                // A plural: `nodes`, `pods`.
                let plural = bytes[end] == UInt8(ascii: "s") && (end + 1 == bytes.count || !Self.isWordByte(bytes[end + 1]))
                if !plural { return false }
            }
            found[senses[entry.sense].id, default: []].insert(phrase)
            return false
        }
        return found.mapValues(\.count)
    }

    /// The senses the skills show: their category or name is one of a sense's, or they are open source.
    public func senses(shownBy skills: Set<String>) -> Set<String> {
        var found = Set<String>()
        for name in skills {
            let entry = catalog.lookup(name)
            for sense in senses {
                if sense.skills.contains(name) || entry.map({ sense.categories.contains($0.category) }) == true
                    || (sense.openSource && entry?.isOpenSource == true) {
                    found.insert(sense.id)
                }
            }
        }
        return found
    }

    /// A sentence of the workspace: `skills` are the catalog names it mentions or stands behind (a
    /// story's tags, what a degree implies), `context` the heading it stands under, `about` the ids of
    /// the senses its place states (`data.volume` speaks of scale, a story of an incident).
    public func sentence(_ text: String, skills: some Sequence<String>, context: String = "", about: Set<String> = []) -> Meaning {
        let held = catalog.implications(of: skills)
        var found = strength(in: text).merging(strength(in: context), uniquingKeysWith: +)
        // What the named skills show, not what they imply: pandas is no statistics, HDFS no Hadoop
        // ecosystem question.
        for sense in senses(shownBy: Set(skills.map(catalog.canonicalName))) { found[sense, default: 0] += 1 }
        for sense in about { found[sense, default: 0] += 4 }
        // A measured amount of data (`하루 1.2억 건`, `40 GB`, `초당 1,400건`) speaks of scale.
        if Measurement.scan(text).measurements.contains(where: \.showsDataScale) { found["scale", default: 0] += 1 }
        return Meaning(strength: found, skills: held, stems: Self.stems(text), lowered: text.lowercased())
    }

    /// A question: the senses of its own words and the skills it names, nothing derived from them. Its
    /// stems leave out the words of its senses, which the senses already count (`load`, `수집`).
    public func question(_ text: String, skills: some Sequence<String>) -> Meaning {
        let stems = Self.stems(text).filter { senses(in: $0).isEmpty }
        return Meaning(strength: strength(in: text), skills: catalog.implications(of: skills), stems: stems, lowered: text.lowercased())
    }

    /// How well `answer` answers `question`: for each sense they share 2 plus how strongly the answer
    /// states it (at most 4), 2 for each skill (but those in `ignoring`), and for each of the question's
    /// stems in the answer 2 (a long one: three syllables of Hangul, five Latin letters) or 1.
    ///
    /// `rarity` weighs each sense by how few sentences state it (1 when absent): a sense most sentences
    /// share (collection, in a workspace of pipelines) says less of which one answers than a rare one
    /// (transactions, mentoring).
    public func score(_ answer: Meaning, for question: Meaning, ignoring: Set<String> = [], rarity: [String: Double] = [:]) -> Int {
        let senses = question.senses.intersection(answer.senses)
            .map { Int((Double(2 + min(answer.strength[$0] ?? 0, 4)) * (rarity[$0] ?? 1)).rounded()) }.reduce(0, +)
        let skills = question.skills.subtracting(ignoring).intersection(answer.skills).count
        let words = question.stems.filter { answer.lowered.contains($0) }
            .map { stem in stem.count >= (stem.unicodeScalars.contains(where: Self.isHangul) ? 3 : 5) ? 2 : 1 }.reduce(0, +)
        return senses + skills * 2 + words
    }

    /// How rare each sense is among `meanings`: 1 for a sense every one states, up to 2 for one that
    /// a single one states (`1 + log(n / df) / log(n)`).
    public static func rarity(of meanings: [Meaning]) -> [String: Double] {
        var counts: [String: Int] = [:]
        for meaning in meanings { for sense in meaning.senses { counts[sense, default: 0] += 1 } }
        let total = Double(max(2, meanings.count))
        return counts.mapValues { 1 + log(total / Double($0)) / log(total) }
    }

    /// The stems of a text's content words, without `Lexicon.questionWords`.
    public static func stems(_ text: String) -> Set<String> {
        var stems = Set<String>()
        var word = String.UnicodeScalarView()
        func close() {
            defer { word = String.UnicodeScalarView() }
            guard !word.isEmpty else { return }
            let whole = String(word)
            var stem = whole
            let korean = word.contains(where: isHangul)
            if korean {
                for ending in Lexicon.koreanEndings where stem.hasSuffix(ending) && stem.count > ending.count + 1 {
                    stem = String(stem.dropLast(ending.count))
                    break
                }
            }
            let long = korean ? stem.count >= 2 : stem.count >= 3
            if long, !Lexicon.questionWords.contains(stem), !Lexicon.questionWords.contains(whole) { stems.insert(stem) }
        }
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "/" {
                word.append(scalar)
            } else {
                close()
            }
        }
        close()
        return stems
    }

    /// Whether a scalar is Hangul (a syllable or a jamo).
    public static func isHangulScalar(_ scalar: Unicode.Scalar) -> Bool { isHangul(scalar) }

    static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
        (0xAC00...0xD7A3).contains(scalar.value) || (0x1100...0x11FF).contains(scalar.value) || (0x3130...0x318F).contains(scalar.value)
    }

    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte)
    }
}
