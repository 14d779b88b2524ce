import Foundation
import FolioModel

/// Turns a posting's lines into skill requirements: which skills, how strongly, and which
/// lines offer a choice ("Java/Python/Go 등 최소 1개 이상", seed 001).
enum RequirementReader {
    /// Words that make a line preferred wherever it stands ("Kafka 운영 경험자 우대").
    static let preferredCues = [
        "우대", "선호", "가산점", "있으면 좋", "있다면 좋", "이면 좋", "면 더 좋", "preferred", "nice to have",
        "nice-to-have", "a plus", "is a plus", "bonus", "would be great", "good to have", "desirable", "환영", "welcome",
        "ideally", "preferably", "an advantage", "advantageous", "would be nice", "면 더욱 좋", "필수는 아니",
    ]

    /// Words that say a skill is not asked for ("We do not expect you to know Go", "몰라도 괜찮아요").
    /// A sentence that also says it is a plus ("not required, but a plus") is preferred instead.
    static let notAskedCues = [
        "do not expect you to", "don't expect you to", "not expected to know", "no need to know", "don't need to know",
        "not required", "필수 아님", "필수가 아닙니다", "몰라도", "없어도 괜찮", "없어도 됩니다",
    ]

    /// Words that make a line required wherever it stands: the `(필수)` tag after a bullet ("SQL Server 운영
    /// 경험 (필수)"), "must have". Looked at after `preferredCues`, so "필수는 아니지만" stays preferred.
    static let requiredCues = ["(필수)", "[필수]", "필수)", "필수 ", "필수입니다", "must have", "must-have", "(required)", "is required", "are required", "is a must"]

    /// Words that make every skill of a line alternatives to each other ("Java, Python, Go 중 1개 이상").
    static let anyOfCues = [
        "중 1개", "중 하나", "중 한 가지", "중 1가지", "중 한 개", "1개 이상", "하나 이상", "한 가지 이상", "1가지 이상",
        "한 개 이상", "one of", "at least one", "any of", "one or more of",
    ]

    /// Words right after a list that make it examples of one kind: "Kafka, Spark, Flink 등", "AWS/GCP 같은".
    static let examplesAfter = ["등", "etc", "같은", "와 같은", "과 같은", "중 ", "중에", "or similar", "or equivalent", "or other", "등의"]
    /// Words right before a list that make it examples: "such as A, B", "(e.g. A, B)", "예: A, B".
    static let examplesBefore = ["such as", "e.g.", "e.g.,", "e.g", "eg.", "i.e.", "예:", "예)", "예시:", "예를 들어", "like", "for example", "for example,"]
    /// What may stand between two skills of one list; "or"-like words make it a choice.
    static let choiceJoins: Set<String> = [
        "/", "|", "／", "or", ", or", ",or", "또는", "혹은", "이나", "나", "or the", "either",
        // "JVM 언어(Java나 Scala) 또는 Python": the bracketed choice and the skill after it are one choice.
        ") 또는", ") 혹은", ") or", ")/", "), or",
    ]
    static let listJoins: Set<String> = ["", ",", "、", "·", "，", "・"]

    /// Words between a vendor or platform and the bracket listing its parts: "AWS 환경(…)", "Hadoop ecosystem (…)".
    static let environmentWords: Set<String> = ["환경", "에코시스템", "에코 시스템", "생태계", "ecosystem", "eco-system", "environment", "stack", "스택"]

    /// Generic "cloud" is a condition (any provider will do), not one skill to show.
    static let conditionOnlySkills: Set<String> = ["Cloud Computing"]

    /// Fields of study a degree line names.
    static let degreeSubjects: Set<String> = ["CS Fundamentals", "Statistics", "Software Engineering"]

