import Foundation
import Testing
import FolioModel
import FolioTestSupport

/// The counting rules of the 자기소개서 forms, against counts made by hand.
///
/// Every expected figure below was counted by hand from the text, not taken from the code:
/// with spaces = UTF-16 code units (a Hangul syllable, a letter, a space 1; an emoji outside
/// the BMP 2), without spaces = the same minus every space, tab and line break, CP949 = 1 per
/// ASCII character and 2 per Hangul syllable, jamo, Hanja or KS X 1001 symbol, and the length of
/// `&#N;` for what CP949 lacks; UTF-8 = 1 / 2 (é, ·) / 3 (Hangul, →, —) / 4 (emoji) bytes.
/// A line break counts 1 or, under `.two`, 2 — in every rule but "without spaces".
@Suite("Essay counting")
struct EssayCountTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var breaks: LineBreaks
        var withSpaces: Int
        var withoutSpaces: Int
        var cp949: Int
        var utf8: Int
        var testDescription: String { "\(text.debugDescription) (\(breaks.width))" }

        init(_ text: String, _ withSpaces: Int, _ withoutSpaces: Int, _ cp949: Int, _ utf8: Int, breaks: LineBreaks = .one) {
            self.text = text
            self.breaks = breaks
            self.withSpaces = withSpaces
            self.withoutSpaces = withoutSpaces
            self.cp949 = cp949
            self.utf8 = utf8
        }
    }

    /// 56 answers, counted by hand.
    static let cases: [Case] = [
        Case("", 0, 0, 0, 0),
        Case("a", 1, 1, 1, 1),
        Case("가", 1, 1, 2, 3),
        Case(" ", 1, 0, 1, 1),
        Case("안녕하세요", 5, 5, 10, 15),
        Case("안녕 하세요", 6, 5, 11, 16),
        Case("Hello, world!", 13, 12, 13, 13),
        Case("데이터 엔지니어", 8, 7, 15, 22),
        Case("Spark 3.5", 9, 8, 9, 9),
        Case("40분 → 12분", 9, 7, 12, 15),
        Case("가\n나", 3, 2, 5, 7),
        Case("가\n나", 4, 2, 6, 8, breaks: .two),
        Case("가\r\n나", 3, 2, 5, 7),
        Case("가\r\n나", 4, 2, 6, 8, breaks: .two),
        Case("가\r나", 3, 2, 5, 7),
        Case("첫 줄\n\n둘째 줄", 9, 5, 14, 19),
        Case("첫 줄\n\n둘째 줄", 11, 5, 16, 21, breaks: .two),
        Case("\u{1112}\u{1161}\u{11AB}", 1, 1, 2, 3),                                  // 한, NFD
        Case("\u{1112}\u{1161}\u{11AB}\u{1100}\u{1173}\u{11AF}", 2, 2, 4, 6),          // 한글, NFD
        Case("😀", 2, 2, 9, 4),                                                        // &#128512;
        Case("좋아요👍", 5, 5, 15, 13),                                                // &#128077;
        Case("👍🏽", 4, 4, 18, 8),                                                      // &#128077;&#127997;
        Case("caf\u{E9}", 4, 4, 9, 5),                                                 // &#233;
        Case("cafe\u{301}", 4, 4, 9, 5),                                               // NFD é
        Case("A—B", 3, 3, 9, 5),                                                       // &#8212;
        Case("\t탭", 2, 1, 3, 4),
        Case("ㄱㄴㄷ", 3, 3, 6, 9),
        Case("漢字", 2, 2, 4, 6),
        Case("똠방각하", 4, 4, 8, 12),                                                  // 똠: CP949, not KS X 1001
        Case("1,000자", 6, 6, 7, 8),
        Case("SQL과 Python", 11, 10, 12, 13),
        Case("  앞뒤 공백  ", 9, 4, 13, 17),
        Case("가\u{3000}나", 3, 2, 6, 9),                                              // ideographic space
        Case("“인용”", 4, 4, 8, 12),
        Case("수집·적재", 5, 5, 10, 14),
        Case("I led 3 of 5.", 13, 9, 13, 13),
        Case("제가 직접 설계했습니다.", 13, 11, 23, 33),
        Case("- 첫째\n- 둘째", 9, 6, 13, 17),
        Case("- 첫째\n- 둘째", 10, 6, 14, 18, breaks: .two),
        Case("a\r\n\r\nb", 4, 2, 4, 4),
        Case("a\r\n\r\nb", 6, 2, 6, 6, breaks: .two),
        Case("韓國 데이터", 6, 5, 11, 16),
        Case("100%", 4, 4, 4, 4),
        Case("50 GB → 8 GB", 12, 8, 13, 14),
        Case("안녕😀\n잘 가", 8, 6, 19, 18),
        Case("안녕😀\n잘 가", 9, 6, 20, 19, breaks: .two),
        Case("Why us?", 7, 6, 7, 7),
        Case("지원 동기: 데이터로 물류를 바꾸고 싶습니다", 24, 19, 42, 60),
        Case("\u{1112}", 1, 1, 7, 3),                                                  // lone jamo: &#4370;
        Case("가 ", 2, 1, 3, 4),
        Case("ABC\n", 4, 3, 4, 4),
        Case("가나다라마바사아자차카타파하", 14, 14, 28, 42),
        Case("Kafka로 하루 1,200만 건", 18, 15, 23, 28),
        Case("OOM 0회", 6, 5, 7, 8),
        Case("3일 연속 실패\n→ 4주간 0회", 17, 12, 26, 35),
        Case("팀원 4명 중 제 몫은 수집", 15, 10, 24, 33),
    ]

    @Test("hand-counted answers are exact under all four rules", arguments: cases)
    func handCounted(_ sample: Case) {
        let counts = EssayCount.counts(sample.text, lineBreaks: sample.breaks)
        #expect(counts[.withSpaces] == sample.withSpaces, "with spaces")
        #expect(counts[.withoutSpaces] == sample.withoutSpaces, "without spaces")
        #expect(counts[.bytesCP949] == sample.cp949, "CP949 bytes")
        #expect(counts[.bytesUTF8] == sample.utf8, "UTF-8 bytes")
    }

    @Test("at least 50 hand-counted answers")
    func enoughCases() {
        #expect(Self.cases.count >= 50)
    }

    @Test("characters CP949 cannot hold are named once each, in order")
    func unencodable() {
        #expect(EssayCount.unencodable("좋아요👍 café — 그리고 👍") == ["👍", "é", "—"])
        #expect(EssayCount.unencodable("데이터 “엔지니어” 수집·적재 → 漢字 똠").isEmpty)
        #expect(EssayCount.unencodable("cafe\u{301}") == ["é"])
    }

    @Test("the crossing is the first character past the limit")
    func crossing() {
        #expect(EssayCount.crossing("가나다라", limit: 3, .withSpaces) == 3)
        #expect(EssayCount.crossing("가나다라", limit: 4, .withSpaces) == nil)
        #expect(EssayCount.crossing("가 나 다", limit: 2, .withoutSpaces) == 4)
        #expect(EssayCount.crossing("ab가", limit: 3, .bytesCP949) == 2)
        #expect(EssayCount.crossing("가\n나", limit: 2, .withSpaces, lineBreaks: .two) == 1)
    }

    @Test("limits as people type them in a heading", arguments: [
        ("지원 동기 (1000자, 공백 포함)", "지원 동기", 1000, CountingRule.withSpaces),
        ("지원 동기 (1,000자 이내)", "지원 동기", 1000, .withSpaces),
        ("성장 과정 (공백 제외 500자)", "성장 과정", 500, .withoutSpaces),
        ("Why us? (500 characters)", "Why us?", 500, .withSpaces),
        ("Why us? (500 characters, without spaces)", "Why us?", 500, .withoutSpaces),
        ("입사 후 포부 (700 bytes)", "입사 후 포부", 700, .bytesCP949),
        ("입사 후 포부 [2000바이트]", "입사 후 포부", 2000, .bytesCP949),
        ("Strengths (1,500 bytes, UTF-8)", "Strengths", 1500, .bytesUTF8),
        ("갈등 (2022년) 해결 경험 (800자)", "갈등 (2022년) 해결 경험", 800, .withSpaces),
    ])
    func limits(heading: String, title: String, value: Int, rule: CountingRule) {
        let read = EssayLimitReader.read(heading)
        #expect(read.title == title)
        #expect(read.value == value)
        #expect((read.rule ?? .withSpaces) == rule)
    }

    @Test("a heading with no limit is read as the question alone")
    func noLimit() {
        let read = EssayLimitReader.read("지원 동기 (필수)")
        #expect(read.value == nil)
        #expect(read.title == "지원 동기 (필수)")
    }

    @Test("the company a posting names", arguments: [
        ("[한빛그룹 AI·데이터플랫폼팀] 데이터 플랫폼 엔지니어 (신입/경력)\n\n한빛그룹 데이터플랫폼팀은", "한빛그룹"),
        ("[모빌리티 스타트업 오토런] 실시간 데이터 엔지니어\n\n오토런은", "오토런"),
        ("Analytics Engineer at Mintleaf (Series B fintech)\nWe are", "Mintleaf"),
        ("Data Engineer (Data Platform) — Ridewave\n\nAbout Ridewave", "Ridewave"),
        ("데이터 엔지니어 채용\n회사: 새벽물류\n", "새벽물류"),
    ])
    func postingCompany(posting: String, company: String) {
        #expect(PostingCompany.name(in: posting) == company)
    }

    @Test("an essay file is read with its limits, uses and answer lines located")
    func loading() throws {
        let workspace = try TemporaryWorkspace([
            "folio.yaml": "name: 김데이터\nlang: ko\n",
            "postings/hanbit.txt": "[한빛그룹 데이터플랫폼팀] 데이터 엔지니어\n",
            "essays/hanbit.md": """
                ---
                company: 한빛그룹
                posting: hanbit.txt
                deadline: 2025-03-14 18:00
                line-breaks: 2
                ---
                메모: 붙여 넣지 않는 줄
                ## 지원 동기 (500자, 공백 제외)
                uses: [spark-oom, orders-batch]

                첫 문단입니다.

                둘째 문단입니다.\r
                ## Why us? (700 bytes)
                짧은 답을
                  이어 씁니다.
                - 하나
                - 둘
                ## 질문만 있는 문항

                """,
        ]).load()
        let essayFindings = workspace.diagnostics.filter { $0.location.file.hasPrefix("essays/") }
        #expect(essayFindings.map(\.rule) == ["parse.essay"])
        #expect(essayFindings.first?.location.line == 19)
        let essay = try #require(workspace.essays.first)
        #expect(essay.company?.value == "한빛그룹")
        #expect(essay.lineBreaks == .two)
        #expect(workspace.postingCompanies["postings/hanbit.txt"] == "한빛그룹")
        #expect(essay.questions.count == 3)
        let first = essay.questions[0]
        #expect(first.title == "지원 동기")
        #expect(first.limit == Essay.Limit(value: 500, rule: .withoutSpaces, location: SourceLocation(file: "essays/hanbit.md", line: 8, column: 10)))
        #expect(first.uses.map(\.value) == ["spark-oom", "orders-batch"])
        #expect(first.uses.map(\.location.column) == [8, 19])
        #expect(first.answer == "첫 문단입니다.\n\n둘째 문단입니다.")
        #expect(first.lines.first?.location.line == 11)
        #expect(first.location(ofCharacter: 10) == SourceLocation(file: "essays/hanbit.md", line: 13, column: 1))
        #expect(essay.questions[1].limit?.rule == .bytesCP949)
        // A wrapped line joins its paragraph with a space, as in Markdown; a list item starts a new line.
        #expect(essay.questions[1].answer == "짧은 답을 이어 씁니다.\n- 하나\n- 둘")
        #expect(essay.questions[1].location(ofCharacter: 6) == SourceLocation(file: "essays/hanbit.md", line: 16, column: 3))
        #expect(essay.questions[2].limit == nil)
    }
}
