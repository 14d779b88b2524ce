import Foundation

/// The Markdown body of a project or story, split into sections by heading.
///
/// Only the structure is read here (headings, lines, opt-out comments); turning the
/// Markdown into HTML is the renderer's job, with a Markdown library.
public struct MarkdownBody: Sendable {
    public var sections: [Section]
    /// Every non-blank line outside code blocks, located: what text rules read.
    public var lines: [Located<String>]
    /// Rule ids turned off by `<!-- folio-disable rule.id -->` anywhere in the file.
    public var disabledRules: Set<String>

    public init(sections: [Section], lines: [Located<String>], disabledRules: Set<String>) {
        self.sections = sections
        self.lines = lines
        self.disabledRules = disabledRules
    }

    /// The first section of a kind: one whose heading names it (`## 결과와 배운 점` is both a result
    /// and a lesson section).
    public func section(_ kind: SectionKind) -> Section? {
        sections.first { $0.kind == kind } ?? sections.first { $0.kinds.contains(kind) }
    }

    /// One `## heading` and what follows it up to the next heading of the same or a higher level.
    public struct Section: Sendable {
        public var heading: Located<String>
        public var level: Int
        /// What the heading names first.
        public var kind: SectionKind
        /// Everything the heading names: `결과와 배운 점` → result and lesson.
        public var kinds: Set<SectionKind> = []
        /// The Markdown text under the heading, trimmed.
        public var markdown: String
        /// The non-blank lines under the heading (outside code blocks), located.
        public var lines: [Located<String>]

        /// The section's text as plain words, without list markers.
        public var plainText: String {
            lines.map { MarkdownBody.stripListMarker($0.value) }.joined(separator: "\n")
        }

        /// The list items of the section (`- `, `* `, `1. `).
        public var bullets: [Located<String>] {
            lines.compactMap { line in
                let stripped = MarkdownBody.stripListMarker(line.value)
                return stripped == line.value.trimmedWhitespace() ? nil
                    : Located(stripped, at: line.location)
            }
        }

        public var isEmpty: Bool { lines.isEmpty }

        /// Whether the section weighs options its heading does not name: a `## 해결 방법` or `## 시도한 방법`
        /// that lists two or more labelled options (`- 대안 1: …`, `- 방법 A) …`, `- Option 2 - …`, `- B. …`)
        /// before saying what was done. Such a section is also an alternatives section (`kinds`).
        public var listsOptionsInside = false

        /// The options the section lists: every list item of a section whose heading names alternatives
        /// (`## 대안`, `## 검토한 방법`); in another section the items labelled as options
        /// (`listsOptionsInside`); none in any other.
        public var options: [Located<String>] {
            if listsOptionsInside { return bullets.filter { Alternatives.optionLabel(of: $0.value)?.namesOption ?? false } }
            return kinds.contains(.alternatives) || kind == .alternatives ? bullets : []
        }

        /// What the section says about its options, as the text layer's `Alternatives` reads them: the
        /// lines that are not list items of an alternatives section; in a section that lists options
        /// inside, only its sentences that weigh them (`weighsOptions`): the reason and the choice, not
        /// the account of what was done after it.
        public var optionProse: [String] {
            let bulletLines = Set(bullets.map(\.location.line))
            let prose = lines.filter { !bulletLines.contains($0.location.line) }
            guard listsOptionsInside else { return kind == .alternatives || kinds.contains(.alternatives) ? prose.map(\.value) : [] }
            return MarkdownBody.sentences(ofParagraphs: prose).filter(weighsOptions)
        }

        /// The options the section's sentences choose (`Alternatives.chosen`): `대안 2: …` for "원인을 없애는
        /// 대안 2를 선택했습니다".
        public var chosenOptions: [String] {
            let items = options.map(\.value)
            var chosen: [String] = []
            for sentence in optionProse {
                for item in Alternatives.chosen(items, by: sentence) where !chosen.contains(item) { chosen.append(item) }
            }
            return items.filter(chosen.contains)
        }

        /// Whether a sentence of a section that lists options inside weighs them rather than tells what
        /// was done: one of the options itself, a sentence naming an option by its label (`대안 1은 비용이
        /// 남습니다`, `원인을 없애는 대안 2를 선택했습니다`) or one saying a choice was made (`Lexicon.decisionMarkers`).
        /// False for every sentence of any other section.
        public func weighsOptions(_ sentence: String) -> Bool {
            guard listsOptionsInside else { return false }
            let items = options.map(\.value)
            let plain = MarkdownBody.stripListMarker(sentence)
            return items.contains(plain) || items.contains { Alternatives.mentions($0, in: plain) }
                || MarkdownBody.decisions.containsAny(plain.lowercased())
        }
    }

