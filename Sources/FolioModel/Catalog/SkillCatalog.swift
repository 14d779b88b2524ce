import Foundation
import Synchronization

/// The skills folio knows, with their categories, kinds, implications and aliases in English and
/// Hangul (`pyspark`, `스파크` → Apache Spark). Shipped as data in `Resources/skills.json`.
///
/// One catalog serves `folio check`, the xlsx and `folio match`, so that they agree on whether a
/// user has a skill: a warehouse implies SQL, BigQuery implies GCP, dbt implies ETL, an SQLD
/// certificate implies SQL, a statistics degree implies Statistics (`implications(of:)`).
public struct SkillCatalog: Sendable {
    /// What sort of thing a skill is: it decides whether a version can be asked of it.
    public enum Kind: String, Sendable, Codable, Hashable {
        /// Versioned software: Apache Spark 3.5, Airflow 2, pandas 2.2.
        case tool
        /// A managed service with no version a user picks: BigQuery, Amazon S3, Fivetran.
        case service
        /// A programming language: Python 3.11, Java 17 (SQL has no one version).
        case language
        /// A database server: PostgreSQL 15, MySQL 8.0.
        case database
        /// A concept or practice: ETL, A/B Testing, Machine Learning, Statistics, CI/CD.
        case concept
        /// A vendor or suite: AWS, GCP, Azure.
        case vendor
        /// An editor, IDE or desktop client (VS Code, PyCharm, DBeaver, Postman): not a skill to list.
        case editor
    }

    public struct Entry: Sendable, Codable, Hashable {
        public var name: String
        public var category: String
        public var aliases: [String]
        public var kind: Kind
        /// What using it shows too, by catalog name: MySQL → SQL, BigQuery → SQL, GCP.
        public var implies: [String]?
        /// Sets of skills that together imply this one: Elasticsearch + Kibana → ELK Stack.
        public var impliedByAll: [[String]]?
        /// For a concept: tools a posting names as its examples without their implying it
        /// ("Spark, Hadoop 등 분산 처리 시스템": Spark is an example of Distributed Systems, but using
        /// Spark is not shown knowledge of distributed systems). Read only by the posting reader.
        public var examples: [String]?
        /// Overrides the kind's answer to "has it a version to state?" (`SQL`, `Git`: no).
        public var versioned: Bool?
        /// Overrides the kind's answer to "is it open source?" (`Tableau`, `Oracle Database`: no).
        public var openSource: Bool?

        /// Whether a user can be asked which version they used (seed 002 "버전 … 설명할 수 있어야").
        public var hasVersion: Bool {
            versioned ?? [.tool, .language, .database].contains(kind)
        }

        /// Whether it is software anyone can run and change: tools, databases and languages unless the
        /// catalog says otherwise; never a managed service, a vendor or a concept. What seed 001's
        /// "오픈 소스 솔루션 도입 경험" and "상용 클라우드보단 오픈 소스 스택" ask about.
        public var isOpenSource: Bool {
            openSource ?? [.tool, .language, .database].contains(kind)
        }

        public init(name: String, category: String, aliases: [String], kind: Kind = .tool, implies: [String]? = nil) {
            self.name = name
            self.category = category
            self.aliases = aliases
            self.kind = kind
            self.implies = implies
        }
    }

    /// Words in a certificate's or a degree's name and the skills it implies (`SQLD` → SQL).
    public struct Credential: Sendable, Codable, Hashable {
        public var words: [String]
        public var implies: [String]
    }

    /// A language test and the levels it is graded in, lowest first (OPIc `NL` … `AL`, JLPT `N5` … `N1`);
    /// without levels, a higher number is better (TOEIC 850, TOEFL 100, HSK 5급).
    public struct LanguageTest: Sendable, Codable, Hashable {
        public var name: String
        public var words: [String]
        public var levels: [String]?
    }

    public let entries: [Entry]
    /// Language tests (TOEIC, OPIc, JLPT …), matched on words of their name, longest first.
    public let languageTests: [LanguageTest]
    /// Every certificate's and language test's words, for a first look at a line that skips the
    /// lines naming none (most lines of a posting) before `certificates(namedIn:)` searches word by word.
    public let credentialWords: PhraseMatcher
    /// Certificates that imply skills, matched on words of their name.
    public let certificates: [Credential]
    /// Degrees (education programmes) that imply skills: a CS degree → CS Fundamentals.
    public let degrees: [Credential]
    /// Every entry's `category`, sorted: what a skill the catalog lacks can name as its `category:`.
    public let categories: [String]
    private let index: [String: Int]
    /// The entries implied by a combination of others (`impliedByAll`), looked at by `implications(of:)`.
    private let combinations: [Entry]
    /// Every spelling, normalised, with its entry's position: what "did you mean" compares against.
    /// The signature is the set of its scalars (`Spelling.signature`), which rules most spellings out at once.
    private let normalizedSpellings: [(key: String, signature: UInt64, position: Int)]
    /// What `concepts(namedIn:)` looks for (`conceptSpellings(_:)`).
    private let conceptSpellings: [(name: String, needles: [String])]

