import Foundation
import Testing
@testable import FolioModel

/// `TextSearch.contains` answers as Foundation's `contains` does, on ordinary and unusual text.
@Suite struct TextSearchTests {
    @Test func agreesWithFoundation() {
        let texts = [
            " 우리 팀은 집계 시간을 줄였습니다 ", " 제가 salt를 붙였습니다 ", " we cut the job to 12 minutes ", "",
            " 팀\u{200D}은 ", " e\u{301}te\u{301} ", " 한\u{11A8} ", " café ", " 🚀 launch ", " ｆｕｌｌ ｗｉｄｔｈ ",
            " 6시간 → 20분 ", " ↚ ≠ ", " ←\u{338} =\u{338} ",
        ]
        let phrases = ["우리 팀", " 팀은", "팀", "제가", "we ", " cut", "é", "e", "café", "한", "launch", "ｗｉｄｔｈ", " ", "→", "← ", "↚", "=", "≠"]
        for text in texts {
            for phrase in phrases {
                #expect(TextSearch.contains(text, phrase) == text.contains(phrase), "\(text.debugDescription) ∋ \(phrase.debugDescription)")
            }
            // Any of a list, the text read once: the answer of asking phrase by phrase.
            for start in phrases.indices {
                let list = Array(phrases[start...].prefix(3))
                #expect(TextSearch.containsAny(text, list) == list.contains { text.contains($0) }, "\(text.debugDescription) ∋ any of \(list)")
                #expect(TextSearch.containsAny(text.dropFirst(), list) == list.contains { text.dropFirst().contains($0) })
            }
        }
    }

    @Test func ordinaryTextIsPlainAndCombiningMarksAreNot() {
        #expect(TextSearch.isPlain("우리 팀은 Spark 3.5로 — “집계”를 줄였습니다. ｆｕｌｌ"))
        #expect(!TextSearch.isPlain("e\u{301}"))
        #expect(!TextSearch.isPlain("팀\u{200D}"))
        #expect(!TextSearch.isPlain("🚀"))
    }

    /// The byte reading of plainness gives the scalar reading's answer for every scalar (one, two,
    /// three and four bytes of UTF-8), alone, between others, in a substring and in a string
    /// Foundation bridged (which has no contiguous UTF-8 and is walked by scalars).
    @Test func plainnessReadFromBytesAsFromScalars() {
        var values = Array(UInt32(0)...0xFFFF).filter { !(0xD800...0xDFFF).contains($0) }
        values += [0x1_0000, 0x1_F680, 0x2_0000, 0x10_FFFF]
        for value in values {
            let scalar = Unicode.Scalar(value)!
            let expected = TextSearch.isPlain(scalar: value)
            let alone = String(Character(scalar))
            #expect(TextSearch.isPlain(alone) == expected, "U+\(String(value, radix: 16))")
            let amid = "팀 a" + alone + "é집"
            #expect(TextSearch.isPlain(amid) == expected, "U+\(String(value, radix: 16)) amid")
            #expect(TextSearch.isPlain(amid.dropFirst(2).dropLast()) == expected, "U+\(String(value, radix: 16)) in a substring")
        }
        let bridged = String(NSString(string: "자격요건\r\n- Spark"))
        #expect(!TextSearch.isPlain(bridged) && TextSearch.isPlain(String(NSString(string: "자격요건 Spark"))))
    }
}

/// `firstRangeOfText` finds what Foundation's `range(of:)` finds, at the same place.
@Suite struct TextRangeTests {
    @Test func rangesAsFoundationFindsThem() {
        let pairs = [
            ("정보처리기사 자격", "기사"), ("SQLD (SQL 개발자)", "sql"), ("SQLD (SQL 개발자)", "SQL"), ("physics", "cs"), ("", "a"),
            ("abc", ""), ("café au lait", "é"), ("cafe\u{301}", "é"), ("컴퓨터공학과 학사", "공학"), ("aaa", "aa"), ("x", "xyz"),
        ]
        for (text, phrase) in pairs {
            let mine = text.firstRangeOfText(phrase)
            let foundation = text.range(of: phrase)
            #expect(mine == foundation, "\(text) / \(phrase)")
        }
    }
}

/// `occurrences(of:)` counts as Foundation's `components(separatedBy:)` splits, overlaps included.
@Suite struct TextCountTests {
    @Test func countsAsFoundationSplits() {
        let pairs = [
            ("오토런 오토런의 오토런", "오토런"), ("aaaa", "aa"), ("aaa", "aa"), ("", "a"), ("abc", ""), ("cafe\u{301} café", "café"),
            ("[한빛그룹] 한빛그룹 데이터팀", "한빛그룹"), ("x", "xyz"), ("Mintleaf, mintleaf", "Mintleaf"),
        ]
        for (text, phrase) in pairs {
            let foundation = phrase.isEmpty ? 0 : text.components(separatedBy: phrase).count - 1
            #expect(text.occurrences(of: phrase) == foundation, "\(text) / \(phrase)")
        }
    }
}