    static func requirements(in sections: [Posting.Section], extractor: SkillExtractor = .shared) -> [Requirement] {
        var found: [Requirement] = []
        let title = titleLine(of: sections)
        for section in sections where section.kind != .other {
            let examples = [.required, .preferred, .unsectioned].contains(section.kind)
            // Without headings, a sentence may open a part itself ("주요 업무는 …", "Day to day you will …",
            // "자격요건으로는 …"); it lasts until another sentence opens one.
            var part = section.kind
            for line in section.lines where line != title {
                // A run-together line is read sentence by sentence, so "우대" marks only its own sentence.
                for sentence in parts(of: line.text) {
                    // "We do not expect you to know Go": named, not asked.
                    let lowered = sentence.lowercased()
                    if lowered.containsAny(of: notAskedCues), !lowered.containsAny(of: preferredCues) { continue }
                    if section.kind == .unsectioned {
                        // "It is a plus if you have …" opens the preferred part; later sentences stay in it.
                        if lowered.containsAny(of: preferredCues) {
                            part = .preferred
                        } else if let opened = inlinePart(of: sentence) {
                            part = opened
                        }
                    }
                    let kind = kind(of: sentence, in: part)
                    // "Comfortable on AWS (we use S3, EKS and Lambda)": the bracket tells the team's stack,
                    // the tools of the job, weighed as preferred; the rest of the sentence is the ask.
                    // "AWS 자격증 보유자": a certificate (a condition), not AWS the skill.
                    let (asked, stack) = stackAside(in: CertificateReader.withoutAsks(sentence))
                    for group in groups(in: asked, extractor: extractor, parenthesesGiveExamples: examples) {
                        found.append(Requirement(kind: kind, skills: group, section: section.kind, line: line.number, text: line.text))
                    }
                    for group in stack.map({ groups(in: $0, extractor: extractor) }) ?? [] {
                        found.append(Requirement(kind: .preferred, skills: group, section: section.kind, line: line.number, text: line.text))
                    }
                }
            }
        }
        return deduplicated(found)
    }

    /// Words opening a bracket that tells what the team uses: "(we use S3, EKS and Lambda)", "(현재 사용 중:
    /// Airflow)".
    static let stackWords = ["we use", "we're using", "we are using", "we run", "our stack", "currently", "현재 사용", "사용 중", "사용중"]

    /// The sentence without a bracket that tells the team's stack, and that bracket's text; or the
    /// sentence and nil.
    static func stackAside(in sentence: String) -> (asked: String, stack: String?) {
        guard let open = sentence.firstIndex(of: "("), let close = sentence[open...].firstIndex(of: ")") else { return (sentence, nil) }
        let inside = sentence[sentence.index(after: open)..<close]
        let lowered = inside.lowercased().trimmingHorizontalSpace()
        guard stackWords.contains(where: { lowered.hasPrefix($0) || lowered.hasSuffix($0) }) else { return (sentence, nil) }
        return (String(sentence[..<open] + sentence[sentence.index(after: close)...]), String(inside))
    }

    /// The posting's first line when it is its title ("Machine Learning Platform Engineer", "MLOps
    /// Engineer"): the name of the role, not a skill asked for. Nil for a posting of one line.
    static func titleLine(of sections: [Posting.Section]) -> Posting.Line? {
        guard let first = sections.first, [.intro, .unsectioned].contains(first.kind), let line = first.lines.first,
              sections.reduce(0, { $0 + $1.lines.count }) > 1, line.text.count <= 80 else { return nil }
        return line
    }

    /// Words in a sentence of a posting without headings that open a part: the duties
    /// ("주요 업무는", "you will", "day to day") or the requirements ("자격요건으로는", "we are looking for",
    /// "you should"). A sentence naming both opens the requirements ("You will need …").
    static let inlineDuties = ["주요 업무", "주요업무", "담당 업무", "담당업무", "업무 내용", "you will", "you'll", "day to day", "day-to-day", "in this role"]
    static let inlineRequirements = [
        "자격요건", "자격 요건", "지원 자격", "지원자격", "필요한 역량", "필요 역량", "looking for", "we expect", "you should",
        "you must", "you have", "you bring", "you will need", "you'll need", "requirements", "qualifications",
    ]

    static func inlinePart(of sentence: String) -> Posting.SectionKind? {
        let lowered = sentence.lowercased()
        if lowered.containsAny(of: inlineRequirements) { return .unsectioned }
        if lowered.containsAny(of: inlineDuties) { return .duties }
        return nil
    }

    /// The requirements of one line: each a skill, or several of which one is enough. A list is a
    /// choice when its skills are joined by "/", "or", "또는", "혹은", "(이)나", when "등", "같은" follows
    /// it or "such as", "e.g." precedes it, or when the line says "중 하나 이상"/"one of". A kind the
    /// line names after such a list ("BigQuery, Redshift 등 클라우드 데이터 웨어하우스") joins the choice.
    /// Abbreviations whose full stop does not end a sentence.
    static let abbreviations = ["e.g.", "i.e.", "etc.", "vs.", "eg.", "incl.", "approx.", "ex."]

