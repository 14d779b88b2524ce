/// The career stage a user applies at (`target.level`), after seed 004's career path:
/// 주니어 → 중간 수준 "약 1~3년 후" → 선임 (3–5 years at mid) → 고위 관리 "약 6년 이상".
public enum CareerLevel: String, Sendable, CaseIterable, Comparable {
    case junior, mid, senior, lead

    /// Reads what people write: `junior`, `신입`, `주니어`, `entry`, `new grad`; `mid`, `미들`, `중니어`,
    /// `경력`; `senior`, `시니어`, `선임`; `lead`, `리드`, `manager`, `팀장` (any case, spaces ignored).
    public init?(userValue: String) {
        let key = userValue.lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "_" }
        guard let level = CareerLevel.spellings[key] else { return nil }
        self = level
    }

    static let spellings: [String: CareerLevel] = {
        var table: [String: CareerLevel] = [:]
        let words: [(CareerLevel, [String])] = [
            (.junior, ["junior", "jr", "entry", "entrylevel", "newgrad", "graduate", "intern", "신입", "주니어", "신입사원", "인턴", "초급"]),
            (.mid, ["mid", "midlevel", "middle", "intermediate", "experienced", "미들", "중니어", "중급", "경력", "중간"]),
            (.senior, ["senior", "sr", "시니어", "선임", "고급", "책임"]),
            (.lead, ["lead", "principal", "staff", "manager", "head", "director", "리드", "팀장", "매니저", "수석", "리더"]),
        ]
        for (level, spellings) in words { for spelling in spellings { table[spelling] = level } }
        return table
    }()

    /// Every accepted spelling, for a "did you mean" and the help text.
    public static var acceptedSpellings: [String] { ["junior", "mid", "senior", "lead", "신입", "주니어", "미들", "시니어", "리드"] }

    /// Years of experience the level usually means (seed 004): mid after about 1–3 years,
    /// senior after about 4, management from about 6.
    public var typicalYears: ClosedRange<Int> {
        switch self {
        case .junior: 0...1
        case .mid: 1...4
        case .senior: 4...8
        case .lead: 6...30
        }
    }

    /// How the level is called in each language: 신입·주니어, 미들(경력), 시니어, 리드.
    public var label: LocalizedText {
        switch self {
        case .junior: LocalizedText(ko: "신입·주니어", en: "junior")
        case .mid: LocalizedText(ko: "미들(경력)", en: "mid-level")
        case .senior: LocalizedText(ko: "시니어", en: "senior")
        case .lead: LocalizedText(ko: "리드", en: "lead")
        }
    }

    public static func < (lhs: CareerLevel, rhs: CareerLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

extension Profile.Target {
    /// `target.level` read as a career level; nil when it is missing or not one folio knows.
    public var careerLevel: CareerLevel? {
        level.flatMap { CareerLevel(userValue: $0.value) }
    }
}
