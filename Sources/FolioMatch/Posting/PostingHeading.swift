import Foundation

/// Recognises a posting's section headings however they were pasted: `[자격요건]`, `■ 우대 사항`,
/// `## Requirements`, `Nice to have:`, `이런 분이면 더 좋아요`, `Requirements: Python, SQL`.
enum PostingHeading {
    struct Recognised {
        var kind: Posting.SectionKind
        var title: String
        /// Text after a colon on the same line ("Requirements: Python, SQL").
        var rest: String?
    }

    /// Heading words, lowercased, letters only. `exact` ones must be the whole heading; the
    /// others may start a longer heading ("자격요건 및 역량", "Preferred qualifications (any)").
    static let synonyms: [(kind: Posting.SectionKind, words: [String], exact: [String])] = [
        (.preferred, [
            "우대사항", "우대조건", "우대요건", "우대역량", "이런분이면더좋", "이런분이라면더좋", "이런경험이있다면",
            "이런경험이있으면", "이런분이면좋", "있으면좋아요", "있으면좋은경험", "가산점",
            "preferred", "nicetohave", "goodtohave", "bonuspoints", "pluses", "extracredit", "itdbegreatif",
            "itwouldbegreatif", "wouldbenice", "bonus", "itsabonusif", "itsaplusif", "bonusif",
        ], ["우대", "plus"]),
        (.required, [
            "자격요건", "지원자격", "자격조건", "필수요건", "필수사항", "필수역량", "필수자격", "필수경험", "요구사항",
            "필요역량", "필요기술", "응모자격", "자격사항", "지원요건", "이런분을찾", "이런분과함께하고싶", "이런분을원",
            "이런분이필요", "이런분을기다",
            "requirements", "qualifications", "minimumqualifications", "basicqualifications",
            "requiredqualifications", "requiredskills", "whatwerelookingfor", "whatyoullbring", "whatyouwillbring", "whatyoubring", "whatwearelookingfor", "whatweexpect",
            "whatyouneed", "youhave", "youshouldhave", "musthave", "whoyouare", "aboutyou", "skillsandexperience",
            "skillsandqualifications", "requiredexperience", "requirement", "whatyoullneed", "whatyouwillneed",
            "youmightbeafitif", "youmaybeafitif", "youllthriveif", "youwillthriveif", "whatyouhave",
        ], ["필수", "자격", "skills", "you"]),
        (.duties, [
            "담당업무", "주요업무", "업무내용", "업무소개", "합류하면함께할업무", "함께할업무", "이런일을",
            "직무내용", "직무소개", "포지션소개", "주요역할", "기술스택", "사용기술", "개발환경",
            "responsibilities", "keyresponsibilities", "whatyoulldo", "whatyouwilldo", "whatyoudo", "yourrole",
            "duties", "jobdescription", "roleandresponsibilities", "abouttherole", "aboutthisrole", "aboutthejob",
            "techstack", "ourstack", "theroleyoullplay", "yourmission", "whatyoull", "whatyouwill", "daytoday",
        ], ["업무", "역할", "하는일", "role", "theposition", "stack", "thejob"]),
        (.other, [
            "회사소개", "기업소개", "팀소개", "혜택및복지", "복리후생", "채용절차", "전형절차", "채용전형", "채용과정",
            "근무조건", "근무지", "근무환경", "근무형태", "근무시간", "기타사항", "지원방법", "접수기간", "마감일",
            "제출서류", "참고사항", "유의사항", "aboutus", "abouttheteam", "aboutthecompany", "whoweare", "benefits",
            "perks", "hiringprocess", "interviewprocess", "compensation", "salary", "howtoapply",
            "equalopportunity", "whyjoinus", "ourteam", "additionalinformation", "whatweoffer",
            // Benefits and ways of working name tools (Slack, Notion, a MacBook) that are not asked for.
            "복지", "혜택", "전형", "함께일하는방식", "일하는방식", "근무방식", "howwehire", "howwework",
            "workingwithus", "ourprocess", "thehiringprocess", "recruitmentprocess", "selectionprocess",
        ], ["기타", "location", "process", "우리팀"]),
    ]

    /// Every heading word and exact heading, to its kind (the first entry of `synonyms` naming it).
    static let exactWords: [String: Posting.SectionKind] = {
        var table: [String: Posting.SectionKind] = [:]
        for entry in synonyms {
            for word in entry.words + entry.exact where table[word] == nil { table[word] = entry.kind }
        }
        return table
    }()

