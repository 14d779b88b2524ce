import Foundation
import FolioModel

/// A requirement that is not a skill: years of experience, a degree, large-scale traffic,
/// cloud, open source (seed 001's postings: "n년 이상 실무 경험", "컴공, 경력", "대규모 트래픽
/// 경험", "클라우드 환경 경험 또는 지식", "오픈 소스 솔루션 도입 경험").
public struct Condition: Sendable, Codable, Hashable {
    /// What the condition is about.
    public enum Topic: String, Sendable, Codable, CaseIterable {
        case experience, entryLevel, degree, largeScale, cloud, openSource
    }

    /// The degree a posting asks for, lowest first.
    public enum Degree: String, Sendable, Codable, Comparable {
        case bachelor, master, doctorate
        var rank: Int { self == .bachelor ? 0 : self == .master ? 1 : 2 }
        public static func < (lhs: Degree, rhs: Degree) -> Bool { lhs.rank < rhs.rank }
    }

    public var topic: Topic
    public var kind: RequirementKind
    /// Years of experience asked for; nil when the posting says "n년" or none.
    public var years: Int?
    public var degree: Degree?
    /// Whether the degree must be in a related field (컴퓨터공학, CS, 통계…).
    public var relatedField: Bool
    /// Open source: contributing (true) or adopting and running it (false).
    public var contribution: Bool
    public var line: Int
    public var text: String

    /// What the condition asks, in a few words.
    public var label: LocalizedText {
        switch topic {
        case .experience:
            if let years { return LocalizedText(ko: "경력 \(years)년 이상", en: "\(years)+ years of experience") }
            return LocalizedText(ko: "실무 경력", en: "Work experience")
        case .entryLevel:
            return LocalizedText(ko: "신입 지원 가능", en: "Open to new graduates")
        case .degree:
            let level: LocalizedText = switch degree ?? .bachelor {
            case .bachelor: LocalizedText(ko: "학사", en: "Bachelor's")
            case .master: LocalizedText(ko: "석사", en: "Master's")
            case .doctorate: LocalizedText(ko: "박사", en: "PhD")
            }
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
        }
    }
}

/// Finds the conditions in a posting's lines.
enum ConditionReader {
    static func conditions(in sections: [Posting.Section]) -> [Condition] {
        var found: [Condition] = []
        for section in sections where section.kind != .other {
            for line in section.lines {
                let kind = RequirementReader.kind(of: line.text, in: section.kind)
                for condition in conditions(inLine: line.text) {
                    var condition = condition
                    condition.kind = kind
                    condition.line = line.number
                    condition.text = line.text
                    merge(condition, into: &found)
                }
            }
        }
        return found
    }

    static func merge(_ condition: Condition, into list: inout [Condition]) {
        // Contributing to open source and adopting it are different asks (seed 001 has both).
        guard let index = list.firstIndex(where: { $0.topic == condition.topic && $0.contribution == condition.contribution }) else {
            list.append(condition)
            return
        }
        var existing = list[index]
        if condition.kind < existing.kind {
            existing.kind = condition.kind
            existing.line = condition.line
            existing.text = condition.text
        }
        if let years = condition.years, years > (existing.years ?? 0) { existing.years = years }
        if let degree = condition.degree, existing.degree.map({ degree < $0 }) ?? true { existing.degree = degree }
        existing.relatedField = existing.relatedField || condition.relatedField
        list[index] = existing
    }

    static func conditions(inLine text: String) -> [Condition] {
        let lowered = text.lowercased()
        func make(_ topic: Condition.Topic) -> Condition {
            Condition(topic: topic, kind: .required, years: nil, degree: nil, relatedField: false, contribution: false, line: 0, text: text)
        }
        var result: [Condition] = []

        if lowered.contains("신입") || lowered.contains("경력 무관") || lowered.contains("경력무관")
            || lowered.contains("new grad") || lowered.contains("entry level") || lowered.contains("entry-level") {
            result.append(make(.entryLevel))
        }
        if let asked = years(in: lowered) {
            var condition = make(.experience)
            if case .years(let value) = asked { condition.years = value }
            result.append(condition)
        }
        if isDegreeLine(text) {
            var condition = make(.degree)
            condition.degree = lowestDegree(in: lowered)
            condition.relatedField = relatedFieldWords.contains { lowered.contains($0) }
            result.append(condition)
        }
        if largeScaleWords.contains(where: { lowered.contains($0) }) || matches(#"\b(pb|tb)\b"#, lowered) {
            result.append(make(.largeScale))
        }
        if cloudWords.contains(where: { lowered.contains($0) }) || matches(#"\b(aws|gcp|azure|ncp)\b"#, lowered) {
            result.append(make(.cloud))
        }
        if ["오픈소스", "오픈 소스", "open source", "open-source", "opensource"].contains(where: { lowered.contains($0) }) {
            var condition = make(.openSource)
            condition.contribution = ["기여", "contribut", "커미터", "committer", "maintainer", "메인테이너"].contains { lowered.contains($0) }
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
        let words = ["학사", "석사", "박사", "학위", "전공", "졸업", "bachelor", "master's", "masters", "ph.d", "phd", "degree", "b.s.", "m.s.", "bs/ms", "ms/phd", "bs in", "ms in"]
        return words.contains { lowered.contains($0) }
    }

    static func lowestDegree(in lowered: String) -> Condition.Degree {
        if ["학사", "bachelor", "b.s.", "bs/", "bs in", "bs or", "학부", "졸업"].contains(where: { lowered.contains($0) }) { return .bachelor }
        if ["석사", "master", "m.s.", "ms/", "ms in", "ms or"].contains(where: { lowered.contains($0) }) { return .master }
        if ["박사", "ph.d", "phd", "doctor"].contains(where: { lowered.contains($0) }) { return .doctorate }
        return .bachelor
    }

    /// Years of experience: "3년 이상", "경력 3년", "3+ years", "5 yrs"; "n년 이상" gives nil years
    /// but still a condition. Dates ("2025년") are not years of experience.
    enum YearsAsked: Equatable { case years(Int), unspecified }

    static func years(in lowered: String) -> YearsAsked? {
        let patterns = [
            #"(\d{1,2})\s*년\s*(이상|차|\+|↑|이 상)"#,
            #"경력\s*[:：]?\s*(\d{1,2})\s*년"#,
            #"(\d{1,2})\s*\+?\s*(?:years?|yrs?)\b"#,
            #"(\d{1,2})\s*~\s*\d{1,2}\s*년"#,
        ]
        for pattern in patterns {
            if let value = firstCapture(pattern, lowered).flatMap(Int.init) { return .years(value) }
        }
        if matches(#"\bn\s*년\s*이상"#, lowered) || matches(#"n\+?\s*years"#, lowered) { return .unspecified }
        return nil
    }

    static func matches(_ pattern: String, _ text: String) -> Bool {
        (try? NSRegularExpression(pattern: pattern))?
            .firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    static func firstCapture(_ pattern: String, _ text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              match.numberOfRanges > 1, let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }
}
