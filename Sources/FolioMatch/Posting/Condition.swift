import Foundation
import FolioModel
import Synchronization

/// A requirement that is not a skill: years of experience, a degree, large-scale traffic,
/// cloud, open source (seed 001's postings: "n년 이상 실무 경험", "컴공, 경력", "대규모 트래픽
/// 경험", "클라우드 환경 경험 또는 지식", "오픈 소스 솔루션 도입 경험").
public struct Condition: Sendable, Codable, Hashable {
    /// What the condition is about.
    public enum Topic: String, Sendable, Codable, CaseIterable {
        case experience, entryLevel, degree, largeScale, cloud, openSource
        /// A business domain: 물류 도메인 경험, fintech experience (compared with `data.domain`).
        case domain
        /// A certificate, any of `certificates` ("SQLD 또는 정보처리기사 자격증", "AWS 자격증"), compared
        /// with `certifications:`.
        case certificate
        /// A language test's score ("TOEIC 800점 이상", "OPIc IM2 이상"), compared with `languages:`
        /// and `certifications:`.
        case languageScore
    }

    /// The degree a posting asks for, lowest first (read by FolioModel's `DegreeLevel`, as the
    /// workspace's education is).
    public typealias Degree = DegreeLevel

    public var topic: Topic
    public var kind: RequirementKind
    /// The fewest years of experience asked for ("3년 이상", "3+ years"); nil when the posting
    /// says "n년", gives only an upper limit, or none.
    public var years: Int?
    /// The most years the position is for ("신입 또는 경력 3년 이하", "3년 미만" → 2, "up to 2 years").
    public var maximumYears: Int?
    /// For `.domain`: the domain's key in `DomainWords` (`logistics`, `finance`, …).
    public var domain: String?
    public var degree: Degree?
    /// Whether the degree must be in a related field (컴퓨터공학, CS, 통계…).
    public var relatedField: Bool
    /// Open source: contributing (true) or adopting and running it (false).
    public var contribution: Bool
    public var line: Int
    public var text: String
    /// For `.certificate`: the certificates, any one of which will do, as the posting names them
    /// (`SQLD`, `정보처리기사`), or a skill's canonical name for "AWS 자격증".
    public var certificates: [String] = []
    /// For `.languageScore`: the test (the catalog's name, `TOEIC`, `OPIc`) and the score asked as
    /// written (`800`, `IM2`), nil when any score will do.
    public var test: String?
    public var score: String?

    /// What the condition asks, in a few words.
    public var label: LocalizedText {
        switch topic {
        case .experience:
            switch (years, maximumYears) {
            case let (low?, high?) where high > low:
                return LocalizedText(ko: "경력 \(low)~\(high)년", en: "\(low)–\(high) years of experience")
            case let (low?, _):
                return LocalizedText(ko: "경력 \(low)년 이상", en: "\(low)+ years of experience")
            case let (nil, high?):
                return LocalizedText(ko: "경력 \(high)년 이하", en: "Up to \(high) years of experience")
            case (nil, nil):
                return LocalizedText(ko: "실무 경력", en: "Work experience")
            }
        case .domain:
            let name = DomainWords.label(domain ?? "")
            return LocalizedText(ko: "\(name.ko) 도메인 경험", en: "\(name.en) domain experience")
        case .entryLevel:
            return LocalizedText(ko: "신입 지원 가능", en: "Open to new graduates")
        case .degree:
            let level = (degree ?? .bachelor).label
            return relatedField
                ? LocalizedText(ko: "\(level.ko) 이상, 관련 전공", en: "\(level.en) or above in a related field")
                : LocalizedText(ko: "\(level.ko) 이상 학위", en: "\(level.en) degree or above")
        case .largeScale:
            return LocalizedText(ko: "대용량·대규모 트래픽 경험", en: "Large-scale data or traffic")
        case .cloud:
            return LocalizedText(ko: "클라우드 경험", en: "Cloud experience")
        case .openSource:
            return contribution
                ? LocalizedText(ko: "오픈소스 기여", en: "Open-source contribution")
                : LocalizedText(ko: "오픈소스 도입·운영", en: "Adopting and running open source")
        case .certificate:
            return LocalizedText(ko: certificates.joined(separator: " 또는 ") + " 자격증",
                                 en: certificates.joined(separator: " or ") + " certification")
        case .languageScore:
            let test = test ?? ""
            guard let score else { return LocalizedText(ko: "\(test) 점수", en: "\(test) score") }
            let points = Double(score) != nil && !["HSK", "TOPIK"].contains(test) ? "점" : ""
            return LocalizedText(ko: "\(test) \(score)\(points) 이상", en: "\(test) \(score) or above")
        }
    }
}