    public init(entries: [Entry], certificates: [Credential] = [], degrees: [Credential] = [], languageTests: [LanguageTest] = []) {
        self.entries = entries
        self.languageTests = languageTests
        credentialWords = PhraseMatcher(certificates.flatMap(\.words) + languageTests.flatMap(\.words))
        self.certificates = certificates
        self.degrees = degrees
        combinations = entries.filter { $0.impliedByAll != nil }
        categories = Set(entries.map(\.category)).sorted()
        conceptSpellings = Self.conceptSpellings(entries)
        var index: [String: Int] = [:]
        var spellings: [(key: String, signature: UInt64, position: Int)] = []
        let count = entries.reduce(0) { $0 + 1 + $1.aliases.count }
        index.reserveCapacity(count)
        spellings.reserveCapacity(count)
        for (position, entry) in entries.enumerated() {
            for spelling in [entry.name] + entry.aliases {
                let key = SkillCatalog.normalize(spelling)
                if index[key] == nil { index[key] = position }
                spellings.append((key, key.unicodeScalars.reduce(0) { $0 | (1 << UInt64($1.value % 64)) }, position))
            }
        }
        self.index = index
        normalizedSpellings = spellings
    }

    /// The catalog shipped with folio.
    public static let shared: SkillCatalog = {
        // Read with `JSONReader`: JSONDecoder's generic path cost `folio check` a tenth of its
        // instructions for these entries, JSONSerialization's `Any` boxes a twentieth.
        guard let url = ResourceBundle.modelFile("skills.json"),
              let data = try? Data(contentsOf: url),
              let file = JSONReader.parse(Array(data)),
              let skills = file["skills"]?.array else {
            return SkillCatalog(entries: [])
        }
        func credentials(_ key: String) -> [Credential] {
            (file[key]?.array ?? []).compactMap { item in
                guard let words = item["words"]?.strings, let implies = item["implies"]?.strings else { return nil }
                return Credential(words: words, implies: implies)
            }
        }
        return SkillCatalog(entries: skills.compactMap { skill in
            guard let name = skill["name"]?.string, let category = skill["category"]?.string else { return nil }
            var entry = Entry(
                name: name, category: category, aliases: skill["aliases"]?.strings ?? [],
                kind: skill["kind"]?.string.flatMap(Kind.init(rawValue:)) ?? .tool, implies: skill["implies"]?.strings)
            entry.impliedByAll = skill["impliedByAll"]?.array.flatMap { sets in
                let lists = sets.compactMap(\.strings)
                return lists.count == sets.count ? lists : nil
            }
            entry.versioned = skill["versioned"]?.bool
            entry.examples = skill["examples"]?.strings
            entry.openSource = skill["openSource"]?.bool
            return entry
        }, certificates: credentials("certificates"), degrees: credentials("degrees"),
        languageTests: (file["languageTests"]?.array ?? []).compactMap { item in
            guard let name = item["name"]?.string, let words = item["words"]?.strings else { return nil }
            return LanguageTest(name: name, words: words, levels: item["levels"]?.strings)
        })
    }()

    /// Whether `warmUp()` has started its thread.
    private static let warming = Atomic<Bool>(false)

    /// Starts reading the shipped catalog and role profiles on another thread, so that a command
    /// can load the workspace meanwhile; whoever needs them first waits for them (`static let`
    /// initialises once, thread-safely).
    public static func warmUp() {
        // Once a process: `main` starts it before the arguments are parsed and a command's `run` again.
        guard !warming.exchange(true, ordering: .relaxed) else { return }
        BackgroundThread.detach {
            _ = SkillCatalog.shared
            _ = RoleProfiles.shared
        }
    }