    /// The heading words that may start a longer heading, with their length in characters, in `synonyms` order.
    static let prefixWords: [(kind: Posting.SectionKind, word: String, length: Int)] =
        synonyms.flatMap { entry in entry.words.map { (entry.kind, $0, $0.count) } }

    static let openers = CharacterSet(charactersIn: "#*-•·■□◆◇●○▶▷►▪︎★☆※>【[<(〈《「『|=_~ ")
    static let closers = CharacterSet(charactersIn: "]】>)〉》」』:：|=_~*#- ")

    /// A heading, or nil for an ordinary line.
    static func recognise(_ line: String) -> Recognised? {
        let decorated = line.first.map { "#[【<■◆●▶★※〈《「『".contains($0) } ?? false
        // "Requirements: Python, SQL" — a heading with its first item on the same line.
        if let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) {
            let head = String(line[..<colon])
            let rest = String(line[line.index(after: colon)...]).trimmingHorizontalSpace()
            if let kind = kind(of: head, decorated: true) {
                return Recognised(kind: kind, title: undecorated(head), rest: rest.isEmpty ? nil : rest)
            }
        }
        guard line.count <= 40, let kind = kind(of: line, decorated: decorated || line.hasSuffix(":") || line.hasSuffix("：")) else {
            return nil
        }
        return Recognised(kind: kind, title: undecorated(line), rest: nil)
    }

    static func kind(of text: String, decorated: Bool) -> Posting.SectionKind? {
        let words = undecorated(text)
        guard words.count <= 40 else { return nil }
        let letters = String(words.lowercased().filter { $0.isLetter })
        guard !letters.isEmpty else { return nil }
        if let kind = exactWords[letters] { return kind }
        // A longer heading that starts with a heading word: "자격 요건 및 역량", "Preferred Qualifications".
        // Only a word as long as the heading and at most `slack` shorter can start it: the words are
        // looked up by their length, not compared one by one with every line of the posting.
        // A short line of a few words ("이런 분을 찾고 있어요", "What you'll work on") may end its heading
        // word with a longer verb ending than a line that is a sentence.
        let fewWords = words.split(separator: " ").count <= 5 && !words.contains(where: { ".,;".contains($0) })
        let slack = decorated ? 14 : fewWords ? 8 : 4
        let count = letters.count
        var best: (kind: Posting.SectionKind, length: Int)?
        for entry in prefixWords where entry.length <= count && entry.length > (best?.length ?? 0) {
            guard letters.hasPrefix(entry.word) else { continue }
            // Two heading words make one heading ("Preferred qualifications", "우대 자격 요건"): the first decides.
            let rest = String(letters.dropFirst(entry.length))
            if count - entry.length <= slack || exactWords[rest] != nil { best = (entry.kind, entry.length) }
        }
        return best?.kind
    }

    /// The line without bullets, brackets and numbering: `■ [자격 요건]` → `자격 요건`.
    static func undecorated(_ line: String) -> String {
        var text = line.trimmingHorizontalSpace()
        // "1. 자격요건", "01) Requirements"
        let digits = text.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count <= 2 {
            let rest = text.dropFirst(digits.count)
            if rest.hasPrefix(".") || rest.hasPrefix(")") { text = String(rest.dropFirst()) }
        }
        // Trimmed scalar by scalar, as `trimmingCharacters(in:)` does, without Foundation's bridging
        // (this runs for every line of a posting).
        var scalars = Array(text.unicodeScalars)
        let lead = scalars.firstIndex { !openers.contains($0) } ?? scalars.count
        let tail = (scalars.lastIndex { !openers.contains($0) } ?? -1) + 1
        scalars = lead < tail ? Array(scalars[lead..<tail]) : []
        let pairs: [Unicode.Scalar: Unicode.Scalar] = [")": "(", "]": "[", "】": "【", ">": "<", "〉": "〈", "》": "《", "」": "「", "』": "『"]
        // Openers are only ever removed from the end, so the one left before the cut is looked up by
        // its last position (found once), not searched for on every closer: "]]]]…" stays linear.
        var lastOpener: [Unicode.Scalar: Int] = [:]
        for (position, scalar) in scalars.enumerated() where pairs.values.contains(scalar) { lastOpener[scalar] = position }
        var end = scalars.count
        while end > 0, closers.contains(scalars[end - 1]) {
            // Keep a closing bracket whose opening one stays: "우대 사항 (선택)".
            if let opener = pairs[scalars[end - 1]], let position = lastOpener[opener], position < end - 1 { break }
            end -= 1
        }
        return String(scalars: scalars[..<end]).trimmingHorizontalSpace()
    }
}