    static let decisions = PhraseMatcher(Lexicon.decisionMarkers)

    /// Lines of prose as sentences: consecutive lines are one paragraph (a sentence may wrap), and
    /// `Clauses.sentences` splits each.
    static func sentences(ofParagraphs lines: [Located<String>]) -> [String] {
        var paragraphs: [String] = []
        var previousLine = Int.min
        for line in lines {
            if line.location.line == previousLine + 1, !paragraphs.isEmpty {
                paragraphs[paragraphs.count - 1] += " " + line.value
            } else {
                paragraphs.append(line.value)
            }
            previousLine = line.location.line
        }
        return paragraphs.flatMap { paragraph in
            let scalars = Array(paragraph.unicodeScalars)
            return Clauses.sentences(scalars).map { String(scalars: scalars[$0]) }
        }
    }

    /// Parses `body` whose first line is line `firstLine` of `file`.
    public static func parse(_ body: String, file: String, firstLine: Int) -> MarkdownBody {
        var sections: [Section] = []
        var allLines: [Located<String>] = []
        var disabled = Set<String>()
        var inFence = false
        var fenceMarker = ""
        var sectionText: [String] = []

        func closeSection() {
            guard !sections.isEmpty else { return }
            sections[sections.count - 1].markdown = sectionText.joined(separator: "\n").trimmedWhitespace()
            sectionText = []
            // Options listed under another heading (`## 해결 방법` with `- 대안 1: …`, `- 대안 2: …`) make it
            // an alternatives section too.
            let last = sections[sections.count - 1]
            if last.kind != .alternatives, !last.kinds.contains(.alternatives),
               last.bullets.lazy.filter({ Alternatives.optionLabel(of: $0.value)?.namesOption ?? false }).prefix(2).count == 2 {
                sections[sections.count - 1].listsOptionsInside = true
                sections[sections.count - 1].kinds.insert(.alternatives)
            }
        }

        for (offset, rawLine) in body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Substring.init).enumerated() {
            let line = String(rawLine)
            let location = SourceLocation(file: file, line: firstLine + offset, column: 1)
            let trimmed = line.trimmedWhitespace()
            disabled.formUnion(disabledRules(in: trimmed))

            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                let marker = String(trimmed.prefix(3))
                if !inFence { inFence = true; fenceMarker = marker } else if marker == fenceMarker { inFence = false }
                sectionText.append(line)
                continue
            }
            if !inFence, let (level, title) = heading(trimmed) {
                closeSection()
                let column = line.distance(from: line.startIndex, to: line.firstIndex(of: "#") ?? line.startIndex) + level + 2
                let kinds = SectionKind.kinds(heading: title)
                sections.append(Section(
                    heading: Located(title, at: SourceLocation(file: file, line: location.line, column: column)),
                    level: level, kind: kinds.first ?? .other, kinds: Set(kinds), markdown: "", lines: []))
                continue
            }
            sectionText.append(line)
            guard !inFence, !trimmed.isEmpty, !trimmed.hasPrefix("<!--") else { continue }
            let indent = line.utf8.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.count
            let located = Located(trimmed, at: SourceLocation(file: file, line: location.line, column: indent + 1))
            allLines.append(located)
            if !sections.isEmpty { sections[sections.count - 1].lines.append(located) }
        }
        closeSection()
        return MarkdownBody(sections: sections, lines: allLines, disabledRules: disabled)
    }

    /// `## Title` → (2, "Title"); nil for anything else.
    static func heading(_ line: String) -> (Int, String)? {
        guard line.utf8.first == UInt8(ascii: "#") else { return nil }
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        // `## Title ##`: closing hashes are dropped as in CommonMark.
        var title = rest.trimmedWhitespace()
        while title.hasSuffix("#") { title.removeLast() }
        while title.hasPrefix("#") { title.removeFirst() }
        title = title.trimmedWhitespace()
        return (hashes, title)
    }

    static func disabledRules(in line: String) -> [String] {
        guard line.hasPrefix("<!--") || line.unicodeScalars.contains("<"), let start = line.range(of: "<!--"), let end = line.range(of: "-->"),
              start.upperBound <= end.lowerBound else { return [] }
        let words = line[start.upperBound..<end.lowerBound].split(whereSeparator: { $0 == " " || $0 == "," })
        guard words.first == "folio-disable" else { return [] }
        return words.dropFirst().map(String.init)
    }

    /// `- item`, `* item`, `+ item`, `1. item` → `item`.
    public static func stripListMarker(_ line: String) -> String {
        let trimmed = line.trimmedWhitespace()
        // Most lines are prose: only `-`, `*`, `+`, `•` or a digit can start a list item.
        guard let first = trimmed.utf8.first,
              first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+")
                || first == 0xE2 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return trimmed }
        for marker in ["- [ ] ", "- [x] ", "- ", "* ", "+ ", "• "] where trimmed.hasPrefix(marker) {
            return trimmed.dropFirst(marker.count).trimmedWhitespace()
        }
        let digits = trimmed.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count <= 3 {
            let rest = trimmed.dropFirst(digits.count)
            if rest.hasPrefix(". ") || rest.hasPrefix(") ") {
                return rest.dropFirst(2).trimmedWhitespace()
            }
        }
        return trimmed
    }
}

