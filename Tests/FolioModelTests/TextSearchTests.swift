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
        }
    }

    @Test func ordinaryTextIsPlainAndCombiningMarksAreNot() {
        #expect(TextSearch.isPlain("우리 팀은 Spark 3.5로 — “집계”를 줄였습니다. ｆｕｌｌ"))
        #expect(!TextSearch.isPlain("e\u{301}"))
        #expect(!TextSearch.isPlain("팀\u{200D}"))
        #expect(!TextSearch.isPlain("🚀"))
    }

    /// The UTF-8 reading decodes every scalar as the scalar view does: each scalar of the Basic
    /// Multilingual Plane and some beyond, alone, between plain neighbours and at a substring's
    /// end, is plain exactly when its value is.
    @Test func theByteReadingAgreesWithEveryScalarsValue() {
        var disagreeing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF where value < 0x10000 || value % 97 == 0 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let alone = String(Character(scalar))
            let plain = TextSearch.isPlain(scalar: value)
            let inside = "가" + alone + "a"
            // Without the last scalar (not the last character: U+0600 joins the `a` after it).
            let ending = inside[..<inside.unicodeScalars.index(before: inside.endIndex)]
            if TextSearch.isPlain(alone) != plain || TextSearch.isPlain(inside) != plain || TextSearch.isPlain(ending) != plain {
                disagreeing.append(value)
            }
        }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(10).map { String($0, radix: 16) })")
        #expect(!TextSearch.isPlain(scalar: 0x0D) && !TextSearch.isPlain("line\r\nnext"), "CR LF is one character")
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