/// Finds the conditions in a posting's lines.
enum ConditionReader {
    static func conditions(in sections: [Posting.Section]) -> [Condition] {
        var found: [Condition] = []
        // Where each distinct ask is in `found`, looked up by what makes it distinct rather than by a
        // scan of `found`: a posting of 10,000 TOEIC scores stays linear.
        var positions: [MergeKey: Int] = [:]
        for section in sections where section.kind != .other {
            for line in section.lines {
                let kind = RequirementReader.kind(of: line.text, in: section.kind)
                let asking = [.required, .preferred, .unsectioned].contains(section.kind)
                for condition in conditions(inLine: line.text, asking: asking) {
                    var condition = condition
                    condition.kind = kind
                    condition.line = line.number
                    condition.text = line.text
                    let key = MergeKey(condition)
                    if let index = positions[key] {
                        merge(condition, into: &found[index])
                    } else {
                        positions[key] = found.count
                        found.append(condition)
                    }
                }
            }
        }
        return found
    }

    /// What makes two conditions one ask. Contributing to open source and adopting it are different
    /// asks (seed 001 has both); so are two domains, two sets of certificates, two tests or scores.
    struct MergeKey: Hashable {
        var topic: Condition.Topic
        var contribution: Bool
        var domain: String?
        var certificates: [String]
        var test: String?
        var score: String?

        init(_ condition: Condition) {
            (topic, contribution, domain) = (condition.topic, condition.contribution, condition.domain)
            (certificates, test, score) = (condition.certificates, condition.test, condition.score)
        }
    }

    /// `condition` folded into the same ask found earlier: the stronger kind at its line, the most
    /// years, the lowest maximum and degree.
    static func merge(_ condition: Condition, into existing: inout Condition) {
        if condition.kind < existing.kind {
            existing.kind = condition.kind
            existing.line = condition.line
            existing.text = condition.text
        }
        if let years = condition.years, years > (existing.years ?? 0) { existing.years = years }
        if let high = condition.maximumYears, high < (existing.maximumYears ?? Int.max) { existing.maximumYears = high }
        if let degree = condition.degree, existing.degree.map({ degree < $0 }) ?? true { existing.degree = degree }
        existing.relatedField = existing.relatedField || condition.relatedField
    }

    static func conditions(inLine text: String, asking: Bool = true) -> [Condition] {
        let lowered = text.lowercased()
        func make(_ topic: Condition.Topic) -> Condition {
            Condition(topic: topic, kind: .required, years: nil, maximumYears: nil, domain: nil, degree: nil,
                      relatedField: false, contribution: false, line: 0, text: text)
        }
        var result: [Condition] = []

        if lowered.contains("신입") || lowered.contains("경력 무관") || lowered.contains("경력무관")
            || lowered.contains("new grad") || lowered.contains("entry level") || lowered.contains("entry-level") {
            result.append(make(.entryLevel))
        }
        if let asked = years(in: lowered) {
            var condition = make(.experience)
            condition.years = asked.minimum
            condition.maximumYears = asked.maximum
            result.append(condition)
        }
        for domain in DomainWords.domains(in: lowered, asking: asking) {
            var condition = make(.domain)
            condition.domain = domain
            result.append(condition)
        }
        if isDegreeLine(text) {
            var condition = make(.degree)
            condition.degree = lowestDegree(in: lowered)
            condition.relatedField = lowered.containsAny(of: relatedFieldWords)
            result.append(condition)
        }
        if lowered.containsAny(of: largeScaleWords) || (lowered.containsUTF8("pb") || lowered.containsUTF8("tb")) && matches(#"\b(pb|tb)\b"#, lowered) {
            result.append(make(.largeScale))
        }
        let asked = CertificateReader.read(text)
        if !asked.certificates.isEmpty {
            var condition = make(.certificate)
            condition.certificates = asked.certificates.map(\.name)
            result.append(condition)
        }
        if let test = asked.test {
            var condition = make(.languageScore)
            condition.test = test
            condition.score = asked.score
            result.append(condition)
        }
        // "AWS 자격증 보유자" asks for the certificate, not for cloud work.
        let unasked = asked.spans.isEmpty ? lowered : CertificateReader.withoutAsks(text, spans: asked.spans).lowercased()
        if unasked.containsAny(of: cloudWords) || ["aws", "gcp", "azure", "ncp"].contains(where: unasked.containsUTF8) && matches(#"\b(aws|gcp|azure|ncp)\b"#, unasked) {
            result.append(make(.cloud))
        }
        if lowered.containsAny(of: ["오픈소스", "오픈 소스", "open source", "open-source", "opensource"]) {
            var condition = make(.openSource)
            condition.contribution = lowered.containsAny(of: ["기여", "contribut", "커미터", "committer", "maintainer", "메인테이너"])
            result.append(condition)
        }
        return result
    }

