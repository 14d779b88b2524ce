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
            "우대사항", "우대조건", "우대요건", "우대역량", "이런분이면더좋아요", "이런경험이있다면더좋아요",
            "이런분이면더좋습니다", "이런분이면좋아요", "있으면좋아요", "있으면좋은경험", "가산점",
            "preferred", "nicetohave", "goodtohave", "bonuspoints", "pluses", "extracredit", "itdbegreatif",
            "itwouldbegreatif", "wouldbenice", "bonus", "itsabonusif", "itsaplusif", "bonusif",
        ], ["우대", "plus"]),
        (.required, [
            "자격요건", "지원자격", "자격조건", "필수요건", "필수사항", "필수역량", "필수자격", "필수경험", "요구사항",
            "필요역량", "필요기술", "이런분을찾아요", "이런분과함께하고싶어요", "이런분을원해요", "이런분이필요해요",
            "requirements", "qualifications", "minimumqualifications", "basicqualifications",
            "requiredqualifications", "requiredskills", "whatwerelookingfor", "whatyoullbring", "whatyouwillbring", "whatyoubring", "whatwearelookingfor", "whatweexpect",
            "whatyouneed", "youhave", "youshouldhave", "musthave", "whoyouare", "aboutyou", "skillsandexperience",
            "skillsandqualifications", "requiredexperience", "requirement", "whatyoullneed", "whatyouwillneed",
            "youmightbeafitif", "youmaybeafitif", "youllthriveif", "youwillthriveif", "whatyouhave",
        ], ["필수", "자격", "skills", "you"]),
        (.duties, [
            "담당업무", "주요업무", "업무내용", "업무소개", "합류하면함께할업무", "함께할업무", "이런일을해요", "이런일을합니다",
            "직무내용", "직무소개", "포지션소개", "주요역할", "기술스택", "사용기술", "개발환경",
            "responsibilities", "keyresponsibilities", "whatyoulldo", "whatyouwilldo", "whatyoudo", "yourrole",
            "duties", "jobdescription", "roleandresponsibilities", "abouttherole", "aboutthisrole", "aboutthejob",
            "techstack", "ourstack", "theroleyoullplay", "yourmission",
        ], ["업무", "역할", "하는일", "role", "theposition", "stack", "thejob"]),
        (.other, [
            "회사소개", "기업소개", "팀소개", "혜택및복지", "복리후생", "채용절차", "전형절차", "채용전형", "채용과정",
            "근무조건", "근무지", "근무환경", "근무형태", "근무시간", "기타사항", "지원방법", "접수기간", "마감일",
            "제출서류", "참고사항", "유의사항", "aboutus", "abouttheteam", "aboutthecompany", "whoweare", "benefits",
            "perks", "hiringprocess", "interviewprocess", "compensation", "salary", "howtoapply",
            "equalopportunity", "whyjoinus", "ourteam", "additionalinformation", "whatweoffer",
        ], ["복지", "혜택", "기타", "location", "process", "우리팀"]),
    ]

    static let openers = CharacterSet(charactersIn: "#*-•·■□◆◇●○▶▷►▪︎★☆※>【[<(〈《「『|=_~ ")
    static let closers = CharacterSet(charactersIn: "]】>)〉》」』:：|=_~*#- ")

    /// A heading, or nil for an ordinary line.
    static func recognise(_ line: String) -> Recognised? {
        let decorated = line.first.map { "#[【<■◆●▶★※〈《「『".contains($0) } ?? false
        // "Requirements: Python, SQL" — a heading with its first item on the same line.
        if let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) {
            let head = String(line[..<colon])
            let rest = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
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
        for entry in synonyms where entry.words.contains(letters) || entry.exact.contains(letters) {
            return entry.kind
        }
        // A longer heading that starts with a heading word: "자격 요건 및 역량", "Preferred Qualifications".
        let slack = decorated ? 14 : 4
        var best: (kind: Posting.SectionKind, length: Int)?
        for entry in synonyms {
            for word in entry.words where letters.hasPrefix(word) && letters.count - word.count <= slack {
                if word.count > (best?.length ?? 0) { best = (entry.kind, word.count) }
            }
        }
        return best?.kind
    }

    /// The line without bullets, brackets and numbering: `■ [자격 요건]` → `자격 요건`.
    static func undecorated(_ line: String) -> String {
        var text = line.trimmingCharacters(in: .whitespaces)
        // "1. 자격요건", "01) Requirements"
        let digits = text.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count <= 2 {
            let rest = text.dropFirst(digits.count)
            if rest.hasPrefix(".") || rest.hasPrefix(")") { text = String(rest.dropFirst()) }
        }
        text = text.trimmingCharacters(in: openers)
        var scalars = text.unicodeScalars
        let pairs: [Unicode.Scalar: Unicode.Scalar] = [")": "(", "]": "[", "】": "【", ">": "<", "〉": "〈", "》": "《", "」": "「", "』": "『"]
        while let last = scalars.last, closers.contains(last) {
            // Keep a closing bracket whose opening one stays: "우대 사항 (선택)".
            if let opener = pairs[last], scalars.contains(opener) { break }
            scalars.removeLast()
        }
        return String(scalars).trimmingCharacters(in: .whitespaces)
    }
}