/// What a section is about, recognised from its heading in Korean or English.
///
/// A heading is recognised when it contains a known keyword, as people write them: `## 원인 분석`,
/// `## 근본 원인`, `## 해결 방안`, `## 조치 내용`, `## 결과 및 성과`, `## 고려한 대안`,
/// `## Root Cause Analysis`, `## What I did`. Longer keywords win over the shorter ones inside them
/// (`문제 해결` is an action, not a problem).
public enum SectionKind: String, Sendable, CaseIterable {
    // Projects
    case overview, role, collaboration, architecture
    // Stories
    case situation, cause, alternatives, action, result, lesson
    case other

    /// Heading keywords, lowercased, without spaces.
    static let keywords: [SectionKind: [String]] = [
        .overview: ["개요", "소개", "요약", "배경", "overview", "summary", "about", "introduction", "background", "tl;dr"],
        .role: ["나의역할", "내역할", "역할", "담당", "기여", "맡은일", "myrole", "role", "contribution", "responsibilit", "myPart", "mypart"],
        .collaboration: ["협업", "팀워크", "갈등", "소통", "의견조율", "함께일한", "함께한방식", "같이일한", "협력", "collaboration", "teamwork", "workingwith", "team", "conflict"],
        .architecture: ["아키텍처", "아키텍쳐", "구조", "설계", "파이프라인", "구성도", "흐름", "architecture", "design", "pipeline", "howitworks", "stack"],
        .situation: ["상황", "문제", "증상", "현상", "장애내용", "이슈", "situation", "problem", "context", "symptom", "issue", "incident", "whathappened"],
        .cause: ["원인", "근본원인", "cause", "rootcause", "diagnos", "why", "investigation"],
        .alternatives: ["대안", "선택지", "고려한방법", "검토한방법", "검토", "비교", "alternative", "options", "considered", "tradeoff", "trade-off"],
        .action: ["해결", "조치", "대응", "개선방법", "적용", "문제해결", "action", "fix", "solution", "resolution", "whatidid", "whatwedid", "approach", "remediation"],
        .result: ["결과", "성과", "효과", "result", "outcome", "impact"],
        .lesson: ["배운점", "교훈", "회고", "느낀점", "배운것", "lesson", "learned", "learning", "takeaway", "retrospective", "reflection", "nexttime"],
    ]

    /// Keywords longest first, so that `문제해결` is read before `문제` and `근본원인` before `원인`.
    static let orderedKeywords: [(scalars: [Character], kind: SectionKind)] = keywords
        .flatMap { kind, words in words.map { (Array($0.lowercased()), kind) } }
        .sorted { $0.scalars.count != $1.scalars.count ? $0.scalars.count > $1.scalars.count : $0.kind.rawValue < $1.kind.rawValue }

    /// The kinds a heading names, in the order they appear in it; empty for a heading folio cannot place.
    public static func kinds(heading: String) -> [SectionKind] {
        let letters = Array(heading.lowercased().filter { $0.isLetter || $0 == ";" || $0 == "-" })
        var taken = [Bool](repeating: false, count: letters.count)
        var found: [(position: Int, kind: SectionKind)] = []
        for keyword in orderedKeywords where keyword.scalars.count <= letters.count {
            var start = 0
            while start + keyword.scalars.count <= letters.count {
                let range = start..<(start + keyword.scalars.count)
                if !taken[range].contains(true), letters[range].elementsEqual(keyword.scalars) {
                    for index in range { taken[index] = true }
                    found.append((start, keyword.kind))
                    start = range.upperBound
                } else {
                    start += 1
                }
            }
        }
        var kinds: [SectionKind] = []
        for match in found.sorted(by: { $0.position < $1.position }) where !kinds.contains(match.kind) {
            kinds.append(match.kind)
        }
        return kinds
    }

    public init(heading: String) {
        self = SectionKind.kinds(heading: heading).first ?? .other
    }
}
