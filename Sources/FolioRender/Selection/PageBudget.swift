/// How much of an A4 page each block of the one-page portfolio takes, estimated from its text.
///
/// The numbers mirror the print rules of `Templates/portfolio/portfolio.css` (keep them in step):
/// A4 is 297 × 210 mm; `@page` margins 11 mm top and bottom and 13 mm at the sides leave
/// 779.5 × 521.6 pt. Sizes are in points: body text 8.5 pt on 11.5 pt lines, project titles
/// 10 pt on 13 pt, section headings 10.5 pt on 14 pt, the name 20 pt on 24 pt.
///
/// Text width is estimated per character in em (Noto Sans CJK KR): Hangul and other CJK 1.0,
/// capitals 0.66, small letters 0.54, digits 0.57, a space 0.26, punctuation 0.36 — a little
/// wider than the font, so an estimate errs towards "does not fit". Wrapped text loses about
/// 5 % of each line to word breaks. Only `usable` (96 % of the page) is filled, a margin for
/// the estimate. `PageMeasurementTests` compares every block's estimate with its height measured
/// in Chromium (never more than 3 % under, at most 30 % over); when a browser is at hand the build
/// measures instead (`PageMeasurement`).
public struct PageBudget: Sendable {
    /// Content height of an A4 page inside the margins, in points.
    public static let pageHeight = 779.5
    /// Content width, in points.
    public static let pageWidth = 521.6
    /// The part of the page the selection fills.
    public static let usable = pageHeight * 0.96

    // Sizes from portfolio.css (print).
    static let bodySize = 8.5, bodyLine = 11.5
    static let nameLine = 24.0
    static let headlineSize = 10.0, headlineLine = 14.0
    static let headerGap = 12.0
    static let sectionHeading = 14.0 + 8.0 + 3.0
    static let titleSize = 10.0, titleLine = 13.0
    static let cardGap = 7.0
    static let labelWidth = 68.0
    static let chipLine = 17.5, chipPadding = 13.5
    static let storyPadding = 6.0
    static let listIndent = 12.0

    /// Estimated width of `text` in em.
    public static func em(_ text: String) -> Double {
        var total = 0.0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x1100...0x11FF, 0x2E80...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFF00...0xFFEF: total += 1.0
            case 0x41...0x5A: total += 0.66
            case 0x61...0x7A: total += 0.54
            case 0x30...0x39: total += 0.57
            case 0x20: total += 0.26
            case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: total += 0.36
            case 0x0300...0x036F, 0x200B...0x200D: break
            default: total += 0.8
            }
        }
        return total
    }

    /// Lines `text` takes at `size` pt in a box `width` pt wide.
    public static func lines(_ text: String, size: Double, width: Double) -> Int {
        let needed = em(text) * size
        if needed <= width { return 1 }
        return Int((needed / (width * 0.95)).rounded(.up))
    }

    // MARK: Blocks

    static func header(_ profile: ProfileBlock) -> Double {
        var height = nameLine + headerGap
        if let headline = profile.headline {
            height += Double(lines(headline, size: headlineSize, width: pageWidth)) * headlineLine
        }
        let contacts = profile.contacts.map { "\($0.label) \($0.text)" }.joined(separator: "  ·  ")
        if !contacts.isEmpty { height += Double(lines(contacts, size: bodySize, width: pageWidth)) * bodyLine + 2 }
        return height
    }

    static func targetAndStrengths(_ profile: ProfileBlock) -> Double {
        var height = 6.0
        for text in [profile.target, profile.strengthBase, profile.strengthAlpha].compactMap({ $0 }) {
            height += Double(lines(text, size: bodySize, width: pageWidth - labelWidth)) * bodyLine
        }
        return height
    }

    /// Rows of chips a group of skills wraps to, as the flex layout packs them.
    static func skillGroup(_ skills: [SkillChip]) -> Double {
        guard !skills.isEmpty else { return 0 }
        let width = pageWidth - labelWidth - 4
        var rows = 1
        var used = 0.0
        for skill in skills {
            let text = skill.name + (skill.version.map { " " + $0 } ?? "")
            let chip = em(text) * bodySize + chipPadding
            if used + chip > width, used > 0 { rows += 1; used = 0 }
            used += chip
        }
        return Double(rows) * chipLine + 2
    }

    static func projectCard(_ card: ProjectCard) -> Double {
        // The period and the links share the title's row, on the right.
        let side = ([card.period].compactMap { $0 } + card.links.filter { $0.href != nil }.map(\.label))
            .map { em($0) * bodySize + 8 }.reduce(0, +)
        let titleWidth = pageWidth - side - 8
        var height = cardGap + Double(lines(card.title, size: titleSize * 1.05, width: titleWidth)) * titleLine
        let meta = [card.role, card.team].compactMap { $0 }.joined(separator: " · ")
        if !meta.isEmpty { height += Double(lines(meta, size: bodySize, width: pageWidth - labelWidth)) * bodyLine }
        if let stack = card.stackLine { height += Double(lines(stack, size: bodySize, width: pageWidth - labelWidth)) * bodyLine }
        if let data = card.dataLine { height += Double(lines(data, size: bodySize, width: pageWidth - labelWidth)) * bodyLine }
        for line in card.impact {
            height += Double(lines(line, size: bodySize, width: pageWidth - listIndent)) * bodyLine
        }
        return height
    }

    static func storySummary(_ story: StoryCard) -> Double {
        let width = pageWidth - 2 * storyPadding - 4
        var height = 3.0 + 4.0
        height += Double(lines(story.title, size: bodySize * 1.05, width: width)) * bodyLine
        for line in [story.problemLine, story.fixLine].compactMap({ $0 }) {
            height += Double(lines(line, size: bodySize, width: width - 30)) * bodyLine
        }
        return height
    }

    static func background(education: [EducationLine], certifications: [CertificationLine]) -> Double {
        var height = 0.0
        for line in education {
            let text = [line.school, line.program, line.period].compactMap { $0 }.joined(separator: " · ")
            height += Double(lines(text, size: bodySize, width: pageWidth - labelWidth)) * bodyLine
        }
        if !certifications.isEmpty {
            let text = certifications.map { $0.name + ($0.date.map { " (\($0))" } ?? "") }.joined(separator: " · ")
            height += Double(lines(text, size: bodySize, width: pageWidth - labelWidth)) * bodyLine
        }
        return height
    }
}