    static let largeScaleWords = [
        "대용량", "대규모", "트래픽", "대량의", "수십억", "수억 건", "large-scale", "large scale", "high traffic",
        "high-traffic", "high volume", "high-volume", "at scale", "petabyte", "terabyte", "billions of", "massive",
    ]
    static let cloudWords = ["클라우드", "cloud", "네이버 클라우드"]
    static let relatedFieldWords = [
        "컴퓨터", "전산", "소프트웨어", "통계", "수학", "산업공학", "관련 전공", "관련 학과", "관련학과", "관련전공", "이공계",
        "computer science", "related field", "engineering", "statistics", "mathematics", "quantitative", "cs,", "cs ",
    ]

    /// "학사 이상", "컴퓨터공학 전공", "BS/MS in CS", "Bachelor's degree" — not "전공 무관".
    static func isDegreeLine(_ text: String) -> Bool {
        let lowered = text.lowercased()
        if lowered.contains("무관") || lowered.contains("비전공") { return false }
        let words = ["학사", "석사", "박사", "학위", "전공", "졸업", "bachelor", "master's", "masters", "ph.d", "phd", "degree", "b.s.", "m.s.", "b.sc", "m.sc", "bsc", "msc", "b.eng", "m.eng", "bs/ms", "ms/phd", "bs in", "ms in"]
        return lowered.containsAny(of: words)
    }

    /// The lowest degree the line names ("학사 이상, 석사 우대" → bachelor); "졸업" alone is a bachelor's.
    static func lowestDegree(in lowered: String) -> Condition.Degree {
        DegreeLevel.levels(namedIn: lowered).first ?? .bachelor
    }

    /// Years of experience and their limits: "3년 이상", "경력 3년", "3+ years", "at least 4 years",
    /// "3 or more years" set a minimum; "3년 이하", "3년 미만" (→ 2), "up to 2 years" a maximum;
    /// "1~3년" both; "n년 이상" a condition without a number. "경력 무관" and dates ("2025년") are
    /// not years of experience.
    struct YearsAsked: Equatable {
        var minimum: Int?
        var maximum: Int?
    }