    /// The catalog entry for a name as a user or a posting wrote it, if known.
    public func lookup(_ name: String) -> Entry? {
        let key = SkillCatalog.normalize(name)
        if let position = index[key] { return entries[position] }
        // "Spark 3.5", "Kafka(Confluent)": try the name without a version or a parenthesis.
        let stem = name.split(whereSeparator: { "(（".contains($0) }).first.map(String.init) ?? name
        let withoutVersion = stem.split(separator: " ").filter { !($0.first?.isNumber ?? false) }.joined(separator: " ")
        if withoutVersion != name, let position = index[SkillCatalog.normalize(withoutVersion)] {
            return entries[position]
        }
        // `Hadoop 에코시스템`, `Spark ecosystem`: the skill the ecosystem is built on.
        guard let last = withoutVersion.last, "템계mM".contains(last) else { return nil }
        let lowered = withoutVersion.lowercased()
        for word in Lexicon.ecosystemWords where lowered.hasSuffix(word) && lowered.count > word.count {
            let head = String(withoutVersion.dropLast(word.count)).trimmingCharacters(in: CharacterSet(charactersIn: " -"))
            if !head.isEmpty, let position = index[SkillCatalog.normalize(head)] { return entries[position] }
        }
        return nil
    }

    /// A skill written with the parts of it one worked with in brackets: `Hadoop 에코시스템(HDFS,
    /// Hive, HBase)`, `AWS (S3, EMR)`. It is one skill, the head, and its components: the head is
    /// known, and every bracketed part is a skill of the catalog that implies the head (HDFS, Hive and
    /// HBase each imply Apache Hadoop), so the brackets name parts of it, not other skills. A part
    /// that is the head again (`Spark (PySpark)`) adds nothing. Nil otherwise: `Kafka (Confluent)`
    /// (unknown part), `Docker (Kubernetes)` (Kubernetes is no part of Docker).
    public func bracketedComponents(of name: String) -> (head: Entry, components: [(written: String, entry: Entry)])? {
        guard let open = name.firstIndex(where: { "(（".contains($0) }),
              let close = name.lastIndex(where: { ")）".contains($0) }), open < close,
              name[name.index(after: close)...].trimmingHorizontalSpace().isEmpty,
              let head = lookup(String(name[..<open])) else { return nil }
        var parts = name[name.index(after: open)..<close].split(whereSeparator: { "/,·&+、".contains($0) })
            .map { $0.trimmingHorizontalSpace() }.filter { !$0.isEmpty }
        if let last = parts.last, let stripped = ListEnding.stripped(last) {
            if stripped.isEmpty { parts.removeLast() } else { parts[parts.count - 1] = stripped }
        }
        var components: [(written: String, entry: Entry)] = []
        for part in parts {
            guard let entry = lookup(part), entry.name == head.name || implications(of: [entry.name]).contains(head.name) else { return nil }
            if entry.name != head.name, !components.contains(where: { $0.entry.name == entry.name }) { components.append((part, entry)) }
        }
        return components.isEmpty ? nil : (head, components)
    }

    /// The catalog names one skills.yaml or stack entry stands for, the one answer every consumer
    /// counts with: each skill of a list (`Docker/Kubernetes` → Docker, Kubernetes), a skill and the
    /// components in its brackets (`Hadoop 에코시스템(HDFS, Hive, HBase)` → Apache Hadoop, HDFS, Apache
    /// Hive, Apache HBase), else the one skill (as written when the catalog does not know it).
    public func names(of name: String) -> [String] {
        if let parts = components(of: name) { return parts.map(\.name) }
        if let written = bracketedComponents(of: name) { return [written.head.name] + written.components.map(\.entry.name) }
        return [canonicalName(name)]
    }

    /// The entries a combined name stands for: `Docker/Kubernetes`, `Spark, Hive`, `AWS·GCP` → two or
    /// more skills; nil when the name is one skill or its parts are not all known.
    public func components(of name: String) -> [Entry]? {
        parts(of: name)?.map(\.entry)
    }

    /// The parts of a combined name as they are to be written, each with its entry: `AWS S3/IAM` →
    /// `AWS S3`, `AWS IAM` (a later part that is unknown alone is tried with the first part's leading
    /// words, as people write a vendor once); nil when the name is one skill or a part stays unknown
    /// (`Batch & Near-Real-Time Pipelines` is kept whole rather than guessed at). A list's trailing
    /// "and so on" (`Spark, Kafka 등`, `Spark, Kafka, etc.`; `Lexicon.listEndings`) is no part.
    public func parts(of name: String) -> [(written: String, entry: Entry)]? {
        guard lookup(name) == nil else { return nil }
        var parts = name.split(whereSeparator: { "/,·&+".contains($0) }).map { $0.trimmingHorizontalSpace() }
            .filter { !$0.isEmpty }
        if parts.count >= 2, let last = parts.last, let stripped = ListEnding.stripped(last) {
            if stripped.isEmpty { parts.removeLast() } else { parts[parts.count - 1] = stripped }
        }
        guard parts.count >= 2 else { return nil }
        let firstWords = parts[0].split(separator: " ")
        let prefix = firstWords.count >= 2 ? firstWords.dropLast().joined(separator: " ") : nil
        var found: [(written: String, entry: Entry)] = []
        for (position, part) in parts.enumerated() {
            if let entry = lookup(part) {
                found.append((part, entry))
            } else if position > 0, let prefix, part.first?.isLetter == true, let entry = lookup("\(prefix) \(part)") {
                found.append(("\(prefix) \(part)", entry))
            } else {
                return nil
            }
        }
        return found
    }

