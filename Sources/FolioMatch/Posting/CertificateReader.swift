import Foundation
import FolioModel

/// Certificates and language scores a posting line asks for ("SQLD 또는 정보처리기사 자격증 보유자",
/// "AWS 자격증 보유자", "TOEIC 800점 이상", "OPIc IM2 이상"), read with the catalog's `certificates`
/// and `languageTests`. A certificate ask is no skill ask: "AWS 자격증" is not met by using AWS, so
/// its words are taken out of the line before skills and cloud are read (`withoutAsks`).
enum CertificateReader {
    /// Words that make a named skill a certificate ("AWS 자격증", "AWS Certification").
    static let cues = ["자격증", "자격 보유", "자격 소지", "certification", "certificate", "certified"]
    /// What may stand between the skill and the cue: "AWS 관련 자격증".
    static let between = ["", "관련", "related", "공인"]

    struct Found {
        /// The certificates asked, any one of which will do: a catalog certificate's word as the posting
        /// writes it (`SQLD`) or a skill's canonical name (`AWS`) for "AWS 자격증".
        var certificates: [Certificate] = []
        /// The language test asked and the score as written (`800`, `IM2`), if any.
        var test: String?
        var score: String?
        /// What the asks cover, as character offsets in the line.
        var spans: [Range<Int>] = []
    }

    struct Certificate: Hashable {
        var name: String
        /// True for "<skill> 자격증": `name` is the skill's canonical name.
        var bySkill: Bool
    }

    static func read(_ text: String, catalog: SkillCatalog = .shared, extractor: SkillExtractor = .shared) -> Found {
        let lower = text.lowercased()
        let cued = lower.containsAny(of: cues)
        // A line with no cue and no certificate or test word asks for none (every reading below needs one).
        guard cued || catalog.credentialWords.containsAny(lower.nfc) else { return Found() }
        // Offsets in characters: the lower-cased text has as many as the line in every script a
        // posting uses; when it does not, nothing is taken out.
        guard lower.count == text.count else { return Found() }
        func offsets(_ range: Range<String.Index>) -> Range<Int> {
            lower.distance(from: lower.startIndex, to: range.lowerBound)..<lower.distance(from: lower.startIndex, to: range.upperBound)
        }
        func original(_ span: Range<Int>) -> String {
            let start = text.index(text.startIndex, offsetBy: span.lowerBound)
            return String(text[start..<text.index(start, offsetBy: span.count)])
        }
        var found = Found()
        for (_, range) in catalog.certificates(namedIn: text) {
            let span = offsets(range)
            let word = String(lower[range])
            // "GCP", "Azure" name a platform as well: a certificate only beside a cue word.
            guard cued || catalog.lookup(word) == nil else { continue }
            found.certificates.append(Certificate(name: original(span), bySkill: false))
            found.spans.append(span)
        }
        if cued {
            let scalars = Array(text.unicodeScalars)
            for mention in extractor.mentions(in: text) {
                // Offsets of mentions are in scalars; a posting line's characters are single scalars
                // almost always, and a mention in a line where they are not is left alone.
                guard scalars.count == text.count else { break }
                let span = mention.offset..<(mention.offset + mention.text.count)
                guard !found.spans.contains(where: { $0.overlaps(span) }) else { continue }
                let rest = lower.dropFirst(span.upperBound).drop(while: \.isWhitespace)
                let certificate = cues.contains { cue in between.contains { rest.hasPrefix($0.isEmpty ? cue : $0 + " " + cue) || rest.hasPrefix($0 + cue) } }
                guard certificate else { continue }
                found.certificates.append(Certificate(name: mention.skill, bySkill: true))
                found.spans.append(span)
            }
        }
        if let (test, range) = catalog.languageTest(namedIn: text) {
            found.test = test.name
            var span = offsets(range)
            let after = String(lower[range.upperBound...])
            if let score = LanguageScore.read(after, test: test) {
                found.score = score.text
                span = span.lowerBound..<(span.upperBound + score.end)
            }
            found.spans.append(span)
        }
        return found
    }

    /// The line with its certificate and language-test asks blanked out, for the skill and cloud readers.
    static func withoutAsks(_ text: String) -> String {
        withoutAsks(text, spans: read(text).spans)
    }

    /// The line with `spans` (what `read` found in it, in characters) blanked out.
    static func withoutAsks(_ text: String, spans: [Range<Int>]) -> String {
        guard !spans.isEmpty else { return text }
        return String(text.enumerated().map { offset, character in
            spans.contains { $0.contains(offset) } ? " " : character
        })
    }
}

/// A language test's score as written and how it ranks: OPIc `IM2` by its place among the test's
/// levels, TOEIC `850` by its number.
struct LanguageScore {
    var text: String
    var rank: Double
    /// Characters of the text read up to the end of the score.
    var end: Int

    /// The first score in `text` (lower-cased is fine): a level of the test, or a number ("850점", "6.5").
    static func read(_ text: String, test: SkillCatalog.LanguageTest) -> LanguageScore? {
        let lower = text.lowercased()
        if let levels = test.levels {
            let hits = levels.enumerated().compactMap { rank, level -> (Range<String.Index>, Int, String)? in
                let pattern = #"(?<![a-z0-9])"# + NSRegularExpression.escapedPattern(for: level) + #"(?![a-z0-9])"#
                guard let match = ConditionReader.regex(pattern)?.firstMatch(in: lower, range: NSRange(lower.startIndex..., in: lower)),
                      let range = Range(match.range, in: lower) else { return nil }
                return (range, rank, level)
            }
            if let first = hits.min(by: { $0.0.lowerBound < $1.0.lowerBound }) {
                return LanguageScore(text: first.2.uppercased(), rank: Double(first.1),
                                     end: lower.distance(from: lower.startIndex, to: first.0.upperBound))
            }
            return nil
        }
        guard let regex = ConditionReader.regex(#"(\d{1,4}(?:\.\d)?)\s*(?:점|급)?"#),
              let match = regex.firstMatch(in: lower, range: NSRange(lower.startIndex..., in: lower)),
              let whole = Range(match.range, in: lower), let number = Range(match.range(at: 1), in: lower),
              let value = Double(lower[number]) else { return nil }
        // "TOEIC 800점 이상": the score follows the test within a few words, not a year further on.
        guard lower.distance(from: lower.startIndex, to: whole.lowerBound) <= 12 else { return nil }
        return LanguageScore(text: String(lower[number]), rank: value, end: lower.distance(from: lower.startIndex, to: whole.upperBound))
    }
}
