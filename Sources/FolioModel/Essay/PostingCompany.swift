import Foundation

/// The company a pasted job posting names, for the copy-paste check of the essays (`essay.other-company`).
///
/// Read in this order: a `회사:` / `Company:` line; an English title's `… at Mintleaf` or
/// `… — Ridewave`; a Korean title's bracket (`[한빛그룹 AI·데이터플랫폼팀]`, `[모빌리티 스타트업 오토런]`),
/// whose words that name a team or an industry are skipped and of the rest the one the posting
/// repeats most is taken (the last on a tie).
public enum PostingCompany {
    /// Words of a title that describe a company without naming it.
    static let genericWords: Set<String> = [
        "스타트업", "모빌리티", "핀테크", "커머스", "이커머스", "게임", "플랫폼", "기업", "대기업", "중견기업", "공기업", "유니콘",
        "채용", "신입", "경력", "인턴", "정규직", "계약직", "데이터", "엔지니어", "분석가", "개발자", "헬스케어", "에듀테크", "그룹사",
        "startup", "fintech", "series", "hiring", "remote", "data", "engineer", "senior", "junior",
    ]

    /// The company's name, or nil when the posting does not say it in a form folio reads.
    public static func name(in posting: String) -> String? {
        let posting = posting.droppingInvisibleFormatCharacters()
        let lines = posting.split(separator: "\n").map { $0.trimmedWhitespace() }.filter { !$0.isEmpty }
        for line in lines {
            // Only a line that starts as a key can be one: no lowercased copy of every line.
            guard let first = line.first, "회기cC".contains(first) else { continue }
            let lower = line.lowercased()
            for key in ["회사명:", "회사:", "기업명:", "company:"] where lower.hasPrefix(key) {
                let value = line.dropFirst(key.count).trimmedWhitespace()
                if !value.isEmpty { return value }
            }
        }
        guard let title = lines.first else { return nil }
        if let at = title.range(of: " at ") {
            let rest = title[at.upperBound...].prefix { $0 != "(" && $0 != "," && $0 != "|" }.trimmedWhitespace()
            if !rest.isEmpty { return rest }
        }
        for dash in [" — ", " – ", " | "] {
            if let range = title.range(of: dash, options: .backwards) {
                let rest = title[range.upperBound...].trimmedWhitespace()
                if !rest.isEmpty, rest.split(separator: " ").count <= 3 { return rest }
            }
        }
        guard let open = title.firstIndex(where: { $0 == "[" || $0 == "【" }),
              let close = title[open...].firstIndex(where: { $0 == "]" || $0 == "】" }) else { return nil }
        let words = title[title.index(after: open)..<close].split(separator: " ").map(String.init).filter { word in
            !word.hasSuffix("팀") && !word.hasSuffix("본부") && !word.contains("·") && word.count >= 2
                && !genericWords.contains(word.lowercased())
        }
        var best: (word: String, count: Int)?
        for word in words {
            let count = posting.occurrences(of: word)
            if best == nil || count >= best!.count { best = (word, count) }
        }
        return best?.word
    }
}