    static func years(in lowered: String) -> YearsAsked? {
        if lowered.contains("경력 무관") || lowered.contains("경력무관") || lowered.contains("연차 무관") { return nil }
        let number = #"(\d{1,2})"#
        if let range = captures(number + #"\s*(?:~|-|–|to)\s*(\d{1,2})\s*(?:년|years?|yrs?)"#, lowered), range.count == 2,
           let low = Int(range[0]), let high = Int(range[1]), low < high {
            return YearsAsked(minimum: low, maximum: high)
        }
        let upper: [(String, Int)] = [
            (number + #"\s*년\s*(?:차\s*)?(?:이하|以下|까지)"#, 0),
            (number + #"\s*년\s*미만"#, -1),
            (#"(?:up to|no more than)\s+"# + number + #"\s*(?:years?|yrs?)"#, 0),
            (#"(?:less than|under|fewer than)\s+"# + number + #"\s*(?:years?|yrs?)"#, -1),
            (number + #"\s*(?:years?|yrs?)\s*(?:or less|or fewer|max|maximum)"#, 0),
        ]
        for (pattern, shift) in upper {
            if let value = firstCapture(pattern, lowered).flatMap(Int.init) {
                // "3년 미만", "less than 3 years": up to 2.
                return YearsAsked(minimum: nil, maximum: max(0, value + shift))
            }
        }
        if let value = firstCapture(number + #"\s*년\s*초과"#, lowered).flatMap(Int.init) {
            return YearsAsked(minimum: value + 1, maximum: nil)
        }
        let lower = [
            number + #"\s*년\s*(?:이상|차|\+|↑|이 상)"#,
            #"경력\s*[:：]?\s*"# + number + #"\s*년"#,
            #"(?:at least|minimum of|min\.?)\s+"# + number + #"\s*(?:years?|yrs?)"#,
            number + #"\s*\+?\s*(?:years?|yrs?)\b"#,
            number + #"\s*(?:or more|and above)\s*(?:years?|yrs?)"#,
        ]
        for pattern in lower {
            if let value = firstCapture(pattern, lowered).flatMap(Int.init) { return YearsAsked(minimum: value, maximum: nil) }
        }
        if matches(#"\bn\s*년\s*이상"#, lowered) || matches(#"n\+?\s*years"#, lowered) { return YearsAsked() }
        return nil
    }

    /// Compiled patterns, each compiled once per process: compiling a dozen per line was most of
    /// the time a long posting took.
    private static let compiled = Mutex<[String: NSRegularExpression]>([:])

    static func regex(_ pattern: String) -> NSRegularExpression? {
        if let regex = compiled.withLock({ $0[pattern] }) { return regex }
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
        compiled.withLock { $0[pattern] = regex }
        return regex
    }

    static func captures(_ pattern: String, _ text: String) -> [String]? {
        guard let regex = regex(pattern),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (1..<match.numberOfRanges).compactMap { Range(match.range(at: $0), in: text).map { String(text[$0]) } }
    }

    static func matches(_ pattern: String, _ text: String) -> Bool {
        regex(pattern)?
            .firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    static func firstCapture(_ pattern: String, _ text: String) -> String? {
        guard let regex = regex(pattern),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              match.numberOfRanges > 1, let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }
}

/// Business domains a posting asks experience of ("물류 도메인", "핀테크 경험", "e-commerce"), and
/// the words that name each one in a posting line or a project's `data.domain`.
public enum DomainWords {
    /// Domain key → the words naming it (lowercased).
    public static let words: [(key: String, ko: String, en: String, words: [String])] = [
        ("logistics", "물류", "Logistics", ["물류", "배송", "배달", "풀필먼트", "logistics", "delivery", "supply chain", "fulfillment", "shipping"]),
        ("finance", "금융", "Finance", ["금융", "핀테크", "결제", "정산", "은행", "증권", "보험", "카드사", "회계", "accounting", "finance", "fintech", "payment", "banking", "insurance", "trading"]),
        ("commerce", "커머스", "Commerce", ["커머스", "이커머스", "유통", "리테일", "판매", "매출", "commerce", "e-commerce", "ecommerce", "retail", "sales"]),
        ("ads", "광고", "Advertising", ["광고", "애드테크", "마케팅", "advertising", "adtech", "ad tech", "ads", "marketing"]),
        ("game", "게임", "Games", ["게임", "game", "gaming"]),
        ("healthcare", "헬스케어", "Healthcare", ["헬스케어", "의료", "병원", "healthcare", "medical", "clinical"]),
        ("manufacturing", "제조", "Manufacturing", ["제조", "공정", "스마트팩토리", "manufacturing", "factory"]),
        ("mobility", "모빌리티", "Mobility", ["모빌리티", "mobility", "자율주행", "ride-hailing"]),
        ("media", "콘텐츠", "Media", ["음원", "음악", "스트리밍 서비스", "콘텐츠", "미디어", "music", "media", "video streaming"]),
    ]

    /// Words that make a posting line ask for a domain: "물류 도메인", "금융권 경험", "fintech experience".
    static let cues = ["도메인", "domain", "산업", "industry", "업계", "업종", "금융권", "분야 경험", "분야에서", "background in", "experience in"]

    /// Names of an industry, not of data a duty handles: with an ask ("e-commerce background",
    /// "핀테크 서비스 경험", "ad tech experience") they ask for the domain without a cue word.
    /// "결제 데이터", "판매 데이터" are not among them.
    static let industries: [String: [String]] = [
        "logistics": ["물류", "풀필먼트", "logistics", "supply chain"],
        "finance": ["핀테크", "금융", "fintech", "banking"],
        "commerce": ["커머스", "이커머스", "e-commerce", "ecommerce", "retail", "리테일"],
        "ads": ["애드테크", "ad tech", "adtech", "advertising technology"],
        "game": ["게임"],
        "healthcare": ["헬스케어", "healthcare", "의료", "병원", "medical", "clinical", "hospital"],
        "manufacturing": ["제조", "스마트팩토리", "manufacturing", "smart factory"],
        "mobility": ["모빌리티", "mobility", "ride-hailing", "자율주행"],
        "media": ["음원", "음악", "music", "video streaming", "동영상 스트리밍", "ott"],
    ]
    /// Words that make an industry's name an ask ("경험", "background", "worked in").
    static let asks = ["경험", "이해", "다뤄 본", "일해 본", "experience", "background", "understanding", "knowledge", "familiarity", "worked", "shipped"]

    /// The domains a posting line asks for, in the order listed. `asking` is false for a part that
    /// describes the job (duties, introduction): there only a cue word ("도메인", "industry") asks.
    static func domains(in lowered: String, asking: Bool = true) -> [String] {
        if lowered.containsAny(of: cues) {
            // "게임 업계 마케팅 경험": the industry's name is the domain; marketing is the work done in it.
            let named = words.map(\.key).filter { key in industries[key, default: []].contains { contains(word: $0, in: lowered) } }
            if !named.isEmpty { return named }
            return words.filter { entry in entry.words.contains { contains(word: $0, in: lowered) } }.map(\.key)
        }
        guard asking else { return [] }
        // The name and the ask in one sentence: "저희는 커머스 데이터를 다루는 팀입니다" introduces the team.
        let sentences = RequirementReader.parts(of: lowered).filter { sentence in sentence.containsAny(of: asks) }
        return words.map(\.key).filter { key in
            sentences.contains { sentence in industries[key, default: []].contains { contains(word: $0, in: sentence) } }
        }
    }

    /// The domains a project's `data.domain` (or any short text) names.
    public static func keys(of text: String) -> Set<String> {
        let lowered = text.lowercased()
        return Set(words.filter { entry in entry.words.contains { contains(word: $0, in: lowered) } || lowered == entry.key }.map(\.key))
    }

    /// A Latin word on word boundaries ("ads" not in "loads"); Hangul inside words (particles attach).
    static func contains(word: String, in text: String) -> Bool {
        guard word.unicodeScalars.first.map({ $0.isASCII }) == true else { return text.contains(word) }
        guard text.containsUTF8(word) else { return false }
        // A plural counts: "payments", "hospitals".
        return ConditionReader.matches(#"(?<![a-z])"# + NSRegularExpression.escapedPattern(for: word) + #"(?:s|es)?(?![a-z])"#, text)
    }

    /// Names of the `data.domain` values the init scaffold and docs/format.md suggest that are no domain a
    /// posting asks for (`logs`, `purchases`, `telecom`): printed in the user's language, not as keys.
    public static let suggestedNames: [String: LocalizedText] = [
        "logs": LocalizedText(ko: "로그", en: "logs"),
        "purchases": LocalizedText(ko: "구매", en: "purchases"),
        "telecom": LocalizedText(ko: "통신", en: "telecom"),
    ]

    /// The domain's name in both languages.
    public static func label(_ key: String) -> LocalizedText {
        words.first { $0.key == key }.map { LocalizedText(ko: $0.ko, en: $0.en) } ?? LocalizedText(stringLiteral: key)
    }
}
