import FolioModel
import FolioRender

/// `portfolio.glyphs`: text the installed fonts cannot draw (an emoji with no emoji font, a rare
/// Hanja outside Noto CJK) prints as an empty box in the PDF, and nothing else says so. Coverage is
/// read from fontconfig (`GlyphCoverage.installed`); without fontconfig the rule finds nothing.
struct PortfolioGlyphsRule: Rule {
    static let description = RuleDescription(
        id: "portfolio.glyphs", severity: .warning,
        summary: LocalizedText(
            ko: "설치된 글꼴로 그릴 수 없는 글자(이모지, 드문 한자)는 PDF에서 빈 네모로 찍힙니다.",
            en: "Characters no installed font can draw (emoji, rare Hanja) print as empty boxes in the PDF."),
        seed: SeedCitation(
            "002_029741b1b488e87f.txt",
            passage: "구구절절 적지 말고, 한 눈에 잘 들어올 수 있도록"),
        rationale: LocalizedText(
            ko: "읽는 사람은 빈 네모를 보고 문서가 깨졌다고 생각합니다. 글자 하나 때문에 한 눈에 들어와야 할 첫 줄이 흐려집니다.",
            en: "A reader who sees an empty box thinks the document is broken; one character blurs the line that should read at a glance."),
        help: LocalizedText(
            ko: "그 글자를 빼거나 글로 바꾸세요(🚀 → 없음, 드문 한자 → 한글). 꼭 써야 하면 그 글자가 든 글꼴을 설치하세요 (예: `sudo apt-get install fonts-noto-color-emoji`).",
            en: "Remove the character or write it as words (🚀 → nothing, a rare Hanja → Hangul). If you need it, install a font that has it (e.g. `sudo apt-get install fonts-noto-color-emoji`)."),
        triggering: [
            .editing("folio.yaml", "headline: 주문 데이터를", "headline: ↓🚀 주문 데이터를"),
            .editing("folio.yaml", "name: 김데이터", "name: 김↓𪛖리"),
        ],
        nonTriggering: [
            RuleExample([:], excerpt: "headline: 주문 데이터를 매일 정확하게 집계하는 신입 데이터 엔지니어"),
            .editing("folio.yaml", "headline: 주문 데이터를", "headline: 金 데이터 · 주문 → 집계 (99.9 %) 주문 데이터를"),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        guard let coverage = GlyphCoverage.installed else { return [] }
        var findings: [Finding] = []
        for text in Self.printedTexts(context.workspace) {
            for (offset, character) in coverage.missing(in: text.value).prefix(1) {
                var location = text.location
                location.column += offset
                let hex = character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
                findings.append(context.finding(at: location, LocalizedText(
                    ko: "\(Josa.subject.after("'\(character)'(\(hex))")) 설치된 어떤 글꼴에도 없어 PDF에 빈 네모로 찍힙니다.",
                    en: "'\(character)' (\(hex)) is in none of the installed fonts, so the PDF prints an empty box for it.")))
            }
        }
        return findings
    }

    /// Every value the portfolio prints, located: the profile, skills, projects and stories.
    static func printedTexts(_ workspace: Workspace) -> [Located<String>] {
        let profile = workspace.profile
        var texts: [Located<String>] = [profile.name, profile.headline, profile.intro, profile.strengths.base, profile.strengths.alpha]
            .compactMap { $0 }
        texts += profile.education.flatMap { [$0.school, $0.program].compactMap { $0 } }
        texts += profile.certifications.map(\.name)
        for skill in workspace.skills { texts += [skill.name, skill.version, skill.depth].compactMap { $0 } }
        for project in workspace.projects {
            texts += [project.title, project.role, project.data?.source, project.data?.volume, project.data?.format].compactMap { $0 }
            texts += project.stack + project.impact + project.body.lines
        }
        for story in workspace.stories {
            texts += [story.title].compactMap { $0 } + story.body.lines
        }
        return texts
    }
}
