import Foundation
import Testing
import FolioModel

/// The native trims answer as Foundation's `trimmingCharacters(in:)` does for the same sets.
@Suite struct TrimmingTests {
    static let samples = [
        "", " ", "\t", "  Spark  ", "\u{3000}전각\u{3000}", "\u{00A0}nbsp\u{00A0}", "줄\n바꿈\n", "\n 줄 \n", " \t섞임 \t",
        "(괄호)", "「인용」", "...점들...", "—대시—", "“따옴표”", "#해시#", "a-b", "¿Qué?", "😀 이모지 😀", "e\u{301}", "\u{301}결합",
        "spark.sql.shuffle.partitions=400,", "**강조**", "_밑줄_",
    ]

    @Test func horizontalSpaceAsFoundationsWhitespaces() {
        for text in Self.samples {
            #expect(text.trimmingHorizontalSpace() == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
            #expect(text[...].trimmingHorizontalSpace() == text.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test func punctuationAsFoundationsPunctuationCharacters() {
        for text in Self.samples {
            #expect(text.trimmingPunctuation() == text.trimmingCharacters(in: .punctuationCharacters), "\(text.debugDescription)")
        }
    }
}
