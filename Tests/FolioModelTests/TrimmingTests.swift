import Foundation
import Testing
@testable import FolioModel

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

    @Test func whitespaceAsFoundationsWhitespacesAndNewlines() {
        for text in Self.samples + ["\r\n끝\r\n", "\u{2028}줄\u{2029}", "\u{85}다음\u{85}", "\u{B}수직\u{C}"] {
            #expect(text.trimmedWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
            #expect(text[...].trimmedWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    @Test func punctuationAsFoundationsPunctuationCharacters() {
        for text in Self.samples {
            #expect(text.trimmingPunctuation() == text.trimmingCharacters(in: .punctuationCharacters), "\(text.debugDescription)")
        }
    }
}

/// `String.nfc` is Foundation's NFC: unchanged text where every scalar is one NFC keeps, else Foundation's answer.
@Suite struct NFCTests {
    @Test func nfcAsFoundationsCanonicalComposition() {
        let samples = [
            "", "Apache Spark 3.5", "데이터 엔지니어", "Ünïcode Straße", "e\u{301}", "\u{1100}\u{1161}\u{11A8}", "가\u{11A8}",
            "Å\u{212B}", "\u{F900}", "–—“”…", "　「」", "ＡＢＣ", "漢字", "ㄱㄴㄷ", "x\u{0340}", "ǅ", "😀",
        ]
        for text in samples {
            #expect(text.nfc == text.precomposedStringWithCanonicalMapping, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(Array(text.nfc.unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars))
        }
    }

    /// Every scalar the fast path keeps is one NFC keeps, alone and after a Hangul syllable.
    @Test func theFastPathsRangesAreStableUnderNFC() {
        let ranges: [ClosedRange<UInt32>] = [0...0x2FF, 0xAC00...0xAC40, 0xD780...0xD7A3, 0x4E00...0x4E80, 0x9F80...0x9FFF,
                                              0x2010...0x2027, 0x2030...0x205E, 0x2190...0x22FF, 0x2460...0x25FF,
                                              0x3000...0x3029, 0xFF01...0xFF5E]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let text = "가" + String(Character(scalar))
                #expect(Array(text.precomposedStringWithCanonicalMapping.unicodeScalars) == Array(text.unicodeScalars), "U+\(String(value, radix: 16))")
            }
        }
    }
}

/// The YAML reader's lines are `split(separator: "\n")`'s, CR LF and all.
@Suite struct YAMLLinesTests {
    @Test func linesAsCharacterSplitGivesThem() {
        for text in ["", "a", "a\n", "\n", "a\nb", "a\r\nb\nc", "\r\n", "한글\n줄\n\n끝", "x\r\n\r\ny\n", "e\u{301}\nz", "\n\r\n\n"] {
            #expect(text.linesAtLineFeeds() == text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), "\(text.debugDescription)")
        }
    }
}

/// `String(scalars:)` is the string `String.UnicodeScalarView` makes of the same scalars.
@Suite struct ScalarStringTests {
    @Test func sameTextAsTheScalarView() {
        for text in TrimmingTests.samples + ["데이터 파이프라인을 Apache Spark와 Kafka로", "\u{10FFFF}\u{0}끝", "가\u{11A8}"] {
            let scalars = Array(text.unicodeScalars)
            for start in 0...scalars.count {
                for end in start...scalars.count {
                    let slice = scalars[start..<end]
                    #expect(String(scalars: slice) == String(String.UnicodeScalarView(slice)), "\(text.debugDescription) \(start)..<\(end)")
                    #expect(String(scalars: slice).utf8.count == slice.reduce(0) { $0 + UTF8.width($1) })
                }
            }
        }
    }
}