    /// The sentences of a line, and within a Korean sentence the parts joined by "~며", "~지만",
    /// "~으나" ("Python과 SQL을 쓰는 것이며 Spark 경험이 있으면 좋습니다"): each takes its own kind.
    static func parts(of text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let words = unglued(text).split(separator: " ", omittingEmptySubsequences: false)
        for (index, word) in words.enumerated() {
            current += (current.isEmpty ? "" : " ") + word
            // Most words end in neither: their last character is looked at before anything else.
            let last = word.last
            let ends = last.map { [".", "!", "?", "。", ";"].contains($0) } == true
                && !abbreviations.contains { word.lowercased().hasSuffix($0) } && !(word.dropLast().last?.isNumber ?? false && index + 1 < words.count && words[index + 1].first?.isNumber == true)
            let joins = last.map { ["며", "만", "나"].contains($0) } == true && word.count >= 2 && ["며", "지만", "으나"].contains { word.hasSuffix($0) }
                && word.unicodeScalars.dropLast().last.map(SkillExtractor.isHangul) == true
            if ends || joins {
                sentences.append(current)
                current = ""
            }
        }
        if !current.trimmingHorizontalSpace().isEmpty { sentences.append(current) }
        return sentences.isEmpty ? [text] : sentences
    }

    /// Sentences run together without a space ("찾고 있습니다.주요 업무는"): a space after a full stop
    /// that ends a Hangul word and is followed by a letter, so that each sentence is read on its own.
    /// Numbers ("3.5") and Latin abbreviations ("e.g.Spark") are left as they are.
    static func unglued(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > 2 else { return text }
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            result.append(scalar)
            if scalar == ".", index > 0, index + 1 < scalars.count, SkillExtractor.isHangul(scalars[index - 1]),
               scalars[index + 1].properties.isAlphabetic {
                result.append(" ")
            }
        }
        return String(result)
    }

    static func groups(
        in text: String, extractor: SkillExtractor = .shared, catalog: SkillCatalog = .shared, parenthesesGiveExamples: Bool = false
    ) -> [[String]] {
        let scalars = Array(text.nfc.unicodeScalars)
        func slice(_ range: Range<Int>) -> String { String(scalars: scalars[range]) }
        // Generic cloud stays in: named beside examples ("AWS/GCP 등 퍼블릭 클라우드") it joins their
        // choice; alone it is dropped at the end and read as a condition.
        let all = extractor.mentions(in: text)
        // "클라우드 데이터 웨어하우스", "cloud warehouse": cloud describing the next skill named.
        var mentions = all.enumerated().filter { index, mention in
            guard conditionOnlySkills.contains(mention.skill), index + 1 < all.count else { return true }
            let end = min(scalars.count, mention.offset + mention.text.unicodeScalars.count)
            let next = all[index + 1].offset
            guard next >= end else { return true }
            return !slice(end..<next).allSatisfy(\.isWhitespace)
        }.map(\.element)
        // "통계학 또는 컴퓨터공학 전공": a major, not a skill.
        if ConditionReader.isDegreeLine(text) { mentions.removeAll { degreeSubjects.contains($0.skill) } }
        let lowered = text.lowercased()
        // "4+ years in software, data or ML infrastructure roles", "as a data or backend engineer": the
        // fields of a years line are where the years were spent, not skills.
        let yearsLine = ConditionReader.years(in: lowered) != nil
        mentions.removeAll { mention in
            let start = mention.offset, end = start + mention.text.unicodeScalars.count
            guard catalog.lookup(mention.skill)?.kind == .concept else { return false }
            let after = slice(end..<min(scalars.count, end + 32)).lowercased()
            // "Our ML platform team", "데이터플랫폼팀": a team's name.
            if isTeamName(after: after) { return true }
            return yearsLine && isRoleField(before: slice(max(0, start - 12)..<start).lowercased(), after: after)
        }
        guard !mentions.isEmpty else { return [] }
        func distinct(_ names: [String]) -> [String] {
            var seen = Set<String>()
            return names.filter { seen.insert($0).inserted }
        }
        if lowered.containsAny(of: anyOfCues) {
            // "Python 능숙, Go 혹은 Java 중 하나 이상": the choice is the clause that says so, not the line.
            var cut = 0
            var clauses: [String] = []
            var previousEnd = 0
            for mention in mentions {
                let gap = slice(previousEnd..<mention.offset)
                if previousEnd > 0, let comma = gap.unicodeScalars.firstIndex(where: { $0 == "," || $0 == ";" }),
                   gap.unicodeScalars[..<comma].contains(where: { $0.properties.isAlphabetic }),
                   // "at least one cloud platform, e.g. GCP or AWS": the examples after the comma belong to it.
                   !examplesBefore.contains(where: { String(gap.unicodeScalars[comma...].dropFirst()).trimmingHorizontalSpace().lowercased().hasPrefix($0) }) {
                    let position = previousEnd + gap.unicodeScalars.distance(from: gap.unicodeScalars.startIndex, to: comma)
                    clauses.append(slice(cut..<position))
                    cut = position + 1
                }
                previousEnd = mention.offset + mention.text.unicodeScalars.count
            }
            if !clauses.isEmpty {
                clauses.append(slice(cut..<scalars.count))
                return clauses.flatMap { Self.groups(in: $0, extractor: extractor, catalog: catalog, parenthesesGiveExamples: parenthesesGiveExamples) }
            }
            let names = distinct(mentions.map(\.skill))
            return names.allSatisfy(conditionOnlySkills.contains) ? [] : [names]
        }
        // Runs of skills joined only by list punctuation or "or".
        var runs: [(mentions: [SkillExtractor.Mention], choice: Bool)] = []
        var previousEnd = 0
        for mention in mentions {
            let gap = slice(previousEnd..<mention.offset).trimmingHorizontalSpace().lowercased()
            let end = mention.offset + mention.text.unicodeScalars.count
            defer { previousEnd = end }
            // Appended in place: a copy of the run per mention made a one-line posting quadratic.
            if !runs.isEmpty, listJoins.contains(gap) || choiceJoins.contains(gap) {
                runs[runs.count - 1].mentions.append(mention)
                runs[runs.count - 1].choice = runs[runs.count - 1].choice || choiceJoins.contains(gap)
            } else {
                runs.append(([mention], false))
            }
        }
        var groups: [(names: [String], choice: Bool)] = []
        // The text beside a run is only ever compared at its edges (prefixes and suffixes of at most a
        // few words), so a bounded window is read: the whole rest of the line per run was quadratic.
        let window = 48
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }
        func textAfter(_ end: Int) -> String {
            var start = end
            while start < scalars.count, isSpace(scalars[start]) { start += 1 }
            return slice(start..<min(scalars.count, start + window)).trimmingHorizontalSpace().lowercased()
        }
        func textBefore(_ first: Int) -> String {
            var stop = first
            while stop > 0, isSpace(scalars[stop - 1]) { stop -= 1 }
            return slice(max(0, stop - window)..<stop).trimmingHorizontalSpace().lowercased()
        }
        // Mentions are in order and runs too: the mention just before each run is found by walking forward.
        var previousMention = -1
        for run in runs {
            let first = run.mentions[0].offset
            let last = run.mentions[run.mentions.count - 1]
            let end = last.offset + last.text.unicodeScalars.count
            let after = textAfter(end)
            let before = textBefore(first)
            // "클라우드(AWS, GCP)", "트리 기반 모델(XGBoost, LightGBM)": examples of the kind named before the
            // parenthesis; "AWS (S3, EMR)", "Hadoop Eco-System(HDFS, Hive)" name parts of a tool, all asked.
            // In the requirements, "statistical software (R, Python)" gives examples too; in the duties a
            // parenthesis lists the stack of the job ("파이프라인 개발 (Kafka, Flink)").
            while previousMention + 1 < all.count, all[previousMention + 1].offset + all[previousMention + 1].text.unicodeScalars.count <= first {
                previousMention += 1
            }
            // Only the last mention ending before the run can have nothing but "(" between them, or a
            // word naming its environment ("AWS 환경(EMR, S3)", "Hadoop 에코시스템(HDFS, Hive)").
            var toolBefore: SkillExtractor.Mention?
            var environment = false
            if previousMention >= 0 {
                let mention = all[previousMention]
                let stop = mention.offset + mention.text.unicodeScalars.count
                let gap = slice(stop..<first).trimmingHorizontalSpace().lowercased()
                if gap == "(" {
                    toolBefore = mention
                } else if gap.hasSuffix("("), environmentWords.contains(gap.dropLast().trimmingHorizontalSpace()) {
                    toolBefore = mention
                    environment = true
                }
            }
            let enclosed = before.hasSuffix("(") && after.hasPrefix(")")
            let names = run.mentions.map(\.skill)
            // "Python(pandas, scikit-learn)", "Python 기반 분석 역량 (pandas, scikit-learn)": each member
            // implies a skill the line names before it, so they are its libraries, all asked.
            let earlier = Set(all.prefix(max(0, previousMention + 1)).map(\.skill))
            let partsOfEarlier = enclosed && !earlier.isEmpty
                && names.allSatisfy { !catalog.implications(of: [$0]).subtracting([$0]).isDisjoint(with: earlier) }
            // "AWS 환경(EMR, S3, Glue 등)", "Azure 환경(Data Factory, Synapse)", "Hadoop 에코시스템(HDFS, Hive,
            // YARN)": where a vendor's or a platform's environment is asked, any of the parts it names will do.
            let environmentParts = parenthesesGiveExamples && enclosed && toolBefore.map { head in
                (environment || catalog.lookup(head.skill)?.kind == .vendor)
                    && names.allSatisfy { catalog.implications(of: [$0]).contains(head.skill) }
            } == true
            let kindBefore = before.hasSuffix("(") && toolBefore.map { catalog.lookup($0.skill)?.kind == .concept } == true
                || (parenthesesGiveExamples && enclosed && run.mentions.count > 1 && toolBefore == nil && !partsOfEarlier)
                || environmentParts
            // "online experiments such as interleaving or A/B tests": the last of a choice whose other
            // members the catalog does not know.
            let lastOfChoice = [" or", "또는", "혹은"].contains { before.hasSuffix($0) }
            let examples = examplesAfter.contains { after.hasPrefix($0) } || examplesBefore.contains { before.hasSuffix($0) }
                || before.hasSuffix("(e.g.") || kindBefore || lastOfChoice
            groups.append((distinct(run.mentions.map(\.skill)), run.choice || examples))
        }
        // The kind named right beside a choice ("BigQuery, Redshift 등 클라우드 데이터 웨어하우스",
        // "트리 기반 모델(XGBoost, LightGBM)") joins it: any tool of the kind will do.
        let runEdges = runs.map { run -> (start: Int, end: Int) in
            let last = run.mentions[run.mentions.count - 1]
            return (run.mentions[0].offset, last.offset + last.text.unicodeScalars.count)
        }
        for index in groups.indices where groups[index].choice {
            let implied = catalog.implications(of: groups[index].names)
            for other in [index - 1, index + 1] where groups.indices.contains(other) && !groups[other].names.isEmpty
                && (groups[other].names.count == 1 ? !groups[other].choice : groups[other].choice) {
                // "a modern warehouse or lakehouse, e.g. Snowflake, Databricks or BigQuery": a choice of kinds
                // joins the choice of their examples when every kind is one of them.
                if groups[other].names.count > 1 {
                    let kinds = groups[other].names
                    guard other < index, kinds.allSatisfy({ implied.contains($0) && catalog.lookup($0)?.kind == .concept }) else { continue }
                    let between = slice(runEdges[other].end..<runEdges[index].start).trimmingHorizontalSpace().lowercased()
                    guard examplesBefore.contains(where: { between.hasSuffix($0) }) || between.hasSuffix("(") else { continue }
                    groups[index].names = distinct(kinds + groups[index].names)
                    groups[other].names = []
                    continue
                }
                let name = groups[other].names[0]
                let examples = Set(catalog.lookup(name)?.examples ?? [])
                guard implied.contains(name) || groups[index].names.contains(where: examples.contains) else { continue }
                let between = other < index
                    ? slice(runEdges[other].end..<runEdges[index].start).trimmingHorizontalSpace().lowercased()
                    : slice(runEdges[index].end..<runEdges[other].start).trimmingHorizontalSpace().lowercased()
                // A concept joins its examples; a vendor or platform only the parts its environment names in
                // brackets right after it ("AWS 환경(EMR, S3, Glue 등)"), every one of which implies it.
                let head = other < index && between.hasSuffix("(")
                    && ((between == "(" && catalog.lookup(name)?.kind == .vendor)
                        || environmentWords.contains(between.dropLast().trimmingHorizontalSpace()))
                    && groups[index].names.allSatisfy { catalog.implications(of: [$0]).contains(name) }
                guard catalog.lookup(name)?.kind == .concept || head else { continue }
                // "등 클라우드 데이터 웨어하우스", "experience (e.g.": an example word and at most two more
                // words between the kind and its examples; or a particle alone ("Flink나 Spark로 스트림 처리").
                let words = between.split(separator: " ").count
                let marked = between.hasSuffix("(") || examplesBefore.contains { between.hasSuffix($0) }
                    || examplesAfter.contains { between.hasPrefix($0) }
                // "experiments such as interleaving or A/B tests": the kind, then "such as" and the examples,
                // the first of which the catalog may not know.
                let introduced = other < index && examplesBefore.contains { between.hasPrefix($0 + " ") }
                let adjacent = words <= 1 || (marked && words <= 3) || (introduced && words <= 5)
                guard adjacent else { continue }
                groups[index].names = distinct(groups[index].names + [name])
                groups[other].names = []
            }
        }
        var result: [[String]] = []
        for index in groups.indices where !groups[index].choice || groups[index].names.count == 1 {
            groups[index].names.removeAll(where: conditionOnlySkills.contains)
        }
        for group in groups where !group.names.isEmpty {
            if group.choice, group.names.count > 1 {
                result.append(group.names)
            } else {
                result.append(contentsOf: group.names.map { [$0] })
            }
        }
        return result
    }

    /// Nouns naming a line of work: "backend engineering", "ML infrastructure roles", "데이터 엔지니어".
    static let roleNouns = ["engineering", "engineers", "engineer", "roles", "role", "infrastructure", "엔지니어링", "엔지니어", "직군", "직무"]
    /// Words joining the fields of one list: "data or backend", "software, data or ML".
    static let fieldJoins = [" or", ",", "/", "또는", "혹은", "이나"]

    /// Whether the words after a skill make it a team's name: "ML platform team", "ML 팀", "데이터 조직".
    static func isTeamName(after: String) -> Bool {
        let words = after.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." }).prefix(2)
        if after.hasPrefix("팀") { return true }
        return words.contains { ["team", "teams", "팀", "조직"].contains(String($0)) || $0.hasPrefix("팀") }
    }

    /// Whether a skill between `before` and `after` (lowercased) is one of a list of fields of work: a
    /// role noun follows it, and a join word stands before it or after the role noun.
    static func isRoleField(before: String, after: String) -> Bool {
        let rest = after.trimmingHorizontalSpace()
        guard let noun = roleNouns.first(where: { rest.hasPrefix($0) }) else { return false }
        let beyond = rest.dropFirst(noun.count)
        guard beyond.first.map({ !$0.isLetter }) ?? true else { return false }
        let previous = before.trimmingHorizontalSpace()
        let next = beyond.trimmingHorizontalSpace()
        return fieldJoins.contains { previous.hasSuffix($0.trimmingHorizontalSpace()) && ($0 != " or" || previous.hasSuffix(" or")) }
            || next.hasPrefix("or ") || next.hasPrefix(",") || next.hasPrefix("/") || next.hasPrefix("또는") || next.hasPrefix("혹은")
    }

    /// Required in a requirements part, preferred in a preferred part or when the line says so;
    /// duties and the introduction name the tools of the job, weighed like preferred; a posting
    /// without headings counts every line as required unless the line says otherwise.
    static func kind(of text: String, in section: Posting.SectionKind) -> RequirementKind {
        let lowered = text.lowercased()
        if lowered.containsAny(of: preferredCues) { return .preferred }
        if (lowered + " ").containsAny(of: requiredCues) { return .required }
        switch section {
        case .required, .unsectioned: return .required
        case .preferred, .duties, .intro, .other: return .preferred
        }
    }

    /// One requirement per skill (the strongest kind, at its first line) and per distinct group.
    static func deduplicated(_ requirements: [Requirement]) -> [Requirement] {
        var result: [Requirement] = []
        // Looked up by the set of skills, not by a scan of what was kept: a long posting stays linear.
        var positions: [Set<String>: Int] = [:]
        for requirement in requirements {
            let key = Set(requirement.skills)
            if let index = positions[key] {
                if requirement.kind < result[index].kind {
                    result[index].kind = requirement.kind
                    result[index].section = requirement.section
                    result[index].text = requirement.text
                    result[index].line = requirement.line
                }
                continue
            }
            positions[key] = result.count
            result.append(requirement)
        }
        // A skill the duties name ("Spark, Kafka") that a requirement already asks for
        // ("Spark or Flink") is not asked twice.
        // So is a tool the duties name that a preferred choice offers ("ClickHouse 또는 Druid").
        let required = Set(result.filter { $0.kind == .required }.flatMap(\.skills))
        let offered = Set(result.filter(\.isAnyOf).flatMap(\.skills))
        result.removeAll { $0.kind == .preferred && !$0.isAnyOf && (required.contains($0.skills[0]) || offered.contains($0.skills[0])) }
        // Required first, then preferred, each in the posting's order.
        return result.filter { $0.kind == .required } + result.filter { $0.kind == .preferred }
    }
}
