import Testing
import FolioModel
@testable import FolioRender

/// The card's sentences: split after `. `, `? `, `! ` and `。`, never inside a number or after an
/// abbreviation; inline Markdown reduced to its words.
@Suite struct StorySummaryTests {
    func body(_ result: String) -> MarkdownBody {
        MarkdownBody.parse("## 결과\n\(result)\n", file: "stories/s.md", firstLine: 1)
    }

    @Test func paragraphsSplitAtTerminatorsButNotInsideNumbersOrAbbreviations() {
        let section = body("처리 시간이 **6시간**에서 20분으로 줄었습니다. 오류율은 99.9 % 정확도를 지켰습니다! 다음은 e.g. Spark 튜닝입니다。끝 문장")
            .section(.result)
        #expect(StorySummary.sentences(section) == [
            "처리 시간이 6시간에서 20분으로 줄었습니다.", "오류율은 99.9 % 정확도를 지켰습니다!", "다음은 e.g. Spark 튜닝입니다。", "끝 문장",
        ])
    }

    @Test func listItemsAreSentencesAndLinksKeepTheirText() {
        let section = body("- [대시보드](https://example.com/d)에서 `p95` 지연을 확인했습니다\n- __두 번째__ 항목?  \n").section(.result)
        #expect(StorySummary.sentences(section) == ["대시보드에서 p95 지연을 확인했습니다", "두 번째 항목?"])
    }

    @Test func plainKeepsSingleUnderscoresAndUnclosedBrackets() {
        #expect(StorySummary.plain("  unique_key 기준 [중복 제거 ") == "unique_key 기준 [중복 제거")
        #expect(StorySummary.plain("\u{3000}전각 공백\u{3000}") == "전각 공백")
    }
}

/// A build parses only the template it renders and the partials that one includes.
@Suite struct TemplateClosureTests {
    @Test func partialsAreFoundInTags() {
        #expect(TemplateSet.partialNames(in: "a {{> card.html}} b {{>profile.md }} {{< layout}} {{name}} {{#x}}{{/x}}") == ["card.html", "profile.md", "layout"])
        #expect(TemplateSet.partialNames(in: "{{> unclosed") == [])
    }

    @Test func theOnePageLibraryHoldsItsPartialsAndNotTheFullPortfolio() throws {
        let templates = TemplateSet(locator: TemplateLocator())
        let library = try templates.library(for: "portfolio.html")
        #expect(library.getTemplate(named: "portfolio.html") != nil)
        #expect(library.getTemplate(named: "card.html") != nil, "a partial of the page")
        #expect(library.getTemplate(named: "portfolio-full.html") == nil)
        #expect(library.getTemplate(named: "portfolio.md") == nil)
    }
}

/// The escapes' fast answer (the value as it is) is the full escape's answer wherever it is given.
@Suite struct EscapingFastPathTests {
    static let samples = [
        "Spark 3.5 (AQE)", "2.43", "1. first", "김하늘", "데이터 파이프라인 · 배치", " 앞 공백", "뒤 공백 ", "\u{3000}전각", "-시작", "+시작", "=시작",
        "①. 번호", "٣) x", "a*b", "snake_case", "[링크]", "<b>", "R&D", "`code`", "줄\n바꿈", "탭\t문자", "\u{85}NEL", "a\u{2028}b", "e\u{301}",
        "*\u{301}", "", "100%", "C#", "F#!", "~물결", "a|b", "“인용”", "'홑'", "\"겹\"", "😀",
    ]

    @Test func markdownsFastAnswerIsTheFullEscapesAnswer() {
        for text in Self.samples where Escaping.isPlainMarkdownText(text) {
            #expect(Escaping.escapedMarkdown(text) == text, "\(text.debugDescription)")
        }
        #expect(Self.samples.filter(Escaping.isPlainMarkdownText).count >= 8, "the fast answer is given for ordinary text")
        #expect(!Escaping.isPlainMarkdownText("1. first") && !Escaping.isPlainMarkdownText("①. 번호"))
    }

    @Test func htmlEscapesExactlyTheFiveCharacters() {
        for text in Self.samples {
            let expected = text.map { character -> String in
                switch character {
                case "&": "&amp;"
                case "<": "&lt;"
                case ">": "&gt;"
                case "\"": "&quot;"
                case "'": "&#39;"
                default: String(character)
                }
            }.joined()
            #expect(Escaping.html(text) == expected, "\(text.debugDescription)")
        }
    }
}
