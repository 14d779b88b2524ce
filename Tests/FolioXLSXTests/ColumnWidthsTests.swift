import Testing
@testable import FolioXLSX

/// The wrapped-line count behind the sheets' row heights.
@Suite struct ColumnWidthsTests {
    /// The count as first written (paragraphs split at `\n`, words at spaces), kept here to
    /// show the one-pass count gives the same answers.
    static func linesBySplitting(_ text: String, width: Double) -> Int {
        let room = max(width * 1.1 - 1.5, 1)
        var total = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var lines = 1
            var used = 0.0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                let length = ColumnWidths.displayWidth(String(word))
                if used > 0, used + 1 + length > room {
                    lines += 1
                    used = 0
                }
                if length > room {
                    lines += Int((length / room).rounded(.down))
                    used = length.truncatingRemainder(dividingBy: room)
                } else {
                    used += (used > 0 ? 1 : 0) + length
                }
            }
            total += lines
        }
        return max(total, 1)
    }

    @Test func oneLineTwoAndAWordLongerThanTheColumn() {
        #expect(ColumnWidths.lines("", width: 20) == 1)
        #expect(ColumnWidths.lines("Spark", width: 20) == 1)
        #expect(ColumnWidths.lines("Spark\nKafka", width: 20) == 2)
        // 스파크 스트리밍 is 15 columns wide: two of them do not fit in 20.
        #expect(ColumnWidths.lines("스파크 스트리밍 스파크 스트리밍", width: 20) == 2)
        #expect(ColumnWidths.lines(String(repeating: "가", count: 40), width: 10) == 9)
        #expect(ColumnWidths.lines("a\r\nb", width: 20) == 2, "a Windows line break ends a paragraph too")
    }

    @Test func sameCountsAsSplittingIntoParagraphsAndWords() {
        let texts = [
            "", " ", "  ", "\n", "\n\n", "a b", "a  b", " a", "a ", "데이터 파이프라인을 설계하고 운영했습니다",
            "Apache Spark, Kafka, Airflow 기반 배치·스트리밍 파이프라인 운영\n일 10억 건 처리",
            String(repeating: "긴단어", count: 30) + " 끝", "첫 줄\n\n셋째 줄 " + String(repeating: "x", count: 90),
            "😀 이모지 😀 漢字 ＡＢＣ", "tab\there", "e\u{301}cole à côté",
        ]
        for text in texts {
            for width in [1.0, 6, 8.5, 12, 20, 40, 120] {
                #expect(ColumnWidths.lines(text, width: width) == Self.linesBySplitting(text, width: width), "\(text.debugDescription) at \(width)")
            }
        }
    }
}