    /// The catalog names `names` stand for with everything they imply, transitively:
    /// `[PostgreSQL, BigQuery]` → PostgreSQL, SQL, Relational Databases, Google BigQuery, GCP,
    /// Data Warehouse, Cloud Computing. Unknown names are kept as written.
    public func implications(of names: some Sequence<String>) -> Set<String> {
        var held = Set<String>()
        var queue = names.map(canonicalName)
        while let name = queue.popLast() {
            guard held.insert(name).inserted else { continue }
            if let entry = lookup(name) { queue.append(contentsOf: entry.implies ?? []) }
        }
        // Combinations: Elasticsearch + Kibana → ELK Stack.
        for entry in combinations where !held.contains(entry.name) {
            if let sets = entry.impliedByAll, sets.contains(where: { $0.allSatisfy(held.contains) }) {
                held.formUnion(implications(of: [entry.name]))
            }
        }
        return held
    }

    /// The skills a certificate's name implies: `SQLD` → SQL, `AWS Certified …` → AWS.
    public func skills(impliedByCertificate name: String) -> [String] {
        Self.credentialSkills(name, in: certificates)
    }

    /// The skills an education entry (school and programme) implies: `컴퓨터공학과` → CS Fundamentals.
    public func skills(impliedByDegree text: String) -> [String] {
        Self.credentialSkills(text, in: degrees)
    }

    private static func credentialSkills(_ text: String, in credentials: [Credential]) -> [String] {
        let lower = text.lowercased()
        return credentials.filter { credential in
            credential.words.contains { credentialWord($0, in: lower) != nil }
        }.flatMap(\.implies)
    }

    /// Where `word` stands in `lower` (lower-cased text). Short Latin words (`cs`, `adp`, `gcp`) must
    /// stand alone: not the `cs` of `physics`.
    static func credentialWord(_ word: String, in lower: String) -> Range<String.Index>? {
        // The first place through `firstRangeOfText` (the common answer, fast); later ones only when a
        // short word stood inside another.
        guard var range = lower.firstRangeOfText(word) else { return nil }
        guard word.count <= 4, word.unicodeScalars.allSatisfy(\.isASCII) else { return range }
        while true {
            let before = range.lowerBound == lower.startIndex ? nil : lower[lower.index(before: range.lowerBound)]
            let after = range.upperBound == lower.endIndex ? nil : lower[range.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return range }
            guard let next = lower.range(of: word, range: range.upperBound..<lower.endIndex) else { return nil }
            range = next
        }
    }

    /// The certificates a text names, by their position in `certificates`, each with where its word
    /// stands in the lower-cased text: "SQLD 또는 정보처리기사 자격증" → the SQLD and 정보처리기사 entries.
    public func certificates(namedIn text: String) -> [(index: Int, range: Range<String.Index>)] {
        let lower = text.lowercased()
        return certificates.enumerated().compactMap { index, credential in
            credential.words.lazy.compactMap { Self.credentialWord($0, in: lower) }.first.map { (index, $0) }
        }
    }

    /// The language test a text names, the longest spelling winning ("TOEIC Speaking" over "TOEIC"), with
    /// where it stands in the lower-cased text.
    public func languageTest(namedIn text: String) -> (test: LanguageTest, range: Range<String.Index>)? {
        let lower = text.lowercased()
        return languageTests.flatMap { test in test.words.compactMap { word in Self.credentialWord(word, in: lower).map { (test, $0, word.count) } } }
            .max { $0.2 < $1.2 }.map { ($0.0, $0.1) }
    }

    /// The canonical name for a user's spelling, or the spelling itself when unknown.
    public func canonicalName(_ name: String) -> String {
        lookup(name)?.name ?? name
    }

