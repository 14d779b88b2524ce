/// The level of a degree, lowest first: what `education`'s `degree:` (or `program:`) says and what a
/// posting's "학사 이상" / "BS/MS in CS" asks. One reader for both, so that every usual spelling
/// (`B.Sc.`, `BSc`, `B.A.`, `B.Eng.`, `M.Sc.`, `M.S.`, `MBA`, `Ph.D.`, `학사`, `석사 학위`, `박사과정`,
/// `전문학사`) counts the same on each side.
public enum DegreeLevel: String, Sendable, Codable, CaseIterable, Comparable {
    case associate, bachelor, master, doctorate

    /// The highest level a text names, or nil: `B.Sc. Computer Science` → bachelor,
    /// `석박사 통합과정` → doctorate, `전문학사` → associate, `연구 인턴` → nil.
    public init?(reading text: String) {
        guard let level = DegreeLevel.levels(namedIn: text).max() else { return nil }
        self = level
    }

    /// Every level a text names, lowest first: "학사 이상, 석사 우대" → bachelor, master; "BS/MS in CS" →
    /// bachelor, master. Latin abbreviations are read as whole words once their dots are gone
    /// (`B.Sc.` → `bsc`, `Ph.D.` → `phd`), so the `ba` of `basketball` is no degree.
    public static func levels(namedIn text: String) -> [DegreeLevel] {
        let lowered = text.lowercased()
        let words = Set(lowered.replacingOccurrences(of: ".", with: "")
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init))
        // 전문학사 contains 학사: the higher levels are looked for in the text without it.
        let higher = spellings[.associate]!.hangul.reduce(lowered) { $0.replacingOccurrences(of: $1, with: " ") }
        return allCases.filter { level in
            let (latin, hangul) = spellings[level]!
            return !words.isDisjoint(with: latin) || hangul.contains { (level == .associate ? lowered : higher).contains($0) }
        }
    }

    /// Whole Latin words (dots removed, lower case) and Hangul fragments naming each level.
    static let spellings: [DegreeLevel: (latin: Set<String>, hangul: [String])] = [
        .associate: (["associate", "associates", "aa", "aas"], ["전문학사", "전문대학 졸업", "전문대 졸업"]),
        .bachelor: (["bachelor", "bachelors", "bsc", "bs", "ba", "beng", "bba", "bfa", "btech", "bcs", "undergraduate"],
                    ["학사", "학부", "대학교 졸업", "대졸", "4년제"]),
        .master: (["master", "masters", "msc", "ms", "ma", "meng", "mba", "mphil", "mtech", "mcs", "mfa", "mpa", "mph"],
                  ["석사", "석박사", "대학원 졸업"]),
        .doctorate: (["phd", "dphil", "doctor", "doctorate", "doctoral", "edd"], ["박사", "석박사", "석박통합"]),
    ]

    /// 전문학사 / 학사 / 석사 / 박사; Associate / Bachelor's / Master's / PhD.
    public var label: LocalizedText {
        switch self {
        case .associate: LocalizedText(ko: "전문학사", en: "Associate")
        case .bachelor: LocalizedText(ko: "학사", en: "Bachelor's")
        case .master: LocalizedText(ko: "석사", en: "Master's")
        case .doctorate: LocalizedText(ko: "박사", en: "PhD")
        }
    }

    public static func < (lhs: DegreeLevel, rhs: DegreeLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

extension Profile.Education {
    /// The degree this entry states: `degree:` first, then `program:` and `school:` (`한빛대학교 대학원`
    /// says nothing; `산업공학 학사` does); nil when none names one.
    public var degreeLevel: DegreeLevel? {
        if let degree, let level = DegreeLevel(reading: degree.value) { return level }
        return [program?.value, school?.value].compactMap { $0 }.compactMap(DegreeLevel.init(reading:)).max()
    }
}
