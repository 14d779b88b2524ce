/// Korean particles that depend on the word before them: 은/는, 이/가, 을/를, 과/와.
/// "`Postgress`는" but "`Spark 3.5`은"? No: "3.5" reads 삼 점 오, so 는. The choice follows the
/// last sound of the word as a Korean reader says it.
public enum Josa: Sendable {
    case topic      // 은 / 는
    case subject    // 이 / 가
    case object     // 을 / 를
    case and        // 과 / 와

    /// `word` followed by the particle that fits it, e.g. `Josa.object.after("`Kafka`")` → "`Kafka`를".
    public func after(_ word: String) -> String {
        word + (Self.endsWithConsonant(word) ? withConsonant : withVowel)
    }

    var withConsonant: String {
        switch self {
        case .topic: "은"
        case .subject: "이"
        case .object: "을"
        case .and: "과"
        }
    }

    var withVowel: String {
        switch self {
        case .topic: "는"
        case .subject: "가"
        case .object: "를"
        case .and: "와"
        }
    }

    /// Whether the last sound of the word closes on a consonant (받침). Hangul: from the syllable.
    /// Digits: as read in Korean (0 영, 1 일, 3 삼, 6 육, 7 칠, 8 팔 close; 2 이, 4 사, 5 오, 9 구 do
    /// not). Latin: as Koreans say English words (…m 엠, …n, …ng, …l close; Spark 스파크, Docker 도커 do not).
    public static func endsWithConsonant(_ word: String) -> Bool {
        let meaningful = word.unicodeScalars.reversed().first { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar))
        }
        guard let last = meaningful else { return false }
        if (0xAC00...0xD7A3).contains(last.value) { return (last.value - 0xAC00) % 28 != 0 }
        if ("0"..."9").contains(Character(last)) { return "013678".unicodeScalars.contains(last) }
        let lower = word.lowercased().filter { $0.isLetter || $0.isNumber }
        return lower.hasSuffix("ng") || ["l", "m", "n"].contains(lower.last.map(String.init) ?? "")
    }
}