    /// The nearest known name, for "did you mean" on an unknown skill.
    public func suggestion(for name: String) -> String? {
        let normalized = Spelling.scalars(SkillCatalog.normalize(name))
        let signature = Spelling.signature(normalized)
        // Three letters or fewer are abbreviations, not typos: one letter off `SSH` is `sh` (Bash) and
        // one off `TOR` is `ror` (Rails), neither meant.
        guard normalized.count > Self.shortestTypo else { return nil }
        let limit = max(1, min(3, normalized.count / 3))
        var best: (position: Int, distance: Int)?
        for spelling in normalizedSpellings {
            // The distance is at least the difference in length: skip what cannot be close enough.
            // Only a spelling closer than the best so far matters, and one whose scalars differ too much
            // is out at once; the bounded distance stops early (5,000 unknown skills against every
            // spelling took most of `folio check`'s time).
            let bound = min(limit, (best?.distance ?? limit + 1) - 1)
            guard bound >= 0, Spelling.lowerBound(signature, spelling.signature) <= bound else { continue }
            let scalars = spelling.key.unicodeScalars.map(\.value)
            guard scalars.count > Self.shortestTypo, abs(scalars.count - normalized.count) <= limit,
                  let distance = Spelling.distance(normalized, scalars, atMost: bound) else { continue }
            best = (spelling.position, distance)
        }
        guard let best else { return nil }
        return entries[best.position].name
    }

    /// The concepts a job title names (`Backend Developer` → Backend Development, `데이터 분석가` → Data
    /// Analysis): a spelling of a `concept` entry, of four letters or two syllables or more, standing as whole words
    /// in the title. A title is what the employer called the work, so it credits the concept as a
    /// certificate or a degree does (`SkillHoldings.credited`).
    public func concepts(namedIn title: String) -> [String] {
        let haystack = " \(Self.titleWords(title)) "
        var names: [String] = []
        for (name, needles) in conceptSpellings where needles.contains(where: { haystack.contains($0) }) {
            names.append(name)
        }
        return names
    }

    /// A title's or a spelling's words, lower-cased, separated by single spaces: `Data-Engineer` → `data engineer`.
    static func titleWords(_ text: String) -> String {
        // ASCII and Hangul syllables (every spelling of the catalog): the same words scalar by
        // scalar, without Character segmentation; a syllable is a letter and has no case.
        if text.unicodeScalars.allSatisfy({ $0.isASCII || (0xAC00...0xD7A3).contains($0.value) }) {
            var words = String.UnicodeScalarView()
            var pendingSpace = false
            for scalar in text.unicodeScalars {
                switch scalar.value {
                case 0x61...0x7A, 0x30...0x39, 0xAC00...0xD7A3, 0x41...0x5A:
                    if pendingSpace, !words.isEmpty { words.append(" ") }
                    pendingSpace = false
                    words.append((0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0x20)! : scalar)
                default:
                    pendingSpace = true
                }
            }
            return String(words)
        }
        return text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: " ")
    }

    /// Each `concept` entry's name and its spellings that `concepts(namedIn:)` matches, as
    /// ` words ` (four letters or two syllables or more), made once with the catalog.
    static func conceptSpellings(_ entries: [Entry]) -> [(name: String, needles: [String])] {
        entries.filter { $0.kind == .concept }.map { entry in
            let needles = ([entry.name] + entry.aliases).map(titleWords).filter { needle in
                let hangul = needle.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }
                return needle.count >= (hangul ? 2 : 4)
            }
            return (entry.name, needles.map { " \($0) " })
        }
    }

    /// Names and spellings of at most this many characters are never matched as a typo of each other.
    static let shortestTypo = 3

    /// Every spelling (names and aliases) with its entry, for scanning free text (postings).
    public var spellings: [(spelling: String, entry: Entry)] {
        entries.flatMap { entry in ([entry.name] + entry.aliases).map { ($0, entry) } }
    }

    /// Lowercased, with spaces, dots, hyphens and underscores removed: `Apache-Spark` ~ `apachespark`.
    public static func normalize(_ name: String) -> String {
        // ASCII and Hangul (every spelling of the catalog): lowercase ASCII and drop the separators
        // byte by byte; a Hangul syllable's bytes are copied, `·` (C2 B7) dropped.
        if name.unicodeScalars.allSatisfy({ $0.isASCII || (0xAC00...0xD7A3).contains($0.value) || $0 == "·" }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count)
            var previous: UInt8 = 0
            for byte in name.utf8 {
                defer { previous = byte }
                switch byte {
                case UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"): continue
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 0x20)
                case 0xC2: continue  // the first byte of `·`, the only two-byte scalar allowed here
                case 0xB7 where previous == 0xC2: continue
                default: bytes.append(byte)
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var scalars = String.UnicodeScalarView()
        for scalar in name.lowercased().unicodeScalars {
            switch scalar {
            case " ", ".", "-", "_", "·": continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
