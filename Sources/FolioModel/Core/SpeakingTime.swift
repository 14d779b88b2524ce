/// How long a text takes to say aloud: for the one-minute self-introduction (seed 002
/// "1분 자기소개도 준비해가기") and the one-minute STAR cards of the interview sheet.
///
/// Rates: Korean 5.5 syllables a second, counting each Hangul syllable and each run of Latin
/// letters or digits ("Kafka", "2024") as one unit; English 2.5 words a second. The checker's
/// `profile.intro-length` uses the same rates, so the sheet and the checker agree.
public enum SpeakingTime {
    public static let koreanUnitsPerSecond = 5.5
    public static let englishWordsPerSecond = 2.5

    /// Seconds to read `text` aloud at a calm interview pace.
    public static func seconds(for text: String, language: Language) -> Double {
        switch language {
        case .ko: Double(koreanUnits(in: text)) / koreanUnitsPerSecond
        case .en: Double(englishWords(in: text)) / englishWordsPerSecond
        }
    }

    /// Korean when Hangul syllables are at least as many as Latin words, else English: an intro
    /// written in English in a Korean workspace is timed as English.
    public static func dominantLanguage(of text: String) -> Language {
        let units = koreanUnits(in: text)
        let hangul = text.unicodeScalars.count { (0xAC00...0xD7A3).contains($0.value) }
        // koreanUnits counts each Hangul syllable and each Latin word: the rest are Latin words.
        return hangul > 0 && hangul >= units - hangul ? .ko : .en
    }

    /// Hangul syllables plus Latin words and numbers.
    static func koreanUnits(in text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if (0xAC00...0xD7A3).contains(scalar.value) {
                count += 1
                inWord = false
            } else if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)) {
                if !inWord { count += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        return count
    }

    /// Whitespace-separated tokens that hold a letter or a digit.
    static func englishWords(in text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace })
            .filter { $0.contains { $0.isLetter || $0.isNumber } }
            .count
    }
}
