import Foundation

/// What the catalog can say about the words around a skill list: which of folio's categories a
/// résumé's skill heading ("Databases", "Data Platforms") stands for, whether a stack entry is a
/// field of work rather than a tool, and whether a sentence names a skill. `folio import` uses them
/// to write a JSON Resume's skills and stacks the way `folio check` reads them; the check rules use
/// the same answers, so the two never disagree.
extension SkillCatalog {
    /// The category of folio's (`categories`) that a heading stands for, or nil when none does clearly.
    ///
    /// In order: the heading spelled as a category (`Data Warehouse`, `data_warehouse`, a typo as in
    /// `Stremaing`); a word of it that names one (`Databases` → database, `Cloud & Infrastructure` →
    /// cloud, `Back End` → backend, `Containerization` → container); else the category most of the
    /// `members` the catalog knows share, when at least two of them and more than half do
    /// (`Data Platforms` with Databricks, Snowflake, dbt, Delta Lake → data-warehouse). `Tools / Misc`
    /// over a mixed list is nil: a skill left without a category is better than a wrong one.
    public func category(forGroup heading: String, members: [String] = []) -> String? {
        let allowed = categories.filter { $0 != "editor" }
        let key = Self.normalize(heading)
        guard !key.isEmpty else { return nil }
        if let exact = allowed.first(where: { Self.normalize($0) == key }) { return exact }
        let words = heading.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        // Single words, singular, and each pair joined (`back end` → backend).
        var candidates: [String] = []
        for (position, word) in words.enumerated() {
            candidates.append(word)
            if word.count > 3, word.hasSuffix("s") { candidates.append(String(word.dropLast())) }
            if position + 1 < words.count { candidates.append(word + words[position + 1]) }
        }
        for candidate in candidates {
            if let match = allowed.first(where: { Self.normalize($0) == candidate }) { return match }
            // `containerization`, `orchestrations`: a longer word built on a category's name of four letters or more.
            if candidate.count > 4, let match = allowed.first(where: { $0.count >= 4 && !$0.contains("-") && candidate.hasPrefix($0) }) {
                return match
            }
        }
        // The heading is itself something the catalog knows (`Machine Learning`, `Frontend` as Frontend
        // Development, `클라우드`): its category. Not a language: `PHP` heads frameworks, `JavaScript` libraries.
        for name in [heading, heading + " Development"] {
            if let entry = lookup(name), entry.kind != .language, entry.kind != .editor, allowed.contains(entry.category) {
                return entry.category
            }
        }
        let known = members.compactMap { lookup($0) ?? components(of: $0)?.first }.filter { $0.kind != .editor }
        var counts: [String: Int] = [:]
        var order: [String] = []
        for entry in known {
            if counts[entry.category] == nil { order.append(entry.category) }
            counts[entry.category, default: 0] += 1
        }
        if let top = order.max(by: { counts[$0]! < counts[$1]! }), counts[top]! >= 2, counts[top]! * 2 > known.count {
            return top
        }
        // A misspelt category (`distributed-procesing`): at most one edit in three letters.
        let scalars = Spelling.scalars(key)
        let limit = max(1, scalars.count / 3)
        return allowed.filter { _ in scalars.count > Self.shortestTypo }
            .compactMap { category -> (String, Int)? in
                Spelling.distance(scalars, Spelling.scalars(Self.normalize(category)), atMost: limit).map { (category, $0) }
            }
            .min { $0.1 < $1.1 }?.0
    }

    /// Whether a stack entry the catalog does not know names a field or practice (`Property
    /// Management`, `Agile Methodologies`) rather than a tool: its last word is one of
    /// `Lexicon.practiceNouns` and it holds no digit.
    public func isPractice(_ entry: String) -> Bool {
        guard lookup(entry) == nil, !entry.contains(where: \.isNumber),
              let last = entry.split(whereSeparator: { $0 == " " || $0 == "-" }).last?.lowercased() else { return false }
        return Lexicon.practiceNouns.contains(last)
    }

    /// Whether a stack or keyword entry is a figure about the work (`87k+ LOC`, `10M rows/day`,
    /// `3 engineers`) rather than a technology: it starts with a number (or a currency sign) that the text
    /// layer reads as a measurement, and the catalog does not know it. `5G`, `3D Modeling`, `2FA` and
    /// `1Password` are not figures; `S3` does not start with a digit.
    public func isFigure(_ entry: String) -> Bool {
        guard lookup(entry) == nil, let first = entry.trimmingHorizontalSpace().first,
              first.isNumber || "$€£₩~≈<>".contains(first) else { return false }
        return !Measurement.scan(entry).measurements.isEmpty
    }
}

/// Finds where a text names a skill: any of its spellings (Latin, three letters or more) as whole
/// words. A spelling that is also an ordinary capitalised word (`Less`, `Express`, `Rust`) must be
/// written with its capital, so "less time" does not name Less. What `skill.evidence` looks for and
/// what `folio import` puts in a job's `stack:`.
public struct SkillMentions: Sendable {
    let spellings: [[UInt8]]
    let caseSensitive: [Bool]
    let original: [[UInt8]]
    let matcher: PhraseMatcher

    /// The spellings of `name` and, when the catalog knows it, of its entry.
    public init(of name: String, entry: SkillCatalog.Entry?) {
        let all = ([name] + (entry.map { [$0.name] + $0.aliases } ?? []))
            .filter { $0.utf8.count >= 3 && $0.utf8.allSatisfy { $0 < 0x80 } }
        var seen = Set<String>()
        let unique = all.filter { seen.insert($0).inserted }
        original = unique.map { Array($0.utf8) }
        spellings = unique.map { $0.utf8.map(PhraseMatcher.lower) }
        // `Less`, `Express`: a capital and lower-case letters only.
        caseSensitive = unique.map { spelling in
            guard let first = spelling.unicodeScalars.first, ("A"..."Z").contains(first) else { return false }
            return spelling.unicodeScalars.dropFirst().allSatisfy { ("a"..."z").contains($0) }
        }
        matcher = PhraseMatcher(unique)
    }

    /// Whether there are spellings to look for at all (Hangul-only or two-letter names have none).
    public var isEmpty: Bool { spellings.isEmpty }

    /// Whether `text` names the skill.
    public func found(in text: String) -> Bool {
        guard !spellings.isEmpty else { return false }
        func isWordByte(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) }
        let raw = Array(text.utf8)
        return matcher.firstMatch(in: text) { index, bytes, end in
            let spelling = spellings[index]
            let start = end - spelling.count
            let startsWord = start == 0 || !isWordByte(bytes[start - 1]) || !isWordByte(spelling[0])
            let endsWord = end == bytes.count || !isWordByte(bytes[end]) || !isWordByte(spelling[spelling.count - 1])
            guard startsWord && endsWord else { return false }
            return !caseSensitive[index] || (raw.count == bytes.count && Array(raw[start..<end]) == original[index])
        } != nil
    }
}
